import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planSources } from '../src/modules/analytics/analytics-queries.js';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

let testApp: TestApp;
let operatorToken: string;
let officialToken: string;
let pressToken: string;
let agencyA: string;
let agencyB: string;
let otherAgencyCount: number;
/** A rural settlement S inside the municipal district D (through a group of settlements), and another district E. */
const places = { settlement: '', district: '', otherDistrict: '' };
const sections = { first: '', second: '' };

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

const ANALYTICS = `
  query ($filter: AnalyticsFilter, $granularity: AnalyticsGranularity) {
    analytics(filter: $filter) {
      period { from to }
      refreshedAt
      volumeByChannel(granularity: $granularity) { start appeals channels { channel appeals } }
      volumeByTopicSection(granularity: $granularity) { start appeals sections { sectionCode appeals } }
      topicSections { code title }
      agencies {
        agency { id shortName }
        appeals answered answeredOnTime onTimeShare averageDaysToAnswer overdueNow
        withSatisfaction satisfiedShare partlySatisfiedShare notSatisfiedShare
        repeats repeatShare reviews averageReviewScore
      }
      misinformation {
        cases proposalLimitMinutes draftLimitMinutes
        proposal { completed averageMinutes medianMinutes maxMinutes withinLimitShare }
        draft { completed averageMinutes medianMinutes maxMinutes withinLimitShare }
        byMonth { month cases proposal { completed averageMinutes } draft { completed averageMinutes } }
      }
    }
  }`;

interface AppealRow {
  agency: string;
  channel: 'EMAIL' | 'SOCIAL_MEDIA';
  section: 'first' | 'second';
  municipality: string | null;
  registeredAt: string;
  answerDueAt: string;
  answeredAt?: string;
  status?: string;
  satisfaction?: string;
  repeatOf?: string;
  reviewScores?: number[];
}

let appealCounter = 0;

/** Inserts an appeal with exactly the analytics columns given, as other features would have set them. */
async function insertAppeal(row: AppealRow): Promise<string> {
  appealCounter += 1;
  const status = row.status ?? (row.answeredAt ? 'ANSWERED' : 'ASSIGNED');
  const em = testApp.em();
  const topic = (
    await em
      .getConnection()
      .execute<{ code: string }[]>(`select code from topic where level = 4 and code like ? order by code limit 1`, [`${sections[row.section].slice(0, 4)}.%`])
  )[0]!.code;
  const [inserted] = await em.getConnection().execute<{ id: string }[]>(
    `insert into appeal (id, number, channel, appellant_kind, appellant_name, text, topic_code, municipality_oktmo, agency_id,
       status, received_at, registered_at, answer_due_at, answered_at, satisfaction, repeat_of_id, version, updated_at)
     values (gen_random_uuid(), ?, ?, 'RUSSIAN_CITIZEN', 'Иванова Мария Петровна', 'Текст обращения', ?, ?, ?,
       ?, ?, ?, ?, ?, ?, ?, 1, now())
     returning id`,
    [
      `ЦУР-ТЕСТ-${appealCounter}`,
      row.channel,
      topic,
      row.municipality,
      row.agency,
      status,
      row.registeredAt,
      row.registeredAt,
      row.answerDueAt,
      row.answeredAt ?? null,
      row.satisfaction ?? null,
      row.repeatOf ?? null,
    ],
  );
  for (const score of row.reviewScores ?? []) {
    await em.getConnection().execute(
      `insert into appeal_review (id, appeal_id, reviewed_at, stage, answered_on_substance, all_questions_answered, deadline_met, rights_explained, score, passed)
       values (gen_random_uuid(), ?, now(), 'AFTER_SENDING', true, true, true, true, ?, ?)`,
      [inserted!.id, score, score >= 3],
    );
  }
  return inserted!.id;
}

let caseCounter = 0;

