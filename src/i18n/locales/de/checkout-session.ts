import type { checkoutSession as en } from '../en/checkout-session.js';

export const checkoutSession: Record<keyof typeof en, string> = {
  'session.companySearch.label': 'Firmen-ID',
  'session.companySearch.hint': 'Geben Sie zuerst die Firmen-ID Ihres Kunden ein.',
  'session.companySearch.submit': 'Suchen',
  'session.companySearch.searching': 'Wird gesucht…',
  'session.companySearch.required': 'Geben Sie eine Firmen-ID ein.',
  'session.misconfigured': 'Diese Kasse ist nicht eingerichtet: Sie benötigt einen Ablauf, ein Produkt und ein Abonnement oder eine Firmen-ID.',
  'session.tagsTaken': 'Diese Kasse kann nicht angezeigt werden: Die Seite verwendet {tags} für eigene Elemente.',
  'session.offline': 'Sie sind offline. Die Kasse macht weiter, sobald Ihre Verbindung wieder besteht.',
  'session.retryWaiting': 'Der Checkout-Dienst hat um eine Pause gebeten. Neuer Versuch um {time}.',
  'session.payBar.total': 'Gesamt',
  'session.payBar.go': 'Zur Zahlung',
};
