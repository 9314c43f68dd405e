/** Korean strings of <plan-picker>. */
import type { planPicker as en } from '../en/plan-picker.js';

export const planPicker: Record<keyof typeof en, string> = {
  'planPicker.error.catalog': '요금제와 서비스를 불러올 수 없습니다.',
  'planPicker.error.subscriptions': '구독 정보를 불러올 수 없습니다.',
  'planPicker.error.lookup': '고객을 조회할 수 없습니다.',
  'planPicker.error.view': '결제 화면의 이 부분을 불러올 수 없습니다.',
  'planPicker.error.viewHint': '연결 상태를 확인하고 다시 시도하세요.',
  'planPicker.empty.subscription': '변경할 구독이 없습니다.',
  'planPicker.empty.renew': '갱신할 구독이 없습니다.',
  'planPicker.locked': '이 주문은 완료되었습니다. 다른 내용을 변경하려면 새 주문을 시작하세요.',
};
