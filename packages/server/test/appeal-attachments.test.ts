import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppealAttachment } from '../src/modules/appeals/appeal-intake.entities.js';
import { AuditEntry } from '../src/modules/audit/audit.entity.js';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { StoredFile } from '../src/modules/files/stored-file.entity.js';
import { buildRegisterAppealInput, someTopicCode } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { PDF_BYTES, download, uploadPdf } from './helpers/uploads.js';

let testApp: TestApp;
let topicCode: string;
let agencyId: string;
let operatorToken: string;
let officialToken: string;
let otherOfficialToken: string;
let pressToken: string;

const REGISTER = `
  mutation ($input: RegisterAppealInput!) {
    registerAppeal(input: $input) {
      appeal { id attachments { id fileName mediaType size sha256 url } history { kind note } }
    }
  }`;
const ADD = `
  mutation ($input: AddAppealAttachmentsInput!) {
    addAppealAttachments(input: $input) { appeal { id attachments { id fileName } history { kind note } } }
  }`;

async function registerWith(token: string, attachmentIds: string[], overrides: Record<string, unknown> = {}) {
  return testApp.graphql(REGISTER, { input: buildRegisterAppealInput(topicCode, { agencyId, attachmentIds, ...overrides }) }, token);
}

beforeAll(async () => {
  testApp = await startTestApp();
  const [agency, otherAgency] = await testApp.agencies();
  agencyId = agency!.id;
  topicCode = await someTopicCode(testApp);
  operatorToken = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
  officialToken = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, agency)).token;
  otherOfficialToken = (await testApp.createUser(UserRole.AGENCY_OFFICIAL, otherAgency)).token;
  pressToken = (await testApp.createUser(UserRole.PRESS_SERVICE)).token;
});

afterAll(async () => {
  await testApp?.stop();
});

describe('registerAppeal attachmentIds', () => {
  it('links uploaded files and records them in the history', async () => {
    const fileId = await uploadPdf(testApp, operatorToken, 'скан письма.pdf');
    const result = await registerWith(operatorToken, [fileId]);
    expect(result.errors).toBeUndefined();
    const appeal = result.data!.registerAppeal.appeal;
    expect(appeal.attachments).toHaveLength(1);
    expect(appeal.attachments[0].id).toBe(fileId);
    expect(appeal.attachments[0].fileName).toBe('скан письма.pdf');
    expect(appeal.attachments[0].size).toBe(PDF_BYTES.length);
    expect(appeal.attachments[0].url).toBe(`/api/files/${fileId}`);
    expect(appeal.history.map((event: { kind: string }) => event.kind)).toEqual(['REGISTERED', 'ASSIGNED', 'ATTACHMENT_ADDED']);
    expect(appeal.history[2].note).toBe('скан письма.pdf');
  });

  it('rejects a file another user uploaded', async () => {
    const foreignFileId = await uploadPdf(testApp, officialToken);
    const before = await testApp.em().count(AppealAttachment, {});
    const result = await registerWith(operatorToken, [foreignFileId]);
    expect(result.data).toBeNull();
    const error = result.errors![0]!;
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.extensions!.field).toBe('input.attachmentIds.0');
    expect(error.extensions!.fields[0].reason).toBe('FILE_NOT_FOUND');
    expect(await testApp.em().count(AppealAttachment, {})).toBe(before);
  });

  it('rejects an id that is not a UUID', async () => {
    const result = await registerWith(operatorToken, ['scan.pdf']);
    expect(result.errors![0]!.extensions!.field).toBe('input.attachmentIds.0');
  });
});

