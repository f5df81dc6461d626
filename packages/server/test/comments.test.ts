import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlStatements } from '../src/database/orm-config.js';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { InformationRisk } from '../src/modules/comments/comment.entities.js';
import { OutboxMessage } from '../src/modules/mail/outbox.entity.js';
import {
  buildDetectInput,
  CASE_FIELDS,
  caseMutations,
  completeDraft,
  OTHER_TOPIC,
  ROUTED_GROUP,
  runCaseStep,
  TOPIC,
  type CaseStep,
} from './helpers/comment-steps.js';
import { collectFrames, startTestApp, type TestApp } from './helpers/test-app.js';

let testApp: TestApp;
let operatorToken: string;
let officialToken: string;
let otherOfficialToken: string;
let pressToken: string;
let agencyId: string;

function run(step: CaseStep, input: Record<string, unknown>, token: string) {
  return runCaseStep(testApp, step, input, token);
}

async function detectCase(overrides: Record<string, unknown> = {}) {
  const { errors, risk } = await run('detect', buildDetectInput(overrides), operatorToken);
  expect(errors).toBeUndefined();
  return risk;
}

/** Moves a new case up to the agency's draft, as the center and the agency would. */
async function caseAwaitingDraft() {
  const risk = await detectCase();
  await run('requestVerification', { caseId: risk.id }, operatorToken);
  await run('recordVerification', { caseId: risk.id, outcome: 'FALSE' }, officialToken);
  const { risk: proposed } = await run('sendProposal', { caseId: risk.id, proposalText: 'Предлагаем опровержение с актом приёмки.' }, operatorToken);
  return proposed;
}

beforeAll(async () => {
  testApp = await startTestApp();
  const [agency, otherAgency] = await testApp.agencies();
  agencyId = agency!.id;

  operatorToken = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
  officialToken = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, agency)).token;
  otherOfficialToken = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, otherAgency)).token;
  pressToken = (await testApp.createUser(UserRole.PRESS_SERVICE)).token;
  const route = await testApp.graphql(caseMutations.setRoute, { input: { topicCode: ROUTED_GROUP, agencyId } }, operatorToken);
  expect(route.errors).toBeUndefined();
});

afterAll(async () => {
  await testApp?.stop();
});

