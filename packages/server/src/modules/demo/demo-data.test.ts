import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/test-database.js';
import { createOrmConfig } from '../../database/orm-config.js';
import { AppealChannel, AppealStatus, AppellantKind } from '../appeals/appeal.entity.js';
import { CalendarStore } from '../deadlines/calendar-store.js';
import { DeadlineService } from '../deadlines/deadline.service.js';
import { elapsedShare } from '../deadlines/engine/index.js';
import { loadReferenceData } from '../reference/reference-loader.js';
import { DEMO_ACCOUNTS, DemoRandom, loadDemoData, type DemoSummary } from './demo-data.js';
import {
  ABROAD_OPENINGS,
  APPEAL_THEMES,
  CLOSINGS,
  FOREIGN_OPENINGS,
  ORGANIZATION_OPENINGS,
  RESIDENT_OPENINGS,
  STATELESS_OPENINGS,
  Voice,
  applyVoice,
  fillTemplate,
} from './demo-texts.js';

const PASSWORD = 'demo-password-for-tests';
/** A fixed instant whose 40-day window contains the May holidays, so some deadlines shift. */
const NOW = new Date('2026-05-20T10:00:00+03:00');
const SEED = 20261204;
const APPEAL_COUNT = 300;
const DAY_MS = 86_400_000;
/** History kinds that the quality demo adds without changing an appeal's status path. */
const QUALITY_EVENT_KINDS = new Set(['REVIEWED', 'SATISFACTION_RECORDED', 'FLAGGED', 'FLAG_RESOLVED', 'ANSWER_SUBMITTED_FOR_REVIEW', 'REPEAT_CONFIRMED']);
/** Appeals that the quality demo returned to their agency, so their deadlines and history go past the generator's path. */
const RETURNED_APPEALS = `select appeal_id from appeal_event where kind in ('RETURNED_FOR_REWORK', 'REOPENED')`;

interface LoadedDatabase {
  database: TestDatabase;
  orm: MikroORM;
  deadlines: DeadlineService;
  summary: DemoSummary;
  loadMs: number;
}

/** Creates a migrated database with the reference data, ready for the demo data. */
async function createReferenceDatabase(): Promise<Omit<LoadedDatabase, 'summary' | 'loadMs'>> {
  const database = await createTestDatabase('demo_test');
  const orm = await MikroORM.init(createOrmConfig(database.url));
  await orm.getMigrator().up();
  await loadReferenceData(orm.em.fork());
  const calendars = new CalendarStore();
  await calendars.reload(orm.em.fork());
  return { database, orm, deadlines: new DeadlineService(calendars) };
}

/** Creates a database with the reference data and loads the demo data into it once. */
async function createLoadedDatabase(): Promise<LoadedDatabase> {
  const { database, orm, deadlines } = await createReferenceDatabase();
  const started = performance.now();
  const summary = await loadDemoData(orm.em.fork(), { password: PASSWORD, now: NOW, deadlines, seed: SEED, appealCount: APPEAL_COUNT });
  return { database, orm, deadlines, summary, loadMs: performance.now() - started };
}

async function query<Row>(em: EntityManager, sql: string, params: unknown[] = []): Promise<Row[]> {
  return em.execute<Row[]>(sql, params);
}

/** Raw queries return timestamptz columns as text, because the ORM parses dates itself. */
function instant(value: Date | string): number {
  return new Date(value).getTime();
}

let first: LoadedDatabase;
let second: LoadedDatabase;

beforeAll(async () => {
  first = await createLoadedDatabase();
  second = await createLoadedDatabase();
});

afterAll(async () => {
  for (const loaded of [first, second]) {
    await loaded?.orm.close();
    await loaded?.database.drop();
  }
});

