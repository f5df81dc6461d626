import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/logging/logger.js';
import { User, UserRole } from '../src/modules/auth/auth.entities.js';
import { CENTER_ROLES } from '../src/modules/auth/current-user.js';
import { ContactOfficial } from '../src/modules/contacts/contact.entities.js';
import { DeadlineWarningWorker } from '../src/modules/deadlines/deadline-warning-worker.js';
import { Deadline } from '../src/modules/deadlines/deadline.entity.js';
import { OutboxMessage } from '../src/modules/mail/outbox.entity.js';
import { Notification } from '../src/modules/notifications/notification.entity.js';
import { buildRegisterAppealInput, REGISTER_APPEAL, someTopicCode } from './helpers/fixtures.js';
import { startTestApp, startTestAppOnDatabase, type TestApp } from './helpers/test-app.js';

const HOUR_MS = '3600000';
const CENTER_EMAIL = 'cur@mari-el.gov.ru';
const TERM_SECONDS = 10 * 86_400;
const NBSP = '\u00a0';

const COUNTDOWN = `subscription { deadlineCountdown { reason changedDeadlineIds deadlines { id state } } }`;

interface CountdownFrame {
  deadlineCountdown: { reason: string; changedDeadlineIds: string[]; deadlines: { id: string; state: string }[] };
}

interface RegisteredAppeal {
  id: string;
  number: string;
  answerDeadlineId: string;
}

const environment = { CENTER_EMAIL, WARNING_INTERVAL_MS: HOUR_MS, MAIL_POLL_INTERVAL_MS: HOUR_MS };

let testApp: TestApp;
let operatorToken: string;
let topicCode: string;
let agencyId: string;
let agencyShortName: string;
let agencyOfficialId: string;
let otherAgencyOfficialId: string;
let activeContactEmail: string;

beforeAll(async () => {
  testApp = await startTestApp(environment);
  const [agency, otherAgency] = await testApp.agencies();
  agencyId = agency!.id;
  agencyShortName = agency!.shortName;
  topicCode = await someTopicCode(testApp);
  operatorToken = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
  const admin = await testApp.createUser(UserRole.CENTER_ADMIN);
  agencyOfficialId = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, agency)).user.id;
  otherAgencyOfficialId = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, otherAgency)).user.id;

  const created = await testApp.graphql(
    `mutation ($input: CreateContactOfficialInput!) { createContactOfficial(input: $input) { contactOfficial { id email } } }`,
    {
      input: {
        agencyId,
        surname: 'Петров',
        firstName: 'Алексей',
        patronymic: 'Иванович',
        position: 'Начальник отдела',
        email: 'petrov@mari-el.gov.ru',
        phone: '+78362451234',
      },
    },
    admin.token,
  );
  expect(created.errors).toBeUndefined();
  activeContactEmail = created.data!.createContactOfficial.contactOfficial.email;

  // A former contact of the same agency and a contact of another agency get no e-mail.
  const em = testApp.em();
  const contactFields = { firstName: 'Ольга', patronymic: 'Сергеевна', position: 'Советник', phone: '+78362450000' };
  em.create(ContactOfficial, { ...contactFields, agency: agency!, surname: 'Бывшая', email: 'former@mari-el.gov.ru', active: false });
  em.create(ContactOfficial, { ...contactFields, agency: otherAgency!, surname: 'Чужая', email: 'other@mari-el.gov.ru' });
  await em.flush();
});

afterAll(async () => {
  await testApp?.stop();
});

async function registerAppeal(agency: string | null = agencyId): Promise<RegisteredAppeal> {
  const result = await testApp.graphql(
    REGISTER_APPEAL,
    { input: buildRegisterAppealInput(topicCode, agency ? { agencyId: agency } : {}) },
    operatorToken,
  );
  expect(result.errors).toBeUndefined();
  const appeal = result.data!.registerAppeal.appeal as { id: string; number: string; deadlines: { id: string; kind: string }[] };
  const answer = appeal.deadlines.find((deadline) => deadline.kind === 'APPEAL_ANSWER');
  return { id: appeal.id, number: appeal.number, answerDeadlineId: answer!.id };
}