describe('misinformation case', () => {
  it('runs every step from detection to closing', async () => {
    const detected = await detectCase();
    expect(detected.number).toMatch(/^ДИ-\d{4}-\d{6}$/);
    expect(detected.status).toBe('DETECTED');
    expect(detected.agency.id).toBe(agencyId);
    expect(detected.deadlines).toHaveLength(1);
    expect(detected.deadlines[0]).toMatchObject({ kind: 'COMMENT_PROPOSAL', status: 'OPEN', explanation: { rule: { kind: 'HOURS', amount: 3 } } });

    const id = detected.id;
    expect((await run('requestVerification', { caseId: id }, operatorToken)).risk.status).toBe('VERIFICATION_REQUESTED');
    const verified = (await run('recordVerification', { caseId: id, outcome: 'FALSE', note: 'Свалка убрана' }, officialToken)).risk;
    expect(verified.status).toBe('VERIFIED');
    expect(verified.verificationOutcome).toBe('FALSE');

    const proposed = (await run('sendProposal', { caseId: id, proposalText: 'Опровергнуть с актом приёмки.' }, operatorToken)).risk;
    expect(proposed.status).toBe('PROPOSAL_SENT');
    const proposalClock = proposed.deadlines.find((deadline: { kind: string }) => deadline.kind === 'COMMENT_PROPOSAL');
    expect(proposalClock.status).toBe('MET');
    const draftClock = proposed.deadlines.find((deadline: { kind: string }) => deadline.kind === 'COMMENT_DRAFT');
    expect(draftClock.status).toBe('OPEN');
    expect(new Date(draftClock.dueAt).getTime() - new Date(draftClock.startedAt).getTime()).toBe(3 * 3600_000);

    const firstDraft = (await run('submitDraft', { caseId: id, ...completeDraft, arguments: null }, officialToken)).risk;
    expect(firstDraft.status).toBe('DRAFT_SUBMITTED');
    const incomplete = await run('approve', { caseId: id }, operatorToken);
    expect(incomplete.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(incomplete.errors?.[0]?.extensions?.fields.map((problem: { field: string }) => problem.field)).toEqual(['draft.arguments']);

    const returned = (await run('returnDraft', { caseId: id, remarks: 'Добавьте ссылку на акт приёмки.' }, operatorToken)).risk;
    expect(returned.status).toBe('DRAFT_RETURNED');
    expect(returned.deadlines.filter((deadline: { kind: string; status: string }) => deadline.kind === 'COMMENT_DRAFT' && deadline.status === 'OPEN')).toHaveLength(1);

    await run('submitDraft', { caseId: id, ...completeDraft }, officialToken);
    const approved = (await run('approve', { caseId: id }, operatorToken)).risk;
    expect(approved.status).toBe('APPROVED');
    expect(approved.approvedDraft.versionNumber).toBe(2);
    expect(approved.drafts.map((draft: { reviewOutcome: string }) => draft.reviewOutcome)).toEqual(['RETURNED', 'APPROVED']);

    const published = (await run('publish', { caseId: id, publishedUrl: 'https://mari-el.gov.ru/ministries/minzdrav/news/1' }, officialToken)).risk;
    expect(published.status).toBe('PUBLISHED');
    const mail = await testApp.em().find(OutboxMessage, { subjectId: id });
    expect(mail).toHaveLength(1);
    expect(mail[0]!.recipient).toBe('prpress@gov.mari.ru');
    expect(mail[0]!.text).toContain(completeDraft.agencyAccount);
    expect(mail[0]!.text).toContain('https://mari-el.gov.ru/ministries/minzdrav/news/1');

    const distributed = (await run('distribute', { caseId: id, outlet: 'ИА «Марийское время»' }, operatorToken)).risk;
    expect(distributed.distributionOutlet).toBe('ИА «Марийское время»');
    const closed = (await run('close', { caseId: id }, operatorToken)).risk;
    expect(closed.status).toBe('CLOSED');
    expect(closed.history.map((event: { kind: string }) => event.kind)).toEqual([
      'DETECTED',
      'VERIFICATION_REQUESTED',
      'VERIFIED',
      'PROPOSAL_SENT',
      'DRAFT_SUBMITTED',
      'DRAFT_RETURNED',
      'DRAFT_SUBMITTED',
      'APPROVED',
      'PUBLISHED',
      'DISTRIBUTED',
      'CLOSED',
    ]);
    expect(closed.deadlines.every((deadline: { status: string }) => deadline.status !== 'OPEN')).toBe(true);
  });

  it('closes without a comment when the information is true', async () => {
    const risk = await detectCase();
    await run('requestVerification', { caseId: risk.id }, operatorToken);
    const closed = (await run('recordVerification', { caseId: risk.id, outcome: 'TRUE' }, officialToken)).risk;
    expect(closed.status).toBe('CLOSED');
    expect(closed.deadlines[0].status).toBe('CANCELLED');
  });

  it('computes the proposal clock across midnight', async () => {
    // 22:30 MSK on 3 December + 3 hours = 01:30 MSK on 4 December, which is 22:30 UTC on 3 December.
    const risk = await detectCase({ detectedAt: '2026-12-03T22:30:00+03:00' });
    expect(new Date(risk.deadlines[0].dueAt).toISOString()).toBe('2026-12-03T22:30:00.000Z');
  });

  it('rejects a topic that does not match the publication at approval', async () => {
    const risk = await caseAwaitingDraft();
    await run('submitDraft', { caseId: risk.id, ...completeDraft, topicCode: OTHER_TOPIC }, officialToken);
    const result = await run('approve', { caseId: risk.id }, operatorToken);
    expect(result.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'draft.topicCode', reason: 'TOPIC_MISMATCH' })]);
    const stored = await testApp.em().findOneOrFail(InformationRisk, risk.id);
    expect(stored.status).toBe('DRAFT_SUBMITTED');
  });

  it('names every missing part of an empty draft', async () => {
    const risk = await caseAwaitingDraft();
    await run('submitDraft', { caseId: risk.id, authorName: 'Петров А. И.', authorRole: 'AREA_OFFICIAL' }, officialToken);
    const result = await run('approve', { caseId: risk.id }, operatorToken);
    const fields = result.errors?.[0]?.extensions?.fields.map((problem: { field: string }) => problem.field);
    expect(fields).toEqual(['draft.falseStatement', 'draft.agencyAccount', 'draft.arguments', 'draft.topicCode']);
  });

  it('previews the routed agency of a topic', async () => {
    const query = 'query ($code: String!) { commentRouteForTopic(topicCode: $code) { id } }';
    expect((await testApp.graphql(query, { code: TOPIC }, officialToken)).data!.commentRouteForTopic.id).toBe(agencyId);
    expect((await testApp.graphql(query, { code: '0001.0001.0001.0001' }, officialToken)).data!.commentRouteForTopic).toBeNull();
  });

  it('requires an agency when no routing rule covers the topic', async () => {
    const result = await run(
      'detect',
      { url: 'https://t.me/news/1', source: 'Telegram', title: 'Заголовок', excerpt: 'Цитата', topicCode: '0001.0001.0001.0001' },
      operatorToken,
    );
    expect(result.errors?.[0]?.extensions?.field).toBe('input.agencyId');
    expect(result.errors?.[0]?.extensions?.fields[0].reason).toBe('NO_ROUTE');
  });

  it('rejects a malformed publication address', async () => {
    const result = await run('detect', { url: 'javascript:alert(1)', source: 'x', title: 'x', excerpt: 'x', topicCode: TOPIC }, operatorToken);
    expect(result.errors?.[0]?.extensions?.field).toBe('input.url');
  });
});

