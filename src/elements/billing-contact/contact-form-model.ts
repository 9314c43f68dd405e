/**
 * The new-contact form without the DOM: its fields, the draft the buyer types, and validation
 * with the contract's `ContactInput` schema, whose issues become this element's own message keys
 * (never zod's English text). Part of the form's chunk: it is what brings zod and the contract's
 * schemas, which a buyer who picks an existing contact never downloads.
 */
import { COUNTRY_CODES, ContactInput } from '../../api/schemas.js';
import type { MessageKey, MessageParams } from '../../i18n/messages.js';
import { displayNames } from './country-name.js';

export const FIELDS = ['name', 'email', 'company', 'line1', 'line2', 'city', 'postalCode', 'region', 'country', 'vatId'] as const;

export type Field = (typeof FIELDS)[number];

/** What the buyer typed, field by field, exactly as typed. */
export type Draft = Readonly<Record<Field, string>>;

export interface FieldSpec {
  readonly field: Field;
  /** Where the contract puts the field, as an issue or server path: `address.city`. */
  readonly path: string;
  readonly autocomplete: string;
  readonly type: 'text' | 'select';
  /** The on-screen keyboard for a text field. */
  readonly inputmode?: 'email';
  readonly optional: boolean;
  /** Spans both columns of the form's grid. */
  readonly wide: boolean;
}

/** In the order they are shown; the first invalid one in this order gets the focus. */
export const FIELD_SPECS: readonly FieldSpec[] = [
  { field: 'name', path: 'name', autocomplete: 'name', type: 'text', optional: false, wide: false },
  // Text, not `type="email"`: Chromium turns a typed `bücher.de` into `xn--bcher-kva.de` and calls a Unicode local part invalid.
  { field: 'email', path: 'email', autocomplete: 'email', type: 'text', inputmode: 'email', optional: false, wide: false },
  { field: 'company', path: 'company', autocomplete: 'organization', type: 'text', optional: true, wide: true },
  { field: 'line1', path: 'address.line1', autocomplete: 'address-line1', type: 'text', optional: false, wide: true },
  { field: 'line2', path: 'address.line2', autocomplete: 'address-line2', type: 'text', optional: true, wide: true },
  { field: 'city', path: 'address.city', autocomplete: 'address-level2', type: 'text', optional: false, wide: false },
  { field: 'postalCode', path: 'address.postalCode', autocomplete: 'postal-code', type: 'text', optional: false, wide: false },
  { field: 'region', path: 'address.region', autocomplete: 'address-level1', type: 'text', optional: true, wide: false },
  { field: 'country', path: 'country', autocomplete: 'country', type: 'select', optional: false, wide: false },
  { field: 'vatId', path: 'vatId', autocomplete: 'off', type: 'text', optional: true, wide: true },
];

export const EMPTY_DRAFT: Draft = Object.freeze(Object.fromEntries(FIELDS.map((field) => [field, ''])) as Record<Field, string>);

/** A message to show beside a field: a key of this element's catalog and its parameters. */
export interface Problem {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export type Problems = Partial<Record<Field, Problem>>;

const FIELD_BY_PATH = new Map(FIELD_SPECS.map((spec) => [spec.path, spec.field]));

/** The form field of a contract path (`address.city` -> `city`), if it is one. */
export function fieldOfPath(path: string): Field | undefined {
  return FIELD_BY_PATH.get(path);
}

/** An optional field left empty (or only spaces) is left out rather than refused as empty. */
function optional(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

/** The request body for a draft; required fields go as typed so the schema judges them. */
export function toContactInput(draft: Draft): Record<string, unknown> {
  const address: Record<string, unknown> = { line1: draft.line1, city: draft.city, postalCode: draft.postalCode };
  const line2 = optional(draft.line2);
  const region = optional(draft.region);
  if (line2 !== undefined) address['line2'] = line2;
  if (region !== undefined) address['region'] = region;
  const input: Record<string, unknown> = { name: draft.name, email: draft.email.trim(), address, country: draft.country };
  const company = optional(draft.company);
  if (company !== undefined) input['company'] = company;
  // Tax ids are often typed with spaces or in lower case: `de 123 456 789`.
  const vatId = optional(draft.vatId);
  if (vatId !== undefined) input['vatId'] = vatId.replace(/\s+/g, '').toUpperCase();
  return input;
}

interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly maximum?: unknown;
  readonly errors?: readonly (readonly Issue[])[];
}

const REQUIRED_KEYS: Partial<Record<Field, MessageKey>> = {
  name: 'billingContact.error.name.required',
  email: 'billingContact.error.email.required',
  line1: 'billingContact.error.line1.required',
  city: 'billingContact.error.city.required',
  postalCode: 'billingContact.error.postalCode.required',
  country: 'billingContact.error.country.invalid',
};

/** The message for one schema issue of one field. */
export function problemOf(field: Field, issue: Issue): Problem {
  switch (issue.code) {
    case 'too_small':
    case 'invalid_type':
      return { key: REQUIRED_KEYS[field] ?? 'billingContact.error.required' };
    case 'too_big':
      return typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint'
        ? { key: 'billingContact.error.tooLong', params: { max: Number(issue.maximum) } }
        : { key: 'billingContact.error.invalid' };
    case 'custom':
      return { key: 'billingContact.error.characters' };
    case 'invalid_format':
      if (field === 'email') return { key: 'billingContact.error.email.invalid' };
      if (field === 'vatId') return { key: 'billingContact.error.vatId.invalid' };
      return { key: 'billingContact.error.invalid' };
    case 'invalid_value':
      return field === 'country' ? { key: 'billingContact.error.country.invalid' } : { key: 'billingContact.error.invalid' };
    case 'invalid_union': {
      // The optional fields are `'' | text`: the text branch explains what is wrong.
      const branch = issue.errors?.find((issues) => issues.some((inner) => inner.code !== 'invalid_value'));
      const inner = branch?.[0];
      return inner ? problemOf(field, inner) : { key: 'billingContact.error.invalid' };
    }
    default:
      return { key: 'billingContact.error.invalid' };
  }
}

export type Validation = { readonly ok: true; readonly input: ContactInput } | { readonly ok: false; readonly problems: Problems };

/** Checks the whole draft with `ContactInput`; the first issue of each field is its message. */
export function validateDraft(draft: Draft): Validation {
  const parsed = ContactInput.safeParse(toContactInput(draft));
  if (parsed.success) return { ok: true, input: parsed.data };
  const problems: Problems = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOfPath(issue.path.map(String).join('.'));
    if (field === undefined || problems[field] !== undefined) continue;
    // An empty email or country is missing, not malformed.
    const missing = draft[field].trim() === '';
    problems[field] = missing ? { key: REQUIRED_KEYS[field] ?? 'billingContact.error.required' } : problemOf(field, issue as Issue);
  }
  // An issue on no known field still must not let the form pass silently.
  if (Object.keys(problems).length === 0) problems.name = { key: 'billingContact.error.invalid' };
  return { ok: false, problems };
}

const countryLists = new Map<string, readonly { code: string; name: string }[]>();

/** Every country the contract accepts, named in the locale and sorted by that name. */
export function countryOptions(locale: string): readonly { code: string; name: string }[] {
  let list = countryLists.get(locale);
  if (!list) {
    const names = displayNames(locale);
    let collator: Intl.Collator;
    try {
      collator = new Intl.Collator([locale, 'en']);
    } catch {
      collator = new Intl.Collator('en');
    }
    list = COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
    countryLists.set(locale, list);
  }
  return list;
}
