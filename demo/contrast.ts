/**
 * WCAG 2.x contrast, pure functions: CSS colors parsed to sRGB, relative luminance, contrast
 * ratios, token chains (`var()` with fallbacks, `light-dark()`, `color-mix()`) resolved for one
 * scheme, and a suggested fix along the same hue. Only the demo's designer panel uses them, so
 * they live here and not in the elements.
 */

/** sRGB channels 0–255 and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export type Scheme = 'light' | 'dark';

const NAMED: Readonly<Record<string, string>> = {
  black: '#000000',
  white: '#ffffff',
  transparent: '#0000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  navy: '#000080',
  teal: '#008080',
  orange: '#ffa500',
  yellow: '#ffff00',
  purple: '#800080',
};

/**
 * A concrete CSS color (hex, rgb(), hsl(), a few names, `color-mix(in srgb, ...)` of those) as
 * sRGB; null for anything else (an unresolved `var()`, a keyword such as `currentColor`).
 */
export function parseColor(input: string): Rgba | null {
  const value = input.trim().toLowerCase();
  if (NAMED[value]) return parseColor(NAMED[value]);
  const hex = /^#([0-9a-f]{3,8})$/.exec(value)?.[1];
  if (hex) {
    if (hex.length === 5 || hex.length === 7) return null;
    const full = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join('') : hex;
    const [r, g, b, a = 255] = (full.match(/../g) ?? []).map((pair) => parseInt(pair, 16));
    return { r: r!, g: g!, b: b!, a: a / 255 };
  }
  const fn = /^(rgba?|hsla?|color-mix)\((.*)\)$/.exec(value);
  if (!fn) return null;
  const [, name, body = ''] = fn;
  if (name === 'color-mix') return parseColorMix(body);
  const parts = body.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return null;
  const alpha = parts[3] === undefined ? 1 : number(parts[3], 1);
  if (name!.startsWith('rgb')) {
    const [r, g, b] = parts.slice(0, 3).map((part) => number(part, 255));
    return valid({ r: r!, g: g!, b: b!, a: alpha });
  }
  const hue = parseFloat(parts[0]!);
  return valid({ ...fromHsl(hue, number(parts[1]!, 1), number(parts[2]!, 1)), a: alpha });
}

/** A number or percentage; a percentage is of `scale` (255 for channels, 1 for alpha and HSL). */
function number(part: string, scale: number): number {
  return part.endsWith('%') ? (parseFloat(part) / 100) * scale : parseFloat(part);
}

function valid(color: Rgba): Rgba | null {
  return [color.r, color.g, color.b, color.a].every(Number.isFinite) ? color : null;
}

/** `in srgb, A p%, B q%` (the only interpolation space the tokens use). */
function parseColorMix(body: string): Rgba | null {
  const args = splitTopLevel(body, ',');
  if (args.length !== 3 || args[0]!.trim() !== 'in srgb') return null;
  const stops = args.slice(1).map((arg) => {
    const match = /^(.*?)(?:\s+([\d.]+)%)?$/.exec(arg.trim())!;
    return { color: parseColor(match[1]!), weight: match[2] === undefined ? undefined : parseFloat(match[2]) / 100 };
  });
  const [first, second] = stops as [(typeof stops)[0], (typeof stops)[0]];
  if (!first.color || !second.color) return null;
  const p1 = first.weight ?? (second.weight === undefined ? 0.5 : 1 - second.weight);
  const p2 = second.weight ?? 1 - p1;
  const total = p1 + p2;
  // Premultiplied alpha, as CSS Color 5 mixes: a mix with `transparent` keeps the other's hue.
  const a = (first.color.a * p1 + second.color.a * p2) / total;
  const channel = (key: 'r' | 'g' | 'b') => (a === 0 ? 0 : (first.color![key] * first.color!.a * p1 + second.color![key] * second.color!.a * p2) / total / a);
  return { r: channel('r'), g: channel('g'), b: channel('b'), a };
}