/** Inserts a misinformation case detected at `detectedAt` with the given clocks. */
async function insertCase(agency: string, detectedAt: string, clocks: { kind: string; startedAt: string; dueAt: string; completedAt: string; status: string }[]) {
  caseCounter += 1;
  const connection = testApp.em().getConnection();
  const topic = (await connection.execute<{ code: string }[]>(`select code from topic where level = 4 order by code limit 1`))[0]!.code;
  const [risk] = await connection.execute<{ id: string }[]>(
    `insert into information_risk (id, number, url, source, title, excerpt, detected_at, topic_code, agency_id, routed_by, status, version, created_at, updated_at)
     values (gen_random_uuid(), ?, 'https://vk.com/wall-1_1', 'ВКонтакте', 'Публикация', 'Отрывок', ?, ?, ?, 'OVERRIDE', 'CLOSED', 1, now(), now())
     returning id`,
    [`ДИ-ТЕСТ-${caseCounter}`, detectedAt, topic, agency],
  );
  for (const clock of clocks) {
    await connection.execute(
      `insert into deadline (id, kind, subject_type, subject_id, subject_label, agency_id, started_at, due_at, status, completed_at, explanation, version)
       values (gen_random_uuid(), ?, 'INFORMATION_RISK', ?, ?, ?, ?, ?, ?, ?, '{}', 1)`,
      [clock.kind, risk!.id, `ДИ-ТЕСТ-${caseCounter}`, agency, clock.startedAt, clock.dueAt, clock.status, clock.completedAt],
    );
  }
}

async function analytics(filter: Record<string, unknown> | null, token = operatorToken, granularity = 'MONTH') {
  return testApp.graphql(ANALYTICS, { filter, granularity }, token);
}

function agencyRow(data: any, agencyId: string) {
  return data.analytics.agencies.find((row: any) => row.agency.id === agencyId);
}

