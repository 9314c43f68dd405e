/**
 * A `CheckoutBackend` whose every call stays pending until the test answers it, so answers can
 * arrive in any order. Every call is recorded with its arguments, signal and idempotency key.
 */
import type { CallOptions, CheckoutBackend, ListOrdersQuery, ListSubscriptionsQuery } from '../../src/api/backend.js';
import { CheckoutError } from '../../src/api/errors.js';
import type { ConfirmOrderRequest, ContactInput, CreateOrderRequest, QuoteRequest } from '../../src/api/schemas.js';

export type BackendMethod = keyof CheckoutBackend;
export type Answer<M extends BackendMethod> = Awaited<ReturnType<CheckoutBackend[M]>>;

export class PendingCall<M extends BackendMethod> {
  settled = false;

  constructor(
    readonly method: M,
    readonly args: Parameters<CheckoutBackend[M]>,
    readonly signal: AbortSignal | undefined,
    private readonly settle: { resolve: (value: Answer<M>) => void; reject: (error: unknown) => void },
  ) {}

  resolve(value: Answer<M>): void {
    this.settled = true;
    this.settle.resolve(value);
  }

  reject(error: unknown): void {
    this.settled = true;
    this.settle.reject(error);
  }
}

export class FakeBackend implements CheckoutBackend {
  readonly calls: PendingCall<BackendMethod>[] = [];
  /** Like a real backend, reject with an `aborted` error when the signal fires. Off by default so a late answer can still arrive. */
  rejectOnAbort = false;

  callsTo<M extends BackendMethod>(method: M): PendingCall<M>[] {
    return this.calls.filter((call): call is PendingCall<M> => call.method === method) as PendingCall<M>[];
  }

  /** The latest call of `method`; fails the test when there is none. */
  last<M extends BackendMethod>(method: M): PendingCall<M> {
    const calls = this.callsTo(method);
    const call = calls[calls.length - 1];
    if (!call) throw new Error(`No ${method} call was made`);
    return call;
  }

  count(method: BackendMethod): number {
    return this.callsTo(method).length;
  }

  /** Calls not answered yet. */
  pending(): PendingCall<BackendMethod>[] {
    return this.calls.filter((call) => !call.settled);
  }

  getCatalog(productId: string, options?: CallOptions) {
    return this.record('getCatalog', [productId, options], options);
  }

  getSubscription(subscriptionId: string, options?: CallOptions) {
    return this.record('getSubscription', [subscriptionId, options], options);
  }

  listSubscriptions(query: ListSubscriptionsQuery, options?: CallOptions) {
    return this.record('listSubscriptions', [query, options], options);
  }

  lookupCompany(companyId: string, options?: CallOptions) {
    return this.record('lookupCompany', [companyId, options], options);
  }

  createQuote(request: QuoteRequest, options?: CallOptions) {
    return this.record('createQuote', [request, options], options);
  }

  listContacts(options?: CallOptions) {
    return this.record('listContacts', [options], options);
  }

  createContact(contact: ContactInput, options?: CallOptions) {
    return this.record('createContact', [contact, options], options);
  }

  createOrder(request: CreateOrderRequest, idempotencyKey: string, options?: CallOptions) {
    return this.record('createOrder', [request, idempotencyKey, options], options);
  }

  confirmOrder(orderId: string, request: ConfirmOrderRequest, options?: CallOptions) {
    return this.record('confirmOrder', [orderId, request, options], options);
  }

  getOrder(orderId: string, options?: CallOptions) {
    return this.record('getOrder', [orderId, options], options);
  }

  listOrders(query?: ListOrdersQuery, options?: CallOptions) {
    return this.record('listOrders', [query, options], options);
  }

  cancelOrder(orderId: string, options?: CallOptions) {
    return this.record('cancelOrder', [orderId, options], options);
  }

  createInvoiceLink(orderId: string, options?: CallOptions) {
    return this.record('createInvoiceLink', [orderId, options], options);
  }

  setAutoRenew(subscriptionId: string, autoRenew: boolean, options?: CallOptions) {
    return this.record('setAutoRenew', [subscriptionId, autoRenew, options], options);
  }

  unsubscribe(subscriptionId: string, options?: CallOptions) {
    return this.record('unsubscribe', [subscriptionId, options], options);
  }

  private record<M extends BackendMethod>(method: M, args: Parameters<CheckoutBackend[M]>, options: CallOptions | undefined): Promise<Answer<M>> {
    return new Promise<Answer<M>>((resolve, reject) => {
      const call = new PendingCall(method, args, options?.signal, { resolve, reject });
      this.calls.push(call as unknown as PendingCall<BackendMethod>);
      options?.signal?.addEventListener('abort', () => {
        if (this.rejectOnAbort && !call.settled) call.reject(new CheckoutError('aborted', 'The request was cancelled.'));
      });
    });
  }
}
