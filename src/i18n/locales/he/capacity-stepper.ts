/** Hebrew strings of <capacity-stepper>. */
import type { capacityStepper as en } from '../en/capacity-stepper.js';

export const capacityStepper: Record<keyof typeof en, string> = {
  'stepper.label': 'כמות',
  'stepper.planLabel': 'מספר {units}',
  'stepper.decrease': 'הפחתת {label}',
  'stepper.increase': 'הגדלת {label}',
  'stepper.amount': '{count} {unit}',
  'stepper.current': 'כרגע: {current} {unit}',
  'stepper.currentToNew': '{current} ← {value} {unit}',
  'stepper.currentToNew.spoken': 'כרגע {current}, אחרי ההזמנה {value} {unit}',
  'stepper.error.range': 'יש להזין מספר שלם בין {min} ל-{max}.',
  'stepper.error.atLeast': 'יש להזין מספר שלם, {min} או יותר.',
  'stepper.error.notWhole': 'יש להזין ספרות בלבד, ללא סימנים, נקודה עשרונית או אותיות.',
  'stepper.error.multiline': 'יש להדביק מספר אחד בלבד, לא כמה שורות.',
  'stepper.error.belowCurrent': 'הכמות הנוכחית היא {current}, ואפשר רק להוסיף.',
  'stepper.error.offStep': 'יש לבחור בקפיצות של {step}: {lower} או {upper}.',
  'stepper.error.offStepOne': 'יש לבחור בקפיצות של {step}: {value}.',
  'stepper.error.join': '{problem} {allowed}',
  'stepper.refused.notReady': 'הקטלוג עדיין בטעינה. נא לנסות שוב בעוד רגע.',
  'stepper.refused.wrongFlow': 'לא ניתן לשנות את הכמות הזו בתהליך התשלום הזה.',
  'stepper.refused.unknownId': 'השירות הזה לא מוצע למינוי הזה.',
  'stepper.refused.other': 'לא ניתן היה לשנות את הכמות. נא לנסות שוב.',
  'stepper.unavailable': 'השירות הזה לא מוצע למוצר הזה.',
  'stepper.noPlan': 'יש לבחור חבילה קודם.',
};
