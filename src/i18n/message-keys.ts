/**
 * The shape of a message catalog, from the English one. Its own module so the catalogs that
 * `messages.ts` loads on demand can name it without importing `messages.ts` back.
 */
import type { en } from './locales/en.js';

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