beforeAll(async () => {
  testApp = await startTestApp();
  const agencies = await testApp.agencies();
  agencyA = agencies[0]!.id;
  agencyB = agencies[1]!.id;
  otherAgencyCount = agencies.length - 2;
  operatorToken = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
  officialToken = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, agencies[0])).token;
  pressToken = (await testApp.createUser(UserRole.PRESS_SERVICE)).token;

  const connection = testApp.em().getConnection();
  const [place] = await connection.execute<{ settlement: string; district: string }[]>(
    `select settlement.oktmo as settlement, district.oktmo as district
     from municipality settlement
     join municipality grouping on grouping.oktmo = settlement.parent_oktmo
     join municipality district on district.oktmo = grouping.parent_oktmo
     where settlement.kind = 'rural_settlement' and district.kind = 'municipal_district'
     order by settlement.oktmo limit 1`,
  );
  places.settlement = place!.settlement;
  places.district = place!.district;
  const [other] = await connection.execute<{ oktmo: string }[]>(
    `select oktmo from municipality where kind = 'municipal_district' and oktmo <> ? order by oktmo limit 1`,
    [places.district],
  );
  places.otherDistrict = other!.oktmo;
  sections.first = '0002.0000.0000.0000';
  sections.second = '0005.0000.0000.0000';
  const { settlement: S, district: D, otherDistrict: E } = places;

  // Agency A: six appeals registered on Moscow days of November, one on 31 October.
  const a1 = await insertAppeal({
    agency: agencyA, channel: 'EMAIL', section: 'first', municipality: S,
    registeredAt: '2026-11-02T10:00:00+03:00', answerDueAt: '2026-12-02T23:59:59+03:00', answeredAt: '2026-11-12T10:00:00+03:00',
    satisfaction: 'SATISFIED', reviewScores: [5, 3],
  }); // 10 days, on time
  await insertAppeal({
    agency: agencyA, channel: 'EMAIL', section: 'first', municipality: D,
    registeredAt: '2026-11-03T10:00:00+03:00', answerDueAt: '2026-11-10T23:59:59+03:00', answeredAt: '2026-11-13T10:00:00+03:00',
    satisfaction: 'NOT_SATISFIED', reviewScores: [2],
  }); // 10 days, late
  await insertAppeal({
    agency: agencyA, channel: 'SOCIAL_MEDIA', section: 'second', municipality: E,
    registeredAt: '2026-11-09T12:00:00+03:00', answerDueAt: '2026-12-09T23:59:59+03:00', answeredAt: '2026-11-11T12:00:00+03:00',
    satisfaction: 'PARTLY_SATISFIED', repeatOf: a1,
  }); // 2 days, on time
  await insertAppeal({
    agency: agencyA, channel: 'SOCIAL_MEDIA', section: 'second', municipality: E,
    registeredAt: '2026-11-10T09:00:00+03:00', answerDueAt: '2026-11-20T23:59:59+03:00',
  }); // open and overdue
  await insertAppeal({
    agency: agencyA, channel: 'EMAIL', section: 'second', municipality: null,
    registeredAt: '2026-11-20T09:00:00+03:00', answerDueAt: '2099-01-01T00:00:00+03:00',
  }); // open, not yet due
  await insertAppeal({
    agency: agencyA, channel: 'EMAIL', section: 'first', municipality: S,
    registeredAt: '2026-11-01T01:00:00+03:00', answerDueAt: '2026-12-01T23:59:59+03:00', answeredAt: '2026-11-04T01:00:00+03:00',
  }); // 31 October in UTC but 1 November in Moscow; 3 days, on time
  await insertAppeal({
    agency: agencyA, channel: 'EMAIL', section: 'first', municipality: S,
    registeredAt: '2026-10-31T23:30:00+03:00', answerDueAt: '2026-11-15T23:59:59+03:00',
  }); // 31 October in Moscow: outside November, open and overdue

  // Agency B: five appeals of November.
  const b1 = await insertAppeal({
    agency: agencyB, channel: 'EMAIL', section: 'first', municipality: D,
    registeredAt: '2026-11-05T10:00:00+03:00', answerDueAt: '2026-12-05T23:59:59+03:00', answeredAt: '2026-11-06T16:00:00+03:00',
    satisfaction: 'SATISFIED', reviewScores: [4],
  }); // 1.25 days, on time
  await insertAppeal({
    agency: agencyB, channel: 'SOCIAL_MEDIA', section: 'first', municipality: E,
    registeredAt: '2026-11-16T10:00:00+03:00', answerDueAt: '2026-11-25T23:59:59+03:00', answeredAt: '2026-11-26T10:00:00+03:00',
    satisfaction: 'SATISFIED',
  }); // 10 days, late
  await insertAppeal({
    agency: agencyB, channel: 'SOCIAL_MEDIA', section: 'second', municipality: S, status: 'REGISTERED',
    registeredAt: '2026-11-17T10:00:00+03:00', answerDueAt: '2026-11-24T23:59:59+03:00', repeatOf: b1,
  }); // open and overdue
  await insertAppeal({
    agency: agencyB, channel: 'EMAIL', section: 'second', municipality: D,
    registeredAt: '2026-11-30T23:30:00+03:00', answerDueAt: '2026-12-30T23:59:59+03:00', answeredAt: '2026-12-02T23:30:00+03:00',
  }); // 30 November in Moscow, 1 December in UTC; 2 days, on time
  await insertAppeal({
    agency: agencyB, channel: 'SOCIAL_MEDIA', section: 'second', municipality: null, status: 'CLOSED',
    registeredAt: '2026-11-18T10:00:00+03:00', answerDueAt: '2026-11-18T22:00:00+03:00', answeredAt: '2026-11-18T22:00:00+03:00',
    satisfaction: 'NOT_SATISFIED', reviewScores: [1],
  }); // 0.5 days, exactly at the due instant: on time

  // Case 1 (A): proposal 90 min (met); drafts 240 min (missed) and, after a return, 60 min (met).
  await insertCase(agencyA, '2026-11-10T10:00:00+03:00', [
    { kind: 'COMMENT_PROPOSAL', startedAt: '2026-11-10T10:00:00+03:00', dueAt: '2026-11-10T13:00:00+03:00', completedAt: '2026-11-10T11:30:00+03:00', status: 'MET' },
    { kind: 'COMMENT_DRAFT', startedAt: '2026-11-10T11:30:00+03:00', dueAt: '2026-11-10T14:30:00+03:00', completedAt: '2026-11-10T15:30:00+03:00', status: 'MISSED' },
    { kind: 'COMMENT_DRAFT', startedAt: '2026-11-10T16:00:00+03:00', dueAt: '2026-11-10T19:00:00+03:00', completedAt: '2026-11-10T17:00:00+03:00', status: 'MET' },
  ]);
  // Case 2 (B): proposal 45 min, draft 120 min, both met; a cancelled draft clock does not count.
  await insertCase(agencyB, '2026-11-20T08:00:00+03:00', [
    { kind: 'COMMENT_PROPOSAL', startedAt: '2026-11-20T08:00:00+03:00', dueAt: '2026-11-20T11:00:00+03:00', completedAt: '2026-11-20T08:45:00+03:00', status: 'MET' },
    { kind: 'COMMENT_DRAFT', startedAt: '2026-11-20T08:45:00+03:00', dueAt: '2026-11-20T11:45:00+03:00', completedAt: '2026-11-20T10:45:00+03:00', status: 'MET' },
    { kind: 'COMMENT_DRAFT', startedAt: '2026-11-20T11:00:00+03:00', dueAt: '2026-11-20T14:00:00+03:00', completedAt: '2026-11-20T11:10:00+03:00', status: 'CANCELLED' },
  ]);
  // Case 3 (A), detected in October: proposal 30 min.
  await insertCase(agencyA, '2026-10-15T09:00:00+03:00', [
    { kind: 'COMMENT_PROPOSAL', startedAt: '2026-10-15T09:00:00+03:00', dueAt: '2026-10-15T12:00:00+03:00', completedAt: '2026-10-15T09:30:00+03:00', status: 'MET' },
  ]);

  const refreshed = await testApp.app.workers.analytics.runOnce();
  expect(refreshed).not.toBeNull();
});

