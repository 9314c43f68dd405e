/** Korean strings of <plan-picker>'s partner layout and package details, loaded with the ko catalog. */
import type { planPickerViews as english } from '../en/plan-picker-views.js';

export const planPickerViews: Record<keyof typeof english, string> = {
  'planPicker.service.add': '추가',
  'planPicker.service.addNamed': '{name} 추가',
  'planPicker.service.remove': '제거',
  'planPicker.service.removeNamed': '{name} 제거',
  'planPicker.current.minimumTerm': '최소 계약 기간 만료일',
  'planPicker.details.open': '자세히 보기',
  'planPicker.details.title': '패키지 세부 정보: {name}',
  'planPicker.details.features': '기능',
  'planPicker.plan.registered': '{count, plural, =0 {등록된 계정 없음} other {계정 #개 등록됨}}',
  'planPicker.licenses.note': '사용자 라이선스를 추가해도 최소 계약 기간이 새로 시작되지 않으며, 기존대로 {date}에 종료됩니다.',
  'planPicker.partner.details': '구독 세부 정보',
  'planPicker.partner.capacity': '{name}: 서비스별 현재 용량',
  'planPicker.partner.notSubscribed': '구독 안 함',
  'planPicker.partner.tabs': '요금제 및 서비스',
  'planPicker.partner.tab.plan': '요금제',
  'planPicker.partner.tab.service': '서비스',
  'planPicker.partner.termEnd': '현재 이용 기간은 {date}에 종료됩니다.',
  'planPicker.partner.subscribe': '구독하기',
  'planPicker.partner.subscribeNamed': '{name} 구독하기',
  'planPicker.partner.change': '용량 설정',
  'planPicker.partner.changeNamed': '{name} 용량 설정',
  'planPicker.partner.dialog.capacity': '용량',
  'planPicker.partner.dialog.note': '확인하면 현재 이용 기간의 남은 기간에 대한 가격이 주문 요약에 표시됩니다.',
};