function fromHsl(hue: number, saturation: number, lightness: number): Omit<Rgba, 'a'> {
  const h = (((hue % 360) + 360) % 360) / 30;
  const chroma = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => {
    const k = (n + h) % 12;
    return 255 * (lightness - chroma * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return { r: channel(0), g: channel(8), b: channel(4) };
}

function toHsl({ r, g, b }: Rgba): { h: number; s: number; l: number } {
  const [red, green, blue] = [r / 255, g / 255, b / 255];
  const max = Math.max(red, green, blue);
  const min = Math.min(red, green, blue);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === red ? ((green - blue) / d) % 6 : max === green ? (blue - red) / d + 2 : (red - green) / d + 4;
  return { h: h * 60, s, l };
}

/** `#rrggbb` (alpha dropped: composite first). */
export function toHex({ r, g, b }: Rgba): string {
  return `#${[r, g, b]
    .map((channel) =>
      Math.round(Math.min(255, Math.max(0, channel)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** A translucent color as seen over an opaque one. */
export function composite(top: Rgba, below: Rgba): Rgba {
  const over = (key: 'r' | 'g' | 'b') => top[key] * top.a + below[key] * (1 - top.a);
  return { r: over('r'), g: over('g'), b: over('b'), a: 1 };
}

/** WCAG 2.x relative luminance of an opaque sRGB color. */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio, 1 to 21; a translucent foreground is composited over the background. */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const fg = relativeLuminance(composite(foreground, background));
  const bg = relativeLuminance(background);
  return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
}

/** A ratio as WCAG quotes it, rounded down to one decimal so a failing one never reads as passing. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}

/**
 * The color nearest `color` in lightness, with its hue and saturation, that `passes`: searched
 * darker and lighter in 0.5 % steps, the closer passing one wins. Null when none along that hue
 * passes (against a mid grey, neither end may reach 4.5:1).
 */
export function suggestColor(color: Rgba, passes: (candidate: Rgba) => boolean): string | null {
  const { h, s, l } = toHsl(color);
  let best: { hex: string; distance: number } | null = null;
  for (const direction of [-1, 1]) {
    for (let step = 1; step <= 200; step += 1) {
      const lightness = l + (direction * step) / 200;
      if (lightness < 0 || lightness > 1) break;
      const hex = toHex({ ...fromHsl(h, s, lightness), a: 1 });
      // Checked after rounding to hex, so the color offered is the color that passes.
      if (passes(parseColor(hex)!)) {
        if (!best || step < best.distance) best = { hex, distance: step };
        break;
      }
    }
  }
  return best?.hex ?? null;
}

/** The nearest color along `color`'s hue with at least `minimum` contrast against `against`. */
export function suggestContrast(color: Rgba, against: Rgba, minimum: number): string | null {
  return suggestColor(color, (candidate) => contrastRatio(candidate, against) >= minimum);
}

/** Custom properties by name: a theme's `--upcart-*` and the elements' `--_*` chains. */
export type Declarations = ReadonlyMap<string, string>;

/**
 * Resolves `value` as an element would for `scheme`: each `var(--x, fallback)` by the
 * declarations (the fallback when there is none), each `light-dark(a, b)` by the scheme.
 */
export function resolveValue(value: string, declarations: Declarations, scheme: Scheme, depth = 0): string {
  if (depth > 20) return value;
  let out = value;
  for (;;) {
    const call = innermostCall(out, ['var', 'light-dark']);
    if (!call) return out.trim();
    const [first = '', ...rest] = splitTopLevel(call.body, ',');
    let replacement: string;
    if (call.name === 'light-dark') {
      replacement = scheme === 'light' ? first : rest.join(',');
    } else {
      const declared = declarations.get(first.trim());
      replacement = declared !== undefined ? resolveValue(declared, declarations, scheme, depth + 1) : rest.join(',');
    }
    out = out.slice(0, call.start) + replacement.trim() + out.slice(call.end);
  }
}

/** The first `name(...)` in `text` whose body holds no further such call. */
function innermostCall(text: string, names: string[]): { name: string; start: number; end: number; body: string } | null {
  const pattern = new RegExp(`\\b(${names.join('|')})\\(`, 'g');
  let found: { name: string; start: number; end: number; body: string } | null = null;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const open = match.index + match[0].length;
    const close = closingParen(text, open);
    if (close < 0) return null;
    found = { name: match[1]!, start: match.index, end: close + 1, body: text.slice(open, close) };
    // A nested call of the same kinds comes later in this body: keep scanning for it.
    if (!new RegExp(`\\b(${names.join('|')})\\(`).test(found.body)) return found;
  }
  return found;
}

function closingParen(text: string, open: number): number {
  let depth = 1;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')') depth -= 1;
    else if (text[i] === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The color in a resolved value that may hold more (a box-shadow such as `0 0 0 3px <color>`). */
export function colorIn(value: string): Rgba | null {
  const whole = parseColor(value);
  if (whole) return whole;
  const candidates = value.match(/(?:color-mix|rgba?|hsla?)\((?:[^()]|\([^()]*\))*\)|#[0-9a-f]{3,8}\b|\b[a-z]+\b/gi) ?? [];
  for (const candidate of candidates.reverse()) {
    const color = parseColor(candidate);
    if (color) return color;
  }
  return null;
}

/** Every `--name: value;` in a stylesheet's text (comments ignored), the last one of a name winning. */
export function customProperties(cssText: string): Map<string, string> {
  const found = new Map<string, string>();
  const text = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of text.matchAll(/(--[\w-]+)\s*:\s*([^;{}]+?)\s*(?:!important\s*)?(?=[;}])/g)) found.set(match[1]!, match[2]!.trim());
  return found;
}
