/**
 * The views of an element that each come from a module loaded on demand (a flow's view, the
 * new-contact form), keyed by what picks them: as soon as the host wants a view, its module is
 * imported (once per page, see import-once.ts) and the view is created for the host's context
 * when it arrives. A view whose module failed stays failed until `load` is asked again (Try
 * again), so a broken chunk is not requested on every render.
 */
import type { CSSResult, ReactiveController } from 'lit';
import type { HostContext } from './host-context.js';
import { importOnce, type LoadingPart } from './import-once.js';
import { adoptViewStyles } from './view-styles.js';

/** A view's class; its `styles`, if any, are added to the host's when the view is first made (see view-styles.ts). */
export type ViewClass<Context, View> = (new (context: Context) => View) & { readonly styles?: CSSResult | readonly CSSResult[] };

/** Where each view's class comes from; read at every import, so a test can swap a loader. */
export type ViewLoaders<Key extends string, Context, View> = Record<Key, () => Promise<ViewClass<Context, View>>>;

/** One view's load: while it runs `loading` is set; a failure is kept until the next `load`. */
interface ViewLoad<View> {
  view?: View;
  loading?: Promise<void> | undefined;
  failed?: boolean;
}

export class LazyViews<Key extends string, Context extends HostContext, View> implements ReactiveController, LoadingPart {
  private readonly loads = new Map<Key, ViewLoad<View>>();

  /** `wanted` reads the view the host shows now, if any; the host's store controllers must be added before this. */
  constructor(
    private readonly context: Context,
    private readonly loaders: ViewLoaders<Key, Context, View>,
    private readonly wanted: () => Key | undefined,
  ) {
    context.host.addController(this);
  }

  /** Before every update, the first one too; after the store controllers' `hostUpdate`, so a store set since is already read. */
  hostUpdate(): void {
    this.loadWanted();
  }

  /** Whether the wanted view's module is still loading (another view's does not hold the host). */
  get busy(): boolean {
    return this.current()?.loading !== undefined;
  }

  /** Settles once the wanted view's module is in or failed; the host has requested an update by then. */
  settled(): Promise<unknown> {
    return this.current()?.loading ?? Promise.resolve();
  }

  /** The view of `key`, once its module is in. */
  view(key: Key): View | undefined {
    return this.loads.get(key)?.view;
  }

  hasFailed(key: Key): boolean {
    return this.loads.get(key)?.failed ?? false;
  }

  /**
   * Imports the module of `key` and makes its view unless it is made or loading, also after a
   * failure; also ahead of time (a pointer or the focus on what opens it): only a wanted view holds
   * `updateComplete` or shows its failure.
   */
  load(key: Key): void {
    let load = this.loads.get(key);
    if (!load) this.loads.set(key, (load = {}));
    if (load.failed) {
      load.failed = false;
      this.context.host.requestUpdate();
    }
    if (load.view !== undefined || load.loading) return;
    const current = load;
    current.loading = importOnce(this.loaders[key])
      .then((ViewClass) => {
        if (ViewClass.styles) adoptViewStyles(this.context.root(), ViewClass.styles);
        current.view = new ViewClass(this.context);
      })
      .catch(() => void (current.failed = true))
      .finally(() => {
        current.loading = undefined;
        this.context.host.requestUpdate();
      });
  }

  private current(): ViewLoad<View> | undefined {
    const key = this.wanted();
    return key === undefined ? undefined : this.loads.get(key);
  }

  private loadWanted(): void {
    const key = this.wanted();
    if (key !== undefined && !this.hasFailed(key)) this.load(key);
  }
}
