import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { loadReferenceData } from '../src/modules/reference/reference-loader.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

let testApp: TestApp;
let token: string;

beforeAll(async () => {
  testApp = await startTestApp();
  token = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
});

afterAll(async () => {
  await testApp?.stop();
});

async function countsByTable() {
  const rows = await testApp.em().getConnection().execute<{ table: string; count: string }[]>(`
    select 'topic' as table, count(*) from topic
    union all select 'topic_level_5', count(*) from topic where level = 5
    union all select 'question_type', count(*) from question_type
    union all select 'municipality', count(*) from municipality
    union all select 'agency', count(*) from agency
    union all select 'calendar_day', count(*) from calendar_day
    union all select 'deadline_rule', count(*) from deadline_rule`);
  return Object.fromEntries(rows.map((row) => [row.table, Number(row.count)]));
}

describe('loadReferenceData', () => {
  it('loads every row of the shipped files', async () => {
    expect(await countsByTable()).toEqual({
      topic: 2108,
      topic_level_5: 651,
      question_type: 48,
      municipality: 172,
      agency: 18,
      calendar_day: 169,
      deadline_rule: 8,
    });
  });

  it('changes nothing on a second load', async () => {
    const before = await countsByTable();
    const result = await loadReferenceData(testApp.em());
    expect(Object.values(result.changed).every((count) => count === 0)).toBe(true);
    expect(await countsByTable()).toEqual(before);
  });

  it('keeps an administrator’s edit of an agency', async () => {
    const connection = testApp.em().getConnection();
    await connection.execute(`update agency set name = 'Переименованное министерство' where short_name = 'Минздрав РМЭ'`);
    await loadReferenceData(testApp.em());
    const rows = await connection.execute<{ name: string }[]>(`select name from agency where short_name = 'Минздрав РМЭ'`);
    expect(rows[0]!.name).toBe('Переименованное министерство');
  });
});

describe('reference queries', () => {
  it('lists the five sections of the classifier', async () => {
    const result = await testApp.graphql('{ topics { code title level } }', {}, token);
    expect(result.data!.topics.map((topic: { code: string }) => topic.code)).toEqual([
      '0001.0000.0000.0000',
      '0002.0000.0000.0000',
      '0003.0000.0000.0000',
      '0004.0000.0000.0000',
      '0005.0000.0000.0000',
    ]);
  });

  it('finds topics by title', async () => {
    const result = await testApp.graphql('query ($filter: TopicFilter) { topics(filter: $filter) { code title } }', { filter: { search: 'топливом' } }, token);
    expect(result.data!.topics.length).toBeGreaterThanOrEqual(3);
  });

  it('returns the 2026 holidays of the production calendar', async () => {
    const result = await testApp.graphql('{ productionCalendar(year: 2026) { date kind } }', {}, token);
    const dates = result.data!.productionCalendar.map((day: { date: string }) => day.date);
    expect(dates).toContain('2026-01-07');
    expect(dates).toContain('2026-06-12');
  });
});
