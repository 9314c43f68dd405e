/**
 * The designer panel: edits the `--upcart-*` tokens live on the portal (every element below it
 * changes at once), starts from a ready theme or imported CSS, checks every color pair's contrast
 * in light and dark as colors change (with a fix to apply), and exports the CSS to copy with the
 * pairs it checked in its opening comment.
 */
import { html, nothing, render } from 'lit';
import { live } from 'lit/directives/live.js';
import { checkContrast, contrastComment, type PairResult } from './contrast-pairs.js';
import { formatRatio } from './contrast.js';
import {
  cloneTheme,
  colorTokens,
  fontFamilies,
  importTheme,
  readyThemes,
  themeCss,
  themeDeclarations,
  type ColorToken,
  type Theme,
} from './designer-themes.js';
import type { Portal, Scheme } from './portal.js';

export interface DesignerPanelOptions {
  /** Where the panel renders. */
  container: HTMLElement;
  /** The element the tokens are set on: an ancestor of every checkout element. */
  target: HTMLElement;
  portal: Portal;
}

export function mountDesignerPanel({ container, target, portal }: DesignerPanelOptions): void {
  const presetParam = new URLSearchParams(location.search).get('preset');
  let base = readyThemes.find((candidate) => slug(candidate.name) === presetParam) ?? readyThemes[0]!;
  let theme = cloneTheme(base);
  let edited = false;
  let exportOpen = false;
  let importOpen = false;
  let copyStatus = '';
  let importStatus = '';

  function apply(): void {
    for (const [name, value] of themeDeclarations(theme)) target.style.setProperty(name, value);
  }

  function update(change: () => void): void {
    change();
    apply();
    draw();
  }

  function choose(next: Theme, status = ''): void {
    base = next;
    edited = false;
    copyStatus = '';
    importStatus = status;
    update(() => (theme = cloneTheme(next)));
  }

  function edit(change: (value: Theme) => void): void {
    edited = true;
    copyStatus = '';
    update(() => change(theme));
  }

  function importCss(textarea: HTMLTextAreaElement): void {
    const imported = importTheme(textarea.value, readyThemes[0]!);
    if (!imported) {
      importStatus = 'No --upcart-* custom property found in that CSS.';
      draw();
      return;
    }
    importStatus = `Imported ${textarea.value.match(/--upcart-[\w-]+\s*:/g)?.length ?? 0} declarations.`;
    importOpen = false;
    choose(imported, importStatus);
  }

  /** Applies a suggested fix: one color token in one scheme. */
  function useSuggestion(result: PairResult): void {
    const token = result.pair.fix.token as ColorToken;
    if (!result.suggestion || !(token in theme.colors)) return;
    edit((next) => (next.colors[token][result.scheme] = result.suggestion!));
  }

  async function copy(textarea: HTMLTextAreaElement): Promise<void> {
    try {
      await navigator.clipboard.writeText(textarea.value);
      copyStatus = 'Copied to the clipboard.';
    } catch {
      // No clipboard API (an insecure origin, or permission refused): select the text so
      // Ctrl+C works, and try the old command.
      textarea.focus();
      textarea.select();
      copyStatus = document.execCommand('copy') ? 'Copied to the clipboard.' : 'Selected: press Ctrl+C (⌘C) to copy.';
    }
    draw();
  }

  function colorRow(token: ColorToken, label: string, scheme: Scheme) {
    const id = `designer-${token.slice(2)}`;
    const value = theme.colors[token][scheme];
    return html`<div class="color-row">
      <input
        type="color"
        id=${id}
        .value=${live(value)}
        @input=${(event: Event) => edit((next) => (next.colors[token][scheme] = (event.target as HTMLInputElement).value))}
      />
      <label for=${id}>${label}</label>
      <code aria-hidden="true">${value}</code>
    </div>`;
  }

  function contrastReport(results: PairResult[]) {
    const failing = results.filter((result) => !result.passes);
    return html`<section class="contrast" aria-labelledby="designer-contrast-title">
      <h3 id="designer-contrast-title">Contrast</h3>
      <div class="contrast-live" aria-live="polite">
        ${
          failing.length === 0
            ? html`<p class="contrast-ok">All ${results.length} pairs pass in light and dark (text 4.5:1, large text and controls 3:1).</p>`
            : html`<p class="contrast-summary">
                ${failing.length} of ${results.length} ${failing.length === 1 ? 'pair fails' : 'pairs fail'}: unreadable for some buyers.
              </p>
              <ul class="contrast-failures">
                ${failing.map(
                  (result) => html`<li>
                    <span class="contrast-pair">
                      <span class="contrast-swatch" aria-hidden="true" style="background:linear-gradient(135deg, ${result.foreground} 50%, ${result.background} 50%)"></span>
                      <span
                        ><strong>${result.pair.label}</strong> (${result.scheme}): ${result.foreground} on ${result.background} — ${formatRatio(result.ratio)},
                        needs ${result.pair.minimum}:1</span
                      >
                    </span>
                    ${
                      result.suggestion && result.pair.fix.token in theme.colors
                        ? html`<button type="button" class="small" @click=${() => useSuggestion(result)}>
                          Use ${result.suggestion}<span class="visually-hidden"> for ${fixLabel(result)}</span>
                        </button>`
                        : html`<span class="hint">No color of this hue passes: change the other color.</span>`
                    }
                  </li>`,
                )}
              </ul>`
        }
      </div>
    </section>`;
  }

  function draw(): void {
    const scheme = portal.scheme();
    const results = checkContrast(new Map(themeDeclarations(theme)));
    const css = themeCss({ ...theme, name: edited ? `${base.name} (edited)` : base.name }, contrastComment(results));
    render(
      html`
        <fieldset class="theme-choices">
          <legend>Ready themes</legend>
          ${readyThemes.map(
            (candidate) => html`<label class="theme-choice">
              <input
                type="radio"
                name="designer-theme"
                value=${slug(candidate.name)}
                .checked=${live(candidate === base)}
                @change=${() => choose(candidate)}
              />
              <span class="swatches" aria-hidden="true">
                ${(['--upcart-color-primary', '--upcart-color-surface-alt', '--upcart-color-text'] as const).map(
                  (token) => html`<span style="background:${candidate.colors[token][scheme]};border-radius:${Math.min(candidate.radius, 8)}px"></span>`,
                )}
              </span>
              <span>${candidate.name}</span>
              ${candidate === base && edited ? html`<span class="edited">edited</span>` : nothing}
            </label>`,
          )}
        </fieldset>

        <fieldset class="scheme-switch">
          <legend>Colors of</legend>
          ${(['light', 'dark'] as const).map(
            (value) => html`<label>
              <input type="radio" name="designer-scheme" value=${value} .checked=${live(scheme === value)} @change=${() => portal.setScheme(value)} />
              <span>${value === 'light' ? 'Light' : 'Dark'}</span>
            </label>`,
          )}
        </fieldset>
        <div class="colors" role="group" aria-label=${`Colors, ${scheme} scheme`}>
          ${colorTokens.map(({ name, label }) => colorRow(name, label, scheme))}
        </div>
        ${contrastReport(results)}

        <div class="range-row">
          <label for="designer-radius">Corner radius</label>
          <input
            type="range"
            id="designer-radius"
            min="0"
            max="24"
            step="1"
            .value=${live(String(theme.radius))}
            aria-valuetext=${`${theme.radius} pixels`}
            @input=${(event: Event) => edit((next) => (next.radius = Number((event.target as HTMLInputElement).value)))}
          />
          <output for="designer-radius">${theme.radius}px</output>
        </div>
        <div class="range-row">
          <label for="designer-density">Density</label>
          <input
            type="range"
            id="designer-density"
            min="0.8"
            max="1.3"
            step="0.05"
            .value=${live(String(theme.density))}
            aria-valuetext=${densityText(theme.density)}
            @input=${(event: Event) => edit((next) => (next.density = Number((event.target as HTMLInputElement).value)))}
          />
          <output for="designer-density">${theme.density.toFixed(2)}</output>
        </div>
        <div class="select-row">
          <label for="designer-font">Font family</label>
          <select id="designer-font" @change=${(event: Event) => edit((next) => (next.font = (event.target as HTMLSelectElement).value))}>
            ${fontFamilies.map((font) => html`<option value=${font.value} ?selected=${font.value === theme.font}>${font.label}</option>`)}
            ${fontFamilies.some((font) => font.value === theme.font) ? nothing : html`<option value=${theme.font} selected>Imported: ${theme.font}</option>`}
          </select>
        </div>

        <div class="panel-actions">
          <button
            type="button"
            class="primary"
            aria-expanded=${String(exportOpen)}
            aria-controls="designer-export"
            @click=${() => {
              exportOpen = !exportOpen;
              copyStatus = '';
              draw();
            }}
          >
            Export CSS
          </button>
          <button
            type="button"
            aria-expanded=${String(importOpen)}
            aria-controls="designer-import"
            @click=${() => {
              importOpen = !importOpen;
              draw();
            }}
          >
            Import CSS
          </button>
          <button type="button" ?disabled=${!edited} @click=${() => choose(base)}>Reset to ${base.name}</button>
        </div>
        <div id="designer-import" class="export" ?hidden=${!importOpen}>
          <label for="designer-import-css">Paste a theme's CSS (its --upcart-* properties are read)</label>
          <textarea id="designer-import-css" rows="8" spellcheck="false"></textarea>
          <div class="panel-actions">
            <button type="button" @click=${(event: Event) => importCss((event.target as HTMLElement).closest('.export')!.querySelector('textarea')!)}>
              Apply imported CSS
            </button>
          </div>
        </div>
        <p class="status" role="status">${importStatus || nothing}</p>
        <div id="designer-export" class="export" ?hidden=${!exportOpen}>
          <label for="designer-css">CSS for your portal</label>
          <textarea id="designer-css" readonly rows="12" spellcheck="false" .value=${live(css)}></textarea>
          <div class="panel-actions">
            <button type="button" @click=${(event: Event) => copy((event.target as HTMLElement).closest('.export')!.querySelector('textarea')!)}>Copy</button>
            <span class="status" role="status">${copyStatus || nothing}</span>
          </div>
        </div>
      `,
      container,
    );
  }

  portal.onSchemeChange(draw);
  apply();
  draw();
}

const colorLabels = new Map<string, string>(colorTokens.map(({ name, label }) => [name, label]));

function fixLabel(result: PairResult): string {
  return `${colorLabels.get(result.pair.fix.token) ?? result.pair.fix.token}, ${result.scheme}`;
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function densityText(density: number): string {
  if (density < 0.95) return `${density} (compact)`;
  if (density > 1.05) return `${density} (roomy)`;
  return `${density} (default)`;
}
