import { describe, expect, it } from 'vitest';
import { diffWords } from './wordDiff';

const marked = (segments: { text: string; changed: boolean }[]) =>
  segments.filter((segment) => segment.changed).map((segment) => segment.text.trim());
const joined = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('');

describe('diffWords', () => {
  it('marks nothing in equal texts', () => {
    const diff = diffWords('Больница работает в обычном режиме', 'Больница работает в обычном режиме');
    expect(diff.changed).toBe(false);
    expect(diff.before).toEqual([{ text: 'Больница работает в обычном режиме', changed: false }]);
    expect(diff.after).toEqual([{ text: 'Больница работает в обычном режиме', changed: false }]);
  });

  it('marks an inserted word on the later side only', () => {
    const diff = diffWords('Больница работает', 'Больница работает круглосуточно');
    expect(diff.changed).toBe(true);
    expect(marked(diff.before)).toEqual([]);
    expect(marked(diff.after)).toEqual(['круглосуточно']);
  });

  it('marks a removed word on the earlier side only', () => {
    const diff = diffWords('Приём ведётся без записи', 'Приём ведётся');
    expect(marked(diff.before)).toEqual(['без записи']);
    expect(marked(diff.after)).toEqual([]);
  });

  it('marks a replaced word on both sides', () => {
    const diff = diffWords('Срок ремонта — март 2026 года', 'Срок ремонта — апрель 2026 года');
    expect(marked(diff.before)).toEqual(['март']);
    expect(marked(diff.after)).toEqual(['апрель']);
  });

  it('finds changes in the middle of both texts', () => {
    const diff = diffWords('a b c d e f', 'a x c d y f');
    expect(marked(diff.before)).toEqual(['b', 'e']);
    expect(marked(diff.after)).toEqual(['x', 'y']);
  });

  it('ignores a change of spacing alone', () => {
    const diff = diffWords('Больница  работает\nв обычном режиме', 'Больница работает в обычном режиме');
    expect(diff.changed).toBe(false);
  });

  it('keeps each side’s text intact', () => {
    const before = '  Первая строка.\nВторая   строка.';
    const after = 'Первая строка.\nТретья строка.\n';
    const diff = diffWords(before, after);
    expect(joined(diff.before)).toBe(before);
    expect(joined(diff.after)).toBe(after);
  });

  it('treats a missing text as empty', () => {
    const diff = diffWords(null, 'Новый текст');
    expect(diff.before).toEqual([]);
    expect(diff.after).toEqual([{ text: 'Новый текст', changed: true }]);
    expect(diffWords(undefined, '').changed).toBe(false);
  });

  it('marks the whole middle of very long different texts', () => {
    const before = Array.from({ length: 2000 }, (_, index) => `a${index}`).join(' ');
    const after = Array.from({ length: 2000 }, (_, index) => `b${index}`).join(' ');
    const diff = diffWords(`начало ${before} конец`, `начало ${after} конец`);
    expect(diff.before).toHaveLength(3);
    expect(diff.before[0]).toEqual({ text: 'начало ', changed: false });
    expect(diff.before[1].changed).toBe(true);
    expect(diff.before[2]).toEqual({ text: 'конец', changed: false });
  });
});
