import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency } from '../src/modules/agencies/agency.entity.js';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { moscowToday } from '../src/modules/problems/problem-statistics.js';
import { buildRegisterAppealInput, REGISTER_APPEAL } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const DAY_MS = 86_400_000;

const PROBLEM_FIELDS = `
  id title status roadmapStartedOn version
  topic { code } municipality { oktmo }
  measures { id title status dueDate doneAt note overdue responsibleAgency { id } }`;

const CREATE = `mutation ($input: CreateProblemInput!) { createProblem(input: $input) { problem { ${PROBLEM_FIELDS} } } }`;
const ADD_MEASURE = `mutation ($input: AddRoadmapMeasureInput!) { addRoadmapMeasure(input: $input) { measure { id status dueDate overdue } problem { id roadmapStartedOn } } }`;
const UPDATE_MEASURE = `mutation ($input: UpdateRoadmapMeasureInput!) { updateRoadmapMeasure(input: $input) { measure { id status note doneAt dueDate overdue } } }`;
const RESOLVE = `mutation ($input: ResolveProblemInput!) { resolveProblem(input: $input) { problem { id status resolvedAt } } }`;
const PROBLEM = `query ($id: ID!) { problem(id: $id) { ${PROBLEM_FIELDS} } }`;
const PROBLEMS = `query ($filter: ProblemFilter) { problems(filter: $filter, page: { first: 100 }) { totalCount edges { node { id } } } }`;
const SUGGESTIONS = `
  query ($filter: ProblemSuggestionFilter) {
    problemSuggestions(filter: $filter) { appealCount firstReceivedAt lastReceivedAt topic { code } municipality { oktmo } }
  }`;
const VOLUME = `
  query ($id: ID!, $granularity: VolumeGranularity!, $from: LocalDate, $to: LocalDate, $windowDays: Int) {
    problem(id: $id) {
      volume(granularity: $granularity, from: $from, to: $to) { periodStart count }
      volumeBeforeAfter(windowDays: $windowDays) { startedOn windowDays before after }
    }
  }`;

let testApp: TestApp;
let operatorToken: string;
let topics: string[];
let municipalities: string[];
let agencies: Agency[];

async function registerAt(topicCode: string, receivedAt: string, overrides: Record<string, unknown> = {}) {
  const input = buildRegisterAppealInput(topicCode, { receivedAt, municipalityOktmo: municipalities[0], ...overrides });
  const result = await testApp.graphql(REGISTER_APPEAL, { input }, operatorToken);
  expect(result.errors).toBeUndefined();
}

async function createProblem(input: Record<string, unknown>, token = operatorToken) {
  return testApp.graphql(CREATE, { input: { title: 'Проблема', ...input } }, token);
}

beforeAll(async () => {
  testApp = await startTestApp();
  operatorToken = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
  const connection = testApp.em().getConnection();
  topics = (await connection.execute<{ code: string }[]>(`select code from topic where level = 4 order by code limit 8`)).map((row) => row.code);
  municipalities = (await connection.execute<{ oktmo: string }[]>(`select oktmo from municipality order by oktmo limit 2`)).map((row) => row.oktmo);
  agencies = (await testApp.agencies()).slice(0, 3);
});

afterAll(async () => {
  await testApp?.stop();
});

