/**
 * The picker's mode views, each loaded with its flow: as soon as the flow is known (from the
 * configuration, so while the catalog still loads) the flow's view module is imported, and the
 * view is created for this picker when it arrives. A flow whose module failed to load stays failed
 * until `retry`, so a broken chunk is not requested again on every render.
 */
import type { ReactiveController } from 'lit';
import type { Flow } from '../../api/schemas.js';
import { LazyPart } from '../lazy-part.js';
import type { PickerView, ViewContext } from './view-context.js';
import { loadView } from './view-loaders.js';

export class FlowViews implements ReactiveController {
  private readonly context: ViewContext;
  private readonly flow: () => Flow | undefined;
  private readonly parts = new Map<Flow, LazyPart<PickerView>>();

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
    return this.current()?.busy ?? false;
  }

  /** Settles once the current flow's module is in or failed; the host has requested an update by then. */
  settled(): Promise<unknown> {
    return this.current()?.settled() ?? Promise.resolve();
  }

  /** The view of `flow`, once its module is in. */
  view(flow: Flow): PickerView | undefined {
    return this.parts.get(flow)?.value;
  }

  hasFailed(flow: Flow): boolean {
    return this.parts.get(flow)?.failed ?? false;
  }

  /** Imports a failed flow's module again. */
  retry(flow: Flow): void {
    this.part(flow).load();
  }

  private current(): LazyPart<PickerView> | undefined {
    const flow = this.flow();
    return flow === undefined ? undefined : this.parts.get(flow);
  }

  private part(flow: Flow): LazyPart<PickerView> {
    let part = this.parts.get(flow);
    if (!part) {
      part = new LazyPart(this.context.host, () => loadView(flow).then((View) => new View(this.context)));
      this.parts.set(flow, part);
    }
    return part;
  }

  private loadCurrent(): void {
    const flow = this.flow();
    if (flow === undefined) return;
    const part = this.part(flow);
    if (!part.failed) part.load();
  }
}
