/**
 * The mock backend in a browser page in one call, for demos and pages without a bundler
 * (dist/upcart-mocks.bundle.js, built by `vite build --mode bundle-mocks`, carries MSW with it).
 * MSW's worker script must be served at `/mockServiceWorker.js`: the one upcart ships
 * (`upcart/mockServiceWorker.js`, matching the MSW inside the bundle).
 *
 * ```js
 * import { startMockBackend } from './upcart-mocks.bundle.js';
 * const mock = await startMockBackend({ latencyMs: 200 });
 * mock.faults.set('createQuote', { status: 500, times: 1 });
 * ```
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockBackend, type MockBackend, type MockBackendOptions } from './index.js';

export interface BrowserMockOptions extends MockBackendOptions {
  /** Where MSW's worker script is served; `/mockServiceWorker.js` by default. */
  workerUrl?: string;
}

export interface BrowserMock extends MockBackend {
  /** The MSW worker: `worker.stop()` lets requests through to the network again. */
  worker: SetupWorker;
}

/** Creates the mock backend (routes under `/api` by default) and starts MSW's worker for it. */
export async function startMockBackend(options: BrowserMockOptions = {}): Promise<BrowserMock> {
  const { workerUrl = '/mockServiceWorker.js', ...backendOptions } = options;
  const mock = createMockBackend({ baseUrl: '/api', ...backendOptions });
  const worker = setupWorker(...mock.handlers);
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: workerUrl } });
  return { ...mock, worker };
}

export * from './index.js';
