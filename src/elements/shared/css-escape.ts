/**
 * `CSS.escape` for an id inside a quoted attribute selector (`[data-service-id="…"]`). Where there is no
 * `CSS` (jsdom), escaping the quote and the backslash is what such a selector needs.
 */
export const cssEscape = (value: string): string => globalThis.CSS?.escape(value) ?? value.replace(/["\\]/g, '\\$&');
