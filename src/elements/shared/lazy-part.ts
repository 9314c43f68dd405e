/**
 * One part of an element made from a module loaded on demand (a flow's view, the new-contact
 * form): `load()` imports and makes it once; while that runs the part is `busy`, and a module that
 * did not load, or a part that could not be made, leaves it `failed` until `load()` is asked
 * again. Each change asks the host for an update.
 */
import type { ReactiveControllerHost } from 'lit';
import type { LoadingPart } from './import-once.js';

export class LazyPart<T> implements LoadingPart {
  private made: T | undefined;
  /** The load under way; settles once the part is made or the failure noted. */
  private loading: Promise<void> | undefined;
  private failedLoad = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly make: () => Promise<T>,
  ) {}

  /** The part, once its module is in. */
  get value(): T | undefined {
    return this.made;
  }

  get busy(): boolean {
    return this.loading !== undefined;
  }

  /** Whether the last load failed (and nobody asked again since). */
  get failed(): boolean {
    return this.failedLoad;
  }

  settled(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  /** Loads the part unless it is made or loading, also after a failure. */
  load(): void {
    if (this.failedLoad) {
      this.failedLoad = false;
      this.host.requestUpdate();
    }
    if (this.made !== undefined || this.loading) return;
    this.loading = this.make()
      .then((made) => void (this.made = made))
      .catch(() => void (this.failedLoad = true))
      .finally(() => {
        this.loading = undefined;
        this.host.requestUpdate();
      });
  }
}
