import type { paymentMethods as en } from '../en/payment-methods.js';

export const paymentMethods: Record<keyof typeof en, string> = {
  'pay.autoRenew': '자동 갱신',
  'pay.autoRenew.hint': '각 이용 기간이 끝나면 자동으로 갱신합니다.',
  'pay.pi.label': 'PI 번호',
  'pay.pi.hint': '영업팀에서 받은 프로포마 인보이스 번호입니다.',
  'pay.pi.invalid': '문자, 숫자, -, /, ., _만 사용하세요.',
  'pay.pi.tooLong': 'PI 번호는 최대 64자입니다.',
  'pay.button.placing': '주문 처리 중…',
  'pay.unavailable.card': '이 결제에는 카드 결제가 설정되어 있지 않습니다.',
  'pay.unavailable.paypal': '이 결제에는 PayPal이 설정되어 있지 않습니다.',
  'pay.paying': '결제 처리 중…',
  'pay.card.loading': '보안 카드 입력 양식을 불러오는 중…',
  'pay.card.loadFailed': '카드 입력 양식을 불러올 수 없습니다. 다시 시도하거나 PayPal 또는 오프라인을 선택하세요.',
  'pay.card.declined': '결제가 처리되지 않았습니다. 카드 정보를 확인하고 다시 시도하세요.',
  'pay.paypal.loading': 'PayPal을 불러오는 중…',
  'pay.paypal.loadFailed': 'PayPal을 불러올 수 없습니다. 다른 결제 수단을 선택하거나 페이지를 새로 고치세요.',
  'pay.paypal.cancelled': '결제하기 전에 PayPal 창을 닫았습니다. 청구된 금액은 없으며, 다시 시도할 수 있습니다.',
  'pay.paypal.failed': 'PayPal에서 결제를 완료하지 못했습니다. 다시 시도하세요.',
};
