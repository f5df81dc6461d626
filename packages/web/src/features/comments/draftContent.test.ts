import { describe, expect, it } from 'vitest';
import { checkDraftContent, describeDraftProblem, draftProblemsOf, incompleteDraftQuestion } from './draftContent';

const topic = { code: '0003.0009.0000.0000', title: 'Здравоохранение' };

const complete = {
  falseStatement: 'Больница закрыта',
  agencyAccount: 'Больница работает',
  arguments: 'Приём ведётся с 8:00',
  topic: { code: topic.code },
};

describe('checkDraftContent', () => {
  it('passes a complete draft', () => {
    expect(checkDraftContent(complete, topic.code)).toEqual([]);
  });

  it('names every empty part', () => {
    const problems = checkDraftContent({ falseStatement: '  ', agencyAccount: null, arguments: 'Факты', topic: null }, topic.code);
    expect(problems).toEqual([
      { field: 'falseStatement', reason: 'REQUIRED' },
      { field: 'agencyAccount', reason: 'REQUIRED' },
      { field: 'topicCode', reason: 'REQUIRED' },
    ]);
  });

  it('reports another topic', () => {
    const problems = checkDraftContent({ ...complete, topic: { code: '0001.0000.0000.0000' } }, topic.code);
    expect(problems).toEqual([{ field: 'topicCode', reason: 'TOPIC_MISMATCH' }]);
  });
});

describe('draftProblemsOf', () => {
  it('keeps only the draft fields', () => {
    const problems = draftProblemsOf([
      { name: ['draft', 'arguments'], reason: 'REQUIRED', message: 'Обязательное поле' },
      { name: ['draft', 'topicCode'], reason: 'TOPIC_MISMATCH', message: 'Тема не совпадает' },
      { name: ['caseId'], reason: 'INVALID', message: 'Неверный формат' },
    ]);
    expect(problems).toEqual([
      { field: 'arguments', reason: 'REQUIRED' },
      { field: 'topicCode', reason: 'TOPIC_MISMATCH' },
    ]);
  });
});

describe('describeDraftProblem', () => {
  it('names an empty text part', () => {
    expect(describeDraftProblem({ field: 'arguments', reason: 'REQUIRED' }, topic)).toBe('Не заполнено: «Аргументы и факты»');
    expect(describeDraftProblem({ field: 'falseStatement', reason: 'REQUIRED' }, topic)).toBe(
      'Не заполнено: «Недостоверное утверждение»',
    );
  });

  it('names the expected topic', () => {
    expect(describeDraftProblem({ field: 'topicCode', reason: 'TOPIC_MISMATCH' }, topic)).toBe(
      'Тема проекта не совпадает с темой публикации: должна быть 0003.0009.0000.0000 — Здравоохранение',
    );
    expect(describeDraftProblem({ field: 'topicCode', reason: 'REQUIRED' }, topic)).toBe(
      'Не указана тема: должна быть тема публикации 0003.0009.0000.0000 — Здравоохранение',
    );
  });

  it('falls back to the field name', () => {
    expect(describeDraftProblem({ field: 'summary', reason: 'TOO_LONG' }, topic)).toBe('Неверное значение: «summary»');
  });
});

describe('incompleteDraftQuestion', () => {
  it('asks nothing for a complete draft', () => {
    expect(incompleteDraftQuestion([], topic)).toBeNull();
  });

  it('names the missing parts', () => {
    const question = incompleteDraftQuestion(checkDraftContent({ ...complete, arguments: ' ' }, topic.code), topic);
    expect(question).toContain('В проекте не заполнено: «Аргументы и факты».');
    expect(question).toContain('Отправить на согласование всё равно?');
  });

  it('names a topic mismatch', () => {
    const question = incompleteDraftQuestion(checkDraftContent({ ...complete, topic: { code: '0001' } }, topic.code), topic);
    expect(question).toContain('не совпадает с темой публикации');
    expect(question).not.toContain('не заполнено');
  });
});
