import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers/test-app.js';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp?.stop();
});

describe('healthz', () => {
  it('answers 503 once the database stops answering', async () => {
    expect((await fetch(`${testApp.url}/healthz`)).status).toBe(200);
    await testApp.app.services.orm.close(true);
    const response = await fetch(`${testApp.url}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', database: false });
  });
});
