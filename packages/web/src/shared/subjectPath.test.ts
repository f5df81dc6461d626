import { describe, expect, it } from 'vitest';
import { subjectPath } from './subjectPath';

describe('subjectPath', () => {
  it('links each known subject type to its card', () => {
    expect(subjectPath('APPEAL', 'a1')).toBe('/appeals/a1');
    expect(subjectPath('AGENCY', 'b2')).toBe('/agencies/b2');
    expect(subjectPath('INFORMATION_RISK', 'c3')).toBe('/comments/c3');
  });

  it('returns null without a type or an id', () => {
    expect(subjectPath(null, 'a1')).toBeNull();
    expect(subjectPath('APPEAL', null)).toBeNull();
    expect(subjectPath('APPEAL', '')).toBeNull();
  });

  it('returns null for an unknown type', () => {
    expect(subjectPath('CONTRACT', 'a1')).toBeNull();
  });
});
