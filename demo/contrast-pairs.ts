/**
 * The color pairs Upcart's tokens form, checked for a theme in light and dark. Each side is an
 * element's own private property (`--_text`, `--_pay-button-color`...), resolved through the
 * chain the elements declare (read from their style sheets, so it cannot drift) down to the
 * theme's `--upcart-*` values or the elements' defaults.
 */
import { tokens } from '../src/styles/tokens.js';
import { styles as payCheckoutStyles } from '../src/elements/pay-checkout/pay-checkout.styles.js';
import { styles as orderSummaryStyles } from '../src/elements/order-summary/order-summary.styles.js';
import {
  colorIn,
  composite,
  contrastRatio,
  customProperties,
  formatRatio,
  resolveValue,
  suggestColor,
  suggestContrast,
  type Declarations,
  type Scheme,
} from './contrast.js';

export interface ContrastPair {
  label: string;
  /** Private properties: the text (or the mark) and what it sits on. */
  foreground: string;
  background: string;
  /** 4.5 for text, 3 for large text and for what identifies a control (WCAG 1.4.3, 1.4.11). */
  minimum: 4.5 | 3;
  /** The public token the suggested fix changes: the side a designer chose as a brand color. */
  fix: { token: string; side: 'foreground' | 'background'; unless?: string };
}

export const contrastPairs: readonly ContrastPair[] = [
  { label: 'Text', foreground: '--_text', background: '--_surface', minimum: 4.5, fix: { token: '--upcart-color-text', side: 'foreground' } },
  {
    label: 'Text on surface alt',
    foreground: '--_text',
    background: '--_surface-alt',
    minimum: 4.5,
    fix: { token: '--upcart-color-surface-alt', side: 'background' },
  },
  { label: 'Muted text', foreground: '--_muted', background: '--_surface', minimum: 4.5, fix: { token: '--upcart-color-text-muted', side: 'foreground' } },
  {
    label: 'Muted text on surface alt',
    foreground: '--_muted',
    background: '--_surface-alt',
    minimum: 4.5,
    fix: { token: '--upcart-color-text-muted', side: 'foreground' },
  },
  {
    label: 'Pay button',
    foreground: '--_pay-button-color',
    background: '--_pay-button-background',
    minimum: 4.5,
    fix: { token: '--upcart-color-primary', side: 'background', unless: '--upcart-pay-button-background' },
  },
  {
    // Every other primary action (the pay bar's "Go to payment", Confirm, Apply…): checked on its own,
    // since a component token may give the pay button colors of its own.
    label: 'Primary buttons',
    foreground: '--_on-primary',
    background: '--_primary',
    minimum: 4.5,
    fix: { token: '--upcart-color-primary', side: 'background' },
  },
  { label: 'Links', foreground: '--_primary', background: '--_surface', minimum: 4.5, fix: { token: '--upcart-color-primary', side: 'foreground' } },
  { label: 'Errors', foreground: '--_danger', background: '--_surface', minimum: 4.5, fix: { token: '--upcart-color-danger', side: 'foreground' } },
  {
    label: 'Savings and paid',
    foreground: '--_success',
    background: '--_surface',
    minimum: 4.5,
    fix: { token: '--upcart-color-success', side: 'foreground' },
  },
  {
    label: 'Awaiting payment',
    foreground: '--_warning',
    background: '--_surface',
    minimum: 4.5,
    fix: { token: '--upcart-color-warning', side: 'foreground' },
  },
  {
    label: 'Total (large text)',
    foreground: '--_summary-total-color',
    background: '--_surface',
    minimum: 3,
    fix: { token: '--upcart-color-text', side: 'foreground' },
  },
  { label: 'Control borders', foreground: '--_border', background: '--_surface', minimum: 3, fix: { token: '--upcart-color-border', side: 'foreground' } },
  {
    label: 'Focus ring',
    foreground: '--_focus-ring',
    background: '--_surface',
    minimum: 3,
    fix: { token: '--upcart-color-primary', side: 'foreground', unless: '--upcart-focus-ring' },
  },
];

/** The elements' private properties and what they fall back to, from their own style sheets. */
const elementChains: Declarations = new Map(
  [tokens, payCheckoutStyles, orderSummaryStyles].flatMap((sheet) => [...customProperties(sheet.cssText)].filter(([name]) => name.startsWith('--_'))),
);

export interface PairResult {
  pair: ContrastPair;
  scheme: Scheme;
  /** The resolved colors as `#rrggbb` (a translucent one composited over its background). */
  foreground: string;
  background: string;
  ratio: number;
  passes: boolean;
  /** For a failing pair: the fix token's nearest passing color, if there is one. */
  suggestion: string | null;
}

/**
 * Every pair in both schemes for a theme given as its `--upcart-*` declarations. A pair whose
 * colors do not resolve to concrete colors (a `var()` to something outside the theme) is left out.
 */
export function checkContrast(theme: Declarations): PairResult[] {
  const declarations = new Map([...elementChains, ...theme]);
  const results: PairResult[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    const color = (name: string) => colorIn(resolveValue(`var(${name})`, declarations, scheme));
    for (const pair of contrastPairs) {
      const background = color(pair.background);
      const foreground = color(pair.foreground);
      if (!background || !foreground) continue;
      const opaqueBackground = composite(background, color('--_surface') ?? { r: 255, g: 255, b: 255, a: 1 });
      const seen = composite(foreground, opaqueBackground);
      const ratio = contrastRatio(seen, opaqueBackground);
      const passes = ratio >= pair.minimum;
      let suggestion: string | null = null;
      // No suggestion when the fix token does not reach this pair (a component token overrides it).
      if (!passes && !(pair.fix.unless && theme.has(pair.fix.unless))) {
        suggestion =
          pair.fix.side === 'foreground'
            ? // A translucent mark (the focus ring) keeps its alpha: the opaque color it is drawn from changes.
              suggestColor({ ...foreground, a: 1 }, (candidate) => contrastRatio({ ...candidate, a: foreground.a }, opaqueBackground) >= pair.minimum)
            : suggestContrast(opaqueBackground, seen, pair.minimum);
      }
      results.push({ pair, scheme, foreground: hex(seen), background: hex(opaqueBackground), ratio, passes, suggestion });
    }
  }
  return results;
}

function hex({ r, g, b }: { r: number; g: number; b: number }): string {
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** One line a pair for the exported CSS's opening comment; failing pairs are marked. */
export function contrastComment(results: readonly PairResult[]): string[] {
  const failing = results.filter((result) => !result.passes).length;
  const width = Math.max(...results.map((result) => result.pair.label.length));
  return [
    `Contrast checked (WCAG 2.x: text 4.5:1, large text and controls 3:1), ${results.length} pairs:`,
    ...results.map(
      (result) =>
        `  ${result.scheme.padEnd(5)}  ${result.pair.label.padEnd(width)}  ${result.foreground} on ${result.background}  ` +
        `${formatRatio(result.ratio).padStart(6)}  ${result.passes ? 'ok' : `FAILS, needs ${result.pair.minimum}:1`}`,
    ),
    failing === 0 ? 'Every pair passes.' : `${failing} ${failing === 1 ? 'pair fails' : 'pairs fail'}: fix ${failing === 1 ? 'it' : 'them'} before shipping.`,
  ];
}
