import type { EntityManager } from '@mikro-orm/postgresql';
import type { FileStore } from '../files/file-store.js';
import { loadDemoIntake } from './demo-intake.js';
import { formatRegistrationNumber } from '../../database/registration-number.js';
import { loadDemoQuality } from './demo-quality.js';
import { loadDemoAnalytics } from './demo-analytics.js';
import { loadDemoComments } from './demo-comments.js';
import { loadDemoProblems } from './demo-problems.js';
import { loadDemoReports } from './demo-reports.js';
import type { ReportService } from '../reports/report.service.js';
import { User, UserRole } from '../auth/auth.entities.js';
import type { DeadlineService } from '../deadlines/deadline.service.js';
import { planAppeals } from './demo-appeal-plans.js';
import { recordAppeal, takeAppealNumbers } from './demo-appeal-records.js';
import { DEMO_ACCOUNTS, buildActors, createContactOfficials, createUsers, type DemoAccount } from './demo-people.js';
import { DemoRandom } from './demo-random.js';
import { loadReference } from './demo-reference.js';

// Re-exported so that the other modules and the tests import the demo data from this one entry point.
export { DEMO_ACCOUNTS, type DemoAccount } from './demo-people.js';
export { DemoRandom } from './demo-random.js';

/** Result of one `loadDemoData` call. The counts are rows that this call created. */
export interface DemoSummary {
  created: boolean;
  accounts: DemoAccount[];
  appeals: number;
  contactOfficials: number;
}

export interface DemoDataOptions {
  /** Password of every demo account, stored only as an argon2id hash. */
  password: string;
  /** Instant that every generated time is relative to. Defaults to the current time. */
  now?: Date;
  deadlines: DeadlineService;
  /** Opens the demo's quarterly reports; without it the demo has none until the server opens them. */
  reports?: ReportService;
  /** Seed of the pseudo-random generator. The same seed and `now` give the same data. */
  seed?: number;
  appealCount?: number;
  /** Stores the demo attachments; without it the demo appeals have no files. */
  files?: FileStore;
}

export const DEFAULT_DEMO_SEED = 20261204;
export const DEFAULT_DEMO_APPEAL_COUNT = 300;
const MAX_APPEAL_COUNT = 100_000;

/** Number of appeals written per flush, so that each flush is a few batched inserts. */
const FLUSH_BATCH_SIZE = 100;

/** Key of the transaction-scoped advisory lock that keeps two starting servers from loading the data twice. */
const DEMO_LOCK_KEY = 20_261_204;

/**
 * Loads demo users, contact officials and appeals once: does nothing (created=false, accounts still listed)
 * when any appeal or user already exists.
 *
 * Reads agencies, level-4 topics, question types, municipalities, deadline rules and the calendar from the
 * database, so the reference data must be loaded first. Every appeal gets its registration and answer
 * deadlines through `deadlines.start` and a history that matches its status. Writes no audit entries and
 * no notifications, because this is seed data and not a user's change. Runs in one transaction.
 */
export async function loadDemoData(em: EntityManager, options: DemoDataOptions): Promise<DemoSummary> {
  const now = options.now ?? new Date();
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const appealCount = options.appealCount ?? DEFAULT_DEMO_APPEAL_COUNT;
  validateOptions(options.password, now, seed, appealCount);

  return em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(?)', [DEMO_LOCK_KEY]);
    if (await hasUsersOrAppeals(tx)) {
      return { created: false, accounts: await listExistingAccounts(tx), appeals: 0, contactOfficials: 0 };
    }

    const reference = await loadReference(tx, options.deadlines);
    const random = new DemoRandom(seed);
    const users = await createUsers(tx, reference, options.password, now);
    const contacts = createContactOfficials(tx, reference.agencies, random, now);
    await tx.flush();

    const plans = planAppeals(reference, random, now, appealCount);
    const numbers = await takeAppealNumbers(tx, plans.length);
    const actors = buildActors(users, contacts);
    for (const [index, plan] of plans.entries()) {
      const number = formatRegistrationNumber('ЦУР', plan.registeredAt, numbers[index]!);
      await recordAppeal(tx, options.deadlines, plan, number, actors, random, now);
      if ((index + 1) % FLUSH_BATCH_SIZE === 0) {
        await tx.flush();
      }
    }
    await tx.flush();

    const operator = users.find(({ account }) => account.role === UserRole.CENTER_OPERATOR)?.user ?? null;
    const officials = new Map(users.filter(({ user }) => user.agency).map(({ user }) => [user.agency!.id, user]));
    await loadDemoComments(tx, { deadlines: options.deadlines, now, operator, officials });
    await tx.flush();
    await loadDemoQuality(tx, { deadlines: options.deadlines, now, operator, officials });
    await tx.flush();
    await loadDemoProblems(tx, { now, operator });
    await loadDemoAnalytics(tx, operator, now);
    await loadDemoIntake(tx, { files: options.files, operator });
    if (options.reports) {
      await loadDemoReports(tx, { deadlines: options.deadlines, reports: options.reports, now, operator, officials });
      await tx.flush();
    }

    return {
      created: true,
      accounts: users.map(({ account }) => account),
      appeals: plans.length,
      contactOfficials: contacts.length,
    };
  });
}

function validateOptions(password: string, now: Date, seed: number, appealCount: number): void {
  if (typeof password !== 'string' || password.length === 0) {
    throw new Error('Demo password is empty: set DEMO_PASSWORD or let the server generate one.');
  }
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new RangeError('Invalid now: expected a valid Date.');
  }
  if (!Number.isInteger(seed)) {
    throw new RangeError(`Invalid seed ${String(seed)}: expected an integer.`);
  }
  if (!Number.isInteger(appealCount) || appealCount < 0 || appealCount > MAX_APPEAL_COUNT) {
    throw new RangeError(`Invalid appealCount ${String(appealCount)}: expected an integer from 0 to ${MAX_APPEAL_COUNT}.`);
  }
}

async function hasUsersOrAppeals(tx: EntityManager): Promise<boolean> {
  const rows = await tx.execute<{ present: boolean }[]>(
    'select (exists (select 1 from "appeal") or exists (select 1 from "app_user")) as present',
  );
  return rows[0]?.present === true;
}

/** Lists the demo accounts that exist, so a restarted server can print them again. */
async function listExistingAccounts(tx: EntityManager): Promise<DemoAccount[]> {
  const emails = DEMO_ACCOUNTS.map((account) => account.email);
  const users = await tx.find(User, { email: { $in: emails } }, { populate: ['agency'] });
  const byEmail = new Map(users.map((user) => [user.email, user]));
  return emails.flatMap((email) => {
    const user = byEmail.get(email);
    if (!user) {
      return [];
    }
    return [{ email: user.email, role: user.role, fullName: user.fullName, agencyShortName: user.agency?.shortName ?? null }];
  });
}
