import { describe, expect, it } from 'vitest';
import { checkMappingValues } from './import-mapping-values.js';
import { parseMapping } from './import-mapping.js';
import type { ImportReference } from './import-rows.js';

const HEALTH_ID = '7a0e4f8e-3a52-4c1f-9a55-2f1f8b0c9d11';

/** Reference data with one agency, a question (level 4), its section (level 3), a question type and a municipality. */
const REFERENCE = {
  topicLevels: new Map([
    ['0003.0009.0097.0689', 4],
    ['0003.0009.0097', 3],
  ]),
  questionTypes: new Set(['1']),
  municipalities: new Set(['88701000']),
  agencies: new Map([
    [HEALTH_ID, { id: HEALTH_ID, shortName: 'Минздрав РМЭ' }],
    ['Минздрав РМЭ', { id: HEALTH_ID, shortName: 'Минздрав РМЭ' }],
  ]),
} as unknown as ImportReference;

const BASE_FIELDS = {
  channel: { constant: 'OTHER' },
  appellantKind: { constant: 'FOREIGN_CITIZEN' },
  appellantName: { constant: 'Заявитель' },
  text: { column: 'text' },
  topicCode: { constant: '0003.0009.0097.0689' },
  receivedAt: { column: 'created' },
};

function problemsOf(fields: Record<string, unknown>, extra: Record<string, unknown> = {}): { path: string; message: string }[] {
  return checkMappingValues(parseMapping(JSON.stringify({ ...extra, fields: { ...BASE_FIELDS, ...fields } })), REFERENCE);
}

describe('checkMappingValues', () => {
  it('accepts valid fixed values', () => {
    const fields = {
      channel: { column: 'ch', map: { PHONE: 'VOICE_HOTLINE' }, default: 'OTHER' },
      agency: { constant: 'Минздрав РМЭ' },
      questionTypeCode: { constant: '1' },
      municipalityOktmo: { column: 'oktmo', map: { Йошкар: '88701000' } },
      status: { constant: 'CLOSED' },
    };
    expect(problemsOf(fields)).toEqual([]);
    expect(problemsOf({ agency: { constant: HEALTH_ID.toUpperCase() } })).toEqual([]);
  });

  it('rejects enum constants', () => {
    const problems = problemsOf({ channel: { constant: 'FAX' }, status: { constant: 'LEFT_UNANSWERED' }, appellantKind: { constant: 'ALIEN' } });
    expect(problems.map((problem) => problem.path)).toEqual(['$.fields.channel.constant', '$.fields.appellantKind.constant', '$.fields.status.constant']);
    expect(problems[0]!.message).toMatch(/^содержит «FAX», а поле «Канал» принимает только значения .*VOICE_HOTLINE/);
    expect(problems[2]!.message).toContain('REGISTERED, ASSIGNED, ANSWERED, CLOSED');
  });

  it('rejects enum defaults and map targets', () => {
    const problems = problemsOf({ channel: { column: 'ch', map: { PHONE: 'TELEPHONE', 'Web site': 'FEEDBACK_PLATFORM' }, default: 'UNKNOWN' } });
    expect(problems.map((problem) => problem.path)).toEqual(['$.fields.channel.default', '$.fields.channel.map.PHONE']);
  });

  it('maps a constant before checking it', () => {
    expect(problemsOf({ channel: { constant: 'FAX', map: { FAX: 'OTHER' } } })).toEqual([]);
  });

  it('rejects values of other field rules', () => {
    const problems = problemsOf({ appellantEmail: { constant: 'not-an-email' }, appellantName: { constant: 'x'.repeat(301) } });
    expect(problems.map((problem) => problem.path)).toEqual(['$.fields.appellantName.constant', '$.fields.appellantEmail.constant']);
    expect(problems[1]!.message).toContain('недопустимое значение поля «Электронная почта»');
  });

  it('rejects unknown reference codes', () => {
    const problems = problemsOf({
      agency: { constant: 'Минчегото' },
      topicCode: { column: 'type', map: { Noise: '0003.0009.0097' }, default: '9999' },
      questionTypeCode: { constant: '42' },
      municipalityOktmo: { constant: '45000000' },
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      '$.fields.topicCode.default',
      '$.fields.topicCode.map.Noise',
      '$.fields.questionTypeCode.constant',
      '$.fields.municipalityOktmo.constant',
      '$.fields.agency.constant',
    ]);
    expect(problems[0]!.message).toContain('нет в классификаторе ТОТКО');
    expect(problems[1]!.message).toContain('раздел 3-го уровня');
    expect(problems[4]!.message).toContain('«Минчегото»');
    expect(problems[4]!.message).toContain('Минздрав РМЭ');
  });

  it('rejects a date constant that the format cannot read', () => {
    const problems = problemsOf({ receivedAt: { constant: '2026-13-01' } }, { dateFormat: 'yyyy-MM-dd' });
    expect(problems.map((problem) => problem.path)).toEqual(['$.fields.receivedAt.constant']);
    expect(problems[0]!.message).toContain('в формате yyyy-MM-dd');
    expect(problemsOf({ receivedAt: { constant: '2026-03-01' } }, { dateFormat: 'yyyy-MM-dd' })).toEqual([]);
  });
});
