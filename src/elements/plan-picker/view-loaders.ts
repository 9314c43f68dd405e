/**
 * Where each flow's view comes from: its own chunk, imported the first time a picker shows that
 * flow, so a portal that only expands never downloads the upgrade and renew code. The record is
 * mutable so a test can swap a loader for one that stalls or fails, and restore it after.
 */
import type { Flow } from '../../api/schemas.js';
import type { PickerViewClass } from './view-context.js';

export type ViewLoader = () => Promise<PickerViewClass>;

export const viewLoaders: Record<Flow, ViewLoader> = {
  expand: () => import('./expand-view.js').then((module) => module.ExpandView),
  upgrade: () => import('./upgrade-view.js').then((module) => module.UpgradeView),
  renew: () => import('./renew-view.js').then((module) => module.RenewView),
};

/** One import per loader for the whole page, shared by every picker. */
const imports = new Map<ViewLoader, Promise<PickerViewClass>>();

/** The view class of `flow`; a failed import (a chunk 404, the network) is forgotten so the next call imports again. */
export function loadView(flow: Flow): Promise<PickerViewClass> {
  const loader = viewLoaders[flow];
  let loading = imports.get(loader);
  if (!loading) {
    loading = loader();
    imports.set(loader, loading);
    loading.catch(() => imports.delete(loader));
  }
  return loading;
}
