/**
 * What every Upcart element shares: the design tokens, the store (from `<checkout-session>`'s
 * context or an explicit `.store`), the locale and its messages, light/dark, and safe
 * registration. Subclasses select their own slices with `new StoreController(this, selector,
 * { store: () => this.store })`.
 */
import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { CheckoutError } from '../api/errors.js';
import { formatWait } from '../i18n/format.js';
import { loadLocale, onMessagesChange, translate, type MessageKey, type MessageParams } from '../i18n/messages.js';
import type { CheckoutStore } from '../store/checkout-store.js';
import { StoreController } from '../store/store-controller.js';
import { tokens } from '../styles/tokens.js';
import type { HostContext } from './shared/host-context.js';
import type { LoadingPart } from './shared/import-once.js';

/** Where Upcart registers a class whose tag the page gave to another class. */
const fallbackTag = (tag: string) => `upcart-${tag}`;

/**
 * The tag `constructor` is registered under: `tag`, its fallback (see `UpcartElement.define`), or
 * the portal's own name for it; undefined when it is not registered. Upcart's templates render
 * Upcart's elements by this name, never by a default tag the page may have taken.
 */
export function tagOf(constructor: CustomElementConstructor, tag: string): string | undefined {
  return customElements.getName?.(constructor) ?? [tag, fallbackTag(tag)].find((name) => customElements.get(name) === constructor);
}

export class UpcartElement extends LitElement {
  static override styles: CSSResultGroup = [tokens];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /**
   * Registers the element under `tag`, never throwing, so a portal that loads Upcart twice keeps
   * working. When the page has given `tag` to another class, Upcart's goes under `upcart-<tag>`
   * (which `tagOf` then names) and a warning says so.
   */
  static define(tag: string, constructor: CustomElementConstructor = this): void {
    if (tagOf(constructor, tag)) return;
    const name = [tag, fallbackTag(tag)].find((candidate) => !customElements.get(candidate));
    if (name) customElements.define(name, constructor);
    if (name !== tag) console.warn(`upcart: <${tag}> is already defined by another class; Upcart's is ${name ? `<${name}>` : 'not defined'}.`);
  }

  private explicitStore: CheckoutStore | undefined;

  /** The store to use outside a `<checkout-session>`; inside one the session's store is used. */
  @property({ attribute: false })
  get store(): CheckoutStore | undefined {
    return this.explicitStore;
  }

  set store(store: CheckoutStore | undefined) {
    this.explicitStore = store;
  }

  /** `light` or `dark`; without it the page's color scheme decides. */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined;

  private readonly localeSlice = new StoreController(this, (state) => state.config?.locale ?? state.locale, { store: () => this.store });
  private stopListening: (() => void) | undefined;

  /** The store in use: the explicit `.store`, else the session's. */
  protected get activeStore(): CheckoutStore | undefined {
    return this.localeSlice.store;
  }

  /** The session's locale (its flow's configuration, or one without a flow), else the page's language, else English. */
  protected get locale(): string {
    return this.localeSlice.value ?? (this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening = onMessagesChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
    this.stopListening = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    void loadLocale(this.locale);
  }

  /** Parts this element loads on demand (see shared/import-once.ts); none by default. */
  protected get loadingParts(): readonly LoadingPart[] {
    return [];
  }

  /** Also waits for a part still loading and the render it brings, so it is in after `await el.updateComplete`. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let part = this.busyPart(); part; part = this.busyPart()) {
      await part.settled();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private busyPart(): LoadingPart | undefined {
    return this.loadingParts.find((part) => part.busy);
  }

  /** What a view made elsewhere (see shared/lazy-views.ts) renders and acts through: this element. */
  protected hostContext(): HostContext {
    return {
      host: this,
      root: () => this.renderRoot,
      store: () => this.activeStore,
      locale: () => this.locale,
      t: (key, params) => this.t(key, params),
      errorText: (error) => this.errorText(error),
    };
  }

  /** The message for `key` in the element's locale. */
  protected t(key: MessageKey, params?: MessageParams): string {
    return translate(this.locale, key, params);
  }

  /**
   * What to tell the buyer about a failed call, always in the buyer's language: how long to wait
   * when the server said so; for a refused request (a 4xx with the server's code), the client's
   * message for that code (`errors.<code>`, whatever the server wrote; its field messages stay
   * beside the fields); the server's message only for a code the client does not know (a portal
   * backend's own), framed and isolated as the server's words; a localized message for everything
   * else (`auth`: sign in again, whatever the server sent).
   */
  protected errorText(error: CheckoutError): string {
    if (error.retryAfterMs !== undefined) return this.t('common.error.retryAfter', { when: formatWait(error.retryAfterMs, this.locale) });
    if (error.code === 'aborted') return '';
    const { serverCode } = error;
    if ((error.code === 'http' || error.code === 'validation') && serverCode && (error.status ?? 500) < 500) {
      const key = `errors.${serverCode}` as MessageKey;
      const text = this.t(key);
      // A key without a text comes back as the key: a code of the server's own.
      return text === key ? this.t('errors.vendor', { message: `\u2068${error.message}\u2069` }) : text;
    }
    return this.t(`common.error.${error.code}`);
  }
}
