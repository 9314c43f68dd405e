/** Korean strings of <checkout-session>. */
import type { checkoutSession as en } from '../en/checkout-session.js';

export const checkoutSession: Record<keyof typeof en, string> = {
  'session.companySearch.label': '회사 ID',
  'session.companySearch.hint': '먼저 고객의 회사 ID를 입력하세요.',
  'session.companySearch.submit': '검색',
  'session.companySearch.searching': '검색 중…',
  'session.companySearch.required': '회사 ID를 입력하세요.',
  'session.misconfigured': '이 결제 화면이 설정되지 않았습니다. 주문 유형(flow), 제품, 그리고 구독 또는 회사 ID가 필요합니다.',
  'session.tagsTaken': '이 결제 화면을 표시할 수 없습니다. 페이지에서 {tags}을(를) 자체 요소로 사용하고 있습니다.',
  'session.offline': '오프라인 상태입니다. 연결이 복구되면 결제가 이어서 진행됩니다.',
  'session.retryWaiting': '결제 서비스에서 대기를 요청했습니다. {time}에 다시 시도합니다.',
  'session.payBar.total': '합계',
  'session.payBar.go': '결제로 이동',
};