afterAll(async () => {
  await testApp?.stop();
});

describe('analytics agencies', () => {
  it('counts agency A of November', async () => {
    const result = await analytics(NOVEMBER);
    expect(result.errors).toBeUndefined();
    const row = agencyRow(result.data, agencyA);
    expect(row.appeals).toBe(6);
    // Answered: a1, a2, a3, a6; on time: a1, a3, a6.
    expect(row.answered).toBe(4);
    expect(row.answeredOnTime).toBe(3);
    expect(row.onTimeShare).toBeCloseTo(0.75, 10);
    // (10 + 10 + 2 + 3) / 4 = 6.25 days.
    expect(row.averageDaysToAnswer).toBeCloseTo(6.25, 10);
    // a4 only: the overdue appeal of 31 October is outside the period.
    expect(row.overdueNow).toBe(1);
    // One each of SATISFIED, NOT_SATISFIED, PARTLY_SATISFIED among three.
    expect(row.withSatisfaction).toBe(3);
    expect(row.satisfiedShare).toBeCloseTo(1 / 3, 10);
    expect(row.partlySatisfiedShare).toBeCloseTo(1 / 3, 10);
    expect(row.notSatisfiedShare).toBeCloseTo(1 / 3, 10);
    // a3 repeats a1: 1 / 6.
    expect(row.repeats).toBe(1);
    expect(row.repeatShare).toBeCloseTo(1 / 6, 10);
    // Scores 5, 3, 2: 10 / 3.
    expect(row.reviews).toBe(3);
    expect(row.averageReviewScore).toBeCloseTo(10 / 3, 10);
  });

  it('counts agency B of November', async () => {
    const result = await analytics(NOVEMBER);
    const row = agencyRow(result.data, agencyB);
    expect(row.appeals).toBe(5);
    // Answered: b1, b2, b4, b5; on time: b1, b4, b5 (b5 exactly at its due instant).
    expect(row.answered).toBe(4);
    expect(row.answeredOnTime).toBe(3);
    expect(row.onTimeShare).toBeCloseTo(0.75, 10);
    // (1.25 + 10 + 2 + 0.5) / 4 = 3.4375 days.
    expect(row.averageDaysToAnswer).toBeCloseTo(3.4375, 10);
    expect(row.overdueNow).toBe(1);
    // SATISFIED b1, b2; NOT_SATISFIED b5.
    expect(row.withSatisfaction).toBe(3);
    expect(row.satisfiedShare).toBeCloseTo(2 / 3, 10);
    expect(row.partlySatisfiedShare).toBe(0);
    expect(row.notSatisfiedShare).toBeCloseTo(1 / 3, 10);
    // b3 repeats b1: 1 / 5.
    expect(row.repeatShare).toBeCloseTo(0.2, 10);
    // Scores 4 and 1: 2.5.
    expect(row.reviews).toBe(2);
    expect(row.averageReviewScore).toBeCloseTo(2.5, 10);
  });

  it('lists agencies without appeals with zeros and nulls', async () => {
    const result = await analytics(NOVEMBER);
    const rows = result.data!.analytics.agencies;
    expect(rows).toHaveLength(otherAgencyCount + 2);
    const empty = rows.find((row: any) => row.agency.id !== agencyA && row.agency.id !== agencyB);
    expect(empty.appeals).toBe(0);
    expect(empty.overdueNow).toBe(0);
    expect(empty.onTimeShare).toBeNull();
    expect(empty.averageDaysToAnswer).toBeNull();
    expect(empty.averageReviewScore).toBeNull();
  });
});