/** Moves a deadline's start and due instants so that `share` of a ten-day term is used now. */
async function useShare(deadlineId: string, share: number): Promise<void> {
  await testApp
    .em()
    .getConnection()
    .execute(
      `update deadline set started_at = now() - make_interval(secs => ?), due_at = now() + make_interval(secs => ?) where id = ?`,
      [share * TERM_SECONDS, (1 - share) * TERM_SECONDS, deadlineId],
    );
}

async function thresholdsOf(deadlineId: string): Promise<number[]> {
  const rows = await testApp
    .em()
    .getConnection()
    .execute<{ threshold: number }[]>(`select threshold from deadline_warning where deadline_id = ? order by threshold`, [deadlineId]);
  return rows.map((row) => row.threshold);
}

/** Returns, for each notification title about the appeal, the ids of its recipients, sorted. */
async function notificationRecipients(appealId: string): Promise<Map<string, string[]>> {
  const notifications = await testApp.em().find(Notification, { subjectId: appealId }, { orderBy: { createdAt: 'asc' } });
  const byTitle = new Map<string, string[]>();
  for (const notification of notifications) {
    byTitle.set(notification.title, [...(byTitle.get(notification.title) ?? []), notification.recipient.id].sort());
  }
  return byTitle;
}

/** Returns, for each e-mail subject about the appeal, its recipients, sorted. */
async function emailRecipients(appealId: string): Promise<Map<string, string[]>> {
  const messages = await testApp.em().find(OutboxMessage, { subjectId: appealId });
  const bySubject = new Map<string, string[]>();
  for (const message of messages) {
    bySubject.set(message.subject, [...(bySubject.get(message.subject) ?? []), message.recipient].sort());
  }
  return bySubject;
}

async function centerUserIds(): Promise<string[]> {
  const users = await testApp.em().find(User, { role: { $in: [...CENTER_ROLES] }, active: true });
  return users.map((user) => user.id);
}

