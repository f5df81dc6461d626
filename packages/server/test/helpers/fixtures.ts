import type { TestApp } from './test-app.js';

/** Returns the first topic of a level of the real classifier, a question (level 4) by default. */
export async function someTopicCode(testApp: TestApp, level = 4): Promise<string> {
  const rows = await testApp
    .em()
    .getConnection()
    .execute<{ code: string }[]>(`select code from topic where level = ? order by code limit 1`, [level]);
  return rows[0]!.code;
}

/** Input of registerAppeal with every required field valid; override what a test is about. */
export function buildRegisterAppealInput(topicCode: string, overrides: Record<string, unknown> = {}) {
  return {
    channel: 'EMAIL',
    appellantKind: 'RUSSIAN_CITIZEN',
    appellantName: 'Иванова Мария Петровна',
    appellantEmail: 'maria.ivanova@example.ru',
    appellantPhone: '+79021234567',
    text: 'Прошу отремонтировать дорогу на улице Советской в Йошкар-Оле.',
    topicCode,
    receivedAt: new Date(Date.now() - 3600_000).toISOString(),
    ...overrides,
  };
}

export const REGISTER_APPEAL = `
  mutation ($input: RegisterAppealInput!) {
    registerAppeal(input: $input) {
      appeal {
        id number status version answerDueAt
        agency { id shortName }
        topic { code title }
        deadlines { id kind status dueAt explanation { summary rule { kind amount nonWorkingEnd } } }
        history { kind fromStatus toStatus }
      }
    }
  }`;
