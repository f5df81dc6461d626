import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDeadline } from '../src/modules/deadlines/engine/index.js';
import { Appeal } from '../src/modules/appeals/appeal.entity.js';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { buildRegisterAppealInput, someTopicCode } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const APPEAL_FIELDS = `id status version answerDueAt extendedAt extensionDays extensionNoticeAt forwardingNoticeAt unansweredGround
  agency { id }
  deadlines { kind status dueAt agency { id } explanation { startedAt dueAt recomputations { previousDueAt dueAt reason } } }
  history { kind note agency { id } }`;
const REGISTER = `mutation ($input: RegisterAppealInput!) { registerAppeal(input: $input) { appeal { ${APPEAL_FIELDS} } } }`;
const ASSIGN = `mutation ($input: AssignAppealInput!) { assignAppeal(input: $input) { appeal { ${APPEAL_FIELDS} } } }`;
const FORWARD = `mutation ($input: ForwardAppealInput!) { forwardAppeal(input: $input) { appeal { ${APPEAL_FIELDS} } } }`;
const EXTEND = `mutation ($input: ExtendAppealInput!) { extendAppeal(input: $input) { appeal { ${APPEAL_FIELDS} } } }`;
const LEAVE = `mutation ($input: LeaveAppealUnansweredInput!) { leaveAppealUnanswered(input: $input) { appeal { ${APPEAL_FIELDS} } } }`;
const CLOSE = `mutation ($input: CloseAppealInput!) { closeAppeal(input: $input) { appeal { status } } }`;

let testApp: TestApp;
let operatorToken: string;
let officialToken: string;
let otherOfficialToken: string;
let agencyId: string;
let otherAgencyId: string;
let topicCode: string;

const notifiedAt = () => new Date(Date.now() - 60_000).toISOString();

async function registerFor(agency: string | null) {
  const result = await testApp.graphql(REGISTER, { input: buildRegisterAppealInput(topicCode, agency ? { agencyId: agency } : {}) }, operatorToken);
  expect(result.errors).toBeUndefined();
  return result.data!.registerAppeal.appeal;
}

beforeAll(async () => {
  testApp = await startTestApp();
  const [agency, other] = await testApp.agencies();
  agencyId = agency!.id;
  otherAgencyId = other!.id;
  topicCode = await someTopicCode(testApp);
  operatorToken = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
  officialToken = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, agency)).token;
  otherOfficialToken = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, other)).token;
});

afterAll(async () => {
  await testApp?.stop();
});

describe('forwarding term', () => {
  it('runs 7 days from registration until the first assignment', async () => {
    const appeal = await registerFor(null);
    const forwarding = appeal.deadlines.find((deadline: { kind: string }) => deadline.kind === 'APPEAL_FORWARDING');
    expect(forwarding.status).toBe('OPEN');
    const assigned = (await testApp.graphql(ASSIGN, { input: { appealId: appeal.id, agencyId } }, operatorToken)).data!.assignAppeal.appeal;
    expect(assigned.deadlines.find((deadline: { kind: string }) => deadline.kind === 'APPEAL_FORWARDING').status).toBe('MET');
  });

  it('does not run when the agency is known at registration', async () => {
    const appeal = await registerFor(agencyId);
    expect(appeal.deadlines.map((deadline: { kind: string }) => deadline.kind)).not.toContain('APPEAL_FORWARDING');
  });
});

describe('forwardAppeal', () => {
  it('hands the appeal and its running terms to the competent agency', async () => {
    const appeal = await registerFor(agencyId);
    const at = notifiedAt();
    const result = await testApp.graphql(
      FORWARD,
      { input: { appealId: appeal.id, agencyId: otherAgencyId, reason: 'Вопрос в компетенции другого министерства', appellantNotifiedAt: at } },
      officialToken,
    );
    expect(result.errors).toBeUndefined();
    const forwarded = result.data!.forwardAppeal.appeal;
    expect(forwarded.agency.id).toBe(otherAgencyId);
    expect(new Date(forwarded.forwardingNoticeAt).getTime()).toBe(new Date(at).getTime());
    const answer = forwarded.deadlines.find((deadline: { kind: string }) => deadline.kind === 'APPEAL_ANSWER');
    expect(answer.agency.id).toBe(otherAgencyId);
    expect(forwarded.history.at(-1)).toMatchObject({ kind: 'FORWARDED', agency: { id: otherAgencyId } });
    expect(forwarded.history.find((event: { kind: string }) => event.kind === 'ASSIGNED').agency.id).toBe(agencyId);
    expect(forwarded.history.at(-1).note).toContain('компетенции');

    // The receiving agency now has it, and the sending one no longer sees it.
    expect((await testApp.graphql(`query ($id: ID!) { appeal(id: $id) { id } }`, { id: appeal.id }, otherOfficialToken)).data!.appeal.id).toBe(appeal.id);
    expect((await testApp.graphql(`query ($id: ID!) { appeal(id: $id) { id } }`, { id: appeal.id }, officialToken)).data!.appeal).toBeNull();
  });

  it('requires a reason and the appellant’s notice, and a different agency', async () => {
    const appeal = await registerFor(agencyId);
    const missing = await testApp.graphql(FORWARD, { input: { appealId: appeal.id, agencyId: otherAgencyId, reason: ' ', appellantNotifiedAt: notifiedAt() } }, officialToken);
    expect(missing.errors?.[0]?.extensions?.field).toBe('input.reason');
    const same = await testApp.graphql(FORWARD, { input: { appealId: appeal.id, agencyId, reason: 'Повторно', appellantNotifiedAt: notifiedAt() } }, officialToken);
    expect(same.errors?.[0]?.extensions?.field).toBe('input.agencyId');
    const stored = await testApp.em().findOneOrFail(Appeal, appeal.id);
    expect(stored.agency?.id).toBe(agencyId);
  });
});

