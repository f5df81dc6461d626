import type { RepeatMatchKey, RepeatSuggestionStatus } from '@cur/schema';

export const REPEAT_MATCH_LABELS: Record<RepeatMatchKey, string> = {
  NAME: 'ФИО',
  PHONE: 'телефон',
  EMAIL: 'e-mail',
};

export const REPEAT_STATUS_LABELS: Record<RepeatSuggestionStatus, string> = {
  SUGGESTED: 'Ожидает решения',
  CONFIRMED: 'Подтверждён повтор',
  REJECTED: 'Не повтор',
};

export const REPEAT_STATUS_COLORS: Record<RepeatSuggestionStatus, string> = {
  SUGGESTED: 'gold',
  CONFIRMED: 'red',
  REJECTED: 'default',
};

interface SuggestionFacts {
  similarity: number;
  sameTopic: boolean;
  matchedBy: readonly RepeatMatchKey[];
}

/** Describes why an earlier appeal was suggested, e.g. «совпали ФИО, телефон; та же тема; сходство текста 42 %». */
export function describeRepeatReason(suggestion: SuggestionFacts): string {
  const parts = [`совпали ${suggestion.matchedBy.map((key) => REPEAT_MATCH_LABELS[key]).join(', ')}`];
  if (suggestion.sameTopic) {
    parts.push('та же тема');
  }
  parts.push(`сходство текста ${Math.round(suggestion.similarity * 100)} %`);
  return parts.join('; ');
}

/** Returns how many suggestions still wait for a decision. */
export function openSuggestionCount(suggestions: readonly { status: RepeatSuggestionStatus }[]): number {
  return suggestions.filter((suggestion) => suggestion.status === 'SUGGESTED').length;
}
