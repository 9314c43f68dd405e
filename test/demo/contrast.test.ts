import { expect } from '@open-wc/testing';
import { checkContrast } from '../../demo/contrast-pairs.js';
import { contrastRatio, formatRatio, parseColor, relativeLuminance, resolveValue, suggestContrast, type Rgba } from '../../demo/contrast.js';
import { importTheme, readyThemes, themeDeclarations } from '../../demo/designer-themes.js';

const color = (value: string): Rgba => {
  const parsed = parseColor(value);
  if (!parsed) throw new Error(`not a color: ${value}`);
  return parsed;
};
const ratio = (a: string, b: string) => contrastRatio(color(a), color(b));

/** Hue in degrees of an sRGB color, for "same hue" checks. */
function hue({ r, g, b }: Rgba): number {
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

describe('contrast math (WCAG 2.x)', () => {
  it('gives the known ratios', () => {
    expect(ratio('#000', '#fff')).to.be.closeTo(21, 1e-9);
    expect(ratio('#fff', '#fff')).to.equal(1);
    expect(ratio('#777', '#fff')).to.be.closeTo(4.48, 0.005);
    expect(ratio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.005);
    expect(ratio('#ffffff', '#ffe680')).to.be.closeTo(1.24, 0.005);
    // Symmetric.
    expect(ratio('#4338ca', '#fff')).to.equal(ratio('#fff', '#4338ca'));
    expect(relativeLuminance(color('#808080'))).to.be.closeTo(0.2159, 0.0001);
  });

  it('rounds a ratio down, so a failing one never reads as passing', () => {
    expect(formatRatio(4.499)).to.equal('4.4:1');
    expect(formatRatio(21)).to.equal('21.0:1');
  });

  it('parses the forms a theme uses and composites translucent colors', () => {
    expect(color('rgb(255 0 0)')).to.deep.equal({ r: 255, g: 0, b: 0, a: 1 });
    expect(color('rgba(0, 0, 255, 0.5)')).to.deep.include({ b: 255, a: 0.5 });
    expect(color('hsl(0 100% 50%)')).to.deep.include({ r: 255, g: 0, b: 0 });
    expect(color('white')).to.deep.equal({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('var(--x)')).to.equal(null);
    // Black at 50 % over white is mid grey.
    expect(ratio('rgb(0 0 0 / 0.5)', '#fff')).to.be.closeTo(ratio('#808080', '#fff'), 0.05);
    const mixed = color('color-mix(in srgb, #000000 50%, #ffffff)');
    expect(Math.round(mixed.r)).to.equal(128);
  });

  it('resolves token chains: var() fallbacks and light-dark() by scheme', () => {
    const declared = new Map([
      ['--brand', '#ffe680'],
      ['--upcart-color-primary', 'light-dark(var(--brand), #a5b4fc)'],
    ]);
    const chain = 'var(--upcart-color-primary, light-dark(#4338ca, #a5b4fc))';
    expect(resolveValue(chain, declared, 'light')).to.equal('#ffe680');
    expect(resolveValue(chain, declared, 'dark')).to.equal('#a5b4fc');
    expect(resolveValue(chain, new Map(), 'light')).to.equal('#4338ca');
    expect(resolveValue('var(--missing, var(--also-missing, #123456))', new Map(), 'dark')).to.equal('#123456');
  });
});

describe('suggested fix', () => {
  for (const [start, against, minimum] of [
    ['#ffe680', '#ffffff', 4.5],
    ['#0f766e', '#0f1f1e', 4.5],
    ['#c9d1d9', '#ffffff', 3],
    ['#3f3f46', '#18181b', 3],
    ['#ff0000', '#ffffff', 4.5],
  ] as const) {
    it(`${start} against ${against} reaches ${minimum}:1 along the same hue`, () => {
      const suggestion = suggestContrast(color(start), color(against), minimum);
      expect(suggestion).to.be.a('string');
      const fixed = color(suggestion!);
      expect(contrastRatio(fixed, color(against))).to.be.at.least(minimum);
      const original = color(start);
      if (Math.max(original.r, original.g, original.b) - Math.min(original.r, original.g, original.b) > 20) {
        expect(Math.abs(hue(fixed) - hue(original))).to.be.below(4);
      }
    });
  }

  it('is the nearest passing color: one step lighter fails', () => {
    const suggestion = color(suggestContrast(color('#ffe680'), color('#ffffff'), 4.5)!);
    expect(suggestion).to.deep.equal(color('#8f7300'));
    expect(ratio('#917500', '#ffffff')).to.be.below(4.5);
  });

  it('leaves a color that already passes alone in the check', () => {
    const results = checkContrast(new Map(themeDeclarations(readyThemes[0]!)));
    expect(results.every((result) => result.passes && result.suggestion === null)).to.equal(true);
  });
});

describe('the pairs of a theme', () => {
  it('checks every pair in light and dark, and the ready themes pass', () => {
    for (const theme of readyThemes) {
      const results = checkContrast(new Map(themeDeclarations(theme)));
      expect(results).to.have.length(26);
      expect(results.filter((result) => !result.passes).map((result) => `${theme.name} ${result.scheme} ${result.pair.label}`)).to.deep.equal([]);
    }
  });

  it('names a pale primary under white text, with a fix that passes', () => {
    const declarations = new Map(themeDeclarations(readyThemes[0]!));
    declarations.set('--upcart-color-primary', 'light-dark(#ffe680, #a5b4fc)');
    const failing = checkContrast(declarations).filter((result) => !result.passes);
    expect(failing.map((result) => `${result.scheme} ${result.pair.label}`)).to.deep.equal([
      'light Pay button',
      'light Primary buttons',
      'light Links',
      'light Focus ring',
    ]);
    const pay = failing[0]!;
    expect(pay).to.deep.include({ foreground: '#ffffff', background: '#ffe680', suggestion: '#8f7300' });
    declarations.set('--upcart-color-primary', `light-dark(${pay.suggestion}, #a5b4fc)`);
    expect(checkContrast(declarations).find((result) => result.scheme === 'light' && result.pair.label === 'Pay button')!.passes).to.equal(true);
  });

  it('checks the other primary buttons when the pay button has colors of its own', () => {
    const declarations = new Map(themeDeclarations(readyThemes[0]!));
    declarations.set('--upcart-pay-button-background', '#1e1b4b');
    declarations.set('--upcart-color-on-primary', 'light-dark(#ffffff, #1e1b4b)');
    declarations.set('--upcart-color-primary', 'light-dark(#ffe680, #a5b4fc)');
    const failing = checkContrast(declarations).filter((result) => !result.passes && result.scheme === 'light');
    expect(failing.map((result) => result.pair.label))
      .to.include('Primary buttons')
      .and.not.include('Pay button');
  });

  it('follows the component token chain: --upcart-pay-button-color and the total color', () => {
    const declarations = new Map(themeDeclarations(readyThemes[0]!));
    declarations.set('--upcart-pay-button-color', '#6b6bff');
    declarations.set('--upcart-summary-total-color', '#bbbbbb');
    const failing = checkContrast(declarations).filter((result) => !result.passes && result.scheme === 'light');
    expect(failing.map((result) => result.pair.label)).to.deep.equal(['Pay button', 'Total (large text)']);
  });

  it('imports pasted CSS through its own var() chains', () => {
    const theme = importTheme(':root { --ink: #777; --upcart-color-text: light-dark(var(--ink), #eee); --upcart-radius: 4px; }', readyThemes[0]!)!;
    expect(theme.colors['--upcart-color-text']).to.deep.equal({ light: '#777777', dark: '#eeeeee' });
    expect(theme.radius).to.equal(4);
    expect(importTheme('body { color: red }', readyThemes[0]!)).to.equal(null);
  });
});
