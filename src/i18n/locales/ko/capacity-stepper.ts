/** Korean strings of <capacity-stepper>. */
import type { capacityStepper as en } from '../en/capacity-stepper.js';

export const capacityStepper: Record<keyof typeof en, string> = {
  'stepper.label': '수량',
  'stepper.planLabel': '{units} 수',
  'stepper.decrease': '{label} 줄이기',
  'stepper.increase': '{label} 늘리기',
  'stepper.amount': '{count} {unit}',
  'stepper.current': '현재 {current} {unit}',
  'stepper.currentToNew': '{current} → {value} {unit}',
  'stepper.currentToNew.spoken': '현재 {current}, 이번 주문 후 {value} {unit}',
  'stepper.error.range': '{min}에서 {max} 사이의 정수를 입력하세요.',
  'stepper.error.atLeast': '{min} 이상의 정수를 입력하세요.',
  'stepper.error.notWhole': '부호, 소수점, 문자 없이 숫자만 입력하세요.',
  'stepper.error.multiline': '여러 줄이 아닌 숫자 하나만 붙여 넣으세요.',
  'stepper.error.belowCurrent': '현재 {current}이며, 늘리는 것만 가능합니다.',
  'stepper.error.offStep': '{step} 단위로 선택하세요: {lower} 또는 {upper}.',
  'stepper.error.offStepOne': '{step} 단위로 선택하세요: {value}.',
  'stepper.error.join': '{problem} {allowed}',
  'stepper.refused.notReady': '카탈로그를 아직 불러오는 중입니다. 잠시 후 다시 시도하세요.',
  'stepper.refused.wrongFlow': '이 결제에서는 이 수량을 변경할 수 없습니다.',
  'stepper.refused.unknownId': '이 구독에서는 제공되지 않는 서비스입니다.',
  'stepper.refused.other': '수량을 변경할 수 없습니다. 다시 시도하세요.',
  'stepper.unavailable': '이 제품에서는 제공되지 않는 서비스입니다.',
  'stepper.noPlan': '먼저 패키지를 선택하세요.',
};