describe('extendAppeal', () => {
  it('moves the answer term once and keeps the earlier due instant', async () => {
    const appeal = await registerFor(agencyId);
    const before = appeal.deadlines.find((deadline: { kind: string }) => deadline.kind === 'APPEAL_ANSWER');
    const result = await testApp.graphql(
      EXTEND,
      { input: { appealId: appeal.id, days: 30, reason: 'Нужен запрос в федеральный орган', appellantNotifiedAt: notifiedAt() } },
      officialToken,
    );
    expect(result.errors).toBeUndefined();
    const extended = result.data!.extendAppeal.appeal;
    const answer = extended.deadlines.find((deadline: { kind: string }) => deadline.kind === 'APPEAL_ANSWER');
    expect(extended.extensionDays).toBe(30);
    expect(answer.explanation.recomputations).toHaveLength(1);
    expect(answer.explanation.recomputations[0].previousDueAt).toBe(before.explanation.dueAt);
    // The 30-day term becomes 60 days from the same day zero, moved back from a non-working last day.
    const sixtyDays = computeDeadline(new Date(before.explanation.startedAt), { kind: 'CALENDAR_DAYS', amount: 60, nonWorkingEnd: 'SHIFT_BACK' }, testApp.app.services.deadlines.calendar);
    expect(new Date(answer.dueAt).getTime()).toBe(sixtyDays.dueAt.getTime());
    expect(new Date(answer.dueAt).getTime()).toBeGreaterThan(new Date(before.dueAt).getTime());
    expect(new Date(extended.answerDueAt).getTime()).toBe(new Date(answer.dueAt).getTime());

    const second = await testApp.graphql(
      EXTEND,
      { input: { appealId: appeal.id, days: 5, reason: 'Ещё раз', appellantNotifiedAt: notifiedAt() } },
      officialToken,
    );
    expect(second.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    expect(second.errors?.[0]?.extensions?.reason).toBe('ALREADY_EXTENDED');
    const stored = await testApp.em().findOneOrFail(Appeal, appeal.id);
    expect(stored.extensionDays).toBe(30);
  });

  it('rejects a notice dated before the receipt', async () => {
    const appeal = await registerFor(agencyId);
    const early = new Date(Date.now() - 2 * 3600_000).toISOString();
    const extend = await testApp.graphql(EXTEND, { input: { appealId: appeal.id, days: 10, reason: 'Запрос', appellantNotifiedAt: early } }, officialToken);
    expect(extend.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.appellantNotifiedAt' });
    expect(extend.errors?.[0]?.extensions?.fields[0].reason).toBe('NOTICE_BEFORE_RECEIPT');
    const forward = await testApp.graphql(FORWARD, { input: { appealId: appeal.id, agencyId: otherAgencyId, reason: 'Не наше', appellantNotifiedAt: early } }, officialToken);
    expect(forward.errors?.[0]?.extensions?.fields[0]).toMatchObject({ field: 'input.appellantNotifiedAt', reason: 'NOTICE_BEFORE_RECEIPT' });

    const stored = await testApp.em().findOneOrFail(Appeal, appeal.id);
    expect(stored.extendedAt ?? null).toBeNull();
    expect(stored.agency?.id).toBe(agencyId);
  });

  it('rejects more than 30 days and a missing notice', async () => {
    const appeal = await registerFor(agencyId);
    const result = await testApp.graphql(EXTEND, { input: { appealId: appeal.id, days: 31, reason: 'Долго', appellantNotifiedAt: null } }, officialToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('leaveAppealUnanswered', () => {
  it('stops the terms on a legal ground and lets the center close it', async () => {
    const appeal = await registerFor(agencyId);
    const result = await testApp.graphql(LEAVE, { input: { appealId: appeal.id, ground: 'NO_NAME_OR_ADDRESS' } }, officialToken);
    expect(result.errors).toBeUndefined();
    const left = result.data!.leaveAppealUnanswered.appeal;
    expect(left.status).toBe('LEFT_UNANSWERED');
    expect(left.unansweredGround).toBe('NO_NAME_OR_ADDRESS');
    expect(left.deadlines.find((deadline: { kind: string }) => deadline.kind === 'APPEAL_ANSWER').status).toBe('CANCELLED');
    const closed = await testApp.graphql(CLOSE, { input: { appealId: appeal.id } }, operatorToken);
    expect(closed.data!.closeAppeal.appeal.status).toBe('CLOSED');
  });

  it('rejects an unknown ground and an answered appeal', async () => {
    const appeal = await registerFor(agencyId);
    const unknown = await testApp.graphql(LEAVE, { input: { appealId: appeal.id, ground: 'BORING' } }, officialToken);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await testApp.graphql(`mutation ($input: AnswerAppealInput!) { answerAppeal(input: $input) { appeal { id } } }`, { input: { appealId: appeal.id, answerText: 'Ответ.' } }, officialToken);
    const late = await testApp.graphql(LEAVE, { input: { appealId: appeal.id, ground: 'UNREADABLE' } }, officialToken);
    expect(late.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });
});
