/**
 * Typed quantities, read the way a buyer writes them and nothing more: digits of any script,
 * thousands separators between groups of three, surrounding spaces and line breaks (a spreadsheet
 * cell is copied with a trailing one). Anything else (signs, decimals, exponents, hex, words,
 * several lines) is refused, never guessed at, so what reaches the store is exactly the whole
 * number the buyer meant.
 */

export type ParseProblem =
  /** Nothing but spaces. */
  | 'empty'
  /** Not a plain whole number: a sign, a decimal, an exponent, letters, markup... */
  | 'not_whole'
  /** Pasted text with line breaks between numbers. */
  | 'multiline'
  /** Whole, but beyond what a number can hold exactly. */
  | 'too_large';

export type ParsedQuantity = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly problem: ParseProblem };

/** Longer text is no quantity anyone typed; refusing it early keeps the regexes cheap. */
const MAX_LENGTH = 64;
// eslint-disable-next-line no-control-regex -- vertical tab and form feed break lines too
const LINE_BREAK = /[\n\r\u000B\u000C\u0085\u2028\u2029]/u;
const DECIMAL_DIGIT = /\p{Nd}/u;
const ANY_DECIMAL_DIGIT = /\p{Nd}/gu;
/**
 * Group separators people type between thousands: comma, period, apostrophes, spaces (plain,
 * no-break, narrow no-break, thin), Arabic thousands separator, full-width comma and period.
 * One kind per number, each between groups of exactly three digits.
 */
const GROUPED = /^\d{1,3}(?<separator>[,.'\u2019 \u00A0\u202F\u2009\u066C\uFF0C\uFF0E])\d{3}(?:\k<separator>\d{3})*$/u;

/**
 * The value of a decimal digit of any script. Unicode keeps each script's digits in one
 * contiguous run of ten from zero to nine, and adjacent runs are whole, so the distance to the
 * start of the run, modulo ten, is the digit.
 */
function digitValue(digit: string): number {
  let codePoint = digit.codePointAt(0)!;
  let offset = 0;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(codePoint - 1))) {
    codePoint -= 1;
    offset += 1;
  }
  return offset % 10;
}

/** Any script's decimal digits (full-width, Arabic-Indic, Persian, Devanagari...) as ASCII. */
export function toAsciiDigits(text: string): string {
  return text.replace(ANY_DECIMAL_DIGIT, (digit) => (digit >= '0' && digit <= '9' ? digit : String(digitValue(digit))));
}

/** Reads typed or pasted text as a non-negative whole number, or says why it is not one. */
export function parseQuantity(text: string): ParsedQuantity {
  // `trim` takes white space and line breaks (a spreadsheet cell's trailing one) from both ends.
  const trimmed = text.trim();
  if (LINE_BREAK.test(trimmed)) return { ok: false, problem: 'multiline' };
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (trimmed.length > MAX_LENGTH) return { ok: false, problem: 'not_whole' };
  const ascii = toAsciiDigits(trimmed);
  let digits: string;
  if (/^\d+$/.test(ascii)) digits = ascii;
  else if (GROUPED.test(ascii)) digits = ascii.replace(/\D/g, '');
  else return { ok: false, problem: 'not_whole' };
  const value = Number(digits);
  return Number.isSafeInteger(value) ? { ok: true, value } : { ok: false, problem: 'too_large' };
}
