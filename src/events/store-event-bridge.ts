/**
 * Fires `upcart-*` DOM events from the element that hosts it for what its store announces, so no
 * element works out from state what the store already says. It listens while the host is
 * connected to a store (the explicit `.store` or the session's), and follows a store replaced.
 *
 * An element fires what it shows (a quote, an order) once it has rendered it, so a listener finds
 * the element up to date; the session fires at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CheckoutState } from '../store/checkout-state.js';
import type { CheckoutStore } from '../store/checkout-store.js';
import type { CheckoutStoreEvent } from '../store/store-events.js';

/** A DOM event to fire, or something to do once the host shows what the store announced. */
export type Reaction = Event | (() => void);

export interface StoreEventMap {
  /** What a store event means for this host. */
  events(event: CheckoutStoreEvent): readonly Reaction[];
  /** The store's state when the host starts listening to it (or to another store): history, not news. */
  attached?(state: CheckoutState): void;
  /** Fire when the store says so rather than after the host's next render. */
  immediate?: boolean;
}

/**
 * The reactive controller, as closures rather than a class: it is in every element's entry, and
 * its state needs no names there.
 */
export function bridgeStoreEvents(host: ReactiveControllerHost & HTMLElement, source: () => CheckoutStore | undefined, map: StoreEventMap): ReactiveController {
  let store: CheckoutStore | undefined;
  let stop: (() => void) | undefined;
  const queued: Reaction[] = [];
  const run = (reactions: readonly Reaction[]) => {
    for (const reaction of reactions) {
      if (typeof reaction == 'function') reaction();
      else host.dispatchEvent(reaction);
    }
  };
  const fire = (reactions: readonly Reaction[]) => {
    if (map.immediate) run(reactions);
    else if (reactions.length > 0) {
      queued.push(...reactions);
      host.requestUpdate();
    }
  };
  /** Listens to the host's store, if it has another one now; a removed host listens to none. */
  const follow = () => {
    const next = host.isConnected ? source() : undefined;
    if (next === store) return;
    stop?.();
    stop = (store = next)?.onEvent((event) => fire(map.events(event)));
    if (store) map.attached?.(store.getState());
  };
  const controller: ReactiveController = {
    hostConnected: follow,
    hostUpdate: follow,
    hostUpdated: () => run(queued.splice(0)),
    hostDisconnected: follow,
  };
  host.addController(controller);
  return controller;
}
