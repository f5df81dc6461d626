import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../src/config/config.js';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { buildDetectInput, caseMutations, ROUTED_GROUP } from './helpers/comment-steps.js';
import { buildRegisterAppealInput, someTopicCode } from './helpers/fixtures.js';
import { CHROMIUM, chromiumInstalled, launchChromium, requireBuiltSpa, SCREENSHOTS, WEB_DIST } from './helpers/browser.js';
import { startTestApp, TEST_PASSWORD, type TestApp } from './helpers/test-app.js';


if (!chromiumInstalled) {
  process.stderr.write(`Skipping the browser test: ${CHROMIUM} is missing; install Debian's package with \`apt-get install chromium\`.\n`);
}

let testApp: TestApp;
let browser: Browser;
let email: string;
let token: string;

async function signIn(page: Page, userEmail = email): Promise<void> {
  await page.goto(`${testApp.url}/login`);
  await page.locator('#login_email').fill(userEmail);
  await page.locator('#login_password').fill(TEST_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect.poll(() => page.getByTestId('current-user').textContent(), { timeout: 10_000 }).toContain('Тестовый');
}

/** Opens an antd Select by its field id and picks the option whose text contains `text`. */
async function pickOption(page: Page, fieldId: string, text: string, search?: string): Promise<void> {
  await page.locator(`#${fieldId}`).click();
  if (search) {
    await page.locator(`#${fieldId}`).fill(search);
  }
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: text }).first().click();
}

