/** Upcart's default tags (scripts/tags.mjs). */
export declare const TAGS: readonly string[];
