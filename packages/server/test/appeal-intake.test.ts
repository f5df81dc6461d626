import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Appeal } from '../src/modules/appeals/appeal.entity.js';
import { AppealCoAppellant } from '../src/modules/appeals/appeal-intake.entities.js';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { buildRegisterAppealInput, someTopicCode } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

let testApp: TestApp;
let topicCode: string;
let operatorToken: string;

const REGISTER = `
  mutation ($input: RegisterAppealInput!) {
    registerAppeal(input: $input) {
      appeal {
        id collective
        coAppellants { kind name email phone address inn }
        questionType { code name }
        questionSubtype { code name typeCode }
      }
    }
  }`;

function register(overrides: Record<string, unknown>) {
  return testApp.graphql(REGISTER, { input: buildRegisterAppealInput(topicCode, overrides) }, operatorToken);
}

async function counts() {
  const em = testApp.em();
  return { appeals: await em.count(Appeal, {}), coAppellants: await em.count(AppealCoAppellant, {}) };
}

beforeAll(async () => {
  testApp = await startTestApp();
  topicCode = await someTopicCode(testApp);
  operatorToken = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
});

afterAll(async () => {
  await testApp?.stop();
});

describe('collective appeals', () => {
  it('stores co-appellants in their order', async () => {
    const result = await register({
      coAppellants: [
        { name: 'Петров Пётр Петрович', email: 'petrov@example.ru', address: 'г. Йошкар-Ола, ул. Пушкина, 3' },
        { kind: 'LEGAL_ENTITY', name: 'ТСЖ «Дружба»', inn: '7707083893', phone: '+78362123456' },
      ],
    });
    expect(result.errors).toBeUndefined();
    const appeal = result.data!.registerAppeal.appeal;
    expect(appeal.collective).toBe(true);
    expect(appeal.coAppellants).toEqual([
      { kind: 'RUSSIAN_CITIZEN', name: 'Петров Пётр Петрович', email: 'petrov@example.ru', phone: null, address: 'г. Йошкар-Ола, ул. Пушкина, 3', inn: null },
      { kind: 'LEGAL_ENTITY', name: 'ТСЖ «Дружба»', email: null, phone: '+78362123456', address: null, inn: '7707083893' },
    ]);
  });

  it('is not collective without co-appellants', async () => {
    const result = await register({});
    expect(result.data!.registerAppeal.appeal.collective).toBe(false);
    expect(result.data!.registerAppeal.appeal.coAppellants).toEqual([]);
  });

  it('names every invalid co-appellant field', async () => {
    const before = await counts();
    const result = await register({
      coAppellants: [
        { name: 'Сидорова Анна' },
        { name: 'Кузнецов Иван', email: 'ivan@example.ru' },
        { kind: 'LEGAL_ENTITY', name: 'ООО «Ромашка»' },
        { name: '   ' },
      ],
    });
    expect(result.data).toBeNull();
    const fields = result.errors![0]!.extensions!.fields.map((problem: { field: string; reason: string }) => `${problem.field}:${problem.reason}`);
    expect(fields).toContain('input.coAppellants.2.inn:REQUIRED');
    expect(fields).toContain('input.coAppellants.3.name:REQUIRED');
    expect(await counts()).toEqual(before);
  });

  it('rejects an invalid co-appellant e-mail by its path', async () => {
    // The EmailAddress scalar rejects the value before the service runs, and the error names the list index.
    const result = await register({ coAppellants: [{ name: 'Сидорова Анна' }, { name: 'Кузнецов Иван', email: 'не-адрес' }] });
    expect(result.data ?? null).toBeNull();
    expect(result.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.field).toBe('input.coAppellants.1.email');
  });

  it('rejects a wrong co-appellant INN', async () => {
    const result = await register({ coAppellants: [{ kind: 'LEGAL_ENTITY', name: 'ООО «Ромашка»', inn: '1234567890' }] });
    expect(result.errors![0]!.extensions!.field).toBe('input.coAppellants.0.inn');
  });
});

describe('question subtype', () => {
  it('accepts a subtype of the chosen type', async () => {
    const result = await register({ questionTypeCode: '3', questionSubtypeCode: '3.1.1' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.registerAppeal.appeal.questionType.code).toBe('3');
    expect(result.data!.registerAppeal.appeal.questionSubtype).toMatchObject({ code: '3.1.1', typeCode: '3' });
  });

  it('accepts a subtype of any type', async () => {
    const result = await register({ questionTypeCode: '1', questionSubtypeCode: '-' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.registerAppeal.appeal.questionSubtype.code).toBe('-');
  });

  it('rejects a subtype of another type', async () => {
    const before = await counts();
    const result = await register({ questionTypeCode: '1', questionSubtypeCode: '3.1.1' });
    expect(result.data).toBeNull();
    expect(result.errors![0]!.extensions!.field).toBe('input.questionSubtypeCode');
    expect(result.errors![0]!.extensions!.fields[0].reason).toBe('QUESTION_TYPE_MISMATCH');
    expect(result.errors![0]!.message).toContain('belongs to question type 3, not 1');
    expect(await counts()).toEqual(before);
  });

  it('rejects a typed subtype without a type', async () => {
    const result = await register({ questionSubtypeCode: '2.2.1' });
    expect(result.errors![0]!.extensions!.fields[0].reason).toBe('QUESTION_TYPE_REQUIRED');
  });

  it('rejects a type code as the subtype', async () => {
    const result = await register({ questionTypeCode: '3', questionSubtypeCode: '3' });
    expect(result.errors![0]!.extensions!.field).toBe('input.questionSubtypeCode');
    expect(result.errors![0]!.extensions!.fields[0].reason).toBe('NOT_FOUND');
  });

  it('rejects a subtype code as the type', async () => {
    const result = await register({ questionTypeCode: '3.1.1' });
    expect(result.errors![0]!.extensions!.field).toBe('input.questionTypeCode');
    expect(result.errors![0]!.extensions!.fields[0].reason).toBe('NOT_A_TYPE');
  });

  it('rejects an unknown subtype', async () => {
    const result = await register({ questionTypeCode: '3', questionSubtypeCode: '9.9.9' });
    expect(result.errors![0]!.extensions!.fields[0].reason).toBe('NOT_FOUND');
  });
});
