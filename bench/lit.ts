/**
 * A reference for the bench's load timing: lit and @lit/context alone, as Upcart imports them
 * (the floor without the schemas). Every import is referenced so nothing is tree-shaken away.
 */
import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

(globalThis as Record<string, unknown>)['upcartLitOnly'] = {
  lit: { LitElement, css, html, nothing, property, query, state, ifDefined, live },
  context: { ContextConsumer, ContextProvider, createContext },
};