describe('deadline warning worker', () => {
  let appeal: RegisteredAppeal;
  let halfTitle: string;
  let eightyTitle: string;
  let overdueTitle: string;

  beforeAll(async () => {
    appeal = await registerAppeal();
    halfTitle = `Использовано 50${NBSP}% срока ответа на обращение ${appeal.number}`;
    eightyTitle = `Использовано 80${NBSP}% срока ответа на обращение ${appeal.number}`;
    overdueTitle = `Просрочен срок ответа на обращение ${appeal.number}`;
  });

  it('warns once when half of the term is used', async () => {
    await useShare(appeal.answerDeadlineId, 0.55);
    expect(await testApp.app.workers.warnings.runOnce()).toBe(1);
    expect(await thresholdsOf(appeal.answerDeadlineId)).toEqual([500]);

    const expectedRecipients = [...(await centerUserIds()), agencyOfficialId].sort();
    const notifications = await notificationRecipients(appeal.id);
    expect([...notifications.keys()]).toEqual([halfTitle]);
    expect(notifications.get(halfTitle)).toEqual(expectedRecipients);
    expect(notifications.get(halfTitle)).not.toContain(otherAgencyOfficialId);

    const emails = await emailRecipients(appeal.id);
    expect([...emails.keys()]).toEqual([halfTitle]);
    expect(emails.get(halfTitle)).toEqual([CENTER_EMAIL, activeContactEmail].sort());

    const [message] = await testApp.em().find(OutboxMessage, { subjectId: appeal.id, recipient: activeContactEmail });
    expect(message!.text).toContain(`Срок ответа на обращение ${appeal.number} истекает`);
    expect(message!.text).toContain(`Ответственный орган: ${agencyShortName}.`);
    expect(message!.subjectType).toBe('APPEAL');

    expect(await testApp.app.workers.warnings.runOnce()).toBe(0);
    expect((await notificationRecipients(appeal.id)).get(halfTitle)).toEqual(expectedRecipients);
    expect(await testApp.em().count(OutboxMessage, { subjectId: appeal.id })).toBe(2);
  });

  it('sends only the 80 % warning at 85 %', async () => {
    await useShare(appeal.answerDeadlineId, 0.85);
    expect(await testApp.app.workers.warnings.runOnce()).toBe(1);
    expect(await thresholdsOf(appeal.answerDeadlineId)).toEqual([500, 800]);

    const expectedRecipients = [...(await centerUserIds()), agencyOfficialId].sort();
    const notifications = await notificationRecipients(appeal.id);
    expect([...notifications.keys()].sort()).toEqual([halfTitle, eightyTitle].sort());
    expect(notifications.get(halfTitle)).toEqual(expectedRecipients);
    expect(notifications.get(eightyTitle)).toEqual(expectedRecipients);
    expect((await emailRecipients(appeal.id)).get(eightyTitle)).toEqual([CENTER_EMAIL, activeContactEmail].sort());

    expect(await testApp.app.workers.warnings.runOnce()).toBe(0);
  });

  it('reports the overdue deadline once and publishes it', async () => {
    const client = testApp.websocket({ token: operatorToken });
    const frames: CountdownFrame[] = [];
    const changeFrame = new Promise<CountdownFrame>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no CHANGE frame naming the deadline within 5 s')), 5000);
      client.subscribe<CountdownFrame['deadlineCountdown']>(
        { query: COUNTDOWN },
        {
          next: (result) => {
            const frame = result.data as unknown as CountdownFrame;
            frames.push(frame);
            if (frame.deadlineCountdown.reason === 'CHANGE' && frame.deadlineCountdown.changedDeadlineIds.includes(appeal.answerDeadlineId)) {
              clearTimeout(timer);
              resolve(frame);
            }
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    while (frames.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    await useShare(appeal.answerDeadlineId, 1.2);
    expect(await testApp.app.workers.warnings.runOnce()).toBe(1);
    expect(await thresholdsOf(appeal.answerDeadlineId)).toEqual([500, 800, 1000]);

    const frame = await changeFrame;
    const entry = frame.deadlineCountdown.deadlines.find((deadline) => deadline.id === appeal.answerDeadlineId);
    expect(entry?.state).toBe('OVERDUE');

    const deadline = await testApp.em().findOneOrFail(Deadline, { id: appeal.answerDeadlineId });
    expect(deadline.overdueReportedAt).toBeInstanceOf(Date);
    const notifications = await notificationRecipients(appeal.id);
    expect(notifications.get(overdueTitle)).toEqual([...(await centerUserIds()), agencyOfficialId].sort());
    expect((await emailRecipients(appeal.id)).get(overdueTitle)).toEqual([CENTER_EMAIL, activeContactEmail].sort());

    expect(await testApp.app.workers.warnings.runOnce()).toBe(0);
    expect(await testApp.em().count(OutboxMessage, { subjectId: appeal.id })).toBe(6);
  });

  it('sends only the highest threshold reached at once', async () => {
    const late = await registerAppeal();
    await useShare(late.answerDeadlineId, 1.5);
    expect(await testApp.app.workers.warnings.runOnce()).toBe(1);
    expect(await thresholdsOf(late.answerDeadlineId)).toEqual([500, 800, 1000]);
    const notifications = await notificationRecipients(late.id);
    expect([...notifications.keys()]).toEqual([`Просрочен срок ответа на обращение ${late.number}`]);
    expect(await testApp.em().count(OutboxMessage, { subjectId: late.id })).toBe(2);
  });

  it('warns only the center about a deadline without an agency', async () => {
    const unassigned = await registerAppeal(null);
    await useShare(unassigned.answerDeadlineId, 0.6);
    expect(await testApp.app.workers.warnings.runOnce()).toBe(1);
    const title = `Использовано 50${NBSP}% срока ответа на обращение ${unassigned.number}`;
    expect((await notificationRecipients(unassigned.id)).get(title)).toEqual((await centerUserIds()).sort());
    expect((await emailRecipients(unassigned.id)).get(title)).toEqual([CENTER_EMAIL]);
    const message = await testApp.em().findOneOrFail(OutboxMessage, { subjectId: unassigned.id });
    expect(message.text).not.toContain('Ответственный орган');
  });

  it('ignores deadlines that are no longer open', async () => {
    const answered = await registerAppeal();
    await testApp.em().getConnection().execute(`update deadline set status = 'MET', completed_at = now() where id = ?`, [answered.answerDeadlineId]);
    await useShare(answered.answerDeadlineId, 1.5);
    expect(await testApp.app.workers.warnings.runOnce()).toBe(0);
    expect(await thresholdsOf(answered.answerDeadlineId)).toEqual([]);
  });

  it('warns once with two instances on one database', async () => {
    const second = await startTestAppOnDatabase(testApp, environment);
    try {
      // Waits for the second instance's first run at start, which finds nothing yet.
      await second.app.workers.warnings.runOnce();
      const appeals = await Promise.all(Array.from({ length: 6 }, () => registerAppeal()));
      for (const item of appeals) {
        await useShare(item.answerDeadlineId, 0.9);
      }

      const [firstSent, secondSent] = await Promise.all([
        testApp.app.workers.warnings.runOnce(),
        second.app.workers.warnings.runOnce(),
      ]);
      expect(firstSent + secondSent).toBe(appeals.length);

      const expectedRecipients = [...(await centerUserIds()), agencyOfficialId].sort();
      for (const item of appeals) {
        expect(await thresholdsOf(item.answerDeadlineId)).toEqual([500, 800]);
        const notifications = await notificationRecipients(item.id);
        expect([...notifications.keys()]).toEqual([`Использовано 80${NBSP}% срока ответа на обращение ${item.number}`]);
        expect([...notifications.values()][0]).toEqual(expectedRecipients);
        expect(await testApp.em().count(OutboxMessage, { subjectId: item.id })).toBe(2);
      }
    } finally {
      await second.stop();
    }
  });
});

describe('deadline warning workers racing', () => {
  it('warns each deadline once with one-deadline batches', async () => {
    const second = await startTestAppOnDatabase(testApp, environment);
    try {
      await second.app.workers.warnings.runOnce();
      const appeals = await Promise.all(Array.from({ length: 8 }, () => registerAppeal()));
      for (const item of appeals) {
        await useShare(item.answerDeadlineId, 0.6);
      }
      // Batches of one deadline make the two workers interleave instead of one taking every row.
      const workers = [testApp, second].map(
        (instance) =>
          new DeadlineWarningWorker(instance.app.services.orm, instance.app.services.countdown, createLogger('silent', false), {
            shares: [0.5, 0.8, 1],
            intervalMs: 3_600_000,
            centerEmail: CENTER_EMAIL,
            batchSize: 1,
          }),
      );
      const sent = await Promise.all(workers.map((worker) => worker.runOnce()));
      expect(sent[0]! + sent[1]!).toBe(appeals.length);
      for (const item of appeals) {
        expect(await thresholdsOf(item.answerDeadlineId)).toEqual([500]);
        const notifications = await notificationRecipients(item.id);
        expect([...notifications.values()]).toHaveLength(1);
        expect([...notifications.values()][0]).toEqual([...(await centerUserIds()), agencyOfficialId].sort());
        expect(await testApp.em().count(OutboxMessage, { subjectId: item.id })).toBe(2);
      }
    } finally {
      await second.stop();
    }
  });
});

describe('WARNING_SHARES', () => {
  const dataDir = () => mkdtempSync(path.join(tmpdir(), 'cur-warning-config-'));

  it('defaults to 0.5, 0.8 and 1', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config.WARNING_SHARES).toEqual([0.5, 0.8, 1]);
    expect(config.WARNING_INTERVAL_MS).toBe(30_000);
  });

  it('sorts the shares it is given', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), WARNING_SHARES: '1, 0.25,0.125' }).WARNING_SHARES).toEqual([0.125, 0.25, 1]);
  });

  it.each([
    ['0', /above 0 and at most 1/],
    ['0.5,1.5', /above 0 and at most 1/],
    ['0.5,,1', /above 0 and at most 1/],
    ['half', /above 0 and at most 1/],
    ['0.3333', /at most three decimals/],
    ['0.5,0.5', /must not repeat/],
  ])('rejects %j', (value, message) => {
    let error: unknown;
    try {
      loadConfig({ DATA_DIR: dataDir(), WARNING_SHARES: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('WARNING_SHARES:');
    expect(problems).toMatch(message);
  });

  it('rejects a too short WARNING_INTERVAL_MS', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), WARNING_INTERVAL_MS: '10' })).toThrow(/WARNING_INTERVAL_MS: must be at least 100 ms/);
  });
});