describe('analytics volumes', () => {
  it('splits November by channel', async () => {
    const result = await analytics(NOVEMBER);
    const periods = result.data!.analytics.volumeByChannel;
    expect(periods).toHaveLength(1);
    expect(periods[0].start).toBe('2026-11-01');
    // EMAIL: a1, a2, a5, a6, b1, b4; SOCIAL_MEDIA: a3, a4, b2, b3, b5.
    expect(periods[0].appeals).toBe(11);
    const counts = Object.fromEntries(periods[0].channels.map((count: any) => [count.channel, count.appeals]));
    expect(counts.EMAIL).toBe(6);
    expect(counts.SOCIAL_MEDIA).toBe(5);
    expect(counts.WRITTEN).toBe(0);
    expect(periods[0].channels).toHaveLength(9);
  });

  it('zero-fills ISO weeks', async () => {
    const result = await analytics(NOVEMBER, operatorToken, 'WEEK');
    const weeks = result.data!.analytics.volumeByChannel.map((period: any) => [period.start, period.appeals]);
    // 1 November 2026 is a Sunday, so the first week starts on Monday 26 October.
    expect(weeks).toEqual([
      ['2026-10-26', 1],
      ['2026-11-02', 3],
      ['2026-11-09', 2],
      ['2026-11-16', 4],
      ['2026-11-23', 0],
      ['2026-11-30', 1],
    ]);
  });

  it('counts Moscow days at the period edges', async () => {
    const result = await analytics({ from: '2026-11-30', to: '2026-12-01' }, operatorToken, 'DAY');
    const days = result.data!.analytics.volumeByChannel.map((period: any) => [period.start, period.appeals]);
    // b4 was registered at 23:30 Moscow time on 30 November (20:30 UTC).
    expect(days).toEqual([
      ['2026-11-30', 1],
      ['2026-12-01', 0],
    ]);
  });

  it('splits November by topic section', async () => {
    const result = await analytics(NOVEMBER);
    const period = result.data!.analytics.volumeByTopicSection[0];
    const counts = Object.fromEntries(period.sections.map((count: any) => [count.sectionCode, count.appeals]));
    // 0002: a1, a2, a6, b1, b2; 0005: a3, a4, a5, b3, b4, b5.
    expect(counts[sections.first]).toBe(5);
    expect(counts[sections.second]).toBe(6);
    expect(period.appeals).toBe(11);
    expect(result.data!.analytics.topicSections.map((section: any) => section.code)).toContain(sections.first);
  });
});

