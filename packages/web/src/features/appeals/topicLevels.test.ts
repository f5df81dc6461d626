import { describe, expect, it } from 'vitest';
import { isQuestionTopic } from './topicLevels';

describe('isQuestionTopic', () => {
  it('accepts questions and refinements', () => {
    expect(isQuestionTopic({ level: 4 })).toBe(true);
    expect(isQuestionTopic({ level: 5 })).toBe(true);
  });

  it('rejects headings', () => {
    expect(isQuestionTopic({ level: 1 })).toBe(false);
    expect(isQuestionTopic({ level: 3 })).toBe(false);
  });
});
