/** Korean strings shared by several elements. */
import type { common as en } from '../en/common.js';

export const common: Record<keyof typeof en, string> = {
  'common.loading': '불러오는 중…',
  'common.retry': '다시 시도',
  'common.customerNotFound': '회사 ID {companyId}에 해당하는 고객이 없습니다.',
  'common.close': '닫기',
  'common.cancel': '취소',
  'common.confirm': '확인',
  'common.save': '저장',
  'common.optional': '(선택 사항)',
  'common.required': '필수',
  'common.perMonth': '{price} / 월',
  'common.perUnitMonth': '{unit}당 {price} / 월',
  'common.months': '{count, plural, other {#개월}}',
  'common.save.percent': '{percent} 절약',
  'common.status.active': '활성',
  'common.status.trial': '체험판',
  'common.status.inactive': '비활성',
  'common.error.network': '결제 서비스에 연결할 수 없습니다. 연결 상태를 확인하고 다시 시도하세요.',
  'common.error.timeout': '결제 서비스의 응답이 너무 오래 걸립니다. 다시 시도하세요.',
  'common.error.bad_response': '결제 서비스에서 읽을 수 없는 응답을 보냈습니다. 다시 시도하세요.',
  'common.error.http': '결제 서비스에 문제가 발생했습니다. 잠시 후 다시 시도하세요.',
  'common.error.validation': '입력한 내용을 확인하세요.',
  'common.error.auth': '세션이 만료되었습니다. 계속하려면 다시 로그인하세요.',
  'common.error.retryAfter': '결제 서비스가 혼잡합니다. {when} 다시 시도하세요.',
};
