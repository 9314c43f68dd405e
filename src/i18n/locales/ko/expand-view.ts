import type { expandView as en } from '../en/expand-view.js';

export const expandView: Record<keyof typeof en, string> = {
  'planPicker.service.refused': '{name}을(를) 추가할 수 없습니다.',
  'planPicker.customer.label': '고객',
  'planPicker.customer.companyId': '회사 ID',
  'planPicker.expand.services': '이용 중인 서비스',
  'planPicker.expand.note': '추가한 용량은 현재 이용 기간 종료일({date})까지 요금이 부과되며 결제 후 적용됩니다.',
  'planPicker.expand.trial': '체험판은 확장할 수 없습니다. 먼저 필요한 용량으로 유료 요금제로 업그레이드하세요.',
  'planPicker.expand.inactive': '비활성 구독은 확장할 수 없습니다. 먼저 다시 활성화하세요.',
  'planPicker.expand.noFlow': '이 구독은 다시 활성화된 후에 확장할 수 있습니다. 재활성화는 서비스 제공업체에 요청하세요.',
  'planPicker.expand.upgradeTrial': '이 체험판 업그레이드',
  'planPicker.expand.upgrade': '이 구독 업그레이드',
  'planPicker.expand.renew': '이 구독 갱신',
  'planPicker.other.title': '기타 서비스',
  'planPicker.other.empty': '모든 서비스가 이미 구독에 포함되어 있습니다.',
};