describe('problemSuggestions', () => {
  it('counts recent appeals per topic and municipality', async () => {
    const topic = topics[0]!;
    for (const days of [1, 5, 20, 60]) {
      await registerAt(topic, new Date(Date.now() - days * DAY_MS).toISOString());
    }
    await registerAt(topic, new Date(Date.now() - 200 * DAY_MS).toISOString());
    await registerAt(topic, new Date(Date.now() - 3 * DAY_MS).toISOString(), { municipalityOktmo: municipalities[1] });
    await registerAt(topic, new Date(Date.now() - 4 * DAY_MS).toISOString(), { municipalityOktmo: municipalities[1] });
    for (let index = 0; index < 5; index += 1) {
      await registerAt(topic, new Date(Date.now() - 2 * DAY_MS).toISOString(), { municipalityOktmo: null });
    }
    const since = new Date(Date.now() - 100 * DAY_MS).toISOString();

    const atThree = await testApp.graphql(SUGGESTIONS, { filter: { since, minAppeals: 3 } }, operatorToken);
    expect(atThree.errors).toBeUndefined();
    const ofTopic = atThree.data!.problemSuggestions.filter((row: { topic: { code: string } }) => row.topic.code === topic);
    expect(ofTopic).toHaveLength(1);
    expect(ofTopic[0].municipality.oktmo).toBe(municipalities[0]);
    expect(ofTopic[0].appealCount).toBe(4);

    const atTwo = await testApp.graphql(SUGGESTIONS, { filter: { since, minAppeals: 2 } }, operatorToken);
    const counts = atTwo.data!.problemSuggestions
      .filter((row: { topic: { code: string } }) => row.topic.code === topic)
      .map((row: { municipality: { oktmo: string }; appealCount: number }) => [row.municipality.oktmo, row.appealCount]);
    expect(counts).toEqual([
      [municipalities[0], 4],
      [municipalities[1], 2],
    ]);

    const created = await createProblem({ topicCode: topic, municipalityOktmo: municipalities[0] });
    expect(created.errors).toBeUndefined();
    const afterCreate = await testApp.graphql(SUGGESTIONS, { filter: { since, minAppeals: 2 } }, operatorToken);
    const remaining = afterCreate.data!.problemSuggestions
      .filter((row: { topic: { code: string } }) => row.topic.code === topic)
      .map((row: { municipality: { oktmo: string } }) => row.municipality.oktmo);
    expect(remaining).toEqual([municipalities[1]]);
  });

  it('rejects a minimum below 1', async () => {
    const result = await testApp.graphql(SUGGESTIONS, { filter: { minAppeals: 0 } }, operatorToken);
    expect(result.errors?.[0]?.extensions?.field).toBe('filter.minAppeals');
  });

  it('is for the center only', async () => {
    const official = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, agencies[0])).token;
    const result = await testApp.graphql(SUGGESTIONS, {}, official);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('problem volume', () => {
  let problemId: string;

  beforeAll(async () => {
    const topic = topics[1]!;
    // Moscow is UTC+3: 2026-03-31T20:30Z is 23:30 on 31 March, 2026-03-31T21:30Z is 00:30 on 1 April.
    for (const receivedAt of [
      '2026-01-15T09:00:00Z',
      '2026-01-15T10:00:00Z',
      '2026-03-10T09:00:00Z',
      '2026-03-31T20:30:00Z',
      '2026-03-31T21:30:00Z',
      '2026-04-20T09:00:00Z',
    ]) {
      await registerAt(topic, receivedAt, { agencyId: agencies[0]!.id });
    }
    await registerAt(topic, '2026-03-12T09:00:00Z', { agencyId: agencies[1]!.id });
    await registerAt(topic, '2026-03-12T09:00:00Z', { municipalityOktmo: municipalities[1] });
    await registerAt(topics[2]!, '2026-03-12T09:00:00Z');
    const created = await createProblem({ topicCode: topic, municipalityOktmo: municipalities[0], roadmapStartedOn: '2026-04-01' });
    expect(created.errors).toBeUndefined();
    problemId = created.data!.createProblem.problem.id;
  });

  it('counts appeals per Moscow month with zeros', async () => {
    const result = await testApp.graphql(VOLUME, { id: problemId, granularity: 'MONTH', from: '2026-01-01', to: '2026-05-31', windowDays: 30 }, operatorToken);
    expect(result.errors).toBeUndefined();
    expect(result.data!.problem.volume).toEqual([
      { periodStart: '2026-01-01', count: 2 },
      { periodStart: '2026-02-01', count: 0 },
      { periodStart: '2026-03-01', count: 3 },
      { periodStart: '2026-04-01', count: 2 },
      { periodStart: '2026-05-01', count: 0 },
    ]);
  });

  it('counts appeals per ISO week', async () => {
    const result = await testApp.graphql(VOLUME, { id: problemId, granularity: 'WEEK', from: '2026-03-04', to: '2026-03-15' }, operatorToken);
    expect(result.data!.problem.volume).toEqual([
      { periodStart: '2026-03-02', count: 0 },
      { periodStart: '2026-03-09', count: 2 },
    ]);
  });

  it('compares equal windows around the roadmap start', async () => {
    const result = await testApp.graphql(VOLUME, { id: problemId, granularity: 'MONTH', windowDays: 30 }, operatorToken);
    expect(result.data!.problem.volumeBeforeAfter).toEqual({ startedOn: '2026-04-01', windowDays: 30, before: 3, after: 2 });
  });

  it('counts only its own appeals for an agency official', async () => {
    const official = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, agencies[1])).token;
    const result = await testApp.graphql(VOLUME, { id: problemId, granularity: 'MONTH', from: '2026-03-01', to: '2026-04-30', windowDays: 30 }, official);
    expect(result.errors).toBeUndefined();
    expect(result.data!.problem.volume).toEqual([
      { periodStart: '2026-03-01', count: 1 },
      { periodStart: '2026-04-01', count: 0 },
    ]);
    expect(result.data!.problem.volumeBeforeAfter.before).toBe(1);
    expect(result.data!.problem.volumeBeforeAfter.after).toBe(0);
  });

  it('rejects a window over two years', async () => {
    const result = await testApp.graphql(VOLUME, { id: problemId, granularity: 'MONTH', windowDays: 731 }, operatorToken);
    expect(result.errors?.[0]?.extensions?.field).toBe('windowDays');
  });
});

