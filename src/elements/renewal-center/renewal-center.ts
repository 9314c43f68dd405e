import { RenewalCenter } from './renewal-center.component.js';

RenewalCenter.define('renewal-center');

// Types document.querySelector('renewal-center') and its kin (see tag-name-map.ts).
export type { UpcartTagNameMap } from '../tag-name-map.js';
