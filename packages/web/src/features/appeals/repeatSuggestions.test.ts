import { describe, expect, it } from 'vitest';
import { describeRepeatReason, openSuggestionCount } from './repeatSuggestions';

describe('describeRepeatReason', () => {
  it('lists the matched keys, the topic and the similarity', () => {
    expect(describeRepeatReason({ similarity: 0.423, sameTopic: true, matchedBy: ['NAME', 'PHONE'] })).toBe(
      'совпали ФИО, телефон; та же тема; сходство текста 42 %',
    );
  });

  it('leaves the topic out when it differs', () => {
    expect(describeRepeatReason({ similarity: 0.3, sameTopic: false, matchedBy: ['EMAIL'] })).toBe('совпали e-mail; сходство текста 30 %');
  });
});

describe('openSuggestionCount', () => {
  it('counts only suggestions without a decision', () => {
    expect(openSuggestionCount([{ status: 'SUGGESTED' }, { status: 'REJECTED' }, { status: 'SUGGESTED' }, { status: 'CONFIRMED' }])).toBe(2);
  });
});
