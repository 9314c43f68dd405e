/**
 * Builds the OpenAPI 3.1 document of the contract from the same zod schemas and route
 * table the SDK uses. `npm run openapi` writes it to `src/api/openapi.json`; a test fails
 * when the checked-in file differs from what this builds. Not part of the SDK bundle.
 */
import * as z from 'zod/mini';
import { EXPIRY_WINDOWS, ORDER_PAGE, RENEWAL_PAGE } from './rules.js';
import * as renewals from './renewal-schemas.js';
import { endpoints, type Endpoint, type EndpointName } from './endpoints.js';
import { errorCodeMeanings, refusalsOf, statusMeanings, type ErrorStatus } from './openapi-errors.js';
import * as schemas from './schemas.js';
import type { ServerErrorCode } from './schemas.js';

/** Schemas published under `components.schemas`, by name. */
const named: Record<string, z.core.$ZodType> = {
  Money: schemas.Money,
  Catalog: schemas.Catalog,
  Plan: schemas.Plan,
  Service: schemas.Service,
  BillingCycle: schemas.BillingCycle,
  SlaLevel: schemas.SlaLevel,
  RenewalDuration: schemas.RenewalDuration,
  PaymentConfig: schemas.PaymentConfig,
  ServiceQuantity: schemas.ServiceQuantity,
  Subscription: schemas.Subscription,
  SubscriptionList: schemas.SubscriptionList,
  UpdateSubscriptionRequest: schemas.UpdateSubscriptionRequest,
  Customer: schemas.Customer,
  CustomerLookup: schemas.CustomerLookup,
  ExpandQuoteRequest: schemas.ExpandQuoteRequest,
  UpgradeQuoteRequest: schemas.UpgradeQuoteRequest,
  RenewQuoteRequest: schemas.RenewQuoteRequest,
  QuoteRequest: schemas.QuoteRequest,
  QuoteLine: schemas.QuoteLine,
  Tax: schemas.Tax,
  Discount: schemas.Discount,
  Quote: schemas.Quote,
  Address: schemas.Address,
  Email: schemas.Email,
  ContactInput: schemas.ContactInput,
  Contact: schemas.Contact,
  ContactList: schemas.ContactList,
  CreateOrderRequest: schemas.CreateOrderRequest,
  Invoice: schemas.Invoice,
  PaymentAction: schemas.PaymentAction,
  Order: schemas.Order,
  OrderPage: schemas.OrderPage,
  ConfirmOrderRequest: schemas.ConfirmOrderRequest,
  RenewalMode: schemas.RenewalMode,
  RenewalFilter: schemas.RenewalFilter,
  RenewalSelection: schemas.RenewalSelection,
  RenewalResource: renewals.RenewalResource,
  RenewalPage: renewals.RenewalPage,
  RenewalCounts: renewals.RenewalCounts,
  SetRenewalModeRequest: renewals.SetRenewalModeRequest,
  SetRenewalDayRequest: renewals.SetRenewalDayRequest,
  RenewalUpdate: renewals.RenewalUpdate,
  RenewalSettings: renewals.RenewalSettings,
  QuoteItem: renewals.QuoteItem,
  QuoteItemPage: renewals.QuoteItemPage,
  ErrorBody: schemas.ErrorBody,
};

/**
 * What a schema alone cannot say, by component name. Kept here, not as `z.meta` in schemas.ts
 * (nor in the route table), so the SDK bundle does not carry the documentation.
 */