describe('misinformation transitions', () => {
  it('rejects a draft before the proposal with INVALID_TRANSITION', async () => {
    const risk = await detectCase();
    const result = await run('submitDraft', { caseId: risk.id, ...completeDraft }, officialToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('keeps an approved comment from being edited or dismissed', async () => {
    const risk = await caseAwaitingDraft();
    await run('submitDraft', { caseId: risk.id, ...completeDraft }, officialToken);
    await run('approve', { caseId: risk.id }, operatorToken);
    expect((await run('submitDraft', { caseId: risk.id, ...completeDraft }, officialToken)).errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    expect((await run('dismiss', { caseId: risk.id, reason: 'Передумали' }, operatorToken)).errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');

    const superseded = (await run('supersede', { caseId: risk.id, reason: 'Новые факты', proposalText: 'Дополнить цифрами.' }, operatorToken)).risk;
    expect(superseded.status).toBe('PROPOSAL_SENT');
    expect(superseded.drafts[0].supersededAt).not.toBeNull();
    expect(superseded.drafts[0].falseStatement).toBe(completeDraft.falseStatement);
    expect(superseded.approvedDraft).toBeNull();
  });

  it('dismisses with a reason before approval and stops the clocks', async () => {
    const risk = await caseAwaitingDraft();
    const dismissed = (await run('dismiss', { caseId: risk.id, reason: 'Публикация удалена автором' }, operatorToken)).risk;
    expect(dismissed.status).toBe('DISMISSED');
    expect(dismissed.deadlines.every((deadline: { status: string }) => deadline.status !== 'OPEN')).toBe(true);
    const noReason = await run('dismiss', { caseId: risk.id, reason: ' ' }, operatorToken);
    expect(noReason.errors?.[0]?.extensions?.field).toBe('input.reason');
  });
});

describe('misinformation notifications', () => {
  const titlesFor = async (token: string, number: string) =>
    (await testApp.graphql('{ notifications { title } }', {}, token)).data!.notifications
      .map((notification: { title: string }) => notification.title)
      .filter((title: string) => title.includes(number));

  it('tells the agency of a dismissal', async () => {
    const risk = await caseAwaitingDraft();
    await run('dismiss', { caseId: risk.id, reason: 'Публикация удалена' }, operatorToken);
    expect((await titlesFor(officialToken, risk.number)).some((title: string) => title.includes('отклонено'))).toBe(true);
  });

  it('tells both agencies of a reroute and rejects the same agency', async () => {
    const risk = await caseAwaitingDraft();
    const [, other] = await testApp.agencies();
    const same = await run('reroute', { caseId: risk.id, agencyId }, operatorToken);
    expect(same.errors?.[0]?.extensions?.field).toBe('input.agencyId');
    const rerouted = await testApp.graphql(
      'mutation ($input: RerouteInformationRiskInput!) { rerouteInformationRisk(input: $input) { informationRisk { agency { id } } } }',
      { input: { caseId: risk.id, agencyId: other!.id } },
      operatorToken,
    );
    expect(rerouted.data!.rerouteInformationRisk.informationRisk.agency.id).toBe(other!.id);
    expect((await titlesFor(officialToken, risk.number)).some((title: string) => title.includes('передано'))).toBe(true);
    expect((await titlesFor(otherOfficialToken, risk.number)).some((title: string) => title.includes('передал вам'))).toBe(true);
  });

  it('tells the center and the press service of a publication', async () => {
    const risk = await caseAwaitingDraft();
    await run('submitDraft', { caseId: risk.id, ...completeDraft }, officialToken);
    await run('approve', { caseId: risk.id }, operatorToken);
    await run('publish', { caseId: risk.id, publishedUrl: 'https://mari-el.gov.ru/news/7' }, officialToken);
    expect((await titlesFor(operatorToken, risk.number)).some((title: string) => title.includes('опубликовал'))).toBe(true);
    const press = await testApp.graphql('{ notifications { title body } }', {}, pressToken);
    expect(press.data!.notifications.some((notification: { body: string }) => notification.body === 'https://mari-el.gov.ru/news/7')).toBe(true);
  });
});

describe('misinformation input limits', () => {
  it('rejects addresses without a host, with spaces or with credentials', async () => {
    for (const url of ['https:///path', 'https://x', 'https://vk.com/a b', 'https://user:pass@vk.com/x', `https://vk.com/${'a'.repeat(2001)}`]) {
      const result = await run('detect', buildDetectInput({ url }), operatorToken);
      expect(result.errors?.[0]?.extensions?.field, url.slice(0, 40)).toBe('input.url');
    }
  });

  it('rejects a detection before 2021', async () => {
    const result = await run('detect', buildDetectInput({ detectedAt: '1900-01-01T00:00:00+03:00' }), operatorToken);
    expect(result.errors?.[0]?.extensions?.field).toBe('input.detectedAt');
  });

  it('counts invisible characters as blank', async () => {
    const risk = await caseAwaitingDraft();
    await run('submitDraft', { caseId: risk.id, ...completeDraft, arguments: '\u200b\u200b' }, officialToken);
    const approval = await run('approve', { caseId: risk.id }, operatorToken);
    expect(approval.errors?.[0]?.extensions?.fields.map((problem: { field: string }) => problem.field)).toEqual(['draft.arguments']);
    const returned = await run('returnDraft', { caseId: risk.id, remarks: '\u200b' }, operatorToken);
    expect(returned.errors?.[0]?.extensions?.field).toBe('input.remarks');
  });

  it('rejects a distribution before the publication', async () => {
    const risk = await caseAwaitingDraft();
    await run('submitDraft', { caseId: risk.id, ...completeDraft }, officialToken);
    await run('approve', { caseId: risk.id }, operatorToken);
    await run('publish', { caseId: risk.id, publishedUrl: 'https://mari-el.gov.ru/news/8' }, officialToken);
    const early = await run('distribute', { caseId: risk.id, outlet: 'ИА «Марий Эл»', distributedAt: '2021-06-01T12:00:00+03:00' }, operatorToken);
    expect(early.errors?.[0]?.extensions?.field).toBe('input.distributedAt');
    const future = await run('distribute', { caseId: risk.id, outlet: 'ИА «Марий Эл»', distributedAt: '2030-01-01T12:00:00+03:00' }, operatorToken);
    expect(future.errors?.[0]?.extensions?.field).toBe('input.distributedAt');
  });
});

describe('misinformation for the press service', () => {
  it('shows only cases with an approved comment, without drafts or history', async () => {
    const pending = await caseAwaitingDraft();
    const approved = await caseAwaitingDraft();
    await run('submitDraft', { caseId: approved.id, ...completeDraft, arguments: null }, officialToken);
    await run('returnDraft', { caseId: approved.id, remarks: 'Добавьте аргументы.' }, operatorToken);
    await run('submitDraft', { caseId: approved.id, ...completeDraft }, officialToken);
    await run('approve', { caseId: approved.id }, operatorToken);

    const read = (id: string) =>
      testApp.graphql(`query ($id: ID!) { informationRisk(id: $id) { id drafts { versionNumber } history { kind } } }`, { id }, pressToken);
    expect((await read(pending.id)).data!.informationRisk).toBeNull();
    const visible = (await read(approved.id)).data!.informationRisk;
    expect(visible.drafts).toEqual([{ versionNumber: 2 }]);
    expect(visible.history).toEqual([]);
  });
});

describe('misinformation roles', () => {
  it('lets only the center detect, propose and approve', async () => {
    const risk = await caseAwaitingDraft();
    const detect = await run('detect', { url: 'https://vk.com/1', source: 'x', title: 'x', excerpt: 'x', topicCode: TOPIC }, officialToken);
    expect(detect.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await run('submitDraft', { caseId: risk.id, ...completeDraft }, officialToken);
    expect((await run('approve', { caseId: risk.id }, officialToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await run('approve', { caseId: risk.id }, pressToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets only the responsible agency draft', async () => {
    const risk = await caseAwaitingDraft();
    expect((await run('submitDraft', { caseId: risk.id, ...completeDraft }, operatorToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await run('submitDraft', { caseId: risk.id, ...completeDraft }, otherOfficialToken)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const hidden = await testApp.graphql(`query ($id: ID!) { informationRisk(id: $id) { id } }`, { id: risk.id }, otherOfficialToken);
    expect(hidden.data!.informationRisk).toBeNull();
    const stored = await testApp.em().findOneOrFail(InformationRisk, risk.id);
    expect(stored.status).toBe('PROPOSAL_SENT');
  });
});

describe('informationRisks', () => {
  const LIST = `query ($page: InformationRisksPageInput) {
    informationRisks(page: $page) { totalCount edges { node { ${CASE_FIELDS} } } } }`;

  it('costs the same number of SQL statements at 2 and at 12 cases', async () => {
    while ((await testApp.graphql(LIST, { page: { first: 1 } }, operatorToken)).data!.informationRisks.totalCount < 12) {
      await detectCase();
    }
    const statementsFor = async (first: number) => {
      let count = 0;
      const listener = () => {
        count += 1;
      };
      sqlStatements.on('query', listener);
      const result = await testApp.graphql(LIST, { page: { first } }, operatorToken);
      sqlStatements.off('query', listener);
      expect(result.data!.informationRisks.edges).toHaveLength(first);
      return count;
    };
    expect(await statementsFor(12)).toBe(await statementsFor(2));
  });
});

describe('misinformation clock warnings', () => {
  it('warns the center once per threshold for its proposal clock', async () => {
    // Detected 2 h 33 min ago: 85 % of the 3-hour proposal clock is used.
    const detectedAt = new Date(Date.now() - (2 * 60 + 33) * 60_000).toISOString();
    const risk = await detectCase({ detectedAt });
    const countFor = async () =>
      Number(
        (
          await testApp.em().execute<{ count: string }[]>(
            `select count(*) from deadline_warning w join deadline d on d.id = w.deadline_id where d.subject_id = ?`,
            [risk.id],
          )
        )[0]!.count,
      );
    await testApp.app.workers.warnings.runOnce();
    expect(await countFor()).toBe(2);
    const titlesOf = async (token: string) =>
      (await testApp.graphql('{ notifications { kind title } }', {}, token)).data!.notifications
        .map((notification: { title: string }) => notification.title)
        .filter((title: string) => title.includes(risk.number));
    const centerTitles = await titlesOf(operatorToken);
    expect(centerTitles).toHaveLength(1);
    expect(centerTitles[0]).toMatch(/80/);
    // The proposal is the center's work, so the agency is not warned about it.
    expect(await titlesOf(officialToken)).toEqual([]);

    await testApp.app.workers.warnings.runOnce();
    expect(await countFor()).toBe(2);
  });
});

describe('misinformation draft clock warnings', () => {
  it('warns the agency once per threshold for its draft clock', async () => {
    const risk = await caseAwaitingDraft();
    const draftClock = risk.deadlines.find((deadline: { kind: string }) => deadline.kind === 'COMMENT_DRAFT');
    // Moves the 3-hour clock so that 90 % of it is used: it started 2 h 42 min ago.
    const startedAt = new Date(Date.now() - 162 * 60_000);
    await testApp.em().execute(`update deadline set started_at = ?, due_at = ? where id = ?`, [
      startedAt,
      new Date(startedAt.getTime() + 3 * 3600_000),
      draftClock.id,
    ]);
    const agencyTitles = async () =>
      (await testApp.graphql('{ notifications { title } }', {}, officialToken)).data!.notifications
        .map((notification: { title: string }) => notification.title)
        .filter((title: string) => title.includes(risk.number) && title.includes('проекта'));
    await testApp.app.workers.warnings.runOnce();
    expect(await agencyTitles()).toHaveLength(1);
    await testApp.app.workers.warnings.runOnce();
    expect(await agencyTitles()).toHaveLength(1);
  });
});

describe('misinformation clocks in deadlineCountdown', () => {
  const COUNTDOWN = 'subscription { deadlineCountdown(filter: { subjectType: "INFORMATION_RISK" }) { deadlines { subjectId kind state } } }';

  it('shows a case’s clock to the center and its agency only', async () => {
    const risk = await detectCase();
    const frameOf = async (token: string) => {
      const { frames } = await collectFrames<{ deadlineCountdown: { deadlines: { subjectId: string; kind: string }[] } }>(
        testApp.websocket({ token }),
        COUNTDOWN,
        {},
        1,
      );
      return frames[0]!.deadlineCountdown.deadlines.map((deadline) => deadline.subjectId);
    };
    expect(await frameOf(officialToken)).toContain(risk.id);
    expect(await frameOf(pressToken)).not.toContain(risk.id);
    expect(await frameOf(operatorToken)).toContain(risk.id);
    expect(await frameOf(otherOfficialToken)).not.toContain(risk.id);
  });
});
