/** Brazilian Portuguese strings of <capacity-stepper>. */
import type { capacityStepper as en } from '../en/capacity-stepper.js';

export const capacityStepper: Record<keyof typeof en, string> = {
  'stepper.label': 'Quantidade',
  'stepper.planLabel': 'Número de {units}',
  'stepper.decrease': 'Diminuir {label}',
  'stepper.increase': 'Aumentar {label}',
  'stepper.amount': '{count} {unit}',
  'stepper.current': 'Você tem {current} {unit}',
  'stepper.currentToNew': '{current} → {value} {unit}',
  'stepper.currentToNew.spoken': 'Agora {current}, após este pedido {value} {unit}',
  'stepper.error.range': 'Digite um número inteiro de {min} a {max}.',
  'stepper.error.atLeast': 'Digite um número inteiro igual ou maior que {min}.',
  'stepper.error.notWhole': 'Use apenas dígitos, sem sinais, casas decimais ou letras.',
  'stepper.error.multiline': 'Cole um único número, não várias linhas.',
  'stepper.error.belowCurrent': 'Você tem {current} agora e só pode adicionar mais.',
  'stepper.error.offStep': 'Escolha incrementos de {step}: {lower} ou {upper}.',
  'stepper.error.offStepOne': 'Escolha incrementos de {step}: {value}.',
  'stepper.error.join': '{problem} {allowed}',
  'stepper.refused.notReady': 'O catálogo ainda está carregando. Tente novamente em instantes.',
  'stepper.refused.wrongFlow': 'Não é possível alterar esta quantidade neste checkout.',
  'stepper.refused.unknownId': 'Este serviço não é oferecido para esta assinatura.',
  'stepper.refused.other': 'Não foi possível alterar esta quantidade. Tente novamente.',
  'stepper.unavailable': 'Este serviço não é oferecido para este produto.',
  'stepper.noPlan': 'Escolha um pacote primeiro.',
};
