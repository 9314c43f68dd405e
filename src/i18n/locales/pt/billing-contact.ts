/** Brazilian Portuguese strings of <billing-contact>. */
import type { billingContact as en } from '../en/billing-contact.js';

export const billingContact: Record<keyof typeof en, string> = {
  'billingContact.label': 'Contato de cobrança',
  'billingContact.loading': 'Carregando contatos de cobrança…',
  'billingContact.empty': 'Ainda não há contato de cobrança. Adicione um para receber a fatura.',
  'billingContact.choose': 'Escolha um contato de cobrança',
  'billingContact.option.company': '{name} ({company})',
  'billingContact.option.default': '{label} – padrão',
  'billingContact.addNew': 'Adicionar novo',
  'billingContact.summary.label': 'Dados da fatura',
  'billingContact.summary.email': 'Fatura enviada para',
  'billingContact.summary.vatId': 'Nº de IVA / identificação fiscal',
  'billingContact.summary.hint': 'Estes dados constam na fatura, que é enviada para este endereço de e-mail.',
  'billingContact.form.loadError': 'Não foi possível carregar o formulário. Verifique sua conexão e tente novamente.',
  'billingContact.saved': '{name} foi salvo e escolhido como contato de cobrança.',
  'billingContact.validity.valueMissing': 'Escolha um contato de cobrança.',
};
