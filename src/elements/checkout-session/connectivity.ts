/**
 * Follows the browser's connection: `online` is false while it is offline, and `onBack` runs when
 * it comes back, so the session can say so and repeat what failed for want of a network.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ConnectivityController implements ReactiveController {
  online = true;

  readonly #handle = (event: Event) => {
    this.online = event.type === 'online';
    this.#host.requestUpdate();
    if (this.online) this.#onBack();
  };

  readonly #host: ReactiveControllerHost;
  readonly #onBack: () => void;

  constructor(host: ReactiveControllerHost, onBack: () => void) {
    this.#host = host;
    this.#onBack = onBack;
    host.addController(this);
  }

  hostConnected(): void {
    this.online = globalThis.navigator?.onLine ?? true;
    globalThis.addEventListener('online', this.#handle);
    globalThis.addEventListener('offline', this.#handle);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener('online', this.#handle);
    globalThis.removeEventListener('offline', this.#handle);
  }
}
