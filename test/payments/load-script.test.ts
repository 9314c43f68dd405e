import { expect } from '@open-wc/testing';
import { loadScript } from '../../src/payments/load-script.js';
import { ProviderLoadError } from '../../src/payments/payment-provider.js';

declare global {
  interface Window {
    __loadScriptFixtureRuns?: number;
  }
}

const FIXTURE = '/test/payments/fixtures/counter.js';
let unique = 0;
/** A fresh URL of the counter fixture, so each test starts with nothing cached in the module. */
const fixtureUrl = () => `${FIXTURE}?case=${++unique}`;
const scriptsFor = (url: string) => [...document.querySelectorAll('script')].filter((s) => s.src === new URL(url, document.baseURI).href);

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('loadScript', () => {
  it('injects one script per URL and shares the load between callers', async () => {
    const url = fixtureUrl();
    const before = window.__loadScriptFixtureRuns ?? 0;
    const first = loadScript(url);
    const second = loadScript(url);
    expect(second).to.equal(first);
    expect(scriptsFor(url)).to.have.length(1);
    await Promise.all([first, second]);
    expect(window.__loadScriptFixtureRuns).to.equal(before + 1);

    await loadScript(url);
    expect(scriptsFor(url)).to.have.length(1);
    expect(window.__loadScriptFixtureRuns).to.equal(before + 1);
  });

  it('sets the CSP nonce on the script', async () => {
    const url = fixtureUrl();
    await loadScript(url, { nonce: 'r4nd0m' });
    const [script] = scriptsFor(url);
    expect(script?.nonce).to.equal('r4nd0m');
    expect(script?.async).to.equal(true);
  });

  it('sets no nonce when none is given', async () => {
    const url = fixtureUrl();
    await loadScript(url);
    expect(scriptsFor(url)[0]?.hasAttribute('nonce')).to.equal(false);
  });

  it('rejects with ProviderLoadError when the script cannot load, and removes it', async () => {
    const url = '/test/payments/fixtures/missing.js?case=404';
    const error = await rejection(loadScript(url));
    expect(error).to.be.instanceOf(ProviderLoadError);
    expect((error as Error).name).to.equal('ProviderLoadError');
    expect((error as Error).message)
      .to.contain('missing.js')
      .and.to.contain('could not be loaded');
    expect(scriptsFor(url)).to.have.length(0);
  });

  it('tries again with a fresh script after a failure', async () => {
    const url = '/test/payments/fixtures/missing.js?case=retry';
    const first = loadScript(url);
    await rejection(first);
    const inserted: HTMLScriptElement[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof HTMLScriptElement) inserted.push(node);
    });
    observer.observe(document.head, { childList: true });
    const second = loadScript(url);
    expect(second).not.to.equal(first);
    expect(await rejection(second)).to.be.instanceOf(ProviderLoadError);
    await Promise.resolve();
    observer.disconnect();
    expect(inserted.map((s) => s.src)).to.deep.equal([new URL(url, document.baseURI).href]);
  });

  it('rejects after the timeout, and a later call loads the same URL', async () => {
    const url = fixtureUrl();
    const error = await rejection(loadScript(url, { timeoutMs: 0 }));
    expect(error).to.be.instanceOf(ProviderLoadError);
    expect((error as Error).message).to.contain('did not load within');
    expect(scriptsFor(url)).to.have.length(0);

    const before = window.__loadScriptFixtureRuns ?? 0;
    await loadScript(url);
    expect(window.__loadScriptFixtureRuns).to.be.greaterThan(before);
    expect(scriptsFor(url)).to.have.length(1);
  });
});
