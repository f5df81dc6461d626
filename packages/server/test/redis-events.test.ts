import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserRole } from '../src/modules/auth/auth.entities.js';
import { buildRegisterAppealInput, REGISTER_APPEAL, someTopicCode } from './helpers/fixtures.js';
import { startTestApp, startTestAppOnDatabase, type TestApp } from './helpers/test-app.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisAnswers(): Promise<boolean> {
  const client = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

const redisAvailable = await redisAnswers();
if (!redisAvailable) {
  process.stderr.write(`Skipping the Redis test: nothing answers at ${REDIS_URL}; start redis-server or set TEST_REDIS_URL.\n`);
}

let first: TestApp;
let second: TestApp;

describe.skipIf(!redisAvailable)('deadline events through Redis', () => {
  beforeAll(async () => {
    first = await startTestApp({ REDIS_URL, COUNTDOWN_INTERVAL_MS: '60000' });
    second = await startTestAppOnDatabase(first, { REDIS_URL, COUNTDOWN_INTERVAL_MS: '60000' });
  });

  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  it('shows an appeal registered on one instance in the other’s countdown', async () => {
    const { token } = await first.createUser(UserRole.CENTER_OPERATOR);
    const [agency] = await first.agencies();
    const client = second.websocket({ token });
    const frames: { deadlineCountdown: { reason: string; deadlines: { subjectId: string }[] } }[] = [];
    const change = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no CHANGE frame reached the second instance within 5 s')), 5000);
      client.subscribe(
        { query: 'subscription { deadlineCountdown { reason deadlines { subjectId } } }' },
        {
          next: (result) => {
            frames.push(result.data as never);
            if (frames.at(-1)!.deadlineCountdown.reason === 'CHANGE') {
              clearTimeout(timer);
              resolve();
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

    const input = buildRegisterAppealInput(await someTopicCode(first), { agencyId: agency!.id });
    const registered = await first.graphql(REGISTER_APPEAL, { input }, token);
    expect(registered.errors).toBeUndefined();
    await change;
    const ids = frames.at(-1)!.deadlineCountdown.deadlines.map((deadline) => deadline.subjectId);
    expect(ids).toContain(registered.data!.registerAppeal.appeal.id);
  });
});
