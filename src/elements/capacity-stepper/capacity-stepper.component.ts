import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { CheckoutError } from '../../api/errors.js';
import type { Money, Plan } from '../../api/schemas.js';
import { UpcartInputInvalidEvent } from '../../events/input-invalid.js';
import { UpcartQuantityChangeEvent } from '../../events/quantity-change.js';
import { formatCount, formatMoney, pluralCategory } from '../../i18n/format.js';
import { formsFit, unitName } from '../../i18n/units.js';
import { addEnglish, languageOf, type MessageKey } from '../../i18n/messages.js';
import type { ActionRefusal } from '../../store/action-result.js';
import type { AsyncStep, CheckoutState } from '../../store/checkout-state.js';
import { checkQuantity, isValidQuantity, nextQuantity, previousQuantity, type QuantityProblem, type QuantityRule } from '../../store/quantity-rules.js';
import { planQuantityField, serviceQuantityField } from '../../store/selectors/quantity-field.js';
import type { CheckoutStore } from '../../store/checkout-store.js';
import { StoreController } from '../../store/store-controller.js';
import { renderAlert, renderLoading } from '../shared/step-status.js';
import { FormControl, type Validator } from '../shared/form-control.js';
import { isolated } from '../shared/isolated.js';
import { styles } from './capacity-stepper.styles.js';
import { parseQuantity, type ParseProblem } from './parse-quantity.js';
import { capacityStepper as english } from '../../i18n/locales/en/capacity-stepper.js';

/** Why a value is not accepted: it could not be read, or the rule refuses it. */
type Problem = ParseProblem | QuantityProblem;

/** Everything the control shows and checks against, from its attributes or from the store. */
interface StepperModel {
  readonly rule: QuantityRule;
  /** Whether there is a real upper bound to announce (a standalone stepper may have none). */
  readonly hasMax: boolean;
  /** The last accepted value; null for an empty standalone field. */
  readonly value: number | null;
  /** What the buyer has now; null when there is nothing to compare with. */
  readonly current: number | null;
  readonly label: string;
  readonly unit: string;
  readonly units: string;
  /** The catalog unit's names by plural category, in the buyer's language, unless the host names the unit. */
  readonly forms?: Plan['unitForms'];
  readonly unitPrice: Money | undefined;
}

type StepperView =
  | { readonly kind: 'ready'; readonly model: StepperModel }
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly step: AsyncStep; readonly error: CheckoutError }
  | { readonly kind: 'empty'; readonly message: MessageKey };

interface Evaluation {
  readonly problem: Problem | null;
  /** The number that was read, when one was. */
  readonly number: number | null;
}

/** A standalone stepper without `max` still needs a bound: the contract's largest count. */
const DEFAULT_MAX = 1_000_000_000;

/**
 * The plural of a catalog unit ("extension" → "extensions"). The contract carries only the
 * singular, in the vendor's language; in an English UI a simple lowercase word gets the regular
 * English plural, anything else is left as written. `unit-plural` overrides it.
 */
function pluralOf(unit: string, locale: string): string {
  if (languageOf(locale) !== 'en' || !/^[a-z]+$/.test(unit) || unit.endsWith('s')) return unit;
  if (/[^aeiou]y$/.test(unit)) return `${unit.slice(0, -1)}ies`;
  if (/(?:x|z|ch|sh)$/.test(unit)) return `${unit}es`;
  return `${unit}s`;
}

