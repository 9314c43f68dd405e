/**
 * The views of an element that each come from a module loaded on demand (a flow's view, the
 * new-contact form), keyed by what picks them: as soon as the host wants a view, its module is
 * imported (once per page, see import-once.ts) and the view is created for the host's context
 * when it arrives. A view whose module failed stays failed until `load` is asked again (Try
 * again), so a broken chunk is not requested on every render.
 */
import type { ReactiveController } from 'lit';
import type { HostContext } from './host-context.js';
import { importOnce, type LoadingPart } from './import-once.js';
import { LazyPart } from './lazy-part.js';

/** Where each view's class comes from; read at every import, so a test can swap a loader. */
export type ViewLoaders<Key extends string, Context, View> = Record<Key, () => Promise<new (context: Context) => View>>;

export class LazyViews<Key extends string, Context extends HostContext, View> implements ReactiveController, LoadingPart {
  private readonly parts = new Map<Key, LazyPart<View>>();

  /** `wanted` reads the view the host shows now, if any; the host's store controllers must be added before this. */
  constructor(
    private readonly context: Context,
    private readonly loaders: ViewLoaders<Key, Context, View>,
    private readonly wanted: () => Key | undefined,
  ) {
    context.host.addController(this);
  }

  hostConnected(): void {
    this.loadWanted();
  }

  /** Runs after the store controllers' `hostUpdate`, so a store set since is already read. */
  hostUpdate(): void {
    this.loadWanted();
  }

  /** Whether the wanted view's module is still loading (another view's does not hold the host). */
  get busy(): boolean {
    return this.current()?.busy ?? false;
  }

  /** Settles once the wanted view's module is in or failed; the host has requested an update by then. */
  settled(): Promise<unknown> {
    return this.current()?.settled() ?? Promise.resolve();
  }

  /** The view of `key`, once its module is in. */
  view(key: Key): View | undefined {
    return this.parts.get(key)?.value;
  }

  hasFailed(key: Key): boolean {
    return this.parts.get(key)?.failed ?? false;
  }

  /** Imports the module of `key` and makes its view, also after a failure. */
  load(key: Key): void {
    this.part(key).load();
  }

  /** Starts the import before the view is wanted (a pointer or the focus on what opens it); a failure is left to `load`. */
  preload(key: Key): void {
    if (this.view(key) !== undefined || this.parts.get(key)?.busy) return;
    importOnce(this.loaders[key]).catch(() => undefined);
  }

  private current(): LazyPart<View> | undefined {
    const key = this.wanted();
    return key === undefined ? undefined : this.parts.get(key);
  }

  private part(key: Key): LazyPart<View> {
    let part = this.parts.get(key);
    if (!part) {
      part = new LazyPart(this.context.host, () => importOnce(this.loaders[key]).then((View) => new View(this.context)));
      this.parts.set(key, part);
    }
    return part;
  }

  private loadWanted(): void {
    const key = this.wanted();
    if (key === undefined) return;
    const part = this.part(key);
    if (!part.failed) part.load();
  }
}
