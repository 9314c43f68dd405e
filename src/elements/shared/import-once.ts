/**
 * Parts of an element that load on demand (a flow's view, the new-contact form): one import per
 * loader for the whole page, shared by every element, and a failed import (a chunk 404, the
 * network) forgotten so the next call imports again.
 */
const imports = new Map<() => Promise<unknown>, Promise<unknown>>();

export function importOnce<T>(loader: () => Promise<T>): Promise<T> {
  let loading = imports.get(loader) as Promise<T> | undefined;
  if (!loading) {
    loading = loader();
    imports.set(loader, loading);
    loading.catch(() => imports.delete(loader));
  }
  return loading;
}

/** What `UpcartElement.updateComplete` waits for besides the render: a part still loading (see lazy-views.ts). */
export interface LoadingPart {
  readonly busy: boolean;
  /** Settles once the part's module is in or failed; the host has requested an update by then. */
  settled(): Promise<unknown>;
}