const documented: Record<string, { description: string; format?: string }> = {
  Email: {
    format: 'idn-email',
    description:
      'An email address, internationalized ones included (RFC 6531: `jane@bücher.de`, `josé@example.com`). Sent as the buyer typed it, ' +
      'NFC-normalized Unicode in the UTF-8 JSON body: the domain in Unicode (U-labels) or ASCII (A-labels, `xn--`), the local part possibly Unicode. ' +
      'A server stores it so; to send mail it converts the domain to A-labels (IDNA), and a non-ASCII local part needs an SMTPUTF8 relay.',
  },
  ContactInput: {
    description:
      'A new billing contact. One equal to a contact the account already has (every field trimmed and NFC-normalized, the email case-insensitive ' +
      'with its domain compared by A-labels, the VAT id without spaces and case) is that contact: creating it answers the existing contact and saves no second one.',
  },
  // The refinements of schemas.ts in words (JSON Schema cannot say them): what a client checks.
  Quote: {
    description:
      'A priced selection, the only price a buyer pays. Upcart refuses a quote that breaks any of these rules as a malformed answer ' +
      '(`CheckoutError` `bad_response`), so a wrong total is never shown as payable. ' +
      "**Its figures add up**, exactly, in integer minor units: `subtotal.amount` is the sum of the lines' `amount.amount` (a credit line's is negative); " +
      '`total.amount` = `subtotal.amount` - `discount.amount.amount` (0 when `discount` is null; a promotion is a positive amount, subtracted) + `tax.amount.amount`. ' +
      '**The total is never negative** (`total.amount` >= 0). ' +
      "**One currency**: every amount (each line's `unitPrice` and `amount`, `subtotal`, `discount.amount`, `tax.amount`, `total`) is in `currency`, " +
      "the currency asked for in the request (the catalog's when none was asked). " +
      'A quote has at least one line; ordering it after `expiresAt` is 409 `quote_expired`.',
  },
  QuoteLine: {
    description:
      "One row of a quote or an order. `unitPrice` and `amount` are in the quote's `currency` (an order's `total.currency`), and the rows' `amount`s add up " +
      'to the `subtotal`: see Quote. `amount` is what the row charges, rounded once to minor units, negative for a credit (`kind` `credit`). How it comes about, ' +
      "so that a client can word it in the buyer's language: the unit price for `months`, times `prorationDays / termDays` when prorated, less `discountPercent`; " +
      "a row grouping several resources (`count`) is the sum of each resource's charge, each rounded once.",
  },
  Order: {
    description:
      "An order made from a quote: its `lines`, `subtotal`, `discount`, `tax` and `total` are the quote's. Upcart refuses an order that breaks the quote's rules " +
      "as a malformed answer (`bad_response`): the lines' amounts add up to `subtotal`, `total.amount` = `subtotal.amount` - `discount.amount.amount` + `tax.amount.amount`, " +
      "`total.amount` is never negative, and every amount (each line's `unitPrice` and `amount`, `subtotal`, `discount.amount`, `tax.amount`) is in `total.currency`.",
  },
  RenewalSelection: {
    description:
      'Which resources an action or a renewal quote is for: `{ ids }` (1 to ' +
      `${RENEWAL_PAGE.maxIds}, each the account's and renewable: an unknown one is 404 \`not_found\`, a trial 422 \`invalid_request\`), ` +
      'or `{ filter, except? }`: every resource the filter matches when the request is handled ("select all in this view", however many), less at most ' +
      `${RENEWAL_PAGE.maxIds} ids. A renew quote by filter keeps what it matched when quoted (its items): ordering and paying it renew exactly those.`,
  },
  RenewQuoteRequest: {
    description:
      "A renewal of one product's resources: send `subscriptionIds` or `selection`, exactly one (both or neither: 400 `invalid_request`); a selection spanning " +
      "several products is 422 `invalid_request` on `selection`. With `coterm`, each new end date moves on to the next renewal day: the resource's own " +
      "(`renewalDay`), else the account's standard day (`GET /renewals/settings`), else the catalog's `standardRenewalDay`; the extra days cost " +
      '`unit price × 12 / 365` per unit per day. Lines are grouped by plan or service, cycle and duration (co-term lines by plan or service); a group of several ' +
      "resources has a `count`, no `subscriptionId` nor period, and its amount is the sum of each resource's charge, each rounded once. Each resource's own " +
      'new end date and charge are its items (`GET /quotes/{quoteId}/items`).',
  },
  ErrorBody: {
    description:
      'The body of every non-2xx answer: `error.code` is the machine-readable reason (each code below, with its status), `error.message` a text for people, ' +
      '`error.fields` the fields at fault (field path: message). Each operation lists the codes it answers under each status. ' +
      'How Upcart reads an answer: 401 or 403 with any body, even none, is `CheckoutError` `auth` (the host page refreshes the session); ' +
      '422, and 400 with `fields`, is `validation`; any other is `http`, with `serverCode` the `error.code`. 429 and 5xx are worth retrying, ' +
      "and a `Retry-After` of a 429 or 503 (seconds or an HTTP date) is waited for. A body that is not an ErrorBody (a code not listed here, a proxy's HTML page, none) " +
      'is read by its status alone; a 4xx `message` may be shown to the buyer, a 5xx one is for operators.',
  },
};

