/**
 * The backend core: pricing and the checkout service's rules behind a repository, shared by every
 * backend Upcart runs (the MSW mocks today, a server on a database). No HTTP and no storage of its
 * own: an adapter turns a route into a service operation and an `ApiError` into the contract's
 * `ErrorBody`; a repository stores the records.
 */
export { CheckoutService, type CheckoutServiceOptions } from './service.js';
export {
  contractBreach,
  languageDependent,
  operations,
  param,
  parseJsonBody,
  perform,
  type Call,
  type Invocation,
  type OperationMethod,
} from './operations.js';
export { runAsync, runSync, transaction, wait, type Awaitable, type Transactional, type Work } from './run.js';
export type {
  CheckoutRepository,
  IdempotencyRecord,
  IdempotencyScope,
  OrderRecord,
  PaymentIdField,
  PaymentIds,
  QuoteRecord,
  RepositoryTransaction,
  SubscriptionFilter,
} from './repository.js';
export { cursorAfter, newestFirst, parseOrderHistoryQuery, type OrderHistoryFilter, type OrderHistoryQuery, type OrderPosition } from './order-history.js';
export { MemoryRepository, type RepositoryContents } from './memory-repository.js';
export { ApiError, conflict, invalidRequest, notFound, parseBody } from './errors.js';
export { QUOTE_TTL_MS } from './quotes.js';
export { formatMoney } from './money.js';
export {
  addDays,
  addMonths,
  daysBetween,
  nextDayOfMonthOnOrAfter,
  parseIsoDate,
  startOfDateTime,
  toIsoDate,
  toIsoDateTime,
  type Clock,
} from '../src/api/calendar.js';
export {
  applyPromotion,
  cotermAmount,
  creditAmount,
  cycleAmount,
  expandAmount,
  percentOf,
  priceQuote,
  roundHalfAwayFromZero,
  taxFor,
  taxTreatment,
  upgradeCredit,
  EU_COUNTRIES,
  TAX_RATES,
  VENDOR_COUNTRY,
  type PricedQuote,
  type Promotion,
  type PromotionResult,
  type QuoteInputs,
  type SubscriptionChange,
  type TaxParty,
  type TaxTreatment,
} from './pricing.js';
export {
  acceptedLanguages,
  localizeCatalog,
  localizeDiscount,
  localizeLineNames,
  negotiateLanguage,
  CATALOG_LANGUAGE,
  type CatalogLanguages,
  type CatalogTranslation,
  type CatalogTranslations,
  type ItemTranslation,
  type LocalizedCatalog,
  type PromotionTranslation,
  type SlaTranslation,
} from './catalog-language.js';
