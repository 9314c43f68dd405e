/** Korean strings of <billing-contact>. */
import type { billingContact as en } from '../en/billing-contact.js';

export const billingContact: Record<keyof typeof en, string> = {
  'billingContact.label': '청구 담당자',
  'billingContact.loading': '청구 담당자를 불러오는 중…',
  'billingContact.empty': '아직 청구 담당자가 없습니다. 인보이스를 받으려면 청구 담당자를 추가하세요.',
  'billingContact.choose': '청구 담당자 선택',
  'billingContact.option.company': '{name} ({company})',
  'billingContact.option.default': '{label} – 기본',
  'billingContact.addNew': '새로 추가',
  'billingContact.summary.label': '인보이스 정보',
  'billingContact.summary.email': '인보이스 수신 주소',
  'billingContact.summary.vatId': 'VAT 번호 / 세금 ID',
  'billingContact.summary.hint': '이 정보는 인보이스에 인쇄되며, 인보이스는 이 이메일 주소로 발송됩니다.',
  'billingContact.form.loadError': '양식을 불러올 수 없습니다. 연결 상태를 확인하고 다시 시도하세요.',
  'billingContact.saved': '{name}이(가) 저장되어 청구 담당자로 선택되었습니다.',
  'billingContact.validity.valueMissing': '청구 담당자를 선택하세요.',
};