type Json = Record<string, unknown>;

/**
 * What each route does, in a line: kept here, not in the route table, so the SDK's entries do not
 * carry the prose (typed by the table: a new route without a summary does not compile).
 */
const routeSummaries: Record<EndpointName, string> = {
  getSubscription: 'One subscription',
  unsubscribe: 'End a subscription at its term end',
  listContacts: "The account's billing contacts",
  getOrder: 'An order, its status and invoice link',
  getRenewalSettings: "The account's standard renewal day",
  getCatalog: 'Plans, services, cycles, SLA levels, renewal durations and payment methods of a product',
  listSubscriptions: "The account's subscriptions, optionally of one product or customer",
  setAutoRenew: 'Turn automatic renewal on or off',
  lookupCompany: 'Find a customer and its subscriptions by company id (partner portals)',
  createQuote: 'Price a selection; the answer is the only price a buyer pays',
  createContact: 'Add a billing contact, once per Idempotency-Key when one is sent',
  createOrder: 'Create an order for a quote, once per Idempotency-Key',
  confirmOrder:
    "Confirm an order after the payment provider's step; answers the order as the backend has it: paid, or still pending_payment where the provider decides (a webhook, a server-side capture; read GET /orders/{orderId} until it is paid or failed)",
  listOrders: "The account's orders, newest first, a page at a time, optionally of some statuses",
  cancelOrder:
    'Cancel an order the client refused or abandoned before it was paid; a cancelled one is answered again, a paid or failed one is refused (409 order_not_cancellable)',
  createInvoiceLink: 'A fresh invoice link, valid 24 hours and usable once',
  listQuoteItems: "A renewal quote's resources with their new end dates and charges, a page at a time",
  listRenewals: "One tab of the renewal center: the account's resources that renew in `mode`, searched, sorted by term end, a page at a time",
  countRenewals: "The renewal center's tab counts under the same search criteria",
  setRenewalMode: 'Move the selected resources to manual or auto renewal, pay-per-use after expiration, or cancel their renewal (and back)',
  setRenewalDay: 'Set (or clear) the renewal day of the selected resources',
  updateRenewalSettings: "Set (or clear) the account's standard renewal day",
};