describe('analytics filters', () => {
  it('combines channel and municipality', async () => {
    const result = await analytics({ ...NOVEMBER, channels: ['SOCIAL_MEDIA'], municipalityOktmos: [places.otherDistrict] });
    expect(result.errors).toBeUndefined();
    // a3, a4 of A and b2 of B.
    const rowA = agencyRow(result.data, agencyA);
    expect(rowA.appeals).toBe(2);
    expect(rowA.answered).toBe(1);
    expect(rowA.overdueNow).toBe(1);
    const rowB = agencyRow(result.data, agencyB);
    expect(rowB.appeals).toBe(1);
    expect(rowB.onTimeShare).toBe(0);
    expect(result.data!.analytics.volumeByChannel[0].channels).toEqual([{ channel: 'SOCIAL_MEDIA', appeals: 3 }]);
  });

  it('includes settlements in their district', async () => {
    const result = await analytics({ ...NOVEMBER, municipalityOktmos: [places.district] });
    // District D: a2, b1, b4; settlement S within it: a1, a6, b3.
    expect(agencyRow(result.data, agencyA).appeals).toBe(3);
    expect(agencyRow(result.data, agencyB).appeals).toBe(3);
    expect(agencyRow(result.data, agencyB).overdueNow).toBe(1);
    expect(agencyRow(result.data, agencyA).overdueNow).toBe(0);
  });

  it('narrows to the given agencies', async () => {
    const result = await analytics({ ...NOVEMBER, agencyIds: [agencyB] });
    expect(result.data!.analytics.agencies.map((row: any) => row.agency.id)).toEqual([agencyB]);
    expect(result.data!.analytics.volumeByChannel[0].appeals).toBe(5);
    expect(result.data!.analytics.misinformation.cases).toBe(1);
  });

  it('defaults to twelve months up to today', async () => {
    const result = await analytics(null);
    expect(result.errors).toBeUndefined();
    const { from, to } = result.data!.analytics.period;
    expect(from.endsWith('-01')).toBe(true);
    expect(result.data!.analytics.volumeByChannel).toHaveLength(12);
    expect(to >= from).toBe(true);
  });

  it.each([
    [{ from: '2026-12-01', to: '2026-11-01' }, 'filter.from', 'AFTER_END'],
    [{ from: '2020-01-01', to: '2026-11-30' }, 'filter.from', 'PERIOD_TOO_LONG'],
    [{ agencyIds: ['00000000-0000-4000-8000-000000000000'] }, 'filter.agencyIds', 'NOT_FOUND'],
    [{ municipalityOktmos: ['12345678'] }, 'filter.municipalityOktmos', 'NOT_FOUND'],
    [{ municipalityOktmos: ['88-000'] }, 'filter.municipalityOktmos.0', 'INVALID'],
  ])('rejects filter %j', async (filter, field, reason) => {
    const result = await analytics(filter);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
    expect(result.errors?.[0]?.extensions?.fields[0].reason).toBe(reason);
  });
});

