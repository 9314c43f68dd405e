/** Brazilian Portuguese strings shared by several elements. */
import type { common as en } from '../en/common.js';

export const common: Record<keyof typeof en, string> = {
  'common.loading': 'Carregando…',
  'common.retry': 'Tentar novamente',
  'common.customerNotFound': 'Nenhum cliente com o ID de empresa {companyId}.',
  'common.close': 'Fechar',
  'common.cancel': 'Cancelar',
  'common.confirm': 'Confirmar',
  'common.save': 'Salvar',
  'common.optional': '(opcional)',
  'common.required': 'Obrigatório',
  'common.perMonth': '{price} / mês',
  'common.perUnitMonth': '{price} por {unit} / mês',
  'common.months': '{count, plural, one {# mês} other {# meses}}',
  'common.save.percent': 'economize {percent}',
  'common.status.active': 'Ativo',
  'common.status.trial': 'Teste',
  'common.status.inactive': 'Inativo',
  'common.error.network': 'Não foi possível acessar o serviço de checkout. Verifique sua conexão e tente novamente.',
  'common.error.timeout': 'O serviço de checkout demorou demais para responder. Tente novamente.',
  'common.error.bad_response': 'O serviço de checkout enviou uma resposta que não conseguimos ler. Tente novamente.',
  'common.error.http': 'O serviço de checkout está com problemas. Tente novamente em instantes.',
  'common.error.validation': 'Verifique os dados informados.',
  'common.error.auth': 'Sua sessão expirou. Entre novamente para continuar.',
  'common.error.retryAfter': 'O serviço de checkout está ocupado. Tente novamente {when}.',
};
