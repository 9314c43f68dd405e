/**
 * The direction of a text by its first strong letter (Unicode's rule for `dir="auto"`), or
 * undefined without letters. For a closed `<select>`, whose `dir="auto"` looks at its first option
 * rather than the chosen one: a Latin contact name in an Arabic form is cut at its start ("hmidt
 * (Acme…") unless the select runs left to right while that name shows.
 */
const LETTER = /\p{L}/u;
const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

export function textDirection(text: string): 'ltr' | 'rtl' | undefined {
  const first = LETTER.exec(text)?.[0];
  return first === undefined ? undefined : RIGHT_TO_LEFT.test(first) ? 'rtl' : 'ltr';
}
