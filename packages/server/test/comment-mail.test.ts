import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { OutboxMessage } from '../src/modules/mail/outbox.entity.js';
import { buildDetectInput, completeDraft, ROUTED_GROUP, runCaseStep, caseMutations } from './helpers/comment-steps.js';
import { findFreePort, startSmtpServer, type TestSmtpServer } from './helpers/smtp-server.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

let testApp: TestApp;
let smtp: TestSmtpServer | undefined;
let smtpPort: number;

beforeAll(async () => {
  smtpPort = await findFreePort();
  // The mail worker is driven by runOnce below, so its own poll never runs during the test.
  testApp = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_POLL_INTERVAL_MS: '3600000' });
});

afterAll(async () => {
  await testApp?.stop();
  await smtp?.close();
});

describe('official comment e-mail to the press service', () => {
  it('is delivered once the mail server comes up', async () => {
    const [agency] = await testApp.agencies();
    const operator = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
    const official = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, agency)).token;
    await testApp.graphql(caseMutations.setRoute, { input: { topicCode: ROUTED_GROUP, agencyId: agency!.id } }, operator);

    const step = (name: Parameters<typeof runCaseStep>[1], input: Record<string, unknown>, token: string) =>
      runCaseStep(testApp, name, input, token).then((result) => {
        expect(result.errors).toBeUndefined();
        return result.risk;
      });
    const risk = await step('detect', buildDetectInput(), operator);
    await step('requestVerification', { caseId: risk.id }, operator);
    await step('recordVerification', { caseId: risk.id, outcome: 'FALSE' }, official);
    await step('sendProposal', { caseId: risk.id, proposalText: 'Опровергнуть.' }, operator);
    await step('submitDraft', { caseId: risk.id, ...completeDraft }, official);
    await step('approve', { caseId: risk.id }, operator);
    await step('publish', { caseId: risk.id, publishedUrl: 'https://mari-el.gov.ru/news/42' }, official);

    // Nothing listens on the port yet: the attempt fails and the message waits in the outbox.
    await testApp.app.workers.mail.runOnce();
    const waiting = await testApp.em().findOneOrFail(OutboxMessage, { subjectId: risk.id });
    expect(waiting.status).toBe('PENDING');
    expect(waiting.lastError).toBeTruthy();

    smtp = await startSmtpServer({ port: smtpPort });
    await testApp.em().nativeUpdate(OutboxMessage, { id: waiting.id }, { nextAttemptAt: new Date(Date.now() - 1000) });
    await testApp.app.workers.mail.runOnce();

    const sent = await testApp.em().findOneOrFail(OutboxMessage, { id: waiting.id });
    expect(sent.status).toBe('SENT');
    expect(smtp.received).toHaveLength(1);
    const received = smtp.received[0]!;
    expect(received.envelopeTo).toEqual(['prpress@gov.mari.ru']);
    expect(received.mail.subject).toContain(risk.agency.shortName);
    expect(received.mail.text).toContain(completeDraft.agencyAccount);
    expect(received.mail.text).toContain(completeDraft.arguments);
    expect(received.mail.text).toContain('https://mari-el.gov.ru/news/42');
  });
});