/** Rules of a route beyond its schemas, by operation. */
const routeRules: Partial<Record<EndpointName, string>> = {
  createInvoiceLink:
    "The link leads to the order's invoice once it is paid, or to its proforma while an offline order awaits the transfer; an order with neither is refused with 409 `conflict`. " +
    'Every call makes a new link; links made before stay as they are (each valid 24 hours from when it was made, usable once).',
  createContact:
    'A contact equal to one the account already has (see ContactInput) is not saved again: the answer is that existing contact, with its id. ' +
    'A repeat with the same Idempotency-Key and body answers the contact the first request made; the same key with another body is refused with `idempotency_conflict`.',
  listOrders:
    "The account's orders (a partner's also its customers'), newest first by `createdAt`, then by `id`, so the order is total and a page never splits " +
    'differently twice. Each page but the last has a `nextCursor`: send it as `cursor` for the next page, with the same `status`. Paging neither repeats nor skips an order, ' +
    'also when orders are made meanwhile (they are newer than the cursor: they show on a new first page). A bad `status`, `limit` or `cursor` is 400 `invalid_request` ' +
    'with `fields` naming the parameter.',
  listRenewals:
    "One tab of the renewal center: the account's renewable resources (not trials) that renew in `mode`, sorted by `termEnd` then `id` (`sort=expiry_desc` reverses both). " +
    '`total` counts every resource the criteria match, on all pages, and equals that tab in `GET /renewals/counts` with the same criteria. Each page but the last has a ' +
    '`nextCursor`: send it as `cursor`, with the same criteria, for the next page; paging lists every row once. A missing `mode`, a bad `expires`, `sort`, `limit` or `cursor` ' +
    'is 400 `invalid_request` with `fields` naming the parameter.',
  countRenewals: "Each tab's count under the search criteria (all but `mode`); a bad one is 400 `invalid_request` naming the parameter.",
  setRenewalMode:
    'Moves the selection to a tab in one request however many it matches: `manual`, `auto` (`autoRenew` becomes true exactly for these), `pay_per_use`, or ' +
    '`canceled` (the same as unsubscribing: no next payment; moving it back restores the renewal). Answers how many resources were updated and the counts after it (no criteria).',
  setRenewalDay: 'Sets (1-28) or clears (`null`) the renewal day of the selection: a co-termed renewal of them ends on that day of the month.',
  getRenewalSettings: "The account's standard renewal day (`null`: none, the catalog's is used).",
  updateRenewalSettings:
    "Sets (1-28) or clears the account's standard renewal day: co-termed renewals of resources without a day of their own end on it, before the catalog's.",
  listQuoteItems:
    "Each subscription a quote prices, in the quote's order (a renewal by filter: the renewal center's order), with its term end before and after and its charge; " +
    "the items of a quote sum to its subtotal. Paged like `GET /renewals` (`limit`, `cursor`); an unknown quote or another account's is 404.",
};

/** Query parameters with more to say than "a string", by `operation.parameter`. */
const queryParameters: Record<string, Json> = {
  'listOrders.status': {
    description: 'Only orders in this status; several comma-separated (`paid,cancelled`). Send the parameter once: a repeated one is refused.',
    schema: { type: 'string', pattern: `^(${schemas.OrderStatus.options.join('|')})(,(${schemas.OrderStatus.options.join('|')}))*$` },
  },
  'listOrders.limit': {
    description: 'Orders per page.',
    schema: { type: 'integer', minimum: 1, maximum: ORDER_PAGE.maxLimit, default: ORDER_PAGE.defaultLimit },
  },
  'listOrders.cursor': { description: "The previous page's `nextCursor`, as it came (opaque); without it, the newest page.", schema: { type: 'string' } },
  ...renewalCriteria('listRenewals'),
  ...renewalCriteria('countRenewals'),
  'listRenewals.mode': {
    description: 'The tab: how the resources renew. Required.',
    required: true,
    schema: { type: 'string', enum: [...schemas.RenewalMode.options] },
  },
  'listRenewals.sort': {
    description: 'By term end, soonest first (default) or latest first.',
    schema: { type: 'string', enum: ['expiry_asc', 'expiry_desc'], default: 'expiry_asc' },
  },
  'listRenewals.limit': {
    description: 'Rows per page.',
    schema: { type: 'integer', minimum: 1, maximum: RENEWAL_PAGE.maxLimit, default: RENEWAL_PAGE.defaultLimit },
  },
  'listRenewals.cursor': { description: "The previous page's `nextCursor`, as it came (opaque: a position, never a permission).", schema: { type: 'string' } },
  'listQuoteItems.limit': {
    description: 'Items per page.',
    schema: { type: 'integer', minimum: 1, maximum: RENEWAL_PAGE.maxLimit, default: RENEWAL_PAGE.defaultLimit },
  },
  'listQuoteItems.cursor': { description: "The previous page's `nextCursor`, as it came (opaque).", schema: { type: 'string' } },
};

