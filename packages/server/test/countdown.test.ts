import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { sqlStatements } from '../src/database/orm-config.js';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { buildRegisterAppealInput, REGISTER_APPEAL, someTopicCode } from './helpers/fixtures.js';
import { collectFrames, startTestApp, type TestApp } from './helpers/test-app.js';

const COUNTDOWN = `
  subscription ($filter: DeadlineCountdownFilter) {
    deadlineCountdown(filter: $filter) {
      sentAt reason changedDeadlineIds
      deadlines { id kind subjectId subjectLabel agencyId dueAt remainingSeconds state }
    }
  }`;

interface Frame {
  deadlineCountdown: {
    sentAt: string;
    reason: 'TICK' | 'CHANGE';
    changedDeadlineIds: string[];
    deadlines: { id: string; kind: string; subjectId: string; agencyId: string | null; remainingSeconds: number; state: string }[];
  };
}

let testApp: TestApp;
let operatorToken: string;
let officialToken: string;
let agencyId: string;
let otherAgencyId: string;
let topicCode: string;

beforeAll(async () => {
  testApp = await startTestApp({ COUNTDOWN_INTERVAL_MS: '250' });
  const [agency, otherAgency] = await testApp.agencies();
  agencyId = agency!.id;
  otherAgencyId = otherAgency!.id;
  topicCode = await someTopicCode(testApp);
  operatorToken = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
  officialToken = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, agency)).token;
});

afterAll(async () => {
  await testApp?.stop();
});

async function registerFor(agency: string) {
  const result = await testApp.graphql(REGISTER_APPEAL, { input: buildRegisterAppealInput(topicCode, { agencyId: agency }) }, operatorToken);
  expect(result.errors).toBeUndefined();
  return result.data!.registerAppeal.appeal as { id: string };
}