describe('analytics misinformation', () => {
  it('measures the clocks of November', async () => {
    const result = await analytics(NOVEMBER);
    const figures = result.data!.analytics.misinformation;
    expect(figures.cases).toBe(2);
    expect(figures.proposalLimitMinutes).toBe(180);
    expect(figures.draftLimitMinutes).toBe(180);
    // Proposals 90 and 45 minutes, both met.
    expect(figures.proposal.completed).toBe(2);
    expect(figures.proposal.averageMinutes).toBeCloseTo(67.5, 10);
    expect(figures.proposal.medianMinutes).toBeCloseTo(67.5, 10);
    expect(figures.proposal.maxMinutes).toBeCloseTo(90, 10);
    expect(figures.proposal.withinLimitShare).toBe(1);
    // Drafts 240 (missed), 60 and 120 minutes; the cancelled clock is left out.
    expect(figures.draft.completed).toBe(3);
    expect(figures.draft.averageMinutes).toBeCloseTo(140, 10);
    expect(figures.draft.medianMinutes).toBeCloseTo(120, 10);
    expect(figures.draft.maxMinutes).toBeCloseTo(240, 10);
    expect(figures.draft.withinLimitShare).toBeCloseTo(2 / 3, 10);
  });

  it('splits cases by month', async () => {
    const result = await analytics({ from: '2026-10-01', to: '2026-11-30' });
    const months = result.data!.analytics.misinformation.byMonth;
    expect(months.map((month: any) => [month.month, month.cases])).toEqual([
      ['2026-10-01', 1],
      ['2026-11-01', 2],
    ]);
    expect(months[0].proposal.averageMinutes).toBeCloseTo(30, 10);
    expect(months[0].draft.completed).toBe(0);
    expect(months[0].draft.averageMinutes).toBeNull();
    expect(result.data!.analytics.misinformation.cases).toBe(3);
  });
});