/** The search criteria of the renewal center, for both routes that take them. */
function renewalCriteria(operation: 'listRenewals' | 'countRenewals'): Record<string, Json> {
  return {
    [`${operation}.search`]: {
      description: 'Resources whose name or id contains this text, without case (trimmed; empty: any).',
      schema: { type: 'string', maxLength: 200 },
    },
    [`${operation}.productId`]: { description: 'Resources of this product.', schema: { type: 'string', minLength: 1, maxLength: 128 } },
    [`${operation}.planId`]: { description: 'Resources on this plan.', schema: { type: 'string', minLength: 1, maxLength: 128 } },
    [`${operation}.expires`]: {
      description:
        "By term end, from the backend's today (UTC): `expired` before today; `7d`, `30d`, `90d` from today to that many days on, both ends included.",
      schema: { type: 'string', enum: [...EXPIRY_WINDOWS] },
    },
  };
}

/**
 * Rules of single fields, written into the document (here, not in the schemas, so that the SDK
 * does not carry their text): `Schema.field` -> description.
 */
const fieldDescriptions: Record<string, string> = {
  'Subscription.upgradeCredit':
    "What an upgrade quoted now would credit for the unused part of the paid term: the positive amount of that quote's `credit` line, by the same rule. " +
    'A new term that costs less is refused with `credit_exceeds_price`, so a client can mark such a cycle before it is chosen. Missing when nothing is credited (a trial, an unpaid or ended term).',
  'Quote.addsToCurrentTerm':
    "True when the order adds to the subscription's current term: its lines are prorated to the current term end, which stays, and no new minimum contract term starts " +
    '(every expand quote; an upgrade that only adds units of the current plan, same cycle and SLA, inside a minimum contract term that outlasts the billing term). ' +
    'Absent or false: an upgrade starts a new term and minimum term today. A client says so from this field, never from the shape of the lines.',
};

/** The property at `Schema.field.field…`, or an error naming the path. */
function propertyAt(schemas: Record<string, Json>, path: string): Json {
  const [schema, ...fields] = path.split('.') as [string, ...string[]];
  let node: Json | undefined = schemas[schema];
  for (const field of fields) node = (node?.['properties'] as Record<string, Json> | undefined)?.[field];
  if (!node) throw new Error(`No field ${path} to describe`);
  return node;
}

function describeFields(schemas: Record<string, Json>): void {
  for (const [path, description] of Object.entries(fieldDescriptions)) propertyAt(schemas, path)['description'] = description;
  // Each error code with its meaning: in words for any reader, and as `x-enumDescriptions` for tools that show one per value.
  const code = propertyAt(schemas, 'ErrorBody.error.code');
  code['description'] = Object.entries(errorCodeMeanings)
    .map(([value, meaning]) => `- \`${value}\`: ${meaning}`)
    .join('\n');
  code['x-enumDescriptions'] = errorCodeMeanings;
}

function componentSchemas(): { schemas: Record<string, Json>; nameOf: Map<z.core.$ZodType, string> } {
  const registry = z.registry<{ id: string; description?: string; format?: string }>();
  const nameOf = new Map<z.core.$ZodType, string>();
  for (const [name, schema] of Object.entries(named)) {
    registry.add(schema, { id: name, ...documented[name] });
    nameOf.set(schema, name);
  }
  // `input` describes what a sender may send: the server's answers may carry extra fields.
  const result = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, io: 'input', metadata: registry }) as { schemas: Record<string, Json> };
  for (const schema of Object.values(result.schemas)) delete schema.$id;
  describeFields(result.schemas);
  return { schemas: result.schemas, nameOf };
}

