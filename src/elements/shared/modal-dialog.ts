/**
 * Opens and closes the views' modal `<dialog>`s. A browser's `showModal()` and `close()` are used
 * as they are; a simulated DOM without them (jsdom) gets a dialog that is open but not modal, and
 * a `close` event when it closes, so what listens for it (the focus going back) still runs and a
 * vendor's test can drive the dialog.
 */
export function openModal(dialog: HTMLDialogElement | null | undefined): void {
  if (dialog?.showModal) dialog.showModal();
  else if (dialog) dialog.open = true;
}

/** Closes `dialog` (see `openModal`); nothing happens when it is not open. */
export function closeDialog(dialog: HTMLDialogElement | null | undefined): void {
  if (dialog?.close) dialog.close();
  else if (dialog?.open) {
    dialog.open = false;
    dialog.dispatchEvent(new Event('close'));
  }
}
