import type { capacityStepper as en } from '../en/capacity-stepper.js';

export const capacityStepper: Record<keyof typeof en, string> = {
  'stepper.label': 'الكمية',
  'stepper.planLabel': 'عدد {units}',
  'stepper.decrease': 'إنقاص {label}',
  'stepper.increase': 'زيادة {label}',
  'stepper.amount': '{count} {unit}',
  'stepper.current': 'لديك حاليًا {current} {unit}',
  // The arrow points the way the text reads: from the current capacity to the new one.
  'stepper.currentToNew': '{current} ← {value} {unit}',
  'stepper.currentToNew.spoken': 'حاليًا {current}، وبعد هذا الطلب {value} {unit}',
  'stepper.error.range': 'أدخل عددًا صحيحًا من {min} إلى {max}.',
  'stepper.error.atLeast': 'أدخل عددًا صحيحًا لا يقل عن {min}.',
  'stepper.error.notWhole': 'استخدم الأرقام فقط، دون إشارات أو كسور عشرية أو حروف.',
  'stepper.error.multiline': 'الصق رقمًا واحدًا، وليس عدة أسطر.',
  'stepper.error.belowCurrent': 'لديك حاليًا {current} ولا يمكنك إلا الزيادة.',
  'stepper.error.offStep': 'اختر بخطوات مقدارها {step}: {lower} أو {upper}.',
  'stepper.error.offStepOne': 'اختر بخطوات مقدارها {step}: {value}.',
  'stepper.error.join': '{problem} {allowed}',
  'stepper.refused.notReady': 'لا يزال الكتالوج قيد التحميل. حاول مرة أخرى بعد قليل.',
  'stepper.refused.wrongFlow': 'لا يمكن تغيير هذه الكمية في عملية الدفع هذه.',
  'stepper.refused.unknownId': 'هذه الخدمة غير متاحة لهذا الاشتراك.',
  'stepper.refused.other': 'تعذّر تغيير الكمية. يرجى المحاولة مرة أخرى.',
  'stepper.unavailable': 'هذه الخدمة غير متاحة لهذا المنتج.',
  'stepper.noPlan': 'اختر باقة أولاً.',
};
