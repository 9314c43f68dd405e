/** Dutch strings of <capacity-stepper>. */
import type { capacityStepper as en } from '../en/capacity-stepper.js';

export const capacityStepper: Record<keyof typeof en, string> = {
  'stepper.label': 'Aantal',
  'stepper.planLabel': 'Aantal {units}',
  'stepper.decrease': '{label} verlagen',
  'stepper.increase': '{label} verhogen',
  'stepper.amount': '{count} {unit}',
  'stepper.current': 'U heeft {current} {unit}',
  'stepper.currentToNew': '{current} → {value} {unit}',
  'stepper.currentToNew.spoken': 'Nu {current}, na deze bestelling {value} {unit}',
  'stepper.error.range': 'Voer een geheel getal van {min} tot en met {max} in.',
  'stepper.error.atLeast': 'Voer een geheel getal van {min} of meer in.',
  'stepper.error.notWhole': 'Gebruik alleen cijfers, zonder tekens, decimalen of letters.',
  'stepper.error.multiline': 'Plak één getal, niet meerdere regels.',
  'stepper.error.belowCurrent': 'U heeft nu {current} en kunt alleen uitbreiden.',
  'stepper.error.offStep': 'Kies stappen van {step}: {lower} of {upper}.',
  'stepper.error.offStepOne': 'Kies stappen van {step}: {value}.',
  'stepper.error.join': '{problem} {allowed}',
  'stepper.refused.notReady': 'De catalogus wordt nog geladen. Probeer het zo opnieuw.',
  'stepper.refused.wrongFlow': 'Dit aantal kan op deze afrekenpagina niet worden gewijzigd.',
  'stepper.refused.unknownId': 'Deze dienst wordt voor dit abonnement niet aangeboden.',
  'stepper.refused.other': 'Dit aantal kan niet worden gewijzigd. Probeer het opnieuw.',
  'stepper.unavailable': 'Deze dienst wordt voor dit product niet aangeboden.',
  'stepper.noPlan': 'Kies eerst een pakket.',
};
