/**
 * Country names in the buyer's locale, from Intl.DisplayNames. Always loaded with the element:
 * the chosen contact's card names its country. The form's country list (contact-form-model.ts)
 * uses the same names.
 */
const regionNames = new Map<string, Intl.DisplayNames>();

/** The region names of a locale, made once per locale. */
export function displayNames(locale: string): Intl.DisplayNames {
  let names = regionNames.get(locale);
  if (!names) {
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    } catch {
      // Not a valid BCP 47 tag: English names rather than an exception.
      names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    }
    regionNames.set(locale, names);
  }
  return names;
}

/** The name of a country in a locale, e.g. `FR` in `de-DE` -> `Frankreich`. */
export function countryName(code: string, locale: string): string {
  return displayNames(locale).of(code) ?? code;
}
