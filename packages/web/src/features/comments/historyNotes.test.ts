import { describe, expect, it } from 'vitest';
import { noteLabelOf } from './historyNotes';

describe('noteLabelOf', () => {
  it('labels a detection note as the agency', () => {
    expect(noteLabelOf({ kind: 'DETECTED', note: 'Минздрав РМЭ' }, [])).toBe('Орган:');
  });

  it('labels a reroute to a known agency', () => {
    expect(noteLabelOf({ kind: 'REROUTED', note: 'Минстрой РМЭ' }, ['Минстрой РМЭ'])).toBe('Орган:');
  });

  it('keeps the center note of a reroute', () => {
    expect(noteLabelOf({ kind: 'REROUTED', note: 'Тема относится к строительству' }, ['Минстрой РМЭ'])).toBe('Примечание:');
  });

  it('keeps a note of other events', () => {
    expect(noteLabelOf({ kind: 'DRAFT_RETURNED', note: 'Минстрой РМЭ' }, ['Минстрой РМЭ'])).toBe('Примечание:');
  });
});
