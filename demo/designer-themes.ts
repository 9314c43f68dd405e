/**
 * The designer panel's model: the `--upcart-*` tokens it edits, the ready themes, and the CSS a
 * theme exports. Colors come in light and dark pairs and are written as `light-dark(light, dark)`,
 * so one stylesheet serves both schemes: each element picks its half by its `theme` attribute or
 * the page's color scheme.
 */
import { customProperties, parseColor, resolveValue, toHex } from './contrast.js';
import type { Scheme } from './portal.js';

export const colorTokens = [
  { name: '--upcart-color-primary', label: 'Primary' },
  { name: '--upcart-color-on-primary', label: 'On primary' },
  { name: '--upcart-color-surface', label: 'Surface' },
  { name: '--upcart-color-surface-alt', label: 'Surface alt' },
  { name: '--upcart-color-text', label: 'Text' },
  { name: '--upcart-color-text-muted', label: 'Muted text' },
  { name: '--upcart-color-border', label: 'Border' },
  { name: '--upcart-color-danger', label: 'Danger' },
  { name: '--upcart-color-success', label: 'Success' },
  { name: '--upcart-color-warning', label: 'Warning' },
] as const;

export type ColorToken = (typeof colorTokens)[number]['name'];

export const fontFamilies = [
  { label: 'System UI', value: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif" },
  { label: 'Neo-grotesque (Helvetica, Arial)', value: "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif" },
  { label: 'Humanist (Verdana, DejaVu Sans)', value: "Verdana, 'DejaVu Sans', 'Bitstream Vera Sans', sans-serif" },
  { label: 'Rounded', value: "ui-rounded, 'SF Pro Rounded', 'Nunito', 'Varela Round', system-ui, sans-serif" },
  { label: 'Serif (Georgia)', value: "Georgia, 'DejaVu Serif', 'Times New Roman', serif" },
  { label: 'Monospace', value: "ui-monospace, 'SF Mono', Menlo, Consolas, 'DejaVu Sans Mono', monospace" },
] as const;

export interface Theme {
  name: string;
  colors: Record<ColorToken, Record<Scheme, string>>;
  /** Corner radius in px. */
  radius: number;
  /** One of `fontFamilies`' values. */
  font: string;
  /** Spacing multiplier, 0.8 to 1.3. */
  density: number;
  /** Other `--upcart-*` tokens an imported stylesheet set (component tokens), kept as written. */
  extra?: [name: string, value: string][];
}

type Palette = [light: string, dark: string];

function theme(name: string, palette: Record<ColorToken, Palette>, rest: Omit<Theme, 'name' | 'colors'>): Theme {
  const colors = Object.fromEntries(Object.entries(palette).map(([token, [light, dark]]) => [token, { light, dark }])) as Theme['colors'];
  return { name, colors, ...rest };
}

export const readyThemes: readonly Theme[] = [
  // The elements' own defaults (src/styles/tokens.ts).
  theme(
    'Upcart indigo',
    {
      '--upcart-color-primary': ['#4338ca', '#a5b4fc'],
      '--upcart-color-on-primary': ['#ffffff', '#1e1b4b'],
      '--upcart-color-surface': ['#ffffff', '#18181b'],
      '--upcart-color-surface-alt': ['#f5f6f8', '#232329'],
      '--upcart-color-text': ['#1f2328', '#ececf1'],
      '--upcart-color-text-muted': ['#57606a', '#a1a1aa'],
      '--upcart-color-border': ['#8496a9', '#646470'],
      '--upcart-color-danger': ['#b42318', '#fca5a5'],
      '--upcart-color-success': ['#067647', '#86efac'],
      '--upcart-color-warning': ['#8a5300', '#fcd34d'],
    },
    { radius: 8, font: fontFamilies[0].value, density: 1 },
  ),
  theme(
    'Teal rounded',
    {
      '--upcart-color-primary': ['#0f766e', '#5eead4'],
      '--upcart-color-on-primary': ['#ffffff', '#042f2e'],
      '--upcart-color-surface': ['#ffffff', '#0f1f1e'],
      '--upcart-color-surface-alt': ['#effaf8', '#152b29'],
      '--upcart-color-text': ['#12302d', '#e3f6f3'],
      '--upcart-color-text-muted': ['#4a6b67', '#93bdb7'],
      '--upcart-color-border': ['#4fa294', '#40716b'],
      '--upcart-color-danger': ['#be123c', '#fda4af'],
      '--upcart-color-success': ['#15803d', '#86efac'],
      '--upcart-color-warning': ['#92400e', '#fcd34d'],
    },
    { radius: 16, font: fontFamilies[3].value, density: 1.1 },
  ),
  theme(
    'Graphite compact',
    {
      '--upcart-color-primary': ['#18181b', '#e4e4e7'],
      '--upcart-color-on-primary': ['#ffffff', '#18181b'],
      '--upcart-color-surface': ['#ffffff', '#141416'],
      '--upcart-color-surface-alt': ['#f4f4f5', '#1e1e21'],
      '--upcart-color-text': ['#18181b', '#f4f4f5'],
      '--upcart-color-text-muted': ['#52525b', '#a1a1aa'],
      '--upcart-color-border': ['#94949e', '#61616b'],
      '--upcart-color-danger': ['#b91c1c', '#f87171'],
      '--upcart-color-success': ['#047857', '#6ee7b7'],
      '--upcart-color-warning': ['#a16207', '#fde047'],
    },
    { radius: 3, font: fontFamilies[1].value, density: 0.85 },
  ),
];

/** A copy to edit, so the ready themes stay as they are. */
export function cloneTheme(source: Theme): Theme {
  const colors = Object.fromEntries(Object.entries(source.colors).map(([token, pair]) => [token, { ...pair }])) as Theme['colors'];
  return { ...source, colors, extra: source.extra?.map(([name, value]): [string, string] => [name, value]) };
}

/** Every token of a theme with its CSS value. */
export function themeDeclarations(value: Theme): [name: string, value: string][] {
  return [
    ...colorTokens.map(({ name }): [string, string] => [name, `light-dark(${value.colors[name].light}, ${value.colors[name].dark})`]),
    ['--upcart-radius', `${value.radius}px`],
    ['--upcart-font-family', value.font],
    ['--upcart-density', String(value.density)],
    ...(value.extra ?? []),
  ];
}

/**
 * The stylesheet a designer copies into the portal. `checks` (the contrast report, one line a
 * pair) goes into its opening comment.
 */
export function themeCss(value: Theme, checks: readonly string[] = []): string {
  const lines = themeDeclarations(value).map(([name, css]) => `  ${name}: ${css};`);
  return [
    `/* Upcart theme: ${value.name}.`,
    ' * Colors are light-dark(light, dark): each element picks one by its theme attribute',
    ' * (theme="light" | "dark") or the page\'s color scheme. The tokens inherit into every element.',
    ...(checks.length > 0 ? [' *', ...checks.map((line) => ` * ${line}`)] : []),
    ' */',
    ':root {',
    ...lines,
    '}',
    '',
  ].join('\n');
}

/**
 * A theme from pasted CSS: its `--upcart-*` custom properties, each color resolved for light and
 * dark through the pasted `var()` chains (what it leaves unset keeps `defaults`). Null when the
 * text sets no Upcart token.
 */
export function importTheme(cssText: string, defaults: Theme): Theme | null {
  const declared = customProperties(cssText);
  const upcart = [...declared].filter(([name]) => name.startsWith('--upcart-'));
  if (upcart.length === 0) return null;
  const theme = cloneTheme({ ...defaults, name: 'Imported theme', extra: [] });
  const known = new Set<string>(['--upcart-radius', '--upcart-font-family', '--upcart-density']);
  for (const { name } of colorTokens) {
    known.add(name);
    if (!declared.has(name)) continue;
    for (const scheme of ['light', 'dark'] as const) {
      const color = parseColor(resolveValue(`var(${name})`, declared, scheme));
      if (color) theme.colors[name][scheme] = toHex(color);
    }
  }
  const radius = parseFloat(resolveValue('var(--upcart-radius, x)', declared, 'light'));
  if (Number.isFinite(radius)) theme.radius = radius;
  const density = parseFloat(resolveValue('var(--upcart-density, x)', declared, 'light'));
  if (Number.isFinite(density)) theme.density = density;
  if (declared.has('--upcart-font-family')) theme.font = resolveValue('var(--upcart-font-family)', declared, 'light');
  theme.extra = upcart.filter(([name]) => !known.has(name));
  return theme;
}
