/**
 * The designer panel: edits the `--upcart-*` tokens live on the portal (every element below it
 * changes at once), starts from a ready theme, and exports the CSS to copy.
 */
import { html, nothing, render } from 'lit';
import { live } from 'lit/directives/live.js';
import { cloneTheme, colorTokens, fontFamilies, readyThemes, themeCss, themeDeclarations, type ColorToken, type Theme } from './designer-themes.js';
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
  let copyStatus = '';

  function apply(): void {
    for (const [name, value] of themeDeclarations(theme)) target.style.setProperty(name, value);
  }

  function update(change: () => void): void {
    change();
    apply();
    draw();
  }

  function choose(next: Theme): void {
    base = next;
    edited = false;
    copyStatus = '';
    update(() => (theme = cloneTheme(next)));
  }

  function edit(change: (value: Theme) => void): void {
    edited = true;
    copyStatus = '';
    update(() => change(theme));
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

  function draw(): void {
    const scheme = portal.scheme();
    const css = themeCss({ ...theme, name: edited ? `${base.name} (edited)` : base.name });
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
          <button type="button" ?disabled=${!edited} @click=${() => choose(base)}>Reset to ${base.name}</button>
        </div>
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

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function densityText(density: number): string {
  if (density < 0.95) return `${density} (compact)`;
  if (density > 1.05) return `${density} (roomy)`;
  return `${density} (default)`;
}
