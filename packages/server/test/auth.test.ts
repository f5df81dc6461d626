import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/modules/audit/audit.entity.js';
import { Session, UserRole } from '../src/modules/auth/auth.entities.js';
import { startTestApp, TEST_PASSWORD, type TestApp } from './helpers/test-app.js';

let testApp: TestApp;
let email: string;

beforeAll(async () => {
  testApp = await startTestApp();
  email = (await testApp.createUser(UserRole.CENTER_OPERATOR)).user.email;
});

afterAll(async () => {
  await testApp?.stop();
});

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { token expiresAt user { email role } } }';

describe('login', () => {
  it('signs in, sets an httpOnly cookie and answers me', async () => {
    const response = await fetch(`${testApp.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { input: { email: email.toUpperCase(), password: TEST_PASSWORD } } }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^cur_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const me = await fetch(`${testApp.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0]! },
      body: JSON.stringify({ query: '{ me { email role } }' }),
    });
    expect(((await me.json()) as { data: { me: unknown } }).data.me).toEqual({ email, role: 'CENTER_OPERATOR' });
  });

  it('rejects a wrong password with UNAUTHENTICATED', async () => {
    const result = await testApp.graphql(LOGIN, { input: { email, password: 'wrong password' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it('stores no token and no password in the database or the audit log', async () => {
    const token = await testApp.login(email);
    const sessions = await testApp.em().find(Session, {});
    expect(sessions.some((session) => session.tokenHash === token)).toBe(false);
    const audit = JSON.stringify(await testApp.em().find(AuditEntry, {}));
    expect(audit).not.toContain(token);
    expect(audit).not.toContain(TEST_PASSWORD);
  });
});

describe('login throttling', () => {
  it('blocks an e-mail after five failed sign-ins, even with the right password', async () => {
    const target = (await testApp.createUser(UserRole.CENTER_OPERATOR)).user.email;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const failed = await testApp.graphql(LOGIN, { input: { email: target, password: 'guess' } });
      expect(failed.errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await testApp.graphql(LOGIN, { input: { email: target, password: TEST_PASSWORD } });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(blocked.errors?.[0]?.extensions?.reason).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(800);
  });
});

describe('WebSocket origin', () => {
  it('rejects a connection from another site', async () => {
    const { default: WebSocket } = await import('ws');
    const token = await testApp.login(email);
    const socket = new WebSocket(`${testApp.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', { origin: 'http://evil.example' });
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { token } })));
    expect(await closed).toBe(4403);
  });
});

describe('logout', () => {
  it('revokes the session so the token stops working', async () => {
    const token = await testApp.login(email);
    expect((await testApp.graphql('{ me { email } }', {}, token)).data!.me.email).toBe(email);
    const logout = await testApp.graphql('mutation { logout { revoked } }', {}, token);
    expect(logout.data!.logout.revoked).toBe(true);
    expect((await testApp.graphql('{ me { email } }', {}, token)).data!.me).toBeNull();
  });
});

describe('me', () => {
  it('returns null without a session', async () => {
    expect((await testApp.graphql('{ me { email } }')).data!.me).toBeNull();
  });
});

describe('healthz', () => {
  it('answers 200 while the database answers', async () => {
    const response = await fetch(`${testApp.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: true });
  });
});

describe('query limits', () => {
  it('rejects a query deeper than the limit', async () => {
    const nested = (depth: number): string => (depth === 0 ? 'id' : `agency { contactOfficials { ${nested(depth - 1)} } }`);
    const deep = `{ me { ${nested(6)} } }`;
    const result = await testApp.graphql(deep, {}, await testApp.login(email));
    expect(result.errors?.[0]?.message).toMatch(/exceeds maximum operation depth/);
  });
});