function whole(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** The smallest value the rule accepts, or null if none. */
function lowestOf(rule: QuantityRule): number | null {
  return isValidQuantity(rule, rule.floor) ? rule.floor : nextQuantity(rule, rule.floor);
}

/** The largest value the rule accepts, or null if none. */
function highestOf(rule: QuantityRule): number | null {
  // A current quantity above a lowered maximum is the one value left, and the highest.
  return previousQuantity(rule, rule.max + 1) ?? (rule.floor > rule.max && isValidQuantity(rule, rule.floor) ? rule.floor : null);
}

const REFUSAL_MESSAGES: Partial<Record<ActionRefusal['reason'], MessageKey>> = {
  not_ready: 'stepper.refused.notReady',
  not_configured: 'stepper.refused.notReady',
  wrong_flow: 'stepper.refused.wrongFlow',
  unknown_id: 'stepper.refused.unknownId',
};

const minusIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 8h10" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none" /></svg>`;
const plusIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 8h10M8 3v10" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none" /></svg>`;

/**
 * One quantity with minus/plus buttons and typed entry: min/max/step, the current capacity
 * beside the new one, the unit price, spinbutton semantics and full keyboard use. Alone it is a
 * form control (`name`, `value`, validity, reset); with `service-id` or `plan-quantity` it is
 * bound to the checkout store and changes the selection through the store's actions. Typed text
 * is read strictly and reaches the store only once it is a valid quantity.
 *
 * @tagname capacity-stepper
 * @summary A spinbutton for one quantity: a service's capacity or a plan's accounts.
 *
 * @fires upcart-quantity-change - A value was accepted (buttons, keys, committed text); `{ serviceId, value, previous }` (`previous` is NaN when the field was empty).
 * @fires upcart-input-invalid - Typed text or a step was refused; `{ name, value, message }`. Nothing was sent.
 * @fires input - Like a native input: each edit of the text and each accepted step.
 * @fires change - Like a native input: each accepted value.
 *
 * @csspart base - The wrapper of everything.
 * @csspart label - The visible label.
 * @csspart input - The text field with role spinbutton.
 * @csspart decrement - The minus button.
 * @csspart increment - The plus button.
 * @csspart current - "current → new" (shown when there is a current capacity).
 * @csspart unit-price - The unit price per month.
 * @csspart error - The message saying what is wrong and what is allowed (and the load error).
 * @csspart retry - The retry button of the load error.
 *
 * @cssprop --upcart-stepper-background - Background behind the whole element. Default `--upcart-color-surface`.
 * @cssprop --upcart-stepper-width - Width of the buttons-and-field group. Default 11rem.
 * @cssprop --upcart-stepper-button-size - Size of the square buttons (at least 40px). Default the control height.
 * @cssprop --upcart-stepper-button-background - Background of the buttons. Default `--upcart-color-surface-alt`.
 * @cssprop --upcart-stepper-button-color - Color of the button icons. Default `--upcart-color-text`.
 * @cssprop --upcart-stepper-input-background - Background of the field. Default `--upcart-color-surface`.
 * @cssprop --upcart-stepper-border-color - Border of the group. Default `--upcart-color-border`.
 * @cssprop --upcart-stepper-radius - Corner radius of the group. Default `--upcart-radius`.
 *
 * Custom states (where supported): `:state(invalid)` while a refusal is shown, `:state(at-min)`,
 * `:state(at-max)`.
 */
export class CapacityStepper extends FormControl {
  static {
    addEnglish(english);
  }

  static override styles = [FormControl.styles, styles];

  /** The store slices a bound stepper reads; equal references mean nothing to redraw. */
  private readonly binding = new StoreController(
    this,
    (state: CheckoutState) => ({
      flow: state.config?.flow,
      catalog: state.catalog,
      subscriptions: state.subscriptions,
      selection: state.selection,
      catalogStatus: state.status.catalog,
      subscriptionsStatus: state.status.subscriptions,
      lookupStatus: state.status.lookup,
    }),
    { store: () => this.store },
  );

  @query('input') private input!: HTMLInputElement | null;

  /** Text typed (or pasted) that has not been accepted; null when the field shows the value. */
  @state() private draft: string | null = null;
  /** Whether the message for the current problem is shown (after a refusal or a validity report). */
  @state() private showError = false;
  /** Why the store refused a value the local rule accepted. */
  @state() private storeRefusal: string | null = null;

  /** Where this field last told a store that it shows a refused value. */
  private reported: { store: CheckoutStore; field: string } | null = null;

  /** The refused text, so a blur after Enter does not report it twice. */
  private lastRefusedText: string | null = null;
  /** The value a form reset returns to (the value at first render). */
  private defaultValue: number | null = null;

  /** The accepted quantity; null for an empty field. Bound steppers mirror the store. */
  @property({
    type: Number,
    converter: {
      fromAttribute: (text: string | null) => {
        if (text === null) return null;
        const parsed = parseQuantity(text);
        return parsed.ok ? parsed.value : null;
      },
    },
  })
  value: number | null = null;

  /** The smallest allowed quantity (standalone; bound steppers use the catalog). Default 0. */
  @property({ type: Number }) min: number | undefined;

  /** The largest allowed quantity (standalone; bound steppers use the catalog). */
  @property({ type: Number }) max: number | undefined;

  /** Allowed values are `base + k * step`, the base being `current` if set, else `min`. Default 1. */
  @property({ type: Number }) step = 1;

  /** The quantity the buyer has now: shown as "current → new", and nothing below it is allowed. */
  @property({ type: Number }) current: number | undefined;

  /** The visible label; bound steppers default to the service name or "Number of accounts". */
  @property() label = '';

  /** The counted unit, singular ("extension"); bound steppers default to the catalog's. */
  @property() unit = '';

  /** The plural of `unit` ("extensions") when it is not the regular English one. */
  @property({ attribute: 'unit-plural' }) unitPlural = '';

  /** The price of one unit per month, shown as "$2.50 per extension / month". */
  @property({ attribute: false }) unitPrice: Money | undefined;

  /** Binds to a catalog service of the store: its rule, the subscription's current capacity, the selection. */
  @property({ attribute: 'service-id' }) serviceId: string | undefined;

  /** Binds to the upgrade selection's plan quantity (accounts). */
  @property({ type: Boolean, attribute: 'plan-quantity' }) planQuantity = false;

  constructor() {
    super();
    // checkValidity() and reportValidity() of an invalid field fire `invalid`: its message shows next to it.
    this.addEventListener('invalid', () => {
      this.showError = true;
    });
  }

  // ------------------------------------------------------------ lifecycle

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this.defaultValue = this.value;
    // A value set from outside replaces whatever was typed, as on a native input.
    if (changed.has('value') && this.hasUpdated && !this.bound) this.clearEntry();
  }

  protected override update(changed: PropertyValues): void {
    // After the controllers' hostUpdate, so a store set since the last update is already read.
    if (this.bound) {
      const view = this.resolveView();
      if (view.kind === 'ready') this.value = view.model.value;
    }
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.reportRejection();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A field that is gone shows nothing wrong any more.
    if (this.reported !== null) this.reported.store.setRejectedInput(this.reported.field, null);
    this.reported = null;
  }

  /** Form-associated callbacks. */
  formResetCallback(): void {
    this.clearEntry();
    // A bound stepper shows the store's value again; the store itself is not changed by a reset.
    if (!this.bound) this.value = this.defaultValue;
    this.requestUpdate();
  }

  formStateRestoreCallback(restored: string | File | FormData | null): void {
    if (this.bound || typeof restored !== 'string') return;
    const parsed = parseQuantity(restored);
    if (parsed.ok) this.value = parsed.value;
    else if (restored.trim() === '') this.value = null;
    else this.draft = restored;
  }

  // ------------------------------------------------------------ model

  private get bound(): boolean {
    return (this.serviceId !== undefined && this.serviceId !== null && this.serviceId !== '') || this.planQuantity;
  }

  /** The name reported with refusals. */
  private get fieldName(): string {
    return this.name || this.serviceId || (this.planQuantity ? 'quantity' : '');
  }

  private resolveView(): StepperView {
    return this.bound ? this.boundView() : { kind: 'ready', model: this.standaloneModel() };
  }

  private standaloneModel(): StepperModel {
    const max = whole(this.max);
    const min = Math.min(whole(this.min) ?? 0, max ?? DEFAULT_MAX);
    const step = whole(this.step) || 1;
    const current = whole(this.current) ?? null;
    const limit = max ?? DEFAULT_MAX;
    const rule: QuantityRule = current !== null ? { min, max: limit, step, base: current, floor: current } : { min, max: limit, step, base: min, floor: min };
    const unit = this.unit;
    return {
      rule,
      hasMax: max !== undefined,
      value: this.value,
      current,
      label: this.label || this.t('stepper.label'),
      unit,
      units: this.unitPlural || pluralOf(unit, this.locale),
      unitPrice: this.unitPrice,
    };
  }

  private boundView(): StepperView {
    const { flow, catalog, selection, catalogStatus, subscriptionsStatus, lookupStatus } = this.binding.value;
    const failed = (
      [
        ['lookup', lookupStatus],
        ['subscriptions', subscriptionsStatus],
        ['catalog', catalogStatus],
      ] as const
    ).find(([, status]) => status.state === 'error');
    if (failed?.[1].error) return { kind: 'error', step: failed[0], error: failed[1].error };
    if (catalog === null || selection === null || flow === undefined) return { kind: 'loading' };
    const plan = this.planQuantity;
    const field = plan ? planQuantityField(this.binding.value) : serviceQuantityField(this.binding.value, this.serviceId ?? '');
    if (typeof field === 'string') {
      return { kind: 'empty', message: field === 'wrong_flow' ? 'stepper.refused.wrongFlow' : plan ? 'stepper.noPlan' : 'stepper.unavailable' };
    }
    const { item, rule, value, current } = field;
    const unit = this.unit || item.unit;
    // Forms in another language than the buyer's: the catalog's bare unit instead.
    const fit = formsFit(catalog.language, this.locale);
    const forms = this.unit || this.unitPlural || !fit ? undefined : item.unitForms;
    // With forms, a count's unit comes from them (unitFor); `units` is then read only by the plan's label.
    const units = this.unitPlural || forms?.other || (fit || this.unit ? pluralOf(unit, this.locale) : unit);
    return {
      kind: 'ready',
      model: {
        rule,
        hasMax: true,
        value,
        current,
        label: this.label || (plan ? this.t('stepper.planLabel', { units }) : item.name),
        unit,
        units,
        forms,
        unitPrice: item.unitPrice,
      },
    };
  }

  private readyModel(): StepperModel | null {
    const view = this.resolveView();
    return view.kind === 'ready' ? view.model : null;
  }

  /** What is wrong with the text being typed, or with the value. */
  private evaluate(model: StepperModel): Evaluation {
    if (this.draft !== null) {
      const parsed = parseQuantity(this.draft);
      if (!parsed.ok) return { problem: parsed.problem, number: null };
      const check = checkQuantity(model.rule, parsed.value);
      return { problem: check.ok ? null : check.problem, number: parsed.value };
    }
    if (model.value === null) return { problem: this.required ? 'empty' : null, number: null };
    const check = checkQuantity(model.rule, model.value);
    return { problem: check.ok ? null : check.problem, number: model.value };
  }

  private formatNumber(value: number): string {
    return formatCount(value, this.locale);
  }

  private unitFor(model: StepperModel, count: number): string {
    if (model.forms) return unitName({ unit: model.unit, unitForms: model.forms }, count, this.locale);
    return pluralCategory(count, this.locale) === 'one' ? model.unit : model.units;
  }

  /** "60 extensions", or "60" without a unit. */
  private amountText(model: StepperModel, count: number): string {
    const unit = this.unitFor(model, count);
    return unit ? this.t('stepper.amount', { count: this.formatNumber(count), unit }).trim() : this.formatNumber(count);
  }

  /** What the buyer may enter: "Enter a whole number from 50 to 1,000." */
  private allowedText(model: StepperModel): string {
    const lowest = lowestOf(model.rule) ?? model.rule.min;
    const highest = highestOf(model.rule) ?? model.rule.max;
    return model.hasMax
      ? this.t('stepper.error.range', { min: this.formatNumber(lowest), max: this.formatNumber(highest) })
      : this.t('stepper.error.atLeast', { min: this.formatNumber(lowest) });
  }

  /** What is wrong and what is allowed, in the buyer's language. */
  private messageFor(problem: Problem, model: StepperModel, number: number | null): string {
    const allowed = this.allowedText(model);
    const join = (problemText: string) => this.t('stepper.error.join', { problem: problemText, allowed });
    switch (problem) {
      case 'not_whole':
      case 'not_integer':
        return join(this.t('stepper.error.notWhole'));
      case 'multiline':
        return join(this.t('stepper.error.multiline'));
      case 'below_current':
        // "You have N now" only where N is what the buyer has; otherwise the range names the minimum.
        return model.current === model.rule.floor ? join(this.t('stepper.error.belowCurrent', { current: this.formatNumber(model.current) })) : allowed;
      case 'off_step': {
        const rule = model.rule;
        const lower = number === null ? null : previousQuantity(rule, number);
        const upper = number === null ? null : nextQuantity(rule, number);
        const step = this.formatNumber(rule.step);
        if (lower !== null && upper !== null) {
          return this.t('stepper.error.offStep', { step, lower: this.formatNumber(lower), upper: this.formatNumber(upper) });
        }
        const only = lower ?? upper;
        return only === null ? allowed : this.t('stepper.error.offStepOne', { step, value: this.formatNumber(only) });
      }
      case 'empty':
      case 'too_large':
      case 'above_max':
      case 'below_min':
        return allowed;
    }
  }

  private validityFlags(problem: Problem): ValidityStateFlags {
    switch (problem) {
      case 'empty':
        return this.required ? { valueMissing: true } : { badInput: true };
      case 'not_whole':
      case 'not_integer':
      case 'multiline':
        return { badInput: true };
      case 'too_large':
      case 'above_max':
        return { rangeOverflow: true };
      case 'below_current':
      case 'below_min':
        return { rangeUnderflow: true };
      case 'off_step':
        return { stepMismatch: true };
    }
  }

  /** The message shown next to the field, if any. */
  private shownMessage(model: StepperModel, evaluation: Evaluation): string | null {
    if (!this.showError) return null;
    if (this.storeRefusal !== null) return this.storeRefusal;
    return evaluation.problem === null ? null : this.messageFor(evaluation.problem, model, evaluation.number);
  }

  /**
   * Tells the store while the field shows a value it refused (its message is showing), so that
   * no order is placed and no total is shown for the value the store holds instead.
   */
  private reportRejection(): void {
    const store = this.bound ? this.activeStore : undefined;
    const field = this.planQuantity ? 'quantity' : (this.serviceId ?? '');
    const model = store ? this.readyModel() : null;
    const message = model && this.draft !== null ? this.shownMessage(model, this.evaluate(model)) : null;
    if (this.reported !== null && (this.reported.store !== store || this.reported.field !== field)) {
      this.reported.store.setRejectedInput(this.reported.field, null);
      this.reported = null;
    }
    if (!store || !model) return;
    if (message === null && this.reported === null) return;
    store.setRejectedInput(field, message === null ? null : { label: model.label, message });
    this.reported = message === null ? null : { store, field };
  }

  protected override get formValue(): string | null {
    const value = this.value;
    return value === null || !Number.isSafeInteger(value) ? null : String(value);
  }

  /** The text as shown, typed or not. */
  protected override get formState(): string {
    return this.draft ?? (this.value === null ? '' : String(this.value));
  }

  protected override get validators(): readonly Validator[] {
    return [
      () => {
        const model = this.readyModel();
        const { problem, number } = model ? this.evaluate(model) : { problem: null, number: null };
        return model && problem ? { flags: this.validityFlags(problem), message: this.messageFor(problem, model, number) } : undefined;
      },
      () => (this.storeRefusal === null ? undefined : { flags: { customError: true }, message: this.storeRefusal }),
    ];
  }

  protected override get validityAnchor(): HTMLElement | undefined {
    return this.input ?? undefined;
  }

  protected override get customStates(): Record<string, boolean> {
    const model = this.readyModel();
    const value = model?.value ?? null;
    return {
      invalid: model !== null && this.shownMessage(model, this.evaluate(model)) !== null,
      'at-min': model !== null && value !== null && previousQuantity(model.rule, value) === null,
      'at-max': model !== null && value !== null && nextQuantity(model.rule, value) === null,
    };
  }

  // ------------------------------------------------------------ changes

  private clearEntry(): void {
    this.draft = null;
    this.showError = false;
    this.storeRefusal = null;
    this.lastRefusedText = null;
  }

  private fireNative(type: 'input' | 'change'): void {
    this.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }

  /**
   * Takes `next` as the new value: through the store when bound (which may still refuse), then
   * the events. `typed` is the text it came from, or null for a step.
   */
  private accept(next: number, model: StepperModel, typed: string | null): boolean {
    const previous = model.value;
    const store = this.activeStore;
    if (this.bound && next !== previous) {
      const result = !store ? null : this.planQuantity ? store.setPlanQuantity(next) : store.setQuantity(this.serviceId!, next);
      if (result === null || !result.ok) {
        this.storeRefusal = this.refusalText(result, model, next);
        this.refuse(typed ?? String(next), this.storeRefusal);
        return false;
      }
    }
    this.clearEntry();
    if (next === previous) return true;
    this.value = next;
    if (typed === null) this.fireNative('input');
    this.fireNative('change');
    this.dispatchEvent(new UpcartQuantityChangeEvent({ serviceId: this.serviceId || null, value: next, previous: previous ?? Number.NaN }));
    return true;
  }

  private refusalText(result: ActionRefusal | null, model: StepperModel, next: number): string {
    if (result?.reason === 'invalid_quantity' && result.problem) return this.messageFor(result.problem, model, next);
    const key = (result && REFUSAL_MESSAGES[result.reason]) ?? (result ? 'stepper.refused.other' : 'stepper.refused.notReady');
    return this.t(key);
  }

  private refuse(text: string, message: string): void {
    this.showError = true;
    this.lastRefusedText = text;
    this.dispatchEvent(new UpcartInputInvalidEvent({ name: this.fieldName, value: text, message }));
  }

  /** Enter, blur or paste: the text becomes the value if it is one the rule allows. */
  private commitText(text: string): void {
    const model = this.readyModel();
    if (!model || this.isDisabled) return;
    this.draft = text;
    this.storeRefusal = null;
    const parsed = parseQuantity(text);
    if (!parsed.ok) return this.refuse(text, this.messageFor(parsed.problem, model, null));
    const check = checkQuantity(model.rule, parsed.value);
    if (!check.ok) return this.refuse(text, this.messageFor(check.problem, model, parsed.value));
    this.accept(parsed.value, model, text);
  }

  /** Moves by `steps` valid values (negative: down), from the typed number if there is one. */
  private stepBy(steps: number): void {
    const model = this.readyModel();
    if (!model || this.isDisabled) return;
    const typed = this.draft === null ? null : parseQuantity(this.draft);
    const from = typed?.ok ? typed.value : model.value;
    let target: number | null = from === null ? lowestOf(model.rule) : from;
    if (from !== null) {
      for (let index = 0; index < Math.abs(steps); index += 1) {
        const next: number | null = steps > 0 ? nextQuantity(model.rule, target!) : previousQuantity(model.rule, target!);
        if (next === null) break;
        target = next;
      }
    }
    this.goTo(target, model);
  }

  private goTo(target: number | null, model: StepperModel): void {
    if (target === null || !isValidQuantity(model.rule, target)) return;
    if (target === model.value && this.draft === null) return;
    this.accept(target, model, null);
  }

  private restore(): boolean {
    if (this.draft === null && !this.showError) return false;
    this.clearEntry();
    return true;
  }

  // ------------------------------------------------------------ handlers

  private handleInput(event: Event): void {
    // The inner event is replaced by one from the host, as a native input would fire it.
    event.stopPropagation();
    this.draft = (event.target as HTMLInputElement).value;
    this.storeRefusal = null;
    this.fireNative('input');
  }

  private handleKeydown(event: KeyboardEvent): void {
    // Enter confirms an IME composition (full-width digits), not the value.
    if (event.isComposing) return;
    const model = this.readyModel();
    if (!model) return;
    switch (event.key) {
      case 'ArrowUp':
        this.stepBy(event.shiftKey ? 10 : 1);
        break;
      case 'ArrowDown':
        this.stepBy(event.shiftKey ? -10 : -1);
        break;
      case 'PageUp':
        this.stepBy(10);
        break;
      case 'PageDown':
        this.stepBy(-10);
        break;
      case 'Home':
        if (!this.isDisabled) this.goTo(lowestOf(model.rule), model);
        break;
      case 'End':
        if (!this.isDisabled) this.goTo(highestOf(model.rule), model);
        break;
      case 'Enter':
        if (this.draft !== null) this.commitText(this.draft);
        break;
      case 'Escape':
        // Only swallow Escape when it undid something, so a surrounding dialog can still close.
        if (!this.restore()) return;
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  private handleBlur(): void {
    if (this.draft !== null && this.draft !== this.lastRefusedText) this.commitText(this.draft);
  }

  /** A paste or drop of several lines would lose its line breaks in the field; refuse it whole. */
  private handleMultilineTransfer(event: ClipboardEvent | DragEvent): void {
    const data = event instanceof ClipboardEvent ? event.clipboardData : event.dataTransfer;
    const text = data?.getData('text/plain') ?? '';
    const parsed = parseQuantity(text);
    if (parsed.ok || parsed.problem !== 'multiline') return;
    event.preventDefault();
    this.fireNative('input');
    this.commitText(text);
  }

  private handleChange(event: Event): void {
    // The inner change does not cross the shadow root; the host fires its own on acceptance.
    event.stopPropagation();
  }

  private keepFocus(event: MouseEvent): void {
    // The buttons are not focus stops; clicking them must not take focus from the field.
    event.preventDefault();
  }

  // ------------------------------------------------------------ public methods

  /** Focuses the field (not the buttons, which are no focus stops). */
  override focus(options?: FocusOptions): void {
    if (this.input) this.input.focus(options);
    else super.focus(options);
  }

  /** One step up, as the plus button. */
  stepUp(): void {
    this.stepBy(1);
  }

  /** One step down, as the minus button. */
  stepDown(): void {
    this.stepBy(-1);
  }

  // ------------------------------------------------------------ render

  private renderState(view: Exclude<StepperView, { kind: 'ready' }>): TemplateResult {
    const loading = view.kind === 'loading';
    const content = loading
      ? renderLoading(this.hostContext())
      : view.kind === 'error'
        ? renderAlert(this.hostContext(), view)
        : html`<p class="state muted">${this.t(view.message)}</p>`;
    return html`<div class="base" part="base" aria-busy=${loading ? 'true' : nothing}>${content}</div>`;
  }

  private renderCurrent(model: StepperModel): TemplateResult | typeof nothing {
    const { current, value } = model;
    if (current === null) return nothing;
    if (value === null || value === current) {
      return html`<p class="current" part="current">${this.t('stepper.current', { current: this.formatNumber(current), unit: this.unitFor(model, current) }).trim()}</p>`;
    }
    const params = { current: this.formatNumber(current), value: this.formatNumber(value), unit: this.unitFor(model, value) };
    return html`<p class="current" part="current">
      <span aria-hidden="true">${isolated((marked) => this.t('stepper.currentToNew', marked), params)}</span><span class="visually-hidden">${this.t('stepper.currentToNew.spoken', params).trim()}</span>
    </p>`;
  }

  override render(): TemplateResult {
    const view = this.resolveView();
    if (view.kind !== 'ready') return this.renderState(view);
    const model = view.model;
    const { rule, value } = model;
    const evaluation = this.evaluate(model);
    const message = this.shownMessage(model, evaluation);
    const disabled = this.isDisabled;
    // Steps start from a typed number when there is one, as stepBy does.
    const from = this.draft !== null && evaluation.number !== null ? evaluation.number : value;
    const canDecrease = from === null || previousQuantity(rule, from) !== null;
    const canIncrease = from === null || nextQuantity(rule, from) !== null;
    const lowest = lowestOf(rule);
    const highest = highestOf(rule);
    const valueOk = value !== null && Number.isSafeInteger(value);
    const text = this.draft ?? (value === null ? '' : String(value));
    const current = this.renderCurrent(model);
    const unitPrice = model.unitPrice
      ? html`<p class="unit-price muted" part="unit-price">
          ${isolated((params) => this.t('common.perUnitMonth', params), { price: formatMoney(model.unitPrice, this.locale), unit: this.unitFor(model, 1) || model.label })}
        </p>`
      : nothing;
    const hasDetails = current !== nothing || unitPrice !== nothing;
    const describedBy = [hasDetails ? 'details' : '', message ? 'error' : ''].filter(Boolean).join(' ');

    return html`<div class="base" part="base">
      <label class="label" part="label" for="input">${model.label}${this.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}</label>
      <!-- The field comes first in the tree so that focus delegated to the host lands on it; CSS puts the minus before it. -->
      <div class="control">
        <input
          id="input"
          part="input"
          type="text"
          role="spinbutton"
          inputmode="numeric"
          enterkeyhint="done"
          autocomplete="off"
          spellcheck="false"
          aria-valuenow=${ifDefined(valueOk ? value : undefined)}
          aria-valuetext=${ifDefined(valueOk ? this.amountText(model, value) : undefined)}
          aria-valuemin=${ifDefined(lowest ?? undefined)}
          aria-valuemax=${ifDefined(model.hasMax && highest !== null ? highest : undefined)}
          aria-invalid=${message ? 'true' : 'false'}
          aria-required=${this.required ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy || undefined)}
          .value=${live(text)}
          ?disabled=${disabled}
          @input=${this.handleInput}
          @change=${this.handleChange}
          @keydown=${this.handleKeydown}
          @blur=${this.handleBlur}
          @paste=${this.handleMultilineTransfer}
          @drop=${this.handleMultilineTransfer}
        />
        <button
          type="button"
          class="step decrement"
          part="decrement"
          tabindex="-1"
          aria-controls="input"
          aria-label=${this.t('stepper.decrease', { label: model.label })}
          ?disabled=${disabled || !canDecrease}
          @mousedown=${this.keepFocus}
          @click=${() => this.stepBy(-1)}
        >${minusIcon}</button>
        <button
          type="button"
          class="step increment"
          part="increment"
          tabindex="-1"
          aria-controls="input"
          aria-label=${this.t('stepper.increase', { label: model.label })}
          ?disabled=${disabled || !canIncrease}
          @mousedown=${this.keepFocus}
          @click=${() => this.stepBy(1)}
        >${plusIcon}</button>
      </div>
      ${hasDetails ? html`<div id="details" class="details">${current}${unitPrice}</div>` : nothing}
      ${message ? html`<p id="error" class="field-error" part="error" role="alert">${message}</p>` : nothing}
    </div>`;
  }
}
