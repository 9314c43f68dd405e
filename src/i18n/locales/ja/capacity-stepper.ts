/** Japanese strings of <capacity-stepper>. */
import type { capacityStepper as en } from '../en/capacity-stepper.js';

export const capacityStepper: Record<keyof typeof en, string> = {
  'stepper.label': '数量',
  'stepper.planLabel': '{units}の数',
  'stepper.decrease': '{label}を減らす',
  'stepper.increase': '{label}を増やす',
  'stepper.amount': '{count} {unit}',
  'stepper.current': '現在{current} {unit}',
  'stepper.currentToNew': '{current} → {value} {unit}',
  'stepper.currentToNew.spoken': '現在{current}、この注文後は{value} {unit}',
  'stepper.error.range': '{min}～{max}の整数を入力してください。',
  'stepper.error.atLeast': '{min}以上の整数を入力してください。',
  'stepper.error.notWhole': '符号、小数点、文字を含めず、数字のみを入力してください。',
  'stepper.error.multiline': '複数行ではなく、1つの数値だけを貼り付けてください。',
  'stepper.error.belowCurrent': '現在{current}です。増やすことのみできます。',
  'stepper.error.offStep': '{step}単位で選択してください：{lower}または{upper}。',
  'stepper.error.offStepOne': '{step}単位で選択してください：{value}。',
  'stepper.error.join': '{problem}{allowed}',
  'stepper.refused.notReady': 'カタログを読み込み中です。しばらくしてからもう一度お試しください。',
  'stepper.refused.wrongFlow': 'このチェックアウトではこの数量を変更できません。',
  'stepper.refused.unknownId': 'このサービスはこのサブスクリプションでは提供されていません。',
  'stepper.refused.other': 'この数量を変更できませんでした。もう一度お試しください。',
  'stepper.unavailable': 'このサービスはこの製品では提供されていません。',
  'stepper.noPlan': '先にパッケージを選択してください。',
};
