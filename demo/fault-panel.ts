/**
 * The fault panel: drives the mock backend's fault switches (`upcartMock.faults`) so every
 * loading and error state of the checkout can be shown: a global latency, and "fail the next
 * call" of one endpoint with an HTTP 500, a refused session (401 with a login page, 403 with no
 * body), a 429 or 503 with `Retry-After`, a network error, a malformed or wrongly shaped answer,
 * or no answer at all.
 */
import { html, nothing, render } from 'lit';
import { live } from 'lit/directives/live.js';
import { endpoints, type EndpointName } from '../src/api/endpoints.js';
import type { Fault, MockBackend } from '../mocks/index.js';

export interface FaultPanelOptions {
  container: HTMLElement;
  mock: MockBackend;
  /** The latency the demo starts with; "Reset" goes back to it. */
  defaultLatencyMs: number;
  /** Called after the mock's data was reset, to show the flow again. */
  onDataReset: () => void;
}

const failures = {
  status500: { label: 'HTTP 500 server error', fault: { status: 500, message: 'Something went wrong on our side (fault panel).' } },
  status401: { label: 'HTTP 401 with a login page (session ended)', fault: { status: 401, body: 'html', message: 'Please sign in' } },
  status403: { label: 'HTTP 403 with no body', fault: { status: 403, body: 'empty' } },
  status429: { label: 'HTTP 429 Too many requests, Retry-After 10 s', fault: { status: 429, retryAfter: 10 } },
  status503: { label: 'HTTP 503 Unavailable, Retry-After 20 s', fault: { status: 503, retryAfter: 20 } },
  network: { label: 'Network error', fault: { network: true } },
  malformed: { label: 'Malformed JSON', fault: { malformed: true } },
  wrongShape: { label: 'Valid JSON of the wrong shape', fault: { wrongShape: true } },
  hang: { label: 'Timeout (never answers)', fault: { hang: true } },
} as const satisfies Record<string, { label: string; fault: Fault }>;

type FailureKind = keyof typeof failures;

const endpointNames = Object.keys(endpoints) as EndpointName[];

function describe(fault: Fault): string {
  if (fault.hang) return 'never answers';
  if (fault.network) return 'network error';
  if (fault.malformed) return 'malformed JSON';
  if (fault.wrongShape) return 'wrong shape';
  if (fault.status !== undefined) {
    const body = fault.body === 'html' ? ', HTML page' : fault.body === 'empty' ? ', no body' : '';
    return `HTTP ${fault.status}${body}${fault.retryAfter !== undefined ? `, Retry-After ${fault.retryAfter}` : ''}`;
  }
  if (fault.latencyMs !== undefined) return `${fault.latencyMs} ms latency`;
  return 'fault';
}

export function mountFaultPanel({ container, mock, defaultLatencyMs, onDataReset }: FaultPanelOptions): void {
  const { faults } = mock;
  let endpoint: EndpointName = 'createQuote';
  let kind: FailureKind = 'status500';
  let status = '';
  /** What was armed, to tell when a fault has been used up by a call. */
  let armed = new Map(faults.entries());

  function arm(): void {
    faults.set(endpoint, { ...failures[kind].fault, times: 1 });
    status = `Armed: the next ${endpoint} call fails (${failures[kind].label.toLowerCase()}).`;
    draw();
  }

  function clearOne(name: EndpointName): void {
    faults.clear(name);
    status = `Cleared the fault of ${name}.`;
    draw();
  }

  function reset(): void {
    faults.clear();
    faults.latencyMs = defaultLatencyMs;
    status = `Faults cleared; latency back to ${defaultLatencyMs} ms.`;
    draw();
  }

  function resetData(): void {
    mock.reset();
    faults.latencyMs = defaultLatencyMs;
    status = 'Seed data restored; the checkout starts over.';
    onDataReset();
    draw();
  }

  faults.subscribe(() => {
    const now = new Map(faults.entries());
    const used = [...armed.keys()].filter((name) => !now.has(name));
    armed = now;
    if (used.length > 0) status = `Fault sent: ${used.join(', ')}.`;
    draw();
  });

  function draw(): void {
    const active = faults.entries();
    render(
      html`
        <div class="range-row">
          <label for="fault-latency">Latency of every call</label>
          <input
            type="range"
            id="fault-latency"
            min="0"
            max="3000"
            step="50"
            .value=${live(String(faults.latencyMs))}
            aria-valuetext=${`${faults.latencyMs} milliseconds`}
            @input=${(event: Event) => {
              faults.latencyMs = Number((event.target as HTMLInputElement).value);
              draw();
            }}
          />
          <output for="fault-latency">${faults.latencyMs} ms</output>
        </div>

        <fieldset class="fail-next">
          <legend>Fail the next call</legend>
          <div class="select-row">
            <label for="fault-endpoint">Endpoint</label>
            <select
              id="fault-endpoint"
              @change=${(event: Event) => {
                endpoint = (event.target as HTMLSelectElement).value as EndpointName;
              }}
            >
              ${endpointNames.map(
                (name) => html`<option value=${name} ?selected=${name === endpoint}>${name} · ${endpoints[name].method} ${endpoints[name].path}</option>`,
              )}
            </select>
          </div>
          <div class="select-row">
            <label for="fault-kind">Failure</label>
            <select
              id="fault-kind"
              @change=${(event: Event) => {
                kind = (event.target as HTMLSelectElement).value as FailureKind;
                draw();
              }}
            >
              ${Object.entries(failures).map(([value, failure]) => html`<option value=${value} ?selected=${value === kind}>${failure.label}</option>`)}
            </select>
          </div>
          ${kind === 'hang' ? html`<p class="hint">The SDK gives up after its 15-second timeout and offers a retry.</p>` : nothing}
          ${
            kind === 'status429' || kind === 'status503'
              ? html`<p class="hint">Try again waits for the Retry-After time; the checkout says when it sends the retry.</p>`
              : nothing
          }
          ${
            kind === 'status401' || kind === 'status403'
              ? html`<p class="hint">The buyer is asked to sign in again; the page hears <code>upcart-auth-required</code> and calls <code>retryFailed()</code> once it refreshed the session.</p>`
              : nothing
          }
          <div class="panel-actions">
            <button type="button" class="primary" @click=${arm}>Fail next call</button>
          </div>
        </fieldset>

        <div class="armed" aria-label="Armed faults" role="group">
          ${
            active.length === 0
              ? html`<p class="hint">No fault armed.</p>`
              : html`<ul>
                ${active.map(
                  ([name, fault]) => html`<li>
                    <span><code>${name}</code> ${describe(fault)}${fault.times ? ` × ${fault.times}` : ''}</span>
                    <button type="button" class="small" aria-label=${`Clear the fault of ${name}`} @click=${() => clearOne(name)}>Clear</button>
                  </li>`,
                )}
              </ul>`
          }
        </div>

        <div class="panel-actions">
          <button type="button" @click=${reset}>Reset faults</button>
          <button type="button" @click=${resetData}>Reset demo data</button>
        </div>
        <p class="status" role="status">${status}</p>
      `,
      container,
    );
  }

  draw();
}
