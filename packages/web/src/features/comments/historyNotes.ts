import type { InformationRiskDetailsFragment } from '@cur/schema';

type CaseEvent = InformationRiskDetailsFragment['history'][number];

/**
 * Returns the label of an event's note. A DETECTED note is the short name of the agency that got
 * the case. A REROUTED note is the center's note when it gave one and the new agency's short name
 * otherwise, so it reads «Орган:» only when it is one of `agencyShortNames`.
 */
export function noteLabelOf(event: Pick<CaseEvent, 'kind' | 'note'>, agencyShortNames: readonly string[]): string {
  if (event.kind === 'DETECTED') {
    return 'Орган:';
  }
  if (event.kind === 'REROUTED' && event.note != null && agencyShortNames.includes(event.note)) {
    return 'Орган:';
  }
  return 'Примечание:';
}
