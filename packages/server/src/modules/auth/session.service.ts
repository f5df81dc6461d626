import { createHmac, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import argon2 from 'argon2';
import { Session, User } from './auth.entities.js';
import type { CurrentUser } from './current-user.js';

export const SESSION_COOKIE = 'cur_session';

/** Bus channel on which a logout asks every instance to close the session's WebSocket connections. */
export const SESSION_REVOKED_CHANNEL = 'session.revoked';

/** Keys the stored token hash with SESSION_SECRET, so a database dump alone cannot confirm a stolen token. */
export function hashToken(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function toCurrentUser(user: User): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    agencyId: user.agency?.id ?? null,
  };
}

/** Checks the e-mail and password; returns null for either mistake so that callers cannot tell which. */
export async function verifyCredentials(em: EntityManager, email: string, password: string): Promise<User | null> {
  const user = await em.findOne(
    User,
    { email: email.trim().toLowerCase(), active: true },
    { populate: ['passwordHash'] },
  );
  if (!user) {
    // Spend the same time as a real check so that response times do not reveal which e-mails exist.
    await argon2.verify(await dummyHash(), password).catch(() => false);
    return null;
  }
  const valid = await argon2.verify(user.passwordHash, password);
  return valid ? user : null;
}

let cachedDummyHash: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  cachedDummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return cachedDummyHash;
}

/** Issues, resolves and revokes session tokens; only their keyed hashes are stored. */
export class SessionService {
  constructor(
    private readonly secret: string,
    private readonly ttlHours: number,
  ) {}

  createSession(em: EntityManager, user: User): { token: string; session: Session } {
    const token = randomBytes(32).toString('base64url');
    const session = em.create(Session, {
      tokenHash: hashToken(token, this.secret),
      user,
      createdAt: new Date(),
      expiresAt: new Date(Date.now() + this.ttlHours * 3600_000),
    });
    em.persist(session);
    return { token, session };
  }

  /** Resolves a bearer or cookie token to its user; expired, revoked and unknown tokens give null. */
  async resolve(em: EntityManager, token: string | undefined): Promise<CurrentUser | null> {
    if (!token) {
      return null;
    }
    const session = await em.findOne(
      Session,
      { tokenHash: hashToken(token, this.secret), revokedAt: null, expiresAt: { $gt: new Date() } },
      { populate: ['user'] },
    );
    if (!session || !session.user.active) {
      return null;
    }
    return toCurrentUser(session.user);
  }

  /** Returns the stored form of a token, which other instances also use to learn which session ended. */
  hash(token: string): string {
    return hashToken(token, this.secret);
  }

  async revoke(em: EntityManager, token: string): Promise<boolean> {
    const affected = await em.nativeUpdate(
      Session,
      { tokenHash: hashToken(token, this.secret), revokedAt: null },
      { revokedAt: new Date() },
    );
    return affected > 0;
  }
}

/** Reads the token from `Authorization: Bearer …` first, then from the session cookie. */
export function tokenFromHeaders(authorization: string | undefined, cookieHeader: string | undefined): string | undefined {
  if (authorization?.startsWith('Bearer ')) {
    return authorization.slice('Bearer '.length).trim() || undefined;
  }
  if (!cookieHeader) {
    return undefined;
  }
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      return decodeURIComponent(rest.join('='));
    }
  }
  return undefined;
}
