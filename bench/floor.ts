/**
 * The size floor: what any SDK of this shape costs before its own code — lit, @lit/context and
 * Upcart's zod/mini schemas (the whole contract, as `src/api/endpoints.ts` hands it to
 * `httpBackend`). `scripts/bundle-sizes.mjs` bundles this file like an element entry; every
 * import is referenced so nothing is tree-shaken away.
 */
import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import * as schemas from '../src/api/schemas.js';

(globalThis as Record<string, unknown>)['upcartFloor'] = {
  schemas,
  lit: { LitElement, css, html, nothing, property, query, state, ifDefined, live },
  context: { ContextConsumer, ContextProvider, createContext },
};
