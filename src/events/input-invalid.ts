export type UpcartInputInvalidDetail = { readonly name: string; readonly value: string; readonly message: string };

/** Typed input was refused (a wrong quantity, an invalid contact field); nothing was sent. */
export class UpcartInputInvalidEvent extends Event {
  static readonly eventName = 'upcart-input-invalid';
  readonly detail: UpcartInputInvalidDetail;

  constructor(detail: UpcartInputInvalidDetail) {
    super(UpcartInputInvalidEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}
