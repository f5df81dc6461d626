import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { StoredFile } from '../src/modules/files/stored-file.entity.js';
import { formatFileSize } from '../src/modules/files/file-types.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { PDF_BYTES, download, uploadFiles } from './helpers/uploads.js';

// A small limit, so that the oversized case does not need megabytes.
const MAX_BYTES = 64 * 1024;

let testApp: TestApp;
let operatorToken: string;
let otherToken: string;

/** Lists every file under DATA_DIR/files, partial ones included. */
function storedPaths(): string[] {
  const root = path.join(testApp.app.services.config.DATA_DIR, 'files');
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

beforeAll(async () => {
  testApp = await startTestApp({ FILE_MAX_BYTES: String(MAX_BYTES) });
  operatorToken = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
  otherToken = (await testApp.createUser(UserRole.CENTER_OPERATOR)).token;
});

afterAll(async () => {
  await testApp?.stop();
});

describe('POST /api/files', () => {
  it('stores a file with its size and checksum', async () => {
    const result = await uploadFiles(testApp, operatorToken, [{ fileName: 'заявление.pdf', mediaType: 'application/pdf', content: PDF_BYTES }]);
    expect(result.status).toBe(201);
    const [file] = result.body.files!;
    expect(file!.fileName).toBe('заявление.pdf');
    expect(file!.mediaType).toBe('application/pdf');
    expect(file!.size).toBe(PDF_BYTES.length);
    expect(file!.sha256).toBe(createHash('sha256').update(PDF_BYTES).digest('hex'));
    expect(file!.url).toBe(`/api/files/${file!.id}`);

    const row = await testApp.em().findOneOrFail(StoredFile, { id: file!.id });
    expect(row.size).toBe(PDF_BYTES.length);
    expect(row.sha256).toBe(file!.sha256);
  });

  it('stores several files of one request', async () => {
    const result = await uploadFiles(testApp, operatorToken, [
      { fileName: 'фото.png', mediaType: 'image/png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]) },
      { fileName: 'пояснение.txt', mediaType: 'text/plain', content: 'Текст пояснения' },
    ]);
    expect(result.status).toBe(201);
    expect(result.body.files!.map((file) => file.fileName)).toEqual(['фото.png', 'пояснение.txt']);
  });

  it('takes the type from the extension for octet-stream', async () => {
    const result = await uploadFiles(testApp, operatorToken, [{ fileName: 'скан.PDF', mediaType: 'application/octet-stream', content: PDF_BYTES }]);
    expect(result.status).toBe(201);
    expect(result.body.files![0]!.mediaType).toBe('application/pdf');
  });

  it('rejects a file over the limit naming both sizes', async () => {
    const before = await testApp.em().count(StoredFile, {});
    const content = Buffer.concat([PDF_BYTES, Buffer.alloc(MAX_BYTES * 3)]);
    const result = await uploadFiles(testApp, operatorToken, [{ fileName: 'video.pdf', mediaType: 'application/pdf', content }]);
    expect(result.status).toBe(400);
    const [error] = result.body.errors!;
    expect(error!.extensions.code).toBe('BAD_USER_INPUT');
    expect(error!.extensions.reason).toBe('FILE_TOO_LARGE');
    expect(error!.extensions.field).toBe('files.0');
    expect(error!.message).toBe(`Файл video.pdf: ${formatFileSize(content.length, true)} больше предела 64 КБ`);
    expect(await testApp.em().count(StoredFile, {})).toBe(before);
    expect(storedPaths().filter((file) => file.endsWith('.part'))).toEqual([]);
  });

  it('rejects a file one byte over the limit', async () => {
    const content = Buffer.concat([PDF_BYTES, Buffer.alloc(MAX_BYTES + 1 - PDF_BYTES.length)]);
    const result = await uploadFiles(testApp, operatorToken, [{ fileName: 'ровно.pdf', mediaType: 'application/pdf', content }]);
    expect(result.status).toBe(400);
    expect(result.body.errors![0]!.message).toBe('Файл ровно.pdf: 64,1 КБ больше предела 64 КБ');
  });

  it('accepts a file exactly at the limit', async () => {
    const content = Buffer.concat([PDF_BYTES, Buffer.alloc(MAX_BYTES - PDF_BYTES.length)]);
    const result = await uploadFiles(testApp, operatorToken, [{ fileName: 'предел.pdf', mediaType: 'application/pdf', content }]);
    expect(result.status).toBe(201);
    expect(result.body.files![0]!.size).toBe(MAX_BYTES);
  });

  it('rejects a type not in FILE_TYPES listing the accepted ones', async () => {
    const tiff = Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]);
    const result = await uploadFiles(testApp, operatorToken, [{ fileName: 'scan.tiff', mediaType: 'image/tiff', content: tiff }]);
    expect(result.status).toBe(400);
    const [error] = result.body.errors!;
    expect(error!.extensions.reason).toBe('FILE_TYPE_REJECTED');
    expect(error!.message).toBe('Файл scan.tiff: тип image/tiff не принимается; допустимы PDF, JPEG, PNG, DOC, DOCX, ODT, XLSX, TXT');
  });

  it('rejects content that does not match its declared type', async () => {
    const before = await testApp.em().count(StoredFile, {});
    const result = await uploadFiles(testApp, operatorToken, [{ fileName: 'вирус.pdf', mediaType: 'application/pdf', content: Buffer.from('MZ\x90\x00 not a pdf at all') }]);
    expect(result.status).toBe(400);
    expect(result.body.errors![0]!.extensions.reason).toBe('FILE_CONTENT_MISMATCH');
    expect(result.body.errors![0]!.message).toContain('Файл вирус.pdf: содержимое не похоже на PDF');
    expect(await testApp.em().count(StoredFile, {})).toBe(before);
  });

  it('rejects a text file with NUL bytes', async () => {
    const result = await uploadFiles(testApp, operatorToken, [{ fileName: 'данные.txt', mediaType: 'text/plain', content: Buffer.from([0x41, 0x00, 0x42]) }]);
    expect(result.status).toBe(400);
    expect(result.body.errors![0]!.extensions.reason).toBe('FILE_CONTENT_MISMATCH');
  });

  it('rejects an empty file', async () => {
    const result = await uploadFiles(testApp, operatorToken, [{ fileName: 'пусто.txt', mediaType: 'text/plain', content: '' }]);
    expect(result.status).toBe(400);
    expect(result.body.errors![0]!.extensions.reason).toBe('FILE_EMPTY');
  });

  it('stores none of a request when one file is rejected', async () => {
    const before = await testApp.em().count(StoredFile, {});
    const filesBefore = storedPaths().length;
    const result = await uploadFiles(testApp, operatorToken, [
      { fileName: 'хороший.pdf', mediaType: 'application/pdf', content: PDF_BYTES },
      { fileName: 'плохой.exe', mediaType: 'application/x-msdownload', content: 'MZ' },
    ]);
    expect(result.status).toBe(400);
    expect(result.body.errors).toHaveLength(1);
    expect(result.body.errors![0]!.extensions.field).toBe('files.1');
    expect(await testApp.em().count(StoredFile, {})).toBe(before);
    expect(storedPaths()).toHaveLength(filesBefore);
  });

  it('removes the partial file of an aborted upload', async () => {
    const before = await testApp.em().count(StoredFile, {});
    const boundary = 'cur-test-boundary';
    const { port } = new URL(testApp.url);
    const upload = httpRequest({
      host: '127.0.0.1',
      port: Number(port),
      path: '/api/files',
      method: 'POST',
      headers: { authorization: `Bearer ${operatorToken}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': '100000' },
    });
    upload.on('error', () => undefined);
    upload.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="обрыв.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    upload.write(Buffer.concat([PDF_BYTES, Buffer.alloc(4096)]));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(storedPaths().filter((file) => file.endsWith('.part'))).toHaveLength(1);
    upload.destroy();
    await expect.poll(() => storedPaths().filter((file) => file.endsWith('.part')).length, { timeout: 5000 }).toBe(0);
    expect(await testApp.em().count(StoredFile, {})).toBe(before);
  });

  it('rejects a request without files', async () => {
    const result = await uploadFiles(testApp, operatorToken, []);
    expect(result.status).toBe(400);
    expect(result.body.errors![0]!.extensions.reason).toBe('NO_FILES');
  });

  it('rejects a body that is not multipart', async () => {
    const response = await fetch(`${testApp.url}/api/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${operatorToken}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { reason: string } }[] };
    expect(body.errors[0]!.extensions.reason).toBe('NOT_MULTIPART');
  });

  it('requires a session', async () => {
    const result = await uploadFiles(testApp, undefined, [{ fileName: 'a.pdf', mediaType: 'application/pdf', content: PDF_BYTES }]);
    expect(result.status).toBe(401);
    expect(result.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a foreign Origin', async () => {
    const result = await uploadFiles(testApp, operatorToken, [{ fileName: 'a.pdf', mediaType: 'application/pdf', content: PDF_BYTES }], {
      origin: 'https://evil.example',
    });
    expect(result.status).toBe(403);
    expect(result.body.errors![0]!.extensions.code).toBe('FORBIDDEN');
  });
});

describe('GET /api/files/:id', () => {
  it('sends the uploader the content with a Cyrillic file name', async () => {
    const upload = await uploadFiles(testApp, operatorToken, [{ fileName: 'ответ заявителю.pdf', mediaType: 'application/pdf', content: PDF_BYTES }]);
    const file = upload.body.files![0]!;
    const response = await download(testApp, file.url, operatorToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-length')).toBe(String(PDF_BYTES.length));
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('ответ заявителю.pdf')}`);
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF_BYTES)).toBe(true);
  });

  it('answers 404 to a user no check admits', async () => {
    const upload = await uploadFiles(testApp, operatorToken, [{ fileName: 'личное.pdf', mediaType: 'application/pdf', content: PDF_BYTES }]);
    const response = await download(testApp, upload.body.files![0]!.url, otherToken);
    expect(response.status).toBe(404);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('NOT_FOUND');
  });

  it('answers 404 to an unknown or malformed id', async () => {
    expect((await download(testApp, '/api/files/00000000-0000-4000-8000-000000000000', operatorToken)).status).toBe(404);
    expect((await download(testApp, '/api/files/not-an-id', operatorToken)).status).toBe(404);
  });

  it('requires a session', async () => {
    const upload = await uploadFiles(testApp, operatorToken, [{ fileName: 'a.pdf', mediaType: 'application/pdf', content: PDF_BYTES }]);
    expect((await download(testApp, upload.body.files![0]!.url)).status).toBe(401);
  });
});

describe('fileUploadLimits', () => {
  const LIMITS = 'query { fileUploadLimits { maxBytes maxFilesPerUpload mediaTypes extensions typeLabels } }';

  it('tells the limits a client checks before sending', async () => {
    const result = await testApp.graphql(LIMITS, {}, operatorToken);
    expect(result.errors).toBeUndefined();
    const limits = result.data!.fileUploadLimits;
    expect(limits.maxBytes).toBe(MAX_BYTES);
    expect(limits.maxFilesPerUpload).toBe(20);
    expect(limits.mediaTypes).toContain('application/pdf');
    expect(limits.mediaTypes).not.toContain('video/mp4');
    expect(limits.extensions).toEqual(expect.arrayContaining(['pdf', 'jpg', 'jpeg', 'docx', 'txt']));
    expect(limits.extensions).not.toContain('mp4');
    expect(limits.typeLabels[limits.mediaTypes.indexOf('application/pdf')]).toBe('PDF');
  });

  it('requires a session', async () => {
    const result = await testApp.graphql(LIMITS, {});
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
