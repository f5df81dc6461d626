import { describe, expect, it } from 'vitest';
import { ruleForTopic, subtopicPrefix } from './commentRouting';

const rules = [
  { topic: { code: '0003.0000.0000.0000' }, agency: 'Минсоц' },
  { topic: { code: '0003.0009.0000.0000' }, agency: 'Минздрав' },
  { topic: { code: '0003.0009.0001.0003' }, agency: 'Фонд' },
];

describe('subtopicPrefix', () => {
  it('drops trailing zero blocks', () => {
    expect(subtopicPrefix('0003.0009.0000.0000')).toBe('0003.0009.');
    expect(subtopicPrefix('0003.0009.0001.0003')).toBe('0003.0009.0001.0003.');
  });
});

describe('ruleForTopic', () => {
  it('picks the most specific covering rule', () => {
    expect(ruleForTopic(rules, '0003.0009.0002.0001')?.agency).toBe('Минздрав');
    expect(ruleForTopic(rules, '0003.0001.0000.0000')?.agency).toBe('Минсоц');
  });

  it('uses a rule on the topic itself', () => {
    expect(ruleForTopic(rules, '0003.0009.0001.0003')?.agency).toBe('Фонд');
    expect(ruleForTopic(rules, '0003.0009.0000.0000')?.agency).toBe('Минздрав');
  });

  it('returns null when no rule covers the topic', () => {
    expect(ruleForTopic(rules, '0001.0001.0000.0000')).toBeNull();
    expect(ruleForTopic([], '0003.0009.0000.0000')).toBeNull();
  });
});
