import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { computeDeadline } from '../src/modules/deadlines/engine/index.js';
import { buildRegisterAppealInput, someTopicCode } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const SET_POLICY = `mutation ($input: SetDeadlinePolicyInput!) {
  setDeadlinePolicy(input: $input) { recomputedCount policy { id kind channel amount effectiveFrom } } }`;
const REGISTER = `mutation ($input: RegisterAppealInput!) {
  registerAppeal(input: $input) { appeal { id answerDueAt registeredAt } } }`;
const READ = `query ($id: ID!) { appeal(id: $id) { answerDueAt deadlines { kind dueAt explanation {
  policyId extensionDays summary rule { kind amount } recomputations { previousDueAt dueAt reason } } } } }`;

let testApp: TestApp;
let adminToken: string;
let operatorToken: string;
let topicCode: string;

/** Today in Moscow, YYYY-MM-DD: policies take effect from a Moscow date. */
const moscowToday = () => DateTime.now().setZone('Europe/Moscow').toISODate()!;

async function register(channel: string) {
  const result = await testApp.graphql(REGISTER, { input: buildRegisterAppealInput(topicCode, { channel }) }, operatorToken);
  expect(result.errors).toBeUndefined();
  return result.data!.registerAppeal.appeal as { id: string; answerDueAt: string; registeredAt: string };
}

async function answerDeadlineOf(id: string) {
  const result = await testApp.graphql(READ, { id }, operatorToken);
  return result.data!.appeal.deadlines.find((deadline: { kind: string }) => deadline.kind === 'APPEAL_ANSWER');
}

beforeAll(async () => {
  testApp = await startTestApp();
  adminToken = (await testApp.createUser(UserRole.CENTER_ADMIN)).token;
  operatorToken = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
  topicCode = await someTopicCode(testApp);
});

afterAll(async () => {
  await testApp?.stop();
});

