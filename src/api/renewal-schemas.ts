/**
 * The renewal center's bodies (KooPhone's Billing Center): its rows, pages, counts, actions and
 * settings, and a batch renewal quote's items. Apart from `schemas.ts` so that the checkout's
 * entry does not carry them: only `<renewal-center>` and the backends read them. What a quote
 * request needs of them (`RenewalSelection`, `RenewalFilter`) stays in `schemas.ts`.
 */
import * as z from 'zod/mini';
import { Count as count, DayOfMonth, Identifier as id, IsoDate, Label as label, Money, RenewalMode, RenewalSelection, SubscriptionStatus } from './schemas.js';

export const RenewalSort = z.enum(['expiry_asc', 'expiry_desc']);

/** A row of the renewal center: what a buyer needs to see and choose, not the whole subscription. */
export const RenewalResource = z.object({
  id,
  name: label,
  productId: id,
  productName: label,
  planId: z.optional(id),
  planName: z.optional(label),
  cycleId: id,
  /** Months of its billing cycle (1: monthly, 12: yearly). */
  cycleMonths: z.int().check(z.minimum(1), z.maximum(120)),
  status: SubscriptionStatus,
  termEnd: IsoDate,
  renewalMode: RenewalMode,
  renewalDay: z.nullable(DayOfMonth),
});

/**
 * A page of a tab, sorted by term end (then id). `total` counts every resource the filter
 * matches, on all pages; `nextCursor` asks for the next page (null on the last).
 */
export const RenewalPage = z.object({
  resources: z.array(RenewalResource),
  total: count,
  nextCursor: z.nullable(z.string().check(z.minLength(1), z.maxLength(512))),
});

/** Resources per tab under the same search criteria (the tabs' counts). */
export const RenewalCounts = z.object({
  manual: count,
  auto: count,
  pay_per_use: count,
  canceled: count,
});

/** Moves the selected resources to a tab: manual or auto renewal, pay-per-use, canceled (or back). */
export const SetRenewalModeRequest = z.object({
  selection: RenewalSelection,
  mode: RenewalMode,
});

/** Sets (a day) or clears (null) the renewal day of the selected resources. */
export const SetRenewalDayRequest = z.object({
  selection: RenewalSelection,
  renewalDay: z.nullable(DayOfMonth),
});

/** What an action changed, and the tabs' counts after it (without search criteria). */
export const RenewalUpdate = z.object({
  updated: count,
  counts: RenewalCounts,
});

/**
 * The account's renewal settings: its standard renewal day, which "Setting the same renewal day"
 * applies to resources and co-termed renewals end on (before the catalog's own); null: none.
 */
export const RenewalSettings = z.object({
  standardRenewalDay: z.nullable(DayOfMonth),
});

/** One resource of a (batch) renewal quote: its term end before and after, and its charge. */
export const QuoteItem = z.object({
  subscriptionId: id,
  name: label,
  termEnd: IsoDate,
  newTermEnd: IsoDate,
  amount: Money,
});

/** A page of a quote's items, in the order of the renewal center's rows; `nextCursor` null on the last. */
export const QuoteItemPage = z.object({
  items: z.array(QuoteItem),
  nextCursor: z.nullable(z.string().check(z.minLength(1), z.maxLength(512))),
});

export type RenewalSort = z.infer<typeof RenewalSort>;
export type RenewalResource = z.infer<typeof RenewalResource>;
export type RenewalPage = z.infer<typeof RenewalPage>;
export type RenewalCounts = z.infer<typeof RenewalCounts>;
export type SetRenewalModeRequest = z.infer<typeof SetRenewalModeRequest>;
export type SetRenewalDayRequest = z.infer<typeof SetRenewalDayRequest>;
export type RenewalUpdate = z.infer<typeof RenewalUpdate>;
export type RenewalSettings = z.infer<typeof RenewalSettings>;
export type QuoteItem = z.infer<typeof QuoteItem>;
export type QuoteItemPage = z.infer<typeof QuoteItemPage>;