describe('deadlineCountdown', () => {
  it('sends periodic frames whose remaining time decreases', async () => {
    const appeal = await registerFor(agencyId);
    const client = testApp.websocket({ token: operatorToken });
    const started = Date.now();
    const { frames, errors } = await collectFrames<Frame>(client, COUNTDOWN, {}, 6);
    const elapsed = Date.now() - started;
    expect(errors).toEqual([]);
    expect(frames.every((frame) => frame.deadlineCountdown.reason === 'TICK')).toBe(true);
    // Six frames: one at once, then one per 250 ms tick; the first tick may come at any point of its interval.
    expect(elapsed).toBeGreaterThanOrEqual(4 * 250 - 50);

    const remaining = frames.map(
      (frame) => frame.deadlineCountdown.deadlines.find((deadline) => deadline.subjectId === appeal.id)!.remainingSeconds,
    );
    expect(remaining.at(-1)!).toBeLessThan(remaining[0]!);
    expect(remaining.at(-1)!).toBeGreaterThan(20 * 86400);
  });

  it('sends a frame at once after registerAppeal', async () => {
    const client = testApp.websocket({ token: operatorToken });
    const seen: Frame[] = [];
    let registeredAt = 0;
    const changeFrame = new Promise<Frame>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no CHANGE frame within 5 s')), 5000);
      client.subscribe<Frame['deadlineCountdown']>(
        { query: COUNTDOWN.replace('($filter: DeadlineCountdownFilter)', '').replace('(filter: $filter)', '') },
        {
          next: (result) => {
            const frame = result.data as unknown as Frame;
            seen.push(frame);
            if (frame.deadlineCountdown.reason === 'CHANGE') {
              clearTimeout(timer);
              resolve(frame);
            }
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    // The first frame arrives at subscription; register after it so the next change is ours.
    while (seen.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    registeredAt = Date.now();
    const appeal = await registerFor(agencyId);
    const frame = await changeFrame;
    // Well under the 250 ms tick: the change frame does not wait for the next tick.
    expect(Date.now() - registeredAt).toBeLessThan(2000);
    const ids = frame.deadlineCountdown.deadlines.map((deadline) => deadline.subjectId);
    expect(ids).toContain(appeal.id);
    expect(frame.deadlineCountdown.changedDeadlineIds.length).toBeGreaterThan(0);
  });

  it('shows an agency official only their agency’s deadlines', async () => {
    const foreign = await registerFor(otherAgencyId);
    const own = await registerFor(agencyId);
    const client = testApp.websocket({ token: officialToken });
    const { frames } = await collectFrames<Frame>(client, COUNTDOWN, {}, 2);
    const deadlines = frames.at(-1)!.deadlineCountdown.deadlines;
    expect(deadlines.map((deadline) => deadline.subjectId)).toContain(own.id);
    expect(deadlines.map((deadline) => deadline.subjectId)).not.toContain(foreign.id);
    expect(new Set(deadlines.map((deadline) => deadline.agencyId))).toEqual(new Set([agencyId]));
  });

  it('rejects an agency official subscribing to another agency', async () => {
    const client = testApp.websocket({ token: officialToken });
    const { frames, errors } = await collectFrames<Frame>(client, COUNTDOWN, { filter: { agencyId: otherAgencyId } }, 1, 3000);
    expect(frames).toEqual([]);
    expect(JSON.stringify(errors)).toMatch(/FORBIDDEN|own agency/);
  });

  it('reads no database on ticks', async () => {
    const client = testApp.websocket({ token: operatorToken });
    await collectFrames<Frame>(client, COUNTDOWN, {}, 1);
    let statements = 0;
    const count = () => {
      statements += 1;
    };
    sqlStatements.on('query', count);
    try {
      const { frames } = await collectFrames<Frame>(client, COUNTDOWN, {}, 5);
      expect(frames).toHaveLength(5);
    } finally {
      sqlStatements.off('query', count);
    }
    // Starting a subscription resolves nothing from the database either: the session was read at connect.
    expect(statements).toBe(0);
  });

  it('closes the connections of a session at logout', async () => {
    const token = await testApp.login((await testApp.createUser(UserRole.CENTER_OPERATOR)).user.email);
    const socket = new WebSocket(`${testApp.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const acknowledged = new Promise<void>((resolve) => socket.on('message', (data) => String(data).includes('connection_ack') && resolve()));
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { token } })));
    await acknowledged;
    const logout = await testApp.graphql('mutation { logout { revoked } }', {}, token);
    expect(logout.data!.logout.revoked).toBe(true);
    expect(await closed).toBe(4403);
  });

  it('closes an unauthenticated connection with 4403', async () => {
    const socket = new WebSocket(`${testApp.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { token: 'not-a-token' } })));
    expect(await closed).toBe(4403);
  });
});

describe('deadlineCountdown changes', () => {
  it('keeps the agency of an extended term', async () => {
    const appeal = await registerFor(agencyId);
    const extended = await testApp.graphql(
      'mutation ($input: ExtendAppealInput!) { extendAppeal(input: $input) { appeal { id } } }',
      { input: { appealId: appeal.id, days: 10, reason: 'Нужен запрос', appellantNotifiedAt: new Date().toISOString() } },
      operatorToken,
    );
    expect(extended.errors).toBeUndefined();

    const client = testApp.websocket({ token: operatorToken });
    const { frames } = await collectFrames<{ deadlineCountdown: { deadlines: { subjectId: string; agencyId: string; agencyShortName: string | null }[] } }>(
      client,
      'subscription { deadlineCountdown { deadlines { subjectId agencyId agencyShortName } } }',
      {},
      1,
    );
    await client.dispose();
    const term = frames[0]!.deadlineCountdown.deadlines.find((deadline) => deadline.subjectId === appeal.id);
    const [agency] = await testApp.agencies();
    expect(term).toEqual({ subjectId: appeal.id, agencyId, agencyShortName: agency!.shortName });
  });

  it('hides ended deadlines of other agencies from changedDeadlineIds', async () => {
    const foreign = await registerFor(otherAgencyId);
    const foreignToken = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, (await testApp.agencies())[1])).token;
    const client = testApp.websocket({ token: officialToken });
    const changes: string[][] = [];
    const started = new Promise<void>((resolve) => {
      client.subscribe<Frame['deadlineCountdown']>(
        { query: 'subscription { deadlineCountdown { reason changedDeadlineIds } }' },
        {
          next: (result) => {
            const frame = (result.data as unknown as { deadlineCountdown: { reason: string; changedDeadlineIds: string[] } }).deadlineCountdown;
            if (frame.reason === 'CHANGE') changes.push(frame.changedDeadlineIds);
            resolve();
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
    });
    await started;
    const answered = await testApp.graphql(
      'mutation ($input: AnswerAppealInput!) { answerAppeal(input: $input) { appeal { id } } }',
      { input: { appealId: foreign.id, answerText: 'Ответ дан.' } },
      foreignToken,
    );
    expect(answered.errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.flat()).toEqual([]);
  });
});
