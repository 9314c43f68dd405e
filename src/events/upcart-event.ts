/**
 * What every Upcart event shares: an `upcart-` name so none collides with a native event,
 * bubbling and composed so a host page hears it from inside any shadow root, and a typed `detail`.
 * A subclass names itself with `static eventName` (and `static cancelable` when a listener may
 * prevent its default); its constructor takes the detail only.
 */
export abstract class UpcartEvent<Detail = void> extends Event {
  static readonly eventName: string;
  static readonly cancelable?: boolean;
  readonly detail: Detail;

  constructor(detail: Detail) {
    const type = new.target as unknown as typeof UpcartEvent;
    super(type.eventName, { bubbles: true, composed: true, cancelable: type.cancelable });
    this.detail = detail;
  }
}
