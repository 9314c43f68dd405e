/**
 * Where each flow's view comes from: its own chunk, imported the first time a picker shows that
 * flow, so a portal that only expands never downloads the upgrade and renew code. The record is
 * mutable so a test can swap a loader for one that stalls or fails, and restore it after.
 */
import type { Flow } from '../../api/schemas.js';
import { importOnce } from '../shared/import-once.js';
import type { PickerViewClass } from './view-context.js';

export type ViewLoader = () => Promise<PickerViewClass>;

export const viewLoaders: Record<Flow, ViewLoader> = {
  expand: () => import('./expand-view.js').then((module) => module.ExpandView),
  upgrade: () => import('./upgrade-view.js').then((module) => module.UpgradeView),
  renew: () => import('./renew-view.js').then((module) => module.RenewView),
};

/** The view class of `flow`, imported once per page (again after a failure). */
export function loadView(flow: Flow): Promise<PickerViewClass> {
  return importOnce(viewLoaders[flow]);
}
