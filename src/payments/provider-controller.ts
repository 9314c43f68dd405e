/**
 * What the card and PayPal steps of `<pay-checkout>` share: a light-DOM mount created when the
 * provider is wanted, its SDK handle, a phase the element renders, and teardown when the method
 * changes, the order completes or the element is removed. A load that finishes after a teardown
 * is thrown away (the generation check), so a quick method switch never leaves a stray mount.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createLightDomMount, type LightDomMount } from './light-dom-mount.js';

export type ProviderPhase<Extra extends { readonly phase: string }> =
  | { readonly phase: 'idle' }
  | { readonly phase: 'loading' }
  | { readonly phase: 'ready' }
  /** The SDK could not load: the buyer is told and can pay another way. */
  | { readonly phase: 'unavailable'; readonly message: string }
  /** The provider's step is done; the server has not said the order is paid yet (settlement.ts). */
  | { readonly phase: 'confirming' }
  /** Still not confirmed after the last read: the buyer may check again. */
  | { readonly phase: 'unconfirmed' }
  | Extra;

export abstract class ProviderController<Extra extends { readonly phase: string }, Handle extends { destroy(): void }> implements ReactiveController {
  state: ProviderPhase<Extra> = { phase: 'idle' };

  protected handle: Handle | null = null;
  /** Bumped on every teardown: work begun before one (a load, a wait for the server) is stale. */
  generation = 0;
  #mount: LightDomMount | null = null;
  readonly #slotName: string;

  constructor(
    protected readonly host: ReactiveControllerHost & HTMLElement,
    slotName: string,
  ) {
    this.#slotName = slotName;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.teardown();
  }

  /** Removes the provider's UI and its mount. */
  teardown(): void {
    this.generation += 1;
    this.handle?.destroy();
    this.handle = null;
    this.#removeMount();
    if (this.state.phase !== 'idle') this.set({ phase: 'idle' });
  }

  /** Mounts into light DOM and loads the provider there; `loader` gets the mount element. */
  protected load(loader: (element: HTMLElement, generation: number) => Promise<Handle>): void {
    const generation = ++this.generation;
    this.set({ phase: 'loading' });
    this.#mount = createLightDomMount(this.host, this.#slotName);
    loader(this.#mount.element, generation).then(
      (handle) => {
        if (generation !== this.generation) return handle.destroy();
        this.handle = handle;
        this.set({ phase: 'ready' });
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.#removeMount();
        this.set({ phase: 'unavailable', message: error instanceof Error ? error.message : '' });
      },
    );
  }

  set(state: ProviderPhase<Extra>): void {
    this.state = state;
    this.host.requestUpdate();
  }

  #removeMount(): void {
    this.#mount?.remove();
    this.#mount = null;
  }
}