function ref(schema: z.core.$ZodType, nameOf: Map<z.core.$ZodType, string>): Json {
  const name = nameOf.get(schema);
  if (!name) throw new Error('A route uses a schema that is not published in components');
  return { $ref: `#/components/schemas/${name}` };
}

function jsonContent(schema: z.core.$ZodType, nameOf: Map<z.core.$ZodType, string>): Json {
  return { 'application/json': { schema: ref(schema, nameOf) } };
}

/** The error body of a response, its `code` narrowed to those the response answers. */
function errorContent(codes: readonly ServerErrorCode[], nameOf: Map<z.core.$ZodType, string>): Json {
  const narrowed = { type: 'object', properties: { error: { type: 'object', properties: { code: { enum: [...codes] } } } } };
  return { 'application/json': { schema: { allOf: [ref(schemas.ErrorBody, nameOf), narrowed] } } };
}

/** A route's error answers: each status with its codes and what they mean, then `default` for the rest. */
function errorResponses(name: EndpointName, endpoint: Endpoint, nameOf: Map<z.core.$ZodType, string>): Record<string, Json> {
  const responses: Record<string, Json> = {};
  for (const [status, codes] of Object.entries(refusalsOf(name, endpoint)) as [ErrorStatus, readonly ServerErrorCode[]][]) {
    const meanings = codes.map((code) => `- \`${code}\`: ${errorCodeMeanings[code]}`).join('\n');
    responses[status] = {
      description: `${statusMeanings[status]}\n\n${meanings}`,
      ...(status === '401' ? { headers: { 'WWW-Authenticate': { description: '`Bearer`', schema: { type: 'string', example: 'Bearer' } } } } : {}),
      content: errorContent(codes, nameOf),
    };
  }
  responses['default'] = {
    description:
      'Any other failure, `error.code` saying which: 403 `forbidden` (read as 401), 429 `rate_limited`, 500 `internal_error`, 502 `bad_gateway`, ' +
      '503 `unavailable`, 504 `gateway_timeout`. A 429 or 5xx is worth asking again (Upcart offers a retry), not before its `Retry-After`.',
    headers: {
      'Retry-After': {
        description: 'On a 429 or 503: when to ask again, in seconds or as an HTTP date.',
        schema: { type: 'string', example: '30' },
      },
    },
    content: jsonContent(schemas.ErrorBody, nameOf),
  };
  return responses;
}

/** What a 200 says beyond its schema: the rules a client checks on prices. */
const answerNotes = new Map<z.core.$ZodType, string>([
  [schemas.Quote, 'The quote. Upcart checks the rules of Quote (lines add up to the total, one currency, no negative total) and refuses one that breaks them.'],
  [schemas.Order, 'The order. Upcart checks the rules of Order (the figures add up, one currency, no negative total) and refuses one that breaks them.'],
  [schemas.OrderPage, 'A page of orders; Upcart checks the rules of Order on each.'],
]);

/** The document's tags, one per resource: a route's tag is the first segment of its path. */
const tags: Record<string, string> = {
  catalog: "A product's plans, services, billing cycles, SLA levels, renewal durations and payment methods.",
  subscriptions: "The account's subscriptions: read them, turn automatic renewal on or off, unsubscribe.",
  customers: 'Partner portals: a customer and its subscriptions by company id.',
  quotes: "Prices: a quote is the only price a buyer pays (see Quote for the rules a client checks), and a renewal quote's items.",
  contacts: "The account's billing contacts.",
  orders: 'Orders made from quotes: create, confirm after the payment step, cancel, page through the history, and invoice links.',
  renewals: "The renewal center: the account's resources by how they renew, bulk changes of renewal mode and day, and the standard renewal day.",
};

function tagOf(endpoint: Endpoint): string {
  const tag = endpoint.path.split('/')[1] ?? '';
  if (!(tag in tags)) throw new Error(`No tag describes ${endpoint.path}`);
  return tag;
}