describe('analytics isolation', () => {
  it('limits an agency official to their agency', async () => {
    const result = await analytics(NOVEMBER, officialToken);
    expect(result.errors).toBeUndefined();
    expect(result.data!.analytics.agencies.map((row: any) => row.agency.id)).toEqual([agencyA]);
    expect(result.data!.analytics.volumeByChannel[0].appeals).toBe(6);
    expect(result.data!.analytics.misinformation.cases).toBe(1);
    // Case 1 only: drafts 240 and 60 minutes.
    expect(result.data!.analytics.misinformation.draft.averageMinutes).toBeCloseTo(150, 10);
  });

  it('forbids another agency to an official', async () => {
    const result = await analytics({ ...NOVEMBER, agencyIds: [agencyB] }, officialToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  });

  it('forbids the press service', async () => {
    const result = await analytics(NOVEMBER, pressToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('requires a session', async () => {
    const result = await testApp.graphql(ANALYTICS, { filter: NOVEMBER });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('analytics view refresh', () => {
  it('counts new appeals after a refresh', async () => {
    // A whole month up to today or later is read from the view.
    const december = { from: '2026-12-01', to: '2026-12-31' };
    const before = await analytics(december);
    const refreshedBefore = new Date(before.data!.analytics.refreshedAt);
    expect(before.data!.analytics.volumeByChannel[0].appeals).toBe(0);

    await insertAppeal({
      agency: agencyB, channel: 'EMAIL', section: 'first', municipality: null,
      registeredAt: '2026-12-02T12:00:00+03:00', answerDueAt: '2026-12-03T00:00:00+03:00',
    });
    const stale = await analytics(december);
    expect(stale.data!.analytics.volumeByChannel[0].appeals).toBe(0);
    expect(agencyRow(stale.data, agencyB).appeals).toBe(0);
    // The open overdue count is live, so it sees the new appeal at once.
    expect(agencyRow(stale.data, agencyB).overdueNow).toBe(1);
    // Days outside whole months are counted from the table, so they are live too.
    const days = await analytics(december, operatorToken, 'DAY');
    expect(days.data!.analytics.volumeByChannel[1]).toMatchObject({ start: '2026-12-02', appeals: 1 });

    const refresh = await testApp.app.workers.analytics.runOnce();
    expect(refresh).not.toBeNull();
    const after = await analytics(december);
    expect(after.data!.analytics.volumeByChannel[0].appeals).toBe(1);
    expect(agencyRow(after.data, agencyB).appeals).toBe(1);
    expect(new Date(after.data!.analytics.refreshedAt).getTime()).toBeGreaterThan(refreshedBefore.getTime());
  });
});

describe('analytics sources', () => {
  it('adds table days to view months', async () => {
    // 31 October from the table, November from the view: a0 joins agency A.
    const result = await analytics({ from: '2026-10-31', to: '2026-11-30' });
    const row = agencyRow(result.data, agencyA);
    expect(row.appeals).toBe(7);
    expect(row.overdueNow).toBe(2);
    expect(result.data!.analytics.volumeByChannel.map((period: any) => [period.start, period.appeals])).toEqual([
      ['2026-10-01', 1],
      ['2026-11-01', 11],
    ]);
  });

  it.each([
    ['whole months', '2026-01-01', '2026-03-31', { viewMonths: ['2026-01-01', '2026-03-01'], tableRanges: [] }],
    ['cut edges', '2026-01-15', '2026-03-10', { viewMonths: ['2026-02-01', '2026-02-01'], tableRanges: [['2026-01-15', '2026-01-31'], ['2026-03-01', '2026-03-10']] }],
    ['inside one month', '2026-02-02', '2026-02-20', { viewMonths: null, tableRanges: [['2026-02-02', '2026-02-20']] }],
    ['up to today', '2026-11-01', '2026-12-04', { viewMonths: ['2026-11-01', '2026-12-01'], tableRanges: [] }],
  ])('plans %s', (_case, from, to, expected) => {
    expect(planSources(from, to, '2026-12-04', true)).toEqual(expected);
  });

  it('plans the table without the view', () => {
    expect(planSources('2026-01-01', '2026-03-31', '2026-12-04', false)).toEqual({ viewMonths: null, tableRanges: [['2026-01-01', '2026-03-31']] });
  });
});

describe('analytics export', () => {
  async function download(filter: Record<string, unknown>, token?: string) {
    const url = `${testApp.url}/api/exports/analytics.xlsx?filter=${encodeURIComponent(JSON.stringify(filter))}`;
    return fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  }

  it('exports the same figures as XLSX', async () => {
    const response = await download(NOVEMBER, operatorToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Отбор',
      'По каналам',
      'По разделам',
      'Органы',
      'Дезинформация',
      'Дезинформация по месяцам',
    ]);
    const agencies = workbook.getWorksheet('Органы')!;
    const shortNameA = (await testApp.agencies())[0]!.shortName;
    let rowA: ExcelJS.Row | undefined;
    agencies.eachRow((row) => {
      if (row.getCell(1).value === shortNameA) {
        rowA = row;
      }
    });
    expect(rowA?.getCell(2).value).toBe(6);
    expect(rowA?.getCell(5).value).toBeCloseTo(0.75, 10);
    expect(rowA?.getCell(6).value).toBeCloseTo(6.25, 10);
    expect(rowA?.getCell(7).value).toBe(1);
    const channels = workbook.getWorksheet('По каналам')!;
    expect(channels.getRow(2).getCell(1).value).toBe('2026-11-01');
    expect(channels.getRow(2).getCell(11).value).toBe(11);
    const misinformation = workbook.getWorksheet('Дезинформация')!;
    expect(misinformation.getRow(2).getCell(3).value).toBeCloseTo(67.5, 10);
  });

  it('applies the role checks to the export', async () => {
    expect((await download(NOVEMBER)).status).toBe(401);
    expect((await download(NOVEMBER, pressToken)).status).toBe(403);
    expect((await download({ ...NOVEMBER, agencyIds: [agencyB] }, officialToken)).status).toBe(403);
    const invalid = await download({ from: '2026-12-01', to: '2026-11-01' }, operatorToken);
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as any).errors[0].extensions.field).toBe('filter.from');
  });
});