describe('setDeadlinePolicy', () => {
  it('recomputes the running deadlines of its channel and explains the change', async () => {
    const platform = await register('FEEDBACK_PLATFORM');
    const email = await register('EMAIL');
    const before = await answerDeadlineOf(platform.id);

    const result = await testApp.graphql(
      SET_POLICY,
      {
        input: {
          kind: 'APPEAL_ANSWER',
          channel: 'FEEDBACK_PLATFORM',
          ruleKind: 'WORKING_DAYS',
          amount: 10,
          nonWorkingEnd: 'NONE',
          effectiveFrom: moscowToday(),
          note: 'ускоренный порядок ПОС',
        },
      },
      adminToken,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.setDeadlinePolicy.recomputedCount).toBe(1);

    const after = await answerDeadlineOf(platform.id);
    expect(after.explanation.rule).toEqual({ kind: 'WORKING_DAYS', amount: 10 });
    expect(after.explanation.policyId).toBe(result.data!.setDeadlinePolicy.policy.id);
    expect(after.explanation.recomputations).toHaveLength(1);
    expect(new Date(after.explanation.recomputations[0].previousDueAt).getTime()).toBe(new Date(before.dueAt).getTime());
    expect(after.explanation.recomputations[0].reason).toContain('ускоренный порядок ПОС');
    expect(new Date(after.dueAt).getTime()).toBeLessThan(new Date(before.dueAt).getTime());
    const appeal = (await testApp.graphql(READ, { id: platform.id }, operatorToken)).data!.appeal;
    expect(new Date(appeal.answerDueAt).getTime()).toBe(new Date(after.dueAt).getTime());

    const untouched = await answerDeadlineOf(email.id);
    expect(untouched.explanation.rule).toEqual({ kind: 'CALENDAR_DAYS', amount: 30 });
    expect(untouched.explanation.recomputations).toEqual([]);
  });

  it('keeps an extension when it recomputes a term', async () => {
    const [agency] = await testApp.agencies();
    const registered = await testApp.graphql(REGISTER, { input: buildRegisterAppealInput(topicCode, { channel: 'SURVEY', agencyId: agency!.id }) }, operatorToken);
    const appeal = registered.data!.registerAppeal.appeal as { id: string; registeredAt: string };
    const extend = await testApp.graphql(
      `mutation ($input: ExtendAppealInput!) { extendAppeal(input: $input) { appeal { id } } }`,
      { input: { appealId: appeal.id, days: 10, reason: 'Запрос в другой орган', appellantNotifiedAt: new Date().toISOString() } },
      operatorToken,
    );
    expect(extend.errors).toBeUndefined();

    const result = await testApp.graphql(
      SET_POLICY,
      { input: { kind: 'APPEAL_ANSWER', channel: 'SURVEY', ruleKind: 'CALENDAR_DAYS', amount: 20, nonWorkingEnd: 'SHIFT_BACK', effectiveFrom: moscowToday() } },
      adminToken,
    );
    expect(result.data!.setDeadlinePolicy.recomputedCount).toBe(1);

    // 20 days under the new policy plus the 10 of the extension, from the same day zero.
    const after = await answerDeadlineOf(appeal.id);
    expect(after.explanation.rule).toEqual({ kind: 'CALENDAR_DAYS', amount: 30 });
    expect(after.explanation.extensionDays).toBe(10);
    expect(after.explanation.summary).toMatch(/^Срок 20 календ\. дн\. продлён на 10 календ\. дн\.: 30 календарных дней/);
    const expected = computeDeadline(new Date(appeal.registeredAt), { kind: 'CALENDAR_DAYS', amount: 30, nonWorkingEnd: 'SHIFT_BACK' }, testApp.app.services.deadlines.calendar);
    expect(new Date(after.dueAt).getTime()).toBe(expected.dueAt.getTime());
    expect(after.explanation.recomputations).toHaveLength(2);
  });

  it('applies to new registrations of the channel', async () => {
    const fresh = await register('FEEDBACK_PLATFORM');
    const deadline = await answerDeadlineOf(fresh.id);
    expect(deadline.explanation.rule).toEqual({ kind: 'WORKING_DAYS', amount: 10 });
    expect(deadline.explanation.recomputations).toEqual([]);
  });

  it('leaves deadlines alone until its effective date', async () => {
    const running = await register('VOICE_HOTLINE');
    const tomorrow = DateTime.now().setZone('Europe/Moscow').plus({ days: 1 }).toISODate();
    const result = await testApp.graphql(
      SET_POLICY,
      { input: { kind: 'APPEAL_ANSWER', ruleKind: 'CALENDAR_DAYS', amount: 15, nonWorkingEnd: 'SHIFT_BACK', effectiveFrom: tomorrow } },
      adminToken,
    );
    expect(result.data!.setDeadlinePolicy.recomputedCount).toBe(0);
    expect((await answerDeadlineOf(running.id)).explanation.rule).toEqual({ kind: 'CALENDAR_DAYS', amount: 30 });
  });

  it('rejects everyone but the administrator', async () => {
    const result = await testApp.graphql(
      SET_POLICY,
      { input: { kind: 'APPEAL_ANSWER', ruleKind: 'CALENDAR_DAYS', amount: 20, nonWorkingEnd: 'SHIFT_BACK', effectiveFrom: moscowToday() } },
      operatorToken,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists policies to agencies but not to the press service', async () => {
    const [agency] = await testApp.agencies();
    const official = await testApp.createUser(UserRole.AGENCY_OFFICIAL, agency);
    const press = await testApp.createUser(UserRole.PRESS_SERVICE);
    const listed = await testApp.graphql('{ deadlinePolicies { id } }', {}, official.token);
    expect(listed.errors).toBeUndefined();
    const refused = await testApp.graphql('{ deadlinePolicies { id } }', {}, press.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects an oversized amount and a malformed date', async () => {
    const stored = (await testApp.graphql('{ deadlinePolicies { id } }', {}, adminToken)).data!.deadlinePolicies.length;
    const result = await testApp.graphql(
      SET_POLICY,
      { input: { kind: 'APPEAL_ANSWER', ruleKind: 'HOURS', amount: 10_000, nonWorkingEnd: 'NONE', effectiveFrom: '2026-13-40' } },
      adminToken,
    );
    const fields = result.errors?.[0]?.extensions?.fields.map((problem: { field: string }) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(['input.amount', 'input.effectiveFrom']));
    const policies = await testApp.graphql('{ deadlinePolicies { id } }', {}, adminToken);
    expect(policies.data!.deadlinePolicies).toHaveLength(stored);
  });
});
