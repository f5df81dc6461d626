import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { buildRegisterAppealInput, REGISTER_APPEAL, someTopicCode } from './helpers/fixtures.js';
import { chromiumInstalled, launchChromium, requireBuiltSpa, SCREENSHOTS, WEB_DIST } from './helpers/browser.js';
import { startTestApp, TEST_PASSWORD, type TestApp } from './helpers/test-app.js';
import { uploadPdf } from './helpers/uploads.js';


let testApp: TestApp;
let browser: Browser;
let email: string;
let appealId: string;

async function signIn(page: Page): Promise<void> {
  await page.goto(`${testApp.url}/login`);
  await page.locator('#login_email').fill(email);
  await page.locator('#login_password').fill(TEST_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor();
}

describe.skipIf(!chromiumInstalled)('intake in Chromium', () => {
  beforeAll(async () => {
    requireBuiltSpa();
    testApp = await startTestApp({ WEB_DIST });
    const operator = await testApp.createUser(UserRole.CENTER_OPERATOR);
    email = operator.user.email;
    const [agency] = await testApp.agencies();
    const fileId = await uploadPdf(testApp, operator.token, 'скан письма.pdf');
    const input = buildRegisterAppealInput(await someTopicCode(testApp), {
      agencyId: agency!.id,
      text: 'Житель деревни Кужэҥер просит починить мост через реку.',
      questionTypeCode: '3',
      questionSubtypeCode: '3.1.1',
      coAppellants: [{ name: 'Петров Пётр Петрович' }],
      attachmentIds: [fileId],
    });
    const result = await testApp.graphql(REGISTER_APPEAL, { input }, operator.token);
    expect(result.errors).toBeUndefined();
    appealId = result.data!.registerAppeal.appeal.id;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await testApp?.stop();
  });

  it('marks a Mari word typed without its letter', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
    page.setDefaultTimeout(10_000);
    await signIn(page);
    await page.goto(`${testApp.url}/appeals?q=${encodeURIComponent('кужэнер')}`);
    const mark = page.getByTestId('appeal-search-matches').locator('mark').first();
    await mark.waitFor();
    expect(await mark.textContent()).toBe('Кужэҥер');
    const exportHref = await page.getByTestId('appeals-export-csv').getAttribute('href');
    expect(decodeURIComponent(exportHref!)).toContain('"text":"кужэнер"');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'appeals-search.png') });
  }, 60_000);

  it('shows attachments, co-appellants and the subtype on the card', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
    page.setDefaultTimeout(10_000);
    await signIn(page);
    await page.goto(`${testApp.url}/appeals/${appealId}`);
    await page.getByTestId('appeal-card-attachments').waitFor();
    expect(await page.getByTestId('appeal-card-subtype').textContent()).toContain('3.1.1.');
    expect(await page.getByTestId('appeal-card-co-appellants').textContent()).toContain('Петров Пётр Петрович');
    const link = page.getByTestId('appeal-card-attachments').locator('a', { hasText: 'скан письма.pdf' });
    const status = await page.evaluate(async (url) => (await fetch(url!)).status, await link.getAttribute('href'));
    expect(status).toBe(200);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'appeal-card-intake.png'), fullPage: true });
  }, 60_000);

  it('rejects a file over the limit or of another type without sending it', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
    page.setDefaultTimeout(10_000);
    const uploads: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/files') {
        uploads.push(request.url());
      }
    });
    await signIn(page);
    await page.goto(`${testApp.url}/appeals/new`);
    await expect.poll(() => page.locator('input[type=file]').getAttribute('accept')).toContain('.pdf');
    await page.locator('input[type=file]').setInputFiles([
      { name: 'video.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(64) },
      { name: 'большой скан.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(10 * 1024 * 1024 + 1) },
    ]);
    const errors = page.getByTestId('attachment-upload-error');
    await expect.poll(() => errors.count()).toBe(2);

    expect(await errors.allTextContents()).toEqual([
      'Файл video.mp4: тип video/mp4 не принимается; допустимы PDF, JPEG, PNG, DOC, DOCX, ODT, XLSX, TXT',
      'Файл большой скан.pdf: 10,1 МБ больше предела 10 МБ',
    ]);
    expect(uploads).toEqual([]);
    await page.close();
  }, 60_000);

  it('shows the server message of a rejected upload', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
    page.setDefaultTimeout(10_000);
    await signIn(page);
    await page.goto(`${testApp.url}/appeals/new`);
    await page.locator('input[type=file]').setInputFiles([{ name: 'не pdf.pdf', mimeType: 'application/pdf', buffer: Buffer.from('plain text, not a PDF') }]);
    const error = page.getByTestId('attachment-upload-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Файл не pdf.pdf: содержимое не похоже на PDF; проверьте, что файл не повреждён и его тип указан верно');
    await page.close();
  }, 60_000);
});
