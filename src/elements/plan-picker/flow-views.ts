/**
 * The picker's mode views, each loaded with its flow: as soon as the flow is known (from the
 * configuration, so while the catalog still loads) the flow's view module is imported, and the
 * view is created for this picker when it arrives. A flow whose module failed to load stays failed
 * until `retry`, so a broken chunk is not requested again on every render.
 */
import type { ReactiveController } from 'lit';
import type { Flow } from '../../api/schemas.js';
import type { PickerView, ViewContext } from './view-context.js';
import { loadView } from './view-loaders.js';

export class FlowViews implements ReactiveController {
  private readonly context: ViewContext;
  private readonly flow: () => Flow | undefined;
  private readonly views = new Map<Flow, PickerView>();
  /** The imports under way; each settles once its view is created or its failure noted. */
  private readonly loading = new Map<Flow, Promise<void>>();
  private readonly failed = new Set<Flow>();

  /** `flow` reads the host's current flow; the host's store controllers must be added before this. */
  constructor(context: ViewContext, flow: () => Flow | undefined) {
    this.context = context;
    this.flow = flow;
    context.host.addController(this);
  }

  hostConnected(): void {
    this.loadCurrent();
  }

  /** Runs after the store controllers' `hostUpdate`, so a store set since is already read. */
  hostUpdate(): void {
    this.loadCurrent();
  }

  /** Whether the current flow's view module is still loading (another flow's does not hold the picker). */
  get busy(): boolean {
    const flow = this.flow();
    return flow !== undefined && this.loading.has(flow);
  }

  /** Settles once the current flow's module is in or failed; the host has requested an update by then. */
  settled(): Promise<unknown> {
    const flow = this.flow();
    return (flow !== undefined && this.loading.get(flow)) || Promise.resolve();
  }

  /** The view of `flow`, once its module is in. */
  view(flow: Flow): PickerView | undefined {
    return this.views.get(flow);
  }

  hasFailed(flow: Flow): boolean {
    return this.failed.has(flow);
  }

  /** Imports a failed flow's module again. */
  retry(flow: Flow): void {
    this.failed.delete(flow);
    this.load(flow);
    this.context.host.requestUpdate();
  }

  private loadCurrent(): void {
    const flow = this.flow();
    if (flow !== undefined && !this.failed.has(flow)) this.load(flow);
  }

  private load(flow: Flow): void {
    if (this.views.has(flow) || this.loading.has(flow)) return;
    const settle = (): void => {
      this.loading.delete(flow);
      this.context.host.requestUpdate();
    };
    const loading = loadView(flow)
      .then((View) => void this.views.set(flow, new View(this.context)))
      // A module that did not load, or a view that could not be made, is a failure to retry.
      .catch(() => void this.failed.add(flow))
      .finally(settle);
    this.loading.set(flow, loading);
  }
}