export function buildOpenApiDocument(): Json {
  const { schemas: components, nameOf } = componentSchemas();
  const paths: Record<string, Record<string, Json>> = {};
  for (const [operationId, endpoint] of Object.entries(endpoints) as [EndpointName, Endpoint][]) {
    const parameters: Json[] = [];
    for (const [, name] of endpoint.path.matchAll(/\{(\w+)\}/g)) {
      parameters.push({ name, in: 'path', required: true, schema: { type: 'string' } });
    }
    for (const name of endpoint.query ?? []) {
      parameters.push({ name, in: 'query', required: false, schema: { type: 'string' }, ...queryParameters[`${operationId}.${name}`] });
    }
    if (endpoint.idempotent === true) {
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: true,
        description: 'One key per order attempt; a repeat with the same key and body returns the same order.',
        schema: { type: 'string', minLength: 1, maxLength: 128 },
      });
    } else if (endpoint.idempotent === 'optional') {
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description:
          'Upcart sends one key per attempt; a backend that keeps it answers a repeat with the same key and body with what the first request made (a retry after a lost answer then saves once).',
        schema: { type: 'string', minLength: 1, maxLength: 128 },
      });
    }
    if (endpoint.localized) {
      parameters.push({
        name: 'Accept-Language',
        in: 'header',
        required: false,
        description:
          "The buyer's languages (RFC 9110, with q-values). A backend may answer names, descriptions, features and units (with their plural forms) in the first one it has, matched by language subtag (`de-DE` takes `de`), and its own language otherwise. Upcart sends the session's locale.",
        schema: { type: 'string', example: 'de-DE,de;q=0.9,en;q=0.5' },
      });
    }
    const vary = endpoint.localized
      ? {
          headers: {
            Vary: {
              description: 'Always `Accept-Language`: the answer depends on the language asked for.',
              schema: { type: 'string', example: 'Accept-Language' },
            },
          },
        }
      : {};
    const operation: Json = {
      operationId,
      tags: [tagOf(endpoint)],
      summary: routeSummaries[operationId],
      ...(routeRules[operationId] ? { description: routeRules[operationId] } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(endpoint.request ? { requestBody: { required: true, content: jsonContent(endpoint.request, nameOf) } } : {}),
      responses: {
        '200': { description: answerNotes.get(endpoint.response) ?? 'OK', ...vary, content: jsonContent(endpoint.response, nameOf) },
        ...errorResponses(operationId, endpoint, nameOf),
      },
    };
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Upcart checkout backend',
      version: '1.0.0',
      description:
        'The JSON contract between Upcart and a vendor backend. Money is integer minor units with an ISO 4217 code. ' +
        'Generated from src/api/schemas.ts and src/api/endpoints.ts by `npm run openapi`. ' +
        'Every error answer is an ErrorBody; each operation lists its statuses with the codes it answers, and the schemas Quote, QuoteLine and Order ' +
        'state the rules Upcart checks on every price (the figures add up, one currency, no negative total): a backend that breaks them is refused, however valid its JSON.',
      // The package's license (package.json).
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      {
        url: 'http://127.0.0.1:8787/api',
        description: 'The reference server as `npm run server` starts it (`--port` and `--base-path` change it).',
      },
      {
        url: 'https://{host}{basePath}',
        description: "A vendor's backend: the `baseUrl` given to `httpBackend`.",
        variables: {
          host: { default: 'portal.vendor.test', description: "The backend's host (and port, if not 443)." },
          basePath: { default: '/api', description: 'Where the routes live below the host; empty for the root.' },
        },
      },
    ],
    security: [{ bearerAuth: [] }],
    tags: Object.entries(tags).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            "A token the vendor's portal issues for the signed-in account (the reference server verifies HS256 JWTs: `sub` the account id, " +
            '`role` `customer` or `partner`, and for a partner `customers`, the account ids it manages). An account reaches only its own ' +
            "records (a partner also its customers'); any other id answers 404 `not_found`. Pass it with `httpBackend({ headers })`.",
        },
      },
    },
  };
}