describe('loadDemoData', () => {
  it('reports what it created', () => {
    expect(first.summary.created).toBe(true);
    expect(first.summary.appeals).toBe(APPEAL_COUNT);
    expect(first.summary.accounts.map((account) => account.email)).toEqual(DEMO_ACCOUNTS.map((account) => account.email));
    // Printed so that a run shows the load time; speed is not a test's business on a shared machine.
    console.info(`loadDemoData: ${APPEAL_COUNT} appeals in ${Math.round(first.loadMs)} ms`);
  });

  it('creates the demo users with roles and agencies', async () => {
    const rows = await query<{ email: string; role: string; short_name: string | null }>(
      first.orm.em.fork(),
      'select u.email, u.role, a.short_name from app_user u left join agency a on a.id = u.agency_id order by u.email',
    );
    const expected = [...DEMO_ACCOUNTS]
      .sort((left, right) => left.email.localeCompare(right.email))
      .map((account) => ({ email: account.email, role: account.role, short_name: account.agencyShortName }));
    expect(rows).toEqual(expected);
  });

  it('stores passwords as argon2id hashes', async () => {
    const rows = await query<{ password_hash: string }>(first.orm.em.fork(), 'select password_hash from app_user');
    expect(rows).toHaveLength(DEMO_ACCOUNTS.length);
    for (const row of rows) {
      expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
      expect(row.password_hash).not.toContain(PASSWORD);
    }
    expect(new Set(rows.map((row) => row.password_hash)).size).toBe(rows.length);
  });

  it('creates one to three contact officials per agency', async () => {
    const rows = await query<{ contacts: string }>(
      first.orm.em.fork(),
      'select count(c.id) as contacts from agency a left join contact_official c on c.agency_id = a.id group by a.id',
    );
    expect(rows).toHaveLength(18);
    for (const row of rows) {
      expect(Number(row.contacts)).toBeGreaterThanOrEqual(1);
      expect(Number(row.contacts)).toBeLessThanOrEqual(3);
    }
    const total = rows.reduce((sum, row) => sum + Number(row.contacts), 0);
    expect(first.summary.contactOfficials).toBe(total);

    const contacts = await query<{ email: string; phone: string; surname: string; patronymic: string }>(
      first.orm.em.fork(),
      'select email, phone, surname, patronymic from contact_official',
    );
    for (const contact of contacts) {
      expect(contact.email).toMatch(/^[a-z0-9.]+@mari-el\.gov\.ru$/);
      expect(contact.phone).toMatch(/^\+78362\d{6}$/);
      expect(contact.patronymic).toMatch(/(вич|вна)$/);
    }
    expect(new Set(contacts.map((contact) => contact.email)).size).toBe(contacts.length);
  });

  it('gives every appeal both deadlines and a history', async () => {
    const rows = await query<{ number: string; deadlines: string; kinds: string; events: string; due_matches: boolean }>(
      first.orm.em.fork(),
      `select a.number,
              (select count(*) from deadline d where d.subject_id = a.id and d.subject_type = 'APPEAL') as deadlines,
              (select count(distinct d.kind) from deadline d where d.subject_id = a.id) as kinds,
              (select count(*) from appeal_event e where e.appeal_id = a.id) as events,
              a.answer_due_at = (select d.due_at from deadline d where d.subject_id = a.id and d.kind = 'APPEAL_ANSWER') as due_matches
         from appeal a where a.id not in (${RETURNED_APPEALS})`,
    );
    const returned = await query(first.orm.em.fork(), `select distinct appeal_id from (${RETURNED_APPEALS}) returned`);
    expect(returned.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(APPEAL_COUNT - returned.length);
    for (const row of rows) {
      expect(Number(row.deadlines), row.number).toBe(2);
      expect(Number(row.kinds), row.number).toBe(2);
      expect(Number(row.events), row.number).toBeGreaterThanOrEqual(1);
      expect(row.due_matches, row.number).toBe(true);
    }
  });

  it('writes histories that follow the status path', async () => {
    const em = first.orm.em.fork();
    interface AppealRow {
      id: string;
      number: string;
      status: AppealStatus;
      agency_id: string | null;
      answered_at: string | null;
      closed_at: string | null;
    }
    const appeals = await query<AppealRow>(
      em,
      `select id, number, status, agency_id, answered_at, closed_at from appeal where id not in (${RETURNED_APPEALS})`,
    );
    const events = await query<{ appeal_id: string; kind: string; to_status: string; actor_id: string | null; at: string }>(
      em,
      'select appeal_id, kind, to_status, actor_id, at from appeal_event order by appeal_id, at',
    );
    const kindsByAppeal = new Map<string, string[]>();
    for (const event of events) {
      kindsByAppeal.set(event.appeal_id, [...(kindsByAppeal.get(event.appeal_id) ?? []), event.kind]);
      expect(event.actor_id).not.toBeNull();
      expect(instant(event.at)).toBeLessThanOrEqual(NOW.getTime());
    }
    const expectedSteps: Record<AppealStatus, string[]> = {
      REGISTERED: ['REGISTERED'],
      ASSIGNED: ['REGISTERED', 'ASSIGNED'],
      ANSWERED: ['REGISTERED', 'ASSIGNED', 'ANSWERED'],
      // The demo leaves no appeal unanswered; an entry here keeps the table complete.
      LEFT_UNANSWERED: ['REGISTERED', 'ASSIGNED', 'LEFT_UNANSWERED'],
      CLOSED: ['REGISTERED', 'ASSIGNED', 'ANSWERED', 'CLOSED'],
    };
    for (const appeal of appeals) {
      const kinds = (kindsByAppeal.get(appeal.id) ?? []).filter((kind) => kind !== 'REASSIGNED' && !QUALITY_EVENT_KINDS.has(kind));
      expect(kinds, appeal.number).toEqual(expectedSteps[appeal.status]);
      expect(appeal.agency_id === null, appeal.number).toBe(appeal.status === AppealStatus.REGISTERED);
      expect(appeal.answered_at !== null, appeal.number).toBe(appeal.status === 'ANSWERED' || appeal.status === 'CLOSED');
      expect(appeal.closed_at !== null, appeal.number).toBe(appeal.status === 'CLOSED');
    }
    expect(events.some((event) => event.kind === 'REASSIGNED')).toBe(true);
  });

  it('mixes statuses with most appeals assigned', async () => {
    const rows = await query<{ status: AppealStatus; count: string }>(
      first.orm.em.fork(),
      'select status, count(*) as count from appeal group by status',
    );
    const counts = Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
    // Every status the demo walks through; it leaves no appeal unanswered.
    for (const status of Object.values(AppealStatus).filter((candidate) => candidate !== AppealStatus.LEFT_UNANSWERED)) {
      expect(counts[status], status).toBeGreaterThan(0);
    }
    expect(counts.ASSIGNED).toBeGreaterThan(APPEAL_COUNT / 2);
  });

  it('uses every channel and appellant kind', async () => {
    const em = first.orm.em.fork();
    const channels = await query<{ channel: string }>(em, 'select distinct channel from appeal');
    expect(channels.map((row) => row.channel).sort()).toEqual(Object.values(AppealChannel).sort());
    const kinds = await query<{ appellant_kind: string }>(em, 'select distinct appellant_kind from appeal');
    expect(kinds.map((row) => row.appellant_kind).sort()).toEqual(Object.values(AppellantKind).sort());
  });

  it('gives legal entities an INN with a valid check digit', async () => {
    const rows = await query<{ appellant_kind: string; appellant_inn: string | null; appellant_name: string }>(
      first.orm.em.fork(),
      'select appellant_kind, appellant_inn, appellant_name from appeal',
    );
    const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    for (const row of rows) {
      if (row.appellant_kind !== 'LEGAL_ENTITY') {
        expect(row.appellant_inn).toBeNull();
        continue;
      }
      expect(row.appellant_inn).toMatch(/^12\d{8}$/);
      const digits = [...row.appellant_inn!].map(Number);
      const check = (weights.reduce((sum, weight, index) => sum + weight * digits[index]!, 0) % 11) % 10;
      expect(digits[9]).toBe(check);
      expect(row.appellant_name).toMatch(/«/);
    }
  });

  it('composes Russian texts that name the place', async () => {
    const rows = await query<{ text: string; answer_text: string | null; status: string; municipality_oktmo: string | null; returned: boolean }>(
      first.orm.em.fork(),
      `select text, answer_text, status, municipality_oktmo, id in (${RETURNED_APPEALS}) as returned from appeal`,
    );
    for (const row of rows) {
      expect(row.text).toMatch(/[А-Яа-яЁё]/);
      expect(row.text).not.toMatch(/[{}[\]]/);
      expect(row.municipality_oktmo).not.toBeNull();
      if (row.status === 'ANSWERED' || row.status === 'CLOSED' || row.returned) {
        expect(row.answer_text).toMatch(/рассмотрено/);
      } else {
        expect(row.answer_text).toBeNull();
      }
    }
    expect(new Set(rows.map((row) => row.text)).size).toBeGreaterThan(APPEAL_COUNT * 0.9);
  });

  it('uses level-4 topics and the four municipality kinds', async () => {
    const em = first.orm.em.fork();
    const levels = await query<{ level: number }>(em, 'select distinct t.level from appeal a join topic t on t.code = a.topic_code');
    expect(levels.map((row) => row.level)).toEqual([4]);
    const kinds = await query<{ kind: string }>(em, 'select distinct m.kind from appeal a join municipality m on m.oktmo = a.municipality_oktmo');
    expect(kinds.map((row) => row.kind).sort()).toEqual(['city_district', 'municipal_district', 'rural_settlement', 'urban_settlement']);
  });

  it('keeps receipt and registration times in range', async () => {
    const rows = await query<{ number: string; received_at: Date; registered_at: string }>(
      first.orm.em.fork(),
      'select number, received_at, registered_at from appeal',
    );
    for (const row of rows) {
      const delay = instant(row.registered_at) - instant(row.received_at);
      expect(delay, row.number).toBeGreaterThanOrEqual(0);
      expect(delay, row.number).toBeLessThanOrEqual(3 * DAY_MS);
      expect(instant(row.registered_at), row.number).toBeLessThanOrEqual(NOW.getTime());
      expect(NOW.getTime() - instant(row.received_at), row.number).toBeLessThanOrEqual(42 * DAY_MS);
    }
    const lastHour = rows.filter((row) => NOW.getTime() - instant(row.registered_at) <= 3_600_000);
    expect(lastHour.length).toBeGreaterThanOrEqual(3);
    expect(lastHour.length).toBeLessThanOrEqual(5);
  });

  it('leaves overdue, at-risk and on-track answer deadlines open', async () => {
    const rows = await query<{ started_at: Date; due_at: string }>(
      first.orm.em.fork(),
      `select started_at, due_at from deadline where kind = 'APPEAL_ANSWER' and status = 'OPEN'`,
    );
    const shares = rows.map((row) => elapsedShare(new Date(row.started_at), new Date(row.due_at), NOW));
    const overdue = shares.filter((share) => share >= 1).length;
    const atRisk = shares.filter((share) => share >= 0.8 && share < 1).length;
    const onTrack = shares.filter((share) => share < 0.8).length;
    expect(overdue).toBeGreaterThanOrEqual(1);
    expect(atRisk).toBeGreaterThanOrEqual(1);
    expect(onTrack).toBeGreaterThan(overdue + atRisk);
  });

  it('leaves misinformation clocks on track, at risk and overdue', async () => {
    const rows = await query<{ started_at: Date; due_at: string; kind: string }>(
      first.orm.em.fork(),
      `select started_at, due_at, kind from deadline where subject_type = 'INFORMATION_RISK' and status = 'OPEN'`,
    );
    const shares = rows.map((row) => elapsedShare(new Date(row.started_at), new Date(row.due_at), NOW));
    expect(new Set(rows.map((row) => row.kind))).toEqual(new Set(['COMMENT_PROPOSAL', 'COMMENT_DRAFT']));
    expect(shares.some((share) => share >= 1)).toBe(true);
    expect(shares.some((share) => share >= 0.8 && share < 1)).toBe(true);
    expect(shares.some((share) => share < 0.8)).toBe(true);
  });

  it('routes the demo cases by the routing table', async () => {
    const rows = await query<{ count: string }>(
      first.orm.em.fork(),
      `select count(*) from information_risk r join comment_routing_rule rule on r.topic_code like regexp_replace(rule.topic_code, '(\.0000)+$', '') || '.%' and rule.agency_id = r.agency_id`,
    );
    expect(Number(rows[0]!.count)).toBe(5);
  });

  it('completes deadlines at registration and answer', async () => {
    const em = first.orm.em.fork();
    const registrations = await query<{ status: string; completed_matches: boolean }>(
      em,
      `select d.status, d.completed_at = a.registered_at as completed_matches
         from deadline d join appeal a on a.id = d.subject_id where d.kind = 'APPEAL_REGISTRATION'`,
    );
    for (const row of registrations) {
      expect(['MET', 'MISSED']).toContain(row.status);
      expect(row.completed_matches).toBe(true);
    }
    const answers = await query<{ appeal_status: string; status: string; completed_matches: boolean | null }>(
      em,
      `select a.status as appeal_status, d.status, d.completed_at = a.answered_at as completed_matches
         from deadline d join appeal a on a.id = d.subject_id where d.kind = 'APPEAL_ANSWER' and a.id not in (${RETURNED_APPEALS})`,
    );
    for (const row of answers) {
      if (row.appeal_status === 'ANSWERED' || row.appeal_status === 'CLOSED') {
        expect(['MET', 'MISSED']).toContain(row.status);
        expect(row.completed_matches).toBe(true);
      } else {
        expect(row.status).toBe('OPEN');
      }
    }
    expect(answers.some((row) => row.status === 'MISSED')).toBe(true);
  });

  it('shows reviews, rework, reopening and flags', async () => {
    const em = first.orm.em.fork();
    const reviews = await query<{ passed: boolean }>(em, 'select passed from appeal_review');
    expect(reviews.filter((review) => review.passed).length).toBeGreaterThanOrEqual(2);
    expect(reviews.filter((review) => !review.passed)).toHaveLength(1);

    const rework = await query<{ status: string; appeal_status: string }>(
      em,
      `select d.status, a.status as appeal_status from deadline d join appeal a on a.id = d.subject_id where d.kind = 'APPEAL_REWORK'`,
    );
    expect(rework).toEqual([{ status: 'OPEN', appeal_status: 'ASSIGNED' }]);

    const reopened = await query<{ status: string; satisfaction: string; open_answers: string }>(
      em,
      `select a.status, a.satisfaction,
              (select count(*) from deadline d where d.subject_id = a.id and d.kind = 'APPEAL_ANSWER' and d.status = 'OPEN') as open_answers
         from appeal a where a.id in (select appeal_id from appeal_event where kind = 'REOPENED')`,
    );
    expect(reopened).toEqual([{ status: 'ASSIGNED', satisfaction: 'NOT_SATISFIED', open_answers: '1' }]);

    const satisfaction = await query<{ satisfaction: string }>(em, 'select distinct satisfaction from appeal where satisfaction is not null');
    expect(satisfaction.map((row) => row.satisfaction).sort()).toEqual(['NOT_SATISFIED', 'PARTLY_SATISFIED', 'SATISFIED']);

    const drafts = await query<{ status: string }>(em, 'select status from appeal where answer_draft is not null');
    expect(drafts).toEqual([{ status: 'ASSIGNED' }]);

    const flags = await query<{ resolved: boolean }>(em, 'select resolved_at is not null as resolved from appeal_flag');
    expect(flags).toHaveLength(3);
    expect(flags.filter((flag) => flag.resolved)).toHaveLength(1);
  });

  it('advances the appeal number sequence', async () => {
    const em = first.orm.em.fork();
    const rows = await query<{ number: string }>(em, 'select number from appeal order by registered_at, number');
    const sequence = rows.map((row) => Number(row.number.slice(-6)));
    expect(sequence).toEqual(Array.from({ length: APPEAL_COUNT }, (_, index) => index + 1));
    const next = await query<{ value: string }>(em, `select nextval('appeal_number_seq') as value`);
    expect(Number(next[0]!.value)).toBe(APPEAL_COUNT + 1);
  });

  it('writes no audit entries or notifications', async () => {
    const rows = await query<{ audit: string; notifications: string }>(
      first.orm.em.fork(),
      'select (select count(*) from audit_entry) as audit, (select count(*) from notification) as notifications',
    );
    expect(Number(rows[0]!.audit)).toBe(0);
    expect(Number(rows[0]!.notifications)).toBe(0);
  });

  it('gives the same data for the same seed', async () => {
    const sql = `select number, text, channel, appellant_name, topic_code, status, received_at, registered_at, answer_due_at
                   from appeal order by number`;
    const firstRows = await query<Record<string, unknown>>(first.orm.em.fork(), sql);
    const secondRows = await query<Record<string, unknown>>(second.orm.em.fork(), sql);
    expect(secondRows).toEqual(firstRows);

    const contactsSql = `select c.surname, c.first_name, c.email, c.phone, a.short_name
                           from contact_official c join agency a on a.id = c.agency_id order by c.email`;
    expect(await query(second.orm.em.fork(), contactsSql)).toEqual(await query(first.orm.em.fork(), contactsSql));
  });

  it('creates nothing on a second call', async () => {
    const em = first.orm.em.fork();
    const countSql = `select (select count(*) from appeal) + (select count(*) from app_user) + (select count(*) from contact_official) as count`;
    const before = await query<{ count: string }>(em, countSql);
    const summary = await loadDemoData(first.orm.em.fork(), { password: PASSWORD, now: NOW, deadlines: first.deadlines, seed: SEED });
    expect(summary.created).toBe(false);
    expect(summary.appeals).toBe(0);
    expect(summary.contactOfficials).toBe(0);
    expect(summary.accounts).toEqual(first.summary.accounts);
    const after = await query<{ count: string }>(em, countSql);
    expect(after).toEqual(before);
  });

  it('rejects an invalid appeal count', async () => {
    await expect(
      loadDemoData(first.orm.em.fork(), { password: PASSWORD, now: NOW, deadlines: first.deadlines, appealCount: -1 }),
    ).rejects.toThrow(/appealCount -1/);
  });

  it('rejects an empty password', async () => {
    await expect(loadDemoData(first.orm.em.fork(), { password: '', now: NOW, deadlines: first.deadlines })).rejects.toThrow(/password is empty/);
  });
});

describe('loadDemoData concurrency', () => {
  let loaded: Omit<LoadedDatabase, 'summary' | 'loadMs'>;

  beforeAll(async () => {
    loaded = await createReferenceDatabase();
  });

  afterAll(async () => {
    await loaded?.orm.close();
    await loaded?.database.drop();
  });

  it('loads once for two parallel calls', async () => {
    const options = { password: PASSWORD, now: NOW, deadlines: loaded.deadlines, seed: SEED, appealCount: 20 };
    const summaries = await Promise.all([loadDemoData(loaded.orm.em.fork(), options), loadDemoData(loaded.orm.em.fork(), options)]);
    expect(summaries.map((summary) => summary.created).sort()).toEqual([false, true]);
    const rows = await query<{ appeals: string; users: string }>(
      loaded.orm.em.fork(),
      'select (select count(*) from appeal) as appeals, (select count(*) from app_user) as users',
    );
    expect(Number(rows[0]!.appeals)).toBe(20);
    expect(Number(rows[0]!.users)).toBe(DEMO_ACCOUNTS.length);
  });
});

describe('DemoRandom', () => {
  it('repeats the sequence for a seed', () => {
    const left = new DemoRandom(7);
    const right = new DemoRandom(7);
    const values = Array.from({ length: 5 }, () => left.next());
    expect(Array.from({ length: 5 }, () => right.next())).toEqual(values);
    for (const value of values) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
    expect(new DemoRandom(8).next()).not.toBe(values[0]);
  });
});

describe('demo text templates', () => {
  it('picks the form of the voice', () => {
    const template = '[Я обращался|Я обращалась|Мы обращались] в администрацию.';
    expect(applyVoice(template, Voice.MALE)).toBe('Я обращался в администрацию.');
    expect(applyVoice(template, Voice.FEMALE)).toBe('Я обращалась в администрацию.');
    expect(applyVoice(template, Voice.ORGANIZATION)).toBe('Мы обращались в администрацию.');
  });

  it('rejects a placeholder without a value', () => {
    expect(fillTemplate('Дорога {place}.', { place: 'в д. Ивановка' })).toBe('Дорога в д. Ивановка.');
    expect(() => fillTemplate('Дорога {plase}.', { place: 'в д. Ивановка' })).toThrow(/no value for \{plase\}/);
  });
});

describe('appeal themes', () => {
  const values = {
    place: 'в д. Ивановка Большепаратского сельского поселения',
    place_capitalized: 'В д. Ивановка Большепаратского сельского поселения',
    locality: 'д. Ивановка',
    area: 'Большепаратского сельского поселения',
    street: 'ул. Мира',
    house: '5',
    flat: '12',
    route: '7',
    organization: 'СПК «Нива»',
    inn: '1215000004',
    country: 'Республики Беларусь',
  };

  function render(template: string, voice: Voice): string {
    return fillTemplate(applyVoice(template, voice), values);
  }

  it('give every case a request and an answer', () => {
    for (const theme of APPEAL_THEMES) {
      expect(theme.cases.length, theme.key).toBeGreaterThan(0);
      for (const appealCase of theme.cases) {
        expect((appealCase.requests ?? theme.requests).length, appealCase.problem).toBeGreaterThan(0);
        expect((appealCase.answers ?? theme.answers).length, appealCase.problem).toBeGreaterThan(0);
        expect([...(appealCase.details ?? []), ...theme.details].length, appealCase.problem).toBeGreaterThan(0);
      }
    }
  });

  it('render every fragment in every voice', () => {
    const fragments = [
      ...APPEAL_THEMES.flatMap((theme) => [
        ...theme.details,
        ...theme.requests,
        ...theme.answers,
        ...theme.cases.flatMap((appealCase) => [
          appealCase.problem,
          ...(appealCase.details ?? []),
          ...(appealCase.requests ?? []),
          ...(appealCase.answers ?? []),
        ]),
      ]),
      ...RESIDENT_OPENINGS,
      ...FOREIGN_OPENINGS,
      ...STATELESS_OPENINGS,
      ...ABROAD_OPENINGS,
      ...ORGANIZATION_OPENINGS,
      ...CLOSINGS,
    ];
    for (const fragment of fragments) {
      for (const voice of [Voice.MALE, Voice.FEMALE, Voice.ORGANIZATION]) {
        expect(render(fragment, voice), fragment).not.toMatch(/[{}[\]|]/);
      }
    }
  });

  it('let organizations write only about shared problems', () => {
    for (const theme of APPEAL_THEMES) {
      if (theme.organizations.length > 0) {
        expect(theme.personal, theme.key).toBe(false);
      }
      expect(theme.municipalityKinds.length, theme.key).toBeGreaterThan(0);
      expect(theme.topicTitles.length, theme.key).toBeGreaterThan(0);
    }
  });
});
