import type { errors as en } from '../en/errors.js';

export const errors: Record<keyof typeof en, string> = {
  'errors.invalid_request': '일부 입력 내용이 허용되지 않았습니다. 확인하세요.',
  'errors.invalid_json': '요청을 읽을 수 없습니다. 다시 시도하세요.',
  'errors.idempotency_key_required': '주문을 안전하게 보낼 수 없습니다. 다시 시도하세요.',
  'errors.idempotency_conflict': '이 주문은 이미 다른 내용으로 전송되었습니다. 처음부터 다시 시작하세요.',
  'errors.not_found': '요청한 항목을 찾을 수 없습니다.',
  'errors.conflict': '현재 상태에서는 할 수 없습니다.',
  'errors.quote_expired': '이 가격은 만료되었습니다. 새 가격을 받으세요.',
  'errors.quote_superseded': '이 주문에 더 새로운 가격이 생성되었습니다. 그 가격을 사용하세요.',
  'errors.price_changed': '가격이 변경되었습니다. 새 가격을 확인하세요.',
  'errors.quote_used': '이 가격은 이미 주문 및 결제되었습니다.',
  'errors.order_not_payable': '이 주문은 더 이상 결제할 수 없습니다. 새로 결제를 시작하세요.',
  'errors.order_not_cancellable': '이 주문은 더 이상 취소할 수 없습니다.',
  'errors.promo_invalid': '이 코드는 존재하지 않거나, 만료되었거나, 이 주문에 적용되지 않습니다.',
  'errors.downgrade_not_allowed': '더 높은 패키지나 현재보다 많은 수량을 선택하세요.',
  'errors.credit_exceeds_price': '미사용 이용 기간의 크레딧이 새 패키지 요금보다 많습니다. 더 긴 주기나 더 많은 수량을 선택하세요.',
  'errors.subscription_not_active': '이 구독은 활성 상태가 아닙니다. 먼저 갱신하거나 업그레이드하세요.',
  'errors.term_ended': '현재 이용 기간이 끝났습니다. 먼저 구독을 갱신하세요.',
  'errors.rate_limited': '요청이 너무 많습니다. 잠시 기다린 후 다시 시도하세요.',
  'errors.vendor': '결제 서비스 응답: {message}',
};
