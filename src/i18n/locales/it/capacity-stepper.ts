/** Italian strings of <capacity-stepper>. */
import type { capacityStepper as en } from '../en/capacity-stepper.js';

export const capacityStepper: Record<keyof typeof en, string> = {
  'stepper.label': 'Quantità',
  'stepper.planLabel': 'Numero di {units}',
  'stepper.decrease': 'Diminuisci {label}',
  'stepper.increase': 'Aumenta {label}',
  'stepper.amount': '{count} {unit}',
  'stepper.current': 'Attualmente: {current} {unit}',
  'stepper.currentToNew': '{current} → {value} {unit}',
  'stepper.currentToNew.spoken': 'Ora {current}, dopo questo ordine {value} {unit}',
  'stepper.error.range': 'Inserire un numero intero da {min} a {max}.',
  'stepper.error.atLeast': 'Inserire un numero intero pari o superiore a {min}.',
  'stepper.error.notWhole': 'Usare solo cifre, senza segni, decimali o lettere.',
  'stepper.error.multiline': 'Incollare un solo numero, non più righe.',
  'stepper.error.belowCurrent': 'La quantità attuale è {current}: è possibile solo aumentarla.',
  'stepper.error.offStep': 'Usare incrementi di {step}: {lower} o {upper}.',
  'stepper.error.offStepOne': 'Usare incrementi di {step}: {value}.',
  'stepper.error.join': '{problem} {allowed}',
  'stepper.refused.notReady': 'Il catalogo è ancora in caricamento. Riprovare tra un momento.',
  'stepper.refused.wrongFlow': 'Questa quantità non può essere modificata in questo checkout.',
  'stepper.refused.unknownId': 'Questo servizio non è disponibile per questo abbonamento.',
  'stepper.refused.other': 'Impossibile modificare questa quantità. Riprovare.',
  'stepper.unavailable': 'Questo servizio non è disponibile per questo prodotto.',
  'stepper.noPlan': 'Scegliere prima un pacchetto.',
};