describe.skipIf(!chromiumInstalled)('SPA in Chromium', () => {
  beforeAll(async () => {
    requireBuiltSpa();
    testApp = await startTestApp({ WEB_DIST, COUNTDOWN_INTERVAL_MS: '1000' });
    const operator = await testApp.createUser(UserRole.CENTER_OPERATOR);
    email = operator.user.email;
    token = operator.token;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await testApp?.stop();
  });

  it('signs in, registers an appeal and shows its countdown decreasing', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
    page.setDefaultTimeout(10_000);
    await signIn(page);

    await page.goto(`${testApp.url}/appeals/new`);
    await pickOption(page, 'appeal_channel', 'Электронная почта');
    await page.locator('#appeal_appellantName').fill('Смирнова Анна Сергеевна');
    await page.locator('#appeal_appellantEmail').fill('anna.smirnova@example.ru');
    await page.getByTestId('appeal-text').fill('Во дворе дома 12 по улице Чавайна не вывозят мусор вторую неделю.');
    await pickOption(page, 'appeal_topicCode', 'мусор', 'мусор');
    await pickOption(page, 'appeal_agencyId', 'Минприроды', 'Минприроды');
    await page.getByTestId('appeal-submit').click();

    await page.waitForURL(/\/appeals\/[0-9a-f-]{36}$/, { timeout: 10_000 });
    const number = /ЦУР-\d{4}-\d{6}/.exec((await page.getByTestId('appeal-number').textContent()) ?? '')?.[0];
    expect(number).toBeDefined();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'appeal-card.png'), fullPage: true });

    await page.goto(`${testApp.url}/`);
    const row = page.locator('[data-testid^="countdown-"]', { hasText: number! }).first();
    await row.waitFor({ timeout: 10_000 });
    const remaining = row.locator('[data-testid^="remaining-"]');
    const secondsAt = async () => Number(await remaining.getAttribute('data-seconds'));
    const first = await secondsAt();
    await page.waitForTimeout(2500);
    const later = await secondsAt();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard.png') });

    // 30 days, less any shift back from a non-working last day such as the New Year holidays.
    expect(first).toBeGreaterThan(20 * 86400);
    expect(later).toBeLessThan(first);
    expect(first - later).toBeLessThanOrEqual(4);
    expect(await remaining.textContent()).toMatch(/\d+ д \d{2}:\d{2}:\d{2}/);
  }, 90_000);

  it('starts the press service on the comments', async () => {
    const press = await testApp.createUser(UserRole.PRESS_SERVICE);
    const page = await browser.newPage({ locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
    page.setDefaultTimeout(10_000);
    await signIn(page, press.user.email);

    await expect.poll(() => new URL(page.url()).pathname).toBe('/comments');
    await expect.poll(() => page.locator('.ant-menu').textContent()).toContain('Опровержения');
    expect(await page.locator('.ant-menu').textContent()).not.toContain('Контроль сроков');
    await page.close();
  }, 60_000);

  it('shows a misinformation clock on the wall and counts it down', async () => {
    const [agency] = await testApp.agencies();
    await testApp.graphql(caseMutations.setRoute, { input: { topicCode: ROUTED_GROUP, agencyId: agency!.id } }, token);
    const detected = await testApp.graphql(caseMutations.detect, { input: buildDetectInput() }, token);
    const deadlineId = (detected.data!.detectInformationRisk.informationRisk.deadlines[0] as { id: string }).id;

    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
    page.setDefaultTimeout(10_000);
    await signIn(page);
    await page.goto(`${testApp.url}/wall/comments`);
    const tile = page.getByTestId(`wall-clock-${deadlineId}`);
    await tile.waitFor();
    const first = Number(await tile.getAttribute('data-seconds'));
    await page.waitForTimeout(2500);
    const later = Number(await tile.getAttribute('data-seconds'));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'wall-comments.png') });

    expect(await tile.getAttribute('data-state')).toBe('ON_TRACK');
    expect(first).toBeLessThanOrEqual(3 * 3600);
    expect(first).toBeGreaterThan(3 * 3600 - 60);
    expect(later).toBeLessThan(first);
  }, 90_000);

  it('lets the center fail an answer and return it for rework', async () => {
    const [agency] = await testApp.agencies();
    const official = await testApp.createUser(UserRole.AGENCY_OFFICIAL, agency);
    const registered = await testApp.graphql(
      'mutation ($input: RegisterAppealInput!) { registerAppeal(input: $input) { appeal { id } } }',
      { input: buildRegisterAppealInput(await someTopicCode(testApp), { agencyId: agency!.id }) },
      token,
    );
    const appealId = registered.data!.registerAppeal.appeal.id as string;
    const answered = await testApp.graphql(
      'mutation ($input: AnswerAppealInput!) { answerAppeal(input: $input) { appeal { status } } }',
      { input: { appealId, answerText: 'Ремонт будет выполнен.' } },
      official.token,
    );
    expect(answered.data?.answerAppeal.appeal.status).toBe('ANSWERED');

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
    page.setDefaultTimeout(10_000);
    await signIn(page);
    await page.goto(`${testApp.url}/appeals/${appealId}`);
    const form = page.getByTestId('review-form');
    await form.waitFor();
    await page.getByTestId('review-answeredOnSubstance').check();
    await page.getByTestId('review-deadlineMet').check();
    await form.locator('.ant-radio-button-wrapper', { hasText: '2' }).click();
    await expect.poll(() => page.getByTestId('review-verdict').textContent()).toContain('не будет пройдена');

    // A failing review without remarks stays in the form with the remarks field marked.
    await page.getByTestId('review-submit').click();
    await expect.poll(() => form.locator('.ant-form-item-explain-error').allTextContents()).toContain('Укажите, что органу нужно исправить');

    await page.getByTestId('review-remarks').fill('Не разъяснён порядок обжалования.');
    await page.getByTestId('review-submit').click();
    await expect.poll(() => page.getByTestId('appeal-status').getAttribute('data-status')).toBe('ASSIGNED');
    await expect.poll(() => page.getByTestId('review-list').textContent()).toContain('Не пройдена');
    await expect.poll(() => page.getByTestId('quality-panel').textContent()).toContain('Не разъяснён порядок обжалования.');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'appeal-review.png'), fullPage: true });

    const stored = await testApp.graphql(
      'query ($id: ID!) { appeal(id: $id) { reviews { passed score rightsExplained } deadlines { kind status } } }',
      { id: appealId },
      token,
    );
    expect(stored.data!.appeal.reviews).toEqual([{ passed: false, score: 2, rightsExplained: false }]);
    expect(stored.data!.appeal.deadlines).toContainEqual({ kind: 'APPEAL_REWORK', status: 'OPEN' });
  }, 90_000);

  it('imports the NYC sample on the import page', async () => {
    const admin = await testApp.createUser(UserRole.CENTER_ADMIN);
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
    page.setDefaultTimeout(10_000);
    await signIn(page, admin.user.email);

    await page.goto(`${testApp.url}/import`);
    await page.locator('input[type=file]').setInputFiles(path.join(repositoryRoot, 'packages/server/data/import/nyc311_service_requests_sample.csv'));
    await expect.poll(() => page.getByTestId('import-mapping').textContent()).toContain('nyc311');
    await page.getByTestId('import-start').click();

    const progress = page.getByTestId('import-progress');
    await progress.getByText('Завершён').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import.png'), fullPage: true });

    expect(await page.getByTestId('import-summary').textContent()).toContain('загружено обращений: 53');
    expect(await page.getByTestId('import-summary').textContent()).toContain('отклонено: 5');
    const href = await progress.getByTestId('import-report-link').getAttribute('href');
    const report = await page.request.get(`${testApp.url}${href}`);
    expect(report.status()).toBe(200);
    expect((await report.text()).trim().split('\n')).toHaveLength(6);
  }, 90_000);
});
