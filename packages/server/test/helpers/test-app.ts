import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startApp, type RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/logging/logger.js';
import { Agency } from '../../src/modules/agencies/agency.entity.js';
import { User, UserRole } from '../../src/modules/auth/auth.entities.js';
import { hashPassword } from '../../src/modules/auth/session.service.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface GraphqlResponse<Data = Record<string, any>> {
  data?: Data | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface TestApp {
  app: RunningApp;
  url: string;
  databaseUrl: string;
  em(): EntityManager;
  /** Sends one operation over real HTTP with an optional bearer token. */
  graphql<Data = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlResponse<Data>>;
  login(email: string, password?: string): Promise<string>;
  /** Creates a user directly in the database and returns it with a session token. */
  createUser(role: UserRole, agency?: Agency | null): Promise<{ user: User; token: string }>;
  agencies(): Promise<Agency[]>;
  websocket(connectionParams?: Record<string, unknown>): Client;
  stop(): Promise<void>;
}

let userCounter = 0;

/** Starts the real server on a fresh database of its own, on a free port, with the reference data. */
export async function startTestApp(environment: Record<string, string> = {}): Promise<TestApp> {
  return launchTestApp(await createTestDatabase(), environment);
}

/** Starts a second server instance on the database of `other`; stopping it leaves the database alone. */
export function startTestAppOnDatabase(other: TestApp, environment: Record<string, string> = {}): Promise<TestApp> {
  return launchTestApp({ url: other.databaseUrl, drop: async () => undefined }, environment);
}

async function launchTestApp(database: TestDatabase, environment: Record<string, string>): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cur-test-'));
  const config = loadConfig({
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    PORT: '0',
    DEMO_DATA: 'false',
    SESSION_SECRET: 'test-session-secret-of-at-least-32-chars',
    DEMO_PASSWORD: TEST_PASSWORD,
    COUNTDOWN_INTERVAL_MS: '250',
    // Tests run the workers with runOnce(); their own polls would add SQL to statement counts.
    MAIL_POLL_INTERVAL_MS: '3600000',
    WARNING_INTERVAL_MS: '3600000',
    ANALYTICS_REFRESH_INTERVAL_MS: '3600000',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    NODE_ENV: 'test',
    WEB_DIST: path.join(dataDir, 'no-spa'),
    ...environment,
  });
  const logger = createLogger(config.LOG_LEVEL, false);
  const app = await startApp(config, logger, { demoData: false });
  const clients: Client[] = [];

  const testApp: TestApp = {
    app,
    url: app.url,
    databaseUrl: database.url,
    em: () => app.services.orm.em.fork(),

    async graphql(query, variables, token) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphqlResponse<any>;
    },

    async login(email, password = TEST_PASSWORD) {
      const result = await testApp.graphql<{ login: { token: string } }>(
        'mutation ($input: LoginInput!) { login(input: $input) { token } }',
        { input: { email, password } },
      );
      if (!result.data?.login) {
        throw new Error(`login of ${email} failed: ${JSON.stringify(result.errors)}`);
      }
      return result.data.login.token;
    },

    async createUser(role, agency = null) {
      userCounter += 1;
      const em = testApp.em();
      const user = em.create(User, {
        email: `${role.toLowerCase()}-${userCounter}@test.cur`,
        passwordHash: await hashPassword(TEST_PASSWORD),
        fullName: `Тестовый Пользователь ${userCounter}`,
        role,
        agency: agency ? em.getReference(Agency, agency.id) : null,
      });
      await em.persistAndFlush(user);
      return { user, token: await testApp.login(user.email) };
    },

    agencies: () => testApp.em().find(Agency, {}, { orderBy: { shortName: 'asc' } }),

    websocket(connectionParams) {
      const client = createClient({
        url: `${app.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams,
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => undefined,
      });
      clients.push(client);
      return client;
    },

    async stop() {
      await Promise.all(clients.map((client) => client.dispose()));
      await app.stop();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return testApp;
}

/** Collects the next `count` results of a subscription, failing after `timeoutMs`. */
export function collectFrames<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  count: number,
  timeoutMs = 10_000,
): Promise<{ frames: T[]; errors: unknown[] }> {
  return new Promise((resolve, reject) => {
    const frames: T[] = [];
    const errors: unknown[] = [];
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`received ${frames.length} of ${count} frames within ${timeoutMs} ms; errors: ${JSON.stringify(errors)}`));
    }, timeoutMs);
    const unsubscribe = client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors) {
            errors.push(...result.errors);
          }
          if (result.data) {
            frames.push(result.data as T);
          }
          if (frames.length >= count) {
            clearTimeout(timer);
            unsubscribe();
            resolve({ frames, errors });
          }
        },
        error: (error) => {
          clearTimeout(timer);
          errors.push(error);
          resolve({ frames, errors });
        },
        complete: () => {
          clearTimeout(timer);
          resolve({ frames, errors });
        },
      },
    );
  });
}