describe('addAppealAttachments', () => {
  it('adds files once and audits the change', async () => {
    const appealId = (await registerWith(operatorToken, [])).data!.registerAppeal.appeal.id;
    const fileId = await uploadPdf(testApp, officialToken, 'ответ.pdf');
    const auditBefore = await testApp.em().count(AuditEntry, { operation: 'addAppealAttachments' });

    const first = await testApp.graphql(ADD, { input: { appealId, fileIds: [fileId] } }, officialToken);
    expect(first.errors).toBeUndefined();
    expect(first.data!.addAppealAttachments.appeal.attachments.map((file: { id: string }) => file.id)).toEqual([fileId]);
    expect(first.data!.addAppealAttachments.appeal.history.at(-1)).toEqual({ kind: 'ATTACHMENT_ADDED', note: 'ответ.pdf' });

    const again = await testApp.graphql(ADD, { input: { appealId, fileIds: [fileId] } }, officialToken);
    expect(again.errors).toBeUndefined();
    expect(again.data!.addAppealAttachments.appeal.attachments).toHaveLength(1);
    const kinds = again.data!.addAppealAttachments.appeal.history.map((event: { kind: string }) => event.kind);
    expect(kinds.filter((kind: string) => kind === 'ATTACHMENT_ADDED')).toHaveLength(1);
    expect(await testApp.em().count(AuditEntry, { operation: 'addAppealAttachments' })).toBe(auditBefore + 1);
  });

  it('hides another agency’s appeal', async () => {
    const appealId = (await registerWith(operatorToken, [])).data!.registerAppeal.appeal.id;
    const fileId = await uploadPdf(testApp, otherOfficialToken);
    const result = await testApp.graphql(ADD, { input: { appealId, fileIds: [fileId] } }, otherOfficialToken);
    expect(result.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('rejects the press service', async () => {
    const appealId = (await registerWith(operatorToken, [])).data!.registerAppeal.appeal.id;
    const fileId = await uploadPdf(testApp, pressToken);
    const result = await testApp.graphql(ADD, { input: { appealId, fileIds: [fileId] } }, pressToken);
    expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('rejects an empty file list', async () => {
    const appealId = (await registerWith(operatorToken, [])).data!.registerAppeal.appeal.id;
    const result = await testApp.graphql(ADD, { input: { appealId, fileIds: [] } }, operatorToken);
    expect(result.errors![0]!.extensions!.field).toBe('input.fileIds');
  });
});

describe('download of appeal attachments', () => {
  let url: string;

  beforeAll(async () => {
    const fileId = await uploadPdf(testApp, operatorToken, 'жалоба.pdf');
    const appeal = (await registerWith(operatorToken, [fileId])).data!.registerAppeal.appeal;
    url = appeal.attachments[0].url;
  });

  it('lets the appeal’s agency download', async () => {
    const response = await download(testApp, url, officialToken);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF_BYTES)).toBe(true);
  });

  it('lets another center user download', async () => {
    const { token } = await testApp.createUser(UserRole.CENTER_ADMIN);
    expect((await download(testApp, url, token)).status).toBe(200);
  });

  it('answers 404 to another agency', async () => {
    expect((await download(testApp, url, otherOfficialToken)).status).toBe(404);
  });

  it('answers 404 to the press service', async () => {
    expect((await download(testApp, url, pressToken)).status).toBe(404);
  });

  it('follows the appeal when it is forwarded', async () => {
    const fileId = await uploadPdf(testApp, operatorToken, 'пересылка.pdf');
    const appeal = (await registerWith(operatorToken, [fileId])).data!.registerAppeal.appeal;
    const [, otherAgency] = await testApp.agencies();
    const forwarded = await testApp.graphql(
      `mutation ($input: ForwardAppealInput!) { forwardAppeal(input: $input) { appeal { id } } }`,
      { input: { appealId: appeal.id, agencyId: otherAgency!.id, reason: 'Не по компетенции', appellantNotifiedAt: new Date().toISOString() } },
      operatorToken,
    );
    expect(forwarded.errors).toBeUndefined();
    expect((await download(testApp, appeal.attachments[0].url, otherOfficialToken)).status).toBe(200);
    expect((await download(testApp, appeal.attachments[0].url, officialToken)).status).toBe(404);
  });
});

describe('removal of unlinked files', () => {
  const DAY_AND_HOUR_MS = 25 * 3_600_000;

  /** Dates the upload of the files back by a day and an hour, past the default UNLINKED_FILE_HOURS. */
  async function ageUploads(ids: string[]): Promise<void> {
    await testApp.em().nativeUpdate(StoredFile, { id: { $in: ids } }, { uploadedAt: new Date(Date.now() - DAY_AND_HOUR_MS) });
  }

  function contentPath(file: StoredFile): string {
    return path.join(testApp.app.services.config.DATA_DIR, 'files', file.storageKey);
  }

  it('removes an old file that nothing links', async () => {
    const forgotten = await uploadPdf(testApp, operatorToken, 'забытый скан.pdf');
    await ageUploads([forgotten]);
    const row = await testApp.em().findOneOrFail(StoredFile, { id: forgotten });
    expect(existsSync(contentPath(row))).toBe(true);

    expect(await testApp.app.workers.files.runOnce()).toBe(1);

    expect(await testApp.em().findOne(StoredFile, { id: forgotten })).toBeNull();
    expect(existsSync(contentPath(row))).toBe(false);
    expect((await download(testApp, `/api/files/${forgotten}`, operatorToken)).status).toBe(404);
    const audit = await testApp.em().findOneOrFail(AuditEntry, { entityId: forgotten, operation: 'removeUnlinkedFile' });
    expect(audit.actor).toBeNull();
    expect(audit.before).toMatchObject({ fileName: 'забытый скан.pdf' });
  });

  it('keeps an old file linked to an appeal', async () => {
    const attached = await uploadPdf(testApp, operatorToken, 'вложение.pdf');
    expect((await registerWith(operatorToken, [attached])).errors).toBeUndefined();
    const forgotten = await uploadPdf(testApp, operatorToken, 'черновик.pdf');
    await ageUploads([attached, forgotten]);

    // Both in one run: had the linked file been picked too, its foreign key would fail the whole run.
    expect(await testApp.app.workers.files.runOnce()).toBe(1);
    expect(await testApp.em().findOne(StoredFile, { id: forgotten })).toBeNull();

    const row = await testApp.em().findOneOrFail(StoredFile, { id: attached });
    expect(existsSync(contentPath(row))).toBe(true);
    expect((await download(testApp, `/api/files/${attached}`, officialToken)).status).toBe(200);
  });

  it('keeps a recent file that nothing links yet', async () => {
    const pending = await uploadPdf(testApp, operatorToken, 'ещё не отправлено.pdf');

    expect(await testApp.app.workers.files.runOnce()).toBe(0);

    expect(await testApp.em().findOne(StoredFile, { id: pending })).not.toBeNull();
    expect((await registerWith(operatorToken, [pending])).errors).toBeUndefined();
  });
});