describe('problems and measures', () => {
  it('starts the roadmap with the first measure', async () => {
    const created = await createProblem({ topicCode: topics[3], municipalityOktmo: municipalities[0] });
    const problem = created.data!.createProblem.problem;
    expect(problem.roadmapStartedOn).toBeNull();
    const added = await testApp.graphql(
      ADD_MEASURE,
      { input: { problemId: problem.id, title: 'Отремонтировать участок', responsibleAgencyId: agencies[0]!.id, dueDate: '2027-03-31' } },
      operatorToken,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addRoadmapMeasure.problem.roadmapStartedOn).toBe(moscowToday());
    expect(added.data!.addRoadmapMeasure.measure.status).toBe('PLANNED');

    const audit = await testApp.em().getConnection().execute<{ operation: string }[]>(
      `select operation from audit_entry where entity_type in ('Problem', 'RoadmapMeasure') and (entity_id = ? or entity_id = ?) order by id`,
      [problem.id, added.data!.addRoadmapMeasure.measure.id],
    );
    expect(audit.map((row) => row.operation)).toEqual(['createProblem', 'startRoadmap', 'addRoadmapMeasure']);
  });

  it('rejects a second active problem of the same place', async () => {
    expect((await createProblem({ topicCode: topics[4], municipalityOktmo: municipalities[1] })).errors).toBeUndefined();
    const again = await createProblem({ topicCode: topics[4], municipalityOktmo: municipalities[1] });
    expect(again.errors?.[0]?.extensions?.field).toBe('input.topicCode');
    expect(again.errors?.[0]?.extensions?.fields[0].reason).toBe('ALREADY_EXISTS');
  });

  it('names invalid fields', async () => {
    const blank = await createProblem({ title: '  ', topicCode: 'nope' });
    expect(blank.errors?.[0]?.extensions?.field).toBe('input.title');
    const unknownTopic = await createProblem({ topicCode: '9999.9999.9999.9999' });
    expect(unknownTopic.errors?.[0]?.extensions?.field).toBe('input.topicCode');
    const problemId = (await createProblem({ topicCode: topics[5] })).data!.createProblem.problem.id;
    const badDate = await testApp.graphql(
      ADD_MEASURE,
      { input: { problemId, title: 'Мера', responsibleAgencyId: agencies[0]!.id, dueDate: '2026-02-30' } },
      operatorToken,
    );
    expect(badDate.errors?.[0]?.extensions?.field).toBe('input.dueDate');
    const stored = (await testApp.graphql(PROBLEM, { id: problemId }, operatorToken)).data!.problem;
    expect(stored.measures).toEqual([]);
  });

  it('rejects roadmap dates before 2021 and decades ahead', async () => {
    const ancient = await createProblem({ topicCode: topics[6], roadmapStartedOn: '1900-01-01' });
    expect(ancient.errors?.[0]?.extensions?.field).toBe('input.roadmapStartedOn');
    expect(ancient.errors?.[0]?.extensions?.fields[0].reason).toBe('TOO_EARLY');
    const problemId = (await createProblem({ topicCode: topics[6] })).data!.createProblem.problem.id;
    const farAhead = await testApp.graphql(
      ADD_MEASURE,
      { input: { problemId, title: 'Мера', responsibleAgencyId: agencies[0]!.id, dueDate: '2090-01-10' } },
      operatorToken,
    );
    expect(farAhead.errors?.[0]?.extensions?.fields[0].reason).toBe('TOO_FAR_AHEAD');
    const stored = (await testApp.graphql(PROBLEM, { id: problemId }, operatorToken)).data!.problem;
    expect(stored.measures).toEqual([]);
  });

  it('marks open measures after their due date as overdue', async () => {
    const problemId = (await createProblem({ topicCode: topics[5], municipalityOktmo: municipalities[1] })).data!.createProblem.problem.id;
    const yesterday = new Date(Date.parse(`${moscowToday()}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
    const added = await testApp.graphql(
      ADD_MEASURE,
      { input: { problemId, title: 'Просроченная мера', responsibleAgencyId: agencies[0]!.id, dueDate: yesterday } },
      operatorToken,
    );
    expect(added.data!.addRoadmapMeasure.measure.overdue).toBe(true);
    const done = await testApp.graphql(UPDATE_MEASURE, { input: { measureId: added.data!.addRoadmapMeasure.measure.id, status: 'DONE' } }, operatorToken);
    expect(done.data!.updateRoadmapMeasure.measure.overdue).toBe(false);
    expect(done.data!.updateRoadmapMeasure.measure.doneAt).not.toBeNull();
  });

  it('freezes the roadmap of a resolved problem', async () => {
    const problemId = (await createProblem({ topicCode: topics[2], municipalityOktmo: municipalities[1] })).data!.createProblem.problem.id;
    const resolved = await testApp.graphql(RESOLVE, { input: { problemId } }, operatorToken);
    expect(resolved.data!.resolveProblem.problem.status).toBe('RESOLVED');
    const added = await testApp.graphql(
      ADD_MEASURE,
      { input: { problemId, title: 'Поздно', responsibleAgencyId: agencies[0]!.id, dueDate: '2027-01-31' } },
      operatorToken,
    );
    expect(added.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    const again = await testApp.graphql(RESOLVE, { input: { problemId } }, operatorToken);
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });
});

describe('problem isolation by agency', () => {
  let problemId: string;
  let measureId: string;
  let responsibleToken: string;
  let countedToken: string;
  let outsiderToken: string;

  beforeAll(async () => {
    // The responsible agency has the measure, the counted one only appeals; the outsider neither.
    const [responsible, counted, outsider] = agencies as [Agency, Agency, Agency];
    responsibleToken = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, responsible)).token;
    countedToken = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, counted)).token;
    outsiderToken = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, outsider)).token;
    const topic = topics[4]!;
    await registerAt(topic, new Date(Date.now() - DAY_MS).toISOString(), { agencyId: counted.id, municipalityOktmo: municipalities[0] });
    problemId = (await createProblem({ topicCode: topic, municipalityOktmo: municipalities[0] })).data!.createProblem.problem.id;
    const added = await testApp.graphql(
      ADD_MEASURE,
      { input: { problemId, title: 'Обследовать', responsibleAgencyId: responsible.id, dueDate: '2027-02-28' } },
      operatorToken,
    );
    measureId = added.data!.addRoadmapMeasure.measure.id;
  });

  it('shows the problem to the agencies that take part', async () => {
    for (const token of [responsibleToken, countedToken]) {
      expect((await testApp.graphql(PROBLEM, { id: problemId }, token)).data!.problem.id).toBe(problemId);
      const listed = (await testApp.graphql(PROBLEMS, {}, token)).data!.problems.edges.map((edge: { node: { id: string } }) => edge.node.id);
      expect(listed).toContain(problemId);
    }
  });

  it('hides the problem from other agencies', async () => {
    expect((await testApp.graphql(PROBLEM, { id: problemId }, outsiderToken)).data!.problem).toBeNull();
    const listed = (await testApp.graphql(PROBLEMS, {}, outsiderToken)).data!.problems.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(listed).not.toContain(problemId);
    const update = await testApp.graphql(UPDATE_MEASURE, { input: { measureId, status: 'IN_PROGRESS' } }, outsiderToken);
    expect(update.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets the responsible agency report progress only', async () => {
    const progress = await testApp.graphql(UPDATE_MEASURE, { input: { measureId, status: 'IN_PROGRESS', note: 'начали' } }, responsibleToken);
    expect(progress.errors).toBeUndefined();
    expect(progress.data!.updateRoadmapMeasure.measure.status).toBe('IN_PROGRESS');
    expect(progress.data!.updateRoadmapMeasure.measure.note).toBe('начали');

    const plan = await testApp.graphql(UPDATE_MEASURE, { input: { measureId, dueDate: '2028-01-31' } }, responsibleToken);
    expect(plan.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stored = (await testApp.graphql(PROBLEM, { id: problemId }, operatorToken)).data!.problem;
    expect(stored.measures[0].dueDate).toBe('2027-02-28');
  });

  it('keeps the measures of other agencies read-only', async () => {
    const update = await testApp.graphql(UPDATE_MEASURE, { input: { measureId, status: 'DONE' } }, countedToken);
    expect(update.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets only the center curate problems', async () => {
    const create = await createProblem({ topicCode: topics[3], municipalityOktmo: municipalities[1] }, responsibleToken);
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const resolve = await testApp.graphql(RESOLVE, { input: { problemId } }, responsibleToken);
    expect(resolve.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const add = await testApp.graphql(
      ADD_MEASURE,
      { input: { problemId, title: 'Своя мера', responsibleAgencyId: agencies[0]!.id, dueDate: '2027-02-28' } },
      responsibleToken,
    );
    expect(add.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const press = (await testApp.createUser(UserRole.PRESS_SERVICE)).token;
    expect((await testApp.graphql(PROBLEMS, {}, press)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
