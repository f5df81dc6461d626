import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { Agency } from '../agencies/agency.entity.js';
import { Appeal, AppealChannel, AppealEvent, AppealEventKind, AppealStatus, AppellantKind } from '../appeals/appeal.entity.js';
import { formatRegistrationNumber } from '../../database/registration-number.js';
import { APPEAL_SUBJECT } from '../appeals/appeal.service.js';
import { loadDemoComments } from './demo-comments.js';
import { User, UserRole } from '../auth/auth.entities.js';
import { hashPassword } from '../auth/session.service.js';
import { ContactOfficial } from '../contacts/contact.entities.js';
import { CalendarStore } from '../deadlines/calendar-store.js';
import { Deadline, DeadlineKind, DeadlineRuleSetting } from '../deadlines/deadline.entity.js';
import type { DeadlineService } from '../deadlines/deadline.service.js';
import {
  DEADLINE_TIME_ZONE,
  computeDeadline,
  elapsedShare,
  type DeadlineRule,
  type ProductionCalendar,
} from '../deadlines/engine/index.js';
import { Municipality, QuestionType, Topic } from '../reference/reference.entities.js';
import {
  ABROAD_OPENINGS,
  ANSWER_CLOSING,
  ANSWER_OPENING,
  APPEAL_THEMES,
  CAPITAL_STREETS,
  CHANNEL_PREFIXES,
  CLOSINGS,
  CONTACT_POSITIONS,
  DEPUTY_TITLES,
  EMAIL_REPLY_CLOSING,
  FEMALE_FIRST_NAMES,
  FOREIGN_OPENINGS,
  FOREIGN_PEOPLE,
  MALE_FIRST_NAMES,
  ORGANIZATION_OPENINGS,
  PATRONYMICS,
  POST_REPLY_CLOSING,
  RESIDENT_OPENINGS,
  STATELESS_OPENINGS,
  STREETS,
  SURNAMES,
  TOWNS,
  VILLAGES,
  Voice,
  applyVoice,
  femaleSurname,
  fillTemplate,
  toLatinSlug,
  type AppealCase,
  type AppealTheme,
  type MunicipalityKind,
} from './demo-texts.js';

export interface DemoAccount {
  email: string;
  role: UserRole;
  fullName: string;
  agencyShortName: string | null;
}

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
  /** Seed of the pseudo-random generator. The same seed and `now` give the same data. */
  seed?: number;
  appealCount?: number;
}

export const DEFAULT_DEMO_SEED = 20261204;
export const DEFAULT_DEMO_APPEAL_COUNT = 300;
const MAX_APPEAL_COUNT = 100_000;

/** Number of appeals written per flush, so that each flush is a few batched inserts. */
const FLUSH_BATCH_SIZE = 100;

/** Key of the transaction-scoped advisory lock that keeps two starting servers from loading the data twice. */
const DEMO_LOCK_KEY = 20_261_204;

/** Default AT_RISK_SHARE of the configuration. The at-risk demo deadlines are aimed above it. */
const AT_RISK_SHARE = 0.8;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** Demo accounts. An agency official is created only when the database has that agency. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@cur.demo', role: UserRole.CENTER_ADMIN, fullName: 'Администратор ЦУР', agencyShortName: null },
  { email: 'operator@cur.demo', role: UserRole.CENTER_OPERATOR, fullName: 'Смирнова Елена Викторовна', agencyShortName: null },
  { email: 'press@cur.demo', role: UserRole.PRESS_SERVICE, fullName: 'Ямбаршев Андрей Николаевич', agencyShortName: null },
  { email: 'minzdrav@cur.demo', role: UserRole.AGENCY_OFFICIAL, fullName: 'Козлова Ирина Сергеевна', agencyShortName: 'Минздрав РМЭ' },
  { email: 'minobr@cur.demo', role: UserRole.AGENCY_OFFICIAL, fullName: 'Эшкинин Сергей Петрович', agencyShortName: 'Минобрнауки РМЭ' },
  { email: 'minstroy@cur.demo', role: UserRole.AGENCY_OFFICIAL, fullName: 'Мамаева Наталья Геннадьевна', agencyShortName: 'Минстрой РМЭ' },
];

const CHANNEL_WEIGHTS: Record<AppealChannel, number> = {
  [AppealChannel.WRITTEN]: 14,
  [AppealChannel.EMAIL]: 16,
  [AppealChannel.IN_PERSON]: 8,
  [AppealChannel.FEEDBACK_PLATFORM]: 28,
  [AppealChannel.SOCIAL_MEDIA]: 12,
  [AppealChannel.VOICE_HOTLINE]: 12,
  [AppealChannel.SURVEY]: 3,
  [AppealChannel.INTERNET_PUBLICATION]: 5,
  [AppealChannel.OTHER]: 2,
};

const ALL_CHANNELS = Object.values(AppealChannel);
const ALL_APPELLANT_KINDS = Object.values(AppellantKind);

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

// ---------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------

/** Generates pseudo-random numbers with mulberry32, a small 32-bit seeded generator. Reproducible, and not for anything secret. */
export class DemoRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Returns a number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** Returns a number in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Returns an integer from min to max, both included. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new RangeError('DemoRandom.pick failed: the list is empty.');
    }
    return items[Math.floor(this.next() * items.length)]!;
  }

  weighted<T>(items: readonly T[], weightOf: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weightOf(item), 0);
    let target = this.next() * total;
    for (const item of items) {
      target -= weightOf(item);
      if (target < 0) {
        return item;
      }
    }
    return items[items.length - 1]!;
  }

  /** Picks `count` different items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) {
      chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    }
    return chosen;
  }
}

// ---------------------------------------------------------------------------
// Reference data
// ---------------------------------------------------------------------------

/** A theme with the database rows it uses. */
interface ResolvedTheme {
  theme: AppealTheme;
  topics: Topic[];
  /** The theme's agencies that exist, or every agency when none of them does. */
  agencies: Agency[];
  questionTypes: QuestionType[];
}

interface DemoReference {
  agencies: Agency[];
  agencyByShortName: Map<string, Agency>;
  themes: ResolvedTheme[];
  municipalitiesByKind: Map<string, Municipality[]>;
  municipalityByOktmo: Map<string, Municipality>;
  answerRule: DeadlineRule;
  calendar: ProductionCalendar;
}

/** Reads every reference row the generator needs in a few queries, ordered by natural keys for determinism. */
async function loadReference(tx: EntityManager, deadlines: DeadlineService): Promise<DemoReference> {
  // Sequential, because the queries of one transaction share one connection.
  const agencies = await tx.find(Agency, {}, { orderBy: { shortName: 'asc' } });
  const topics = await tx.find(Topic, { level: 4 }, { orderBy: { code: 'asc' } });
  const questionTypes = await tx.find(QuestionType, {}, { orderBy: { code: 'asc' } });
  const municipalities = await tx.find(Municipality, {}, { orderBy: { oktmo: 'asc' } });
  if (agencies.length === 0) {
    throw new Error('Cannot load demo data: the agency table is empty. Load the reference data first.');
  }
  if (topics.length === 0) {
    throw new Error('Cannot load demo data: the topic table has no level-4 topics. Load the ТОТКО classifier first.');
  }

  // Loaded into the identity map, so that every `deadlines.start` below finds its rule without a query.
  await tx.find(DeadlineRuleSetting, {});
  const answerRule = await deadlines.ruleFor(tx, DeadlineKind.APPEAL_ANSWER);
  // This loader's own copy of the calendar only aims the registration times. The deadlines
  // themselves are computed by `deadlines.start` with the service's calendar.
  const calendars = new CalendarStore();
  await calendars.reload(tx);

  const agencyByShortName = new Map(agencies.map((agency) => [agency.shortName, agency]));
  const questionTypeByCode = new Map(questionTypes.map((type) => [type.code, type]));
  const municipalitiesByKind = new Map<string, Municipality[]>();
  for (const municipality of municipalities) {
    const list = municipalitiesByKind.get(municipality.kind) ?? [];
    list.push(municipality);
    municipalitiesByKind.set(municipality.kind, list);
  }

  const themes = APPEAL_THEMES.map((theme): ResolvedTheme => {
    const themeAgencies = theme.agencies.flatMap((name) => agencyByShortName.get(name) ?? []);
    return {
      theme,
      topics: matchTopics(topics, theme.topicTitles),
      agencies: themeAgencies.length > 0 ? themeAgencies : agencies,
      questionTypes: theme.questionTypes.flatMap((code) => questionTypeByCode.get(code) ?? []),
    };
  });

  return {
    agencies,
    agencyByShortName,
    themes,
    municipalitiesByKind,
    municipalityByOktmo: new Map(municipalities.map((municipality) => [municipality.oktmo, municipality])),
    answerRule,
    calendar: calendars.current,
  };
}

/** Returns up to four topics whose titles contain a fragment (case-insensitive), or all the topics when none match. */
function matchTopics(topics: Topic[], fragments: string[]): Topic[] {
  const matched: Topic[] = [];
  for (const fragment of fragments) {
    const needle = fragment.toLocaleLowerCase('ru');
    for (const topic of topics) {
      if (topic.title.toLocaleLowerCase('ru').includes(needle) && !matched.includes(topic)) {
        matched.push(topic);
      }
    }
  }
  return matched.length > 0 ? matched.slice(0, 4) : topics;
}

// ---------------------------------------------------------------------------
// Users and contact officials
// ---------------------------------------------------------------------------

interface CreatedUser {
  account: DemoAccount;
  user: User;
}

async function createUsers(tx: EntityManager, reference: DemoReference, password: string, now: Date): Promise<CreatedUser[]> {
  const accounts = DEMO_ACCOUNTS.filter(
    (account) => account.agencyShortName === null || reference.agencyByShortName.has(account.agencyShortName),
  );
  // Each account gets its own salt. argon2 hashes on the libuv thread pool, so the hashes run in parallel.
  const hashes = await Promise.all(accounts.map(() => hashPassword(password)));
  const createdAt = new Date(now.getTime() - 60 * DAY_MS);
  return accounts.map((account, index) => {
    const user = tx.create(User, {
      email: account.email,
      passwordHash: hashes[index]!,
      fullName: account.fullName,
      role: account.role,
      agency: account.agencyShortName ? reference.agencyByShortName.get(account.agencyShortName)! : null,
      active: true,
      createdAt,
    });
    tx.persist(user);
    return { account, user };
  });
}

interface PersonName {
  surname: string;
  firstName: string;
  patronymic: string;
  voice: Voice.MALE | Voice.FEMALE;
}

function randomPersonName(random: DemoRandom): PersonName {
  const female = random.chance(0.55);
  const surname = random.pick(SURNAMES);
  const patronymic = random.pick(PATRONYMICS);
  return {
    surname: female ? femaleSurname(surname) : surname,
    firstName: random.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES),
    patronymic: female ? patronymic[1] : patronymic[0],
    voice: female ? Voice.FEMALE : Voice.MALE,
  };
}

/** Creates one to three contact officials per agency, with unique e-mails and phones. */
function createContactOfficials(tx: EntityManager, agencies: Agency[], random: DemoRandom, now: Date): ContactOfficial[] {
  const usedEmails = new Set<string>();
  const usedPhones = new Set<string>();
  const createdAt = new Date(now.getTime() - 60 * DAY_MS);
  const contacts: ContactOfficial[] = [];

  for (const agency of agencies) {
    const count = random.integer(1, 3);
    for (let index = 0; index < count; index += 1) {
      const name = randomPersonName(random);
      const base = `${toLatinSlug(name.surname)}.${toLatinSlug(name.firstName[0]!)}${toLatinSlug(name.patronymic[0]!)}`;
      let email = `${base}@mari-el.gov.ru`;
      for (let suffix = 2; usedEmails.has(email); suffix += 1) {
        email = `${base}${suffix}@mari-el.gov.ru`;
      }
      usedEmails.add(email);
      let phone = `+78362${random.integer(200_000, 699_999)}`;
      while (usedPhones.has(phone)) {
        phone = `+78362${random.integer(200_000, 699_999)}`;
      }
      usedPhones.add(phone);

      const position = CONTACT_POSITIONS[index]!.replace('{deputy}', DEPUTY_TITLES[agency.kind] ?? 'Заместитель руководителя');
      const contact = tx.create(ContactOfficial, {
        agency,
        surname: name.surname,
        firstName: name.firstName,
        patronymic: name.patronymic,
        position,
        email,
        phone,
        active: true,
        createdAt,
        updatedAt: createdAt,
      });
      tx.persist(contact);
      contacts.push(contact);
    }
  }
  return contacts;
}

/** The users who act in appeal histories and the phone each agency gives in its answers. */
interface Actors {
  admin: User;
  operator: User;
  officialByAgencyId: Map<string, User>;
  phoneByAgencyId: Map<string, string>;
}

function buildActors(users: CreatedUser[], contacts: ContactOfficial[]): Actors {
  const byRole = (role: UserRole) => users.find(({ account }) => account.role === role)!.user;
  const officialByAgencyId = new Map<string, User>();
  for (const { user } of users) {
    if (user.role === UserRole.AGENCY_OFFICIAL && user.agency) {
      officialByAgencyId.set(user.agency.id, user);
    }
  }
  const phoneByAgencyId = new Map<string, string>();
  for (const contact of contacts) {
    if (!phoneByAgencyId.has(contact.agency.id)) {
      phoneByAgencyId.set(contact.agency.id, contact.phone);
    }
  }
  return { admin: byRole(UserRole.CENTER_ADMIN), operator: byRole(UserRole.CENTER_OPERATOR), officialByAgencyId, phoneByAgencyId };
}

// ---------------------------------------------------------------------------
// Appeal plans: everything that does not depend on the computed deadlines
// ---------------------------------------------------------------------------

/**
 * Target state of an appeal's answer deadline at `now`. FRESH appeals were registered within the last
 * hour. OVERDUE and AT_RISK ones stay open past the due instant or in the last 20% of the term. REGULAR
 * ones get an age and a status that fits it.
 */
type Profile = 'FRESH' | 'OVERDUE' | 'AT_RISK' | 'REGULAR';

interface Appellant {
  kind: AppellantKind;
  voice: Voice;
  name: string;
  /** Salutation of the agency's answer, such as «Уважаемая Мария Петровна!» or «Уважаемый руководитель!». */
  salutation: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  inn: string | null;
  /** Values for the opening's placeholders, such as the country or the organization. */
  openingValues: Record<string, string>;
}

/** Values that a theme's templates may use as `{name}` placeholders. */
interface PlaceValues extends Record<string, string> {
  place: string;
  place_capitalized: string;
  locality: string;
  area: string;
  street: string;
  house: string;
  flat: string;
  route: string;
}

interface Place {
  municipality: Municipality | null;
  values: PlaceValues;
  address: string;
}

interface AppealPlan {
  profile: Profile;
  resolved: ResolvedTheme;
  topic: Topic;
  questionType: QuestionType | null;
  place: Place;
  channel: AppealChannel;
  appellant: Appellant;
  text: string;
  /** Agency that answers the appeal. When `misroutedTo` is set, the appeal goes there first and is reassigned. */
  agency: Agency;
  misroutedTo: Agency | null;
  /** The substance of the answer, used when the appeal reaches ANSWERED. */
  answerTemplate: string;
  receivedAt: Date;
  registeredAt: Date;
}

/** Plans every appeal, sorted by registration time so that numbers grow with it. */
function planAppeals(reference: DemoReference, random: DemoRandom, now: Date, count: number): AppealPlan[] {
  const profiles = assignProfiles(count);
  const usedInns = new Map<string, string>();
  const plans = profiles.map((profile, index) => {
    // The first appeals cycle through every channel and then every appellant kind, so each one occurs.
    const channel = index < ALL_CHANNELS.length ? ALL_CHANNELS[index]! : null;
    const kindIndex = index - ALL_CHANNELS.length;
    const kind = kindIndex >= 0 && kindIndex < ALL_APPELLANT_KINDS.length ? ALL_APPELLANT_KINDS[kindIndex]! : null;
    return planAppeal(reference, random, now, profile, channel, kind, usedInns);
  });
  return plans
    .map((plan, index) => ({ plan, index }))
    .sort((left, right) => left.plan.registeredAt.getTime() - right.plan.registeredAt.getTime() || left.index - right.index)
    .map(({ plan }) => plan);
}

/** Splits the appeals into profiles: three to five fresh, about 5% kept overdue, 5% at risk and the rest regular. */
function assignProfiles(count: number): Profile[] {
  const fresh = Math.min(5, Math.max(3, Math.round(count * 0.013)));
  const overdue = Math.max(2, Math.round(count * 0.05));
  const atRisk = Math.max(2, Math.round(count * 0.05));
  const profiles: Profile[] = [];
  for (let index = 0; index < count; index += 1) {
    if (index < fresh) {
      profiles.push('FRESH');
    } else if (index < fresh + overdue) {
      profiles.push('OVERDUE');
    } else if (index < fresh + overdue + atRisk) {
      profiles.push('AT_RISK');
    } else {
      profiles.push('REGULAR');
    }
  }
  return profiles;
}

function planAppeal(
  reference: DemoReference,
  random: DemoRandom,
  now: Date,
  profile: Profile,
  forcedChannel: AppealChannel | null,
  forcedKind: AppellantKind | null,
  usedInns: Map<string, string>,
): AppealPlan {
  const kind = forcedKind ?? chooseAppellantKind(random);
  const resolved = random.weighted(
    reference.themes.filter(({ theme }) => themeFits(theme, kind)),
    ({ theme }) => theme.weight,
  );
  const { theme } = resolved;
  let channel = forcedChannel ?? random.weighted(ALL_CHANNELS, (value) => CHANNEL_WEIGHTS[value]);
  if (kind === AppellantKind.RUSSIAN_CITIZEN_ABROAD && (channel === AppealChannel.IN_PERSON || channel === AppealChannel.VOICE_HOTLINE)) {
    channel = AppealChannel.EMAIL;
  }

  const appealCase = random.pick(theme.cases);
  const place = choosePlace(reference, appealCase.municipalityKinds ?? theme.municipalityKinds, random);
  const appellant = createAppellant(kind, theme, channel, place, random, usedInns);
  const registeredAt = chooseRegistrationTime(profile, reference, random, now);
  const receivedAt = chooseReceiptTime(profile, registeredAt, random);
  const agency = resolved.agencies.length > 1 && random.chance(0.25) ? random.pick(resolved.agencies.slice(1)) : resolved.agencies[0]!;
  const otherAgencies = reference.agencies.filter((candidate) => candidate !== agency);
  const misroutedTo = otherAgencies.length > 0 && random.chance(0.06) ? random.pick(otherAgencies) : null;

  return {
    profile,
    resolved,
    topic: random.pick(resolved.topics),
    questionType: resolved.questionTypes.length > 0 ? random.pick(resolved.questionTypes) : null,
    place,
    channel,
    appellant,
    text: composeAppealText(theme, appealCase, appellant, channel, place.values, random),
    agency,
    misroutedTo,
    answerTemplate: random.pick(appealCase.answers ?? theme.answers),
    receivedAt,
    registeredAt,
  };
}

function chooseAppellantKind(random: DemoRandom): AppellantKind {
  const weights: Record<AppellantKind, number> = {
    [AppellantKind.RUSSIAN_CITIZEN]: 82,
    [AppellantKind.LEGAL_ENTITY]: 9,
    [AppellantKind.FOREIGN_CITIZEN]: 4,
    [AppellantKind.RUSSIAN_CITIZEN_ABROAD]: 3,
    [AppellantKind.STATELESS_PERSON]: 2,
  };
  return random.weighted(ALL_APPELLANT_KINDS, (kind) => weights[kind]);
}

/** Returns whether an appellant of this kind writes about the theme. Organizations and citizens abroad skip personal matters. */
function themeFits(theme: AppealTheme, kind: AppellantKind): boolean {
  if (kind === AppellantKind.LEGAL_ENTITY) {
    return theme.organizations.length > 0;
  }
  if (kind === AppellantKind.RUSSIAN_CITIZEN_ABROAD) {
    return !theme.personal;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------

const PLACE_KINDS: MunicipalityKind[] = ['city_district', 'urban_settlement', 'rural_settlement', 'municipal_district'];
const CAPITAL_NAME = 'город Йошкар-Ола';

/** Picks a municipality of one of the kinds, or of any kind when the table has none of them. */
function choosePlace(reference: DemoReference, wantedKinds: MunicipalityKind[], random: DemoRandom): Place {
  const preferred = random.pick(wantedKinds);
  const kinds = [preferred, ...wantedKinds, ...PLACE_KINDS];
  const kind = kinds.find((candidate) => (reference.municipalitiesByKind.get(candidate)?.length ?? 0) > 0);
  const street = random.pick(STREETS);
  const numbers = {
    house: String(random.integer(1, 64)),
    flat: String(random.integer(1, 120)),
    route: String(random.integer(1, 32)),
  };
  if (!kind) {
    // Only an empty municipality table leads here. The appeal then names no municipality.
    return buildPlace(null, 'г. Йошкар-Ола', 'в г. Йошкар-Ола', 'г. Йошкар-Ола', street, numbers, 'Республика Марий Эл, г. Йошкар-Ола');
  }

  const candidates = reference.municipalitiesByKind.get(kind)!;
  const capital = candidates.find((municipality) => municipality.name === CAPITAL_NAME);
  // Yoshkar-Ola has roughly two fifths of the republic's people (an estimate), so most city appeals come from there.
  const municipality = capital && random.chance(0.7) ? capital : random.pick(candidates);
  const district = findDistrict(reference, municipality);
  const districtName = district ? `, ${district.name}` : '';
  const village = random.pick(VILLAGES);

  switch (kind) {
    case 'city_district': {
      const city = municipality.name.replace(/^город /, 'г. ');
      const cityStreet = municipality === capital ? random.pick(CAPITAL_STREETS) : street;
      return buildPlace(municipality, city, `в ${city}`, city, cityStreet, numbers, `Республика Марий Эл, ${city}`);
    }
    case 'urban_settlement': {
      const town = `${TOWNS.has(municipality.name) ? 'г.' : 'пгт'} ${municipality.name}`;
      const inDistrict = district ? ` ${districtGenitive(district.name)}` : '';
      return buildPlace(
        municipality,
        town,
        `в ${town}${inDistrict}`,
        `городского поселения «${municipality.name}»`,
        street,
        numbers,
        `Республика Марий Эл${districtName}, ${town}`,
      );
    }
    case 'rural_settlement': {
      const settlement = settlementGenitive(municipality.name);
      return buildPlace(municipality, village, `в ${village} ${settlement}`, settlement, street, numbers, `Республика Марий Эл${districtName}, ${village}`);
    }
    case 'municipal_district': {
      const area = districtGenitive(municipality.name);
      return buildPlace(municipality, village, `в ${village} ${area}`, area, street, numbers, `Республика Марий Эл, ${municipality.name}, ${village}`);
    }
  }
}

function buildPlace(
  municipality: Municipality | null,
  locality: string,
  place: string,
  area: string,
  street: string,
  numbers: { house: string; flat: string; route: string },
  addressPrefix: string,
): Place {
  return {
    municipality,
    values: {
      place,
      place_capitalized: place.charAt(0).toLocaleUpperCase('ru') + place.slice(1),
      locality,
      area,
      street,
      ...numbers,
    },
    address: `${addressPrefix}, ${street}, д. ${numbers.house}`,
  };
}

/** Walks up the OKTMO tree (settlement → group → district) to the municipal district, if any. */
function findDistrict(reference: DemoReference, municipality: Municipality): Municipality | null {
  let current: Municipality | undefined = municipality;
  for (let depth = 0; current && depth < 4; depth += 1) {
    if (current.kind === 'municipal_district') {
      return current;
    }
    current = current.parentOktmo ? reference.municipalityByOktmo.get(current.parentOktmo) : undefined;
  }
  return null;
}

/** Converts «Волжский муниципальный район» to «Волжского муниципального района». A name of another form is quoted unchanged. */
function districtGenitive(name: string): string {
  const match = /^(.+)ский муниципальный район$/.exec(name);
  return match ? `${match[1]}ского муниципального района` : `муниципального района «${name}»`;
}

/** Converts «Большепаратское» to «Большепаратского сельского поселения». A name of another form is quoted unchanged. */
function settlementGenitive(name: string): string {
  return name.endsWith('ое') ? `${name.slice(0, -2)}ого сельского поселения` : `сельского поселения «${name}»`;
}

// ---------------------------------------------------------------------------
// Appellants and texts
// ---------------------------------------------------------------------------

function createAppellant(
  kind: AppellantKind,
  theme: AppealTheme,
  channel: AppealChannel,
  place: Place,
  random: DemoRandom,
  usedInns: Map<string, string>,
): Appellant {
  if (kind === AppellantKind.LEGAL_ENTITY) {
    const organization = random.pick(theme.organizations);
    let inn = usedInns.get(organization);
    if (!inn) {
      inn = legalEntityInn(random);
      usedInns.set(organization, inn);
    }
    return {
      kind,
      voice: Voice.ORGANIZATION,
      name: organization,
      salutation: 'Уважаемый руководитель!',
      email: `info.${toLatinSlug(organization)}@example.org`,
      phone: `+78362${random.integer(200_000, 699_999)}`,
      address: random.chance(0.7) ? place.address : null,
      inn,
      openingValues: { organization, inn },
    };
  }

  const foreign = kind === AppellantKind.FOREIGN_CITIZEN ? random.pick(FOREIGN_PEOPLE) : null;
  const person = foreign ?? randomPersonName(random);
  const abroad = kind === AppellantKind.RUSSIAN_CITIZEN_ABROAD;
  const birthYear = random.integer(1948, 2003);
  const email = `${toLatinSlug(person.firstName)}.${toLatinSlug(person.surname)}${birthYear % 100}@example.com`;
  const flat = place.municipality?.kind === 'city_district' ? `, кв. ${place.values.flat}` : '';
  return {
    kind,
    voice: person.voice,
    name: `${person.surname} ${person.firstName} ${person.patronymic}`,
    salutation: `${person.voice === Voice.FEMALE ? 'Уважаемая' : 'Уважаемый'} ${person.firstName} ${person.patronymic}!`,
    email: abroad || wantsContact(channel, 'email', random) ? email : null,
    phone: !abroad && wantsContact(channel, 'phone', random) ? `+79${random.integer(0, 999_999_999).toString().padStart(9, '0')}` : null,
    address: !abroad && wantsContact(channel, 'address', random) ? `${place.address}${flat}` : null,
    inn: null,
    openingValues: { country: foreign?.country ?? '' },
  };
}

/** Decides whether a person leaves this contact, by how usual it is for the channel: a letter always has an address and a call a phone. */
function wantsContact(channel: AppealChannel, contact: 'email' | 'phone' | 'address', random: DemoRandom): boolean {
  const shares: Record<typeof contact, Partial<Record<AppealChannel, number>>> = {
    email: { [AppealChannel.EMAIL]: 1, [AppealChannel.FEEDBACK_PLATFORM]: 0.8, [AppealChannel.SOCIAL_MEDIA]: 0.2 },
    phone: { [AppealChannel.VOICE_HOTLINE]: 1, [AppealChannel.IN_PERSON]: 0.8 },
    address: { [AppealChannel.WRITTEN]: 1, [AppealChannel.IN_PERSON]: 0.9 },
  };
  const fallback = { email: 0.15, phone: 0.35, address: 0.3 }[contact];
  return random.chance(shares[contact][channel] ?? fallback);
}

/** Generates a 10-digit INN that starts with the Mari El region code 12 and has a valid check digit. */
function legalEntityInn(random: DemoRandom): string {
  const office = random.pick(['1215', '1200', '1224', '1207']);
  const digits = `${office}${random.integer(0, 99_999).toString().padStart(5, '0')}`;
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  return `${digits}${(sum % 11) % 10}`;
}

function openingFor(appellant: Appellant, random: DemoRandom): string {
  switch (appellant.kind) {
    case AppellantKind.LEGAL_ENTITY:
      return random.pick(ORGANIZATION_OPENINGS);
    case AppellantKind.FOREIGN_CITIZEN:
      return random.pick(FOREIGN_OPENINGS);
    case AppellantKind.STATELESS_PERSON:
      return random.pick(STATELESS_OPENINGS);
    case AppellantKind.RUSSIAN_CITIZEN_ABROAD:
      return random.pick(ABROAD_OPENINGS);
    case AppellantKind.RUSSIAN_CITIZEN:
      return random.pick(RESIDENT_OPENINGS);
  }
}

function closingFor(appellant: Appellant, channel: AppealChannel, random: DemoRandom): string {
  if (appellant.email && random.chance(0.3)) {
    return EMAIL_REPLY_CLOSING;
  }
  if (appellant.address && channel === AppealChannel.WRITTEN && random.chance(0.4)) {
    return POST_REPLY_CLOSING;
  }
  return random.pick(CLOSINGS);
}

/** Composes the appeal: the channel's note, an opening, the problem, one or two details, the request and a closing. */
function composeAppealText(
  theme: AppealTheme,
  appealCase: AppealCase,
  appellant: Appellant,
  channel: AppealChannel,
  values: PlaceValues,
  random: DemoRandom,
): string {
  const details = [...(appealCase.details ?? []), ...theme.details];
  const sentences = [
    openingFor(appellant, random),
    appealCase.problem,
    ...random.sample(details, random.integer(1, 2)),
    random.pick(appealCase.requests ?? theme.requests),
    closingFor(appellant, channel, random),
  ];
  const allValues = { ...values, ...appellant.openingValues };
  const body = sentences
    .filter((sentence) => sentence.length > 0)
    .map((sentence) => fillTemplate(applyVoice(sentence, appellant.voice), allValues))
    .join(' ');
  const prefix = CHANNEL_PREFIXES[channel];
  return prefix ? `${prefix}\n\n${body}` : body;
}

function composeAnswerText(plan: AppealPlan, phone: string | undefined): string {
  const receivedDate = DateTime.fromJSDate(plan.receivedAt, { zone: DEADLINE_TIME_ZONE }).toFormat('dd.MM.yyyy');
  const parts = [fillTemplate(ANSWER_OPENING, { receivedDate }), plan.answerTemplate];
  if (phone) {
    parts.push(fillTemplate(ANSWER_CLOSING, { phone }));
  }
  return `${plan.appellant.salutation}\n\n${parts.join(' ')}`;
}

// ---------------------------------------------------------------------------
// Times
// ---------------------------------------------------------------------------

function chooseRegistrationTime(profile: Profile, reference: DemoReference, random: DemoRandom, now: Date): Date {
  switch (profile) {
    case 'FRESH':
      return new Date(now.getTime() - random.between(2, 58) * MINUTE_MS);
    case 'OVERDUE':
      return officeHoursOfDay(startForShare(now, random.between(1.04, 1.2), reference), random, now);
    case 'AT_RISK':
      return officeHoursOfDay(startForShare(now, random.between(AT_RISK_SHARE + 0.04, 0.96), reference), random, now);
    case 'REGULAR': {
      // Skewed towards recent days, like a register whose older appeals are mostly answered.
      const ageDays = 0.1 + 37.5 * Math.pow(random.next(), 1.35);
      return officeHoursOfDay(new Date(now.getTime() - ageDays * DAY_MS), random, now);
    }
  }
}

/**
 * Finds a start instant whose answer deadline has used `share` of its term at `now`. The term depends on
 * the start date (a last day that is non-working moves), so the estimate is refined a few times.
 */
function startForShare(now: Date, share: number, reference: DemoReference): Date {
  let startedAt = now;
  for (let step = 0; step < 4; step += 1) {
    const { dueAt } = computeDeadline(startedAt, reference.answerRule, reference.calendar);
    startedAt = new Date(now.getTime() - share * (dueAt.getTime() - startedAt.getTime()));
  }
  return startedAt;
}

/**
 * Moves an instant to office hours (08:30–18:00 Moscow time) of the same day, which keeps a day-based
 * deadline unchanged. An instant that would then be in the future is placed one to four hours before
 * `now`, outside the last hour that only the FRESH appeals occupy.
 */
function officeHoursOfDay(instant: Date, random: DemoRandom, now: Date): Date {
  const day = DateTime.fromJSDate(instant, { zone: DEADLINE_TIME_ZONE }).startOf('day');
  const moved = day.plus({ minutes: Math.floor(random.between(8.5 * 60, 18 * 60)) }).toJSDate();
  if (moved.getTime() <= now.getTime() - 2 * MINUTE_MS) {
    return moved;
  }
  return new Date(now.getTime() - random.between(65, 240) * MINUTE_MS);
}

/** Chooses the receipt 0–3 days before registration, mostly on the same or the next day. Fresh appeals arrived within 20 hours. */
function chooseReceiptTime(profile: Profile, registeredAt: Date, random: DemoRandom): Date {
  let delay: number;
  if (profile === 'FRESH') {
    delay = random.between(5 * MINUTE_MS, 20 * HOUR_MS);
  } else {
    const bucket = random.next();
    if (bucket < 0.45) {
      delay = random.between(10 * MINUTE_MS, 6 * HOUR_MS);
    } else if (bucket < 0.75) {
      delay = random.between(6 * HOUR_MS, 1.5 * DAY_MS);
    } else if (bucket < 0.93) {
      delay = random.between(1.5 * DAY_MS, 2.5 * DAY_MS);
    } else {
      delay = random.between(2.5 * DAY_MS, 3 * DAY_MS);
    }
  }
  return new Date(registeredAt.getTime() - Math.round(delay));
}

// ---------------------------------------------------------------------------
// Recording one appeal: deadlines, status path and history
// ---------------------------------------------------------------------------

/** Instants of an appeal's later steps, null for the steps it has not reached. */
interface Timeline {
  status: AppealStatus;
  /** True when the operator chose the agency while registering, as AppealService.register allows. */
  assignedWhileRegistering: boolean;
  assignedAt: Date | null;
  reassignedAt: Date | null;
  answeredAt: Date | null;
  closedAt: Date | null;
}

async function recordAppeal(
  tx: EntityManager,
  deadlines: DeadlineService,
  plan: AppealPlan,
  number: string,
  actors: Actors,
  random: DemoRandom,
  now: Date,
): Promise<void> {
  const registrar = random.chance(0.75) ? actors.operator : actors.admin;
  const appeal = tx.create(Appeal, {
    number,
    channel: plan.channel,
    appellantKind: plan.appellant.kind,
    appellantName: plan.appellant.name,
    appellantEmail: plan.appellant.email,
    appellantPhone: plan.appellant.phone,
    appellantAddress: plan.appellant.address,
    appellantInn: plan.appellant.inn,
    text: plan.text,
    topic: plan.topic,
    questionType: plan.questionType,
    municipality: plan.place.municipality,
    agency: null,
    status: AppealStatus.REGISTERED,
    receivedAt: plan.receivedAt,
    registeredAt: plan.registeredAt,
    // Replaced below by the computed due instant, before the flush.
    answerDueAt: plan.registeredAt,
    registeredBy: registrar,
  });
  tx.persist(appeal);

  // The same two deadlines as AppealService.register. Their agency is set once the status path is known.
  const registration = await deadlines.start(tx, {
    kind: DeadlineKind.APPEAL_REGISTRATION,
    subjectType: APPEAL_SUBJECT,
    subjectId: appeal.id,
    subjectLabel: number,
    agency: null,
    startedAt: plan.receivedAt,
  });
  deadlines.complete(registration, plan.registeredAt);
  const answer = await deadlines.start(tx, {
    kind: DeadlineKind.APPEAL_ANSWER,
    subjectType: APPEAL_SUBJECT,
    subjectId: appeal.id,
    subjectLabel: number,
    agency: null,
    startedAt: plan.registeredAt,
  });
  appeal.answerDueAt = answer.dueAt;

  const timeline = planTimeline(plan, answer, random, now);
  applyTimeline(tx, deadlines, appeal, plan, timeline, registration, answer, registrar, actors, random);
}

function chooseStatus(plan: AppealPlan, share: number, now: Date, random: DemoRandom): AppealStatus {
  const ageDays = (now.getTime() - plan.registeredAt.getTime()) / DAY_MS;
  const byWeight = (weights: Partial<Record<AppealStatus, number>>) =>
    random.weighted(Object.keys(weights) as AppealStatus[], (status) => weights[status]!);

  switch (plan.profile) {
    case 'FRESH':
      return random.chance(0.5) ? AppealStatus.REGISTERED : AppealStatus.ASSIGNED;
    case 'OVERDUE':
    case 'AT_RISK':
      return AppealStatus.ASSIGNED;
    case 'REGULAR':
      if (share >= 1) {
        return byWeight({ [AppealStatus.CLOSED]: 55, [AppealStatus.ANSWERED]: 40, [AppealStatus.ASSIGNED]: 5 });
      }
      if (share >= AT_RISK_SHARE) {
        return byWeight({ [AppealStatus.CLOSED]: 30, [AppealStatus.ANSWERED]: 35, [AppealStatus.ASSIGNED]: 35 });
      }
      if (ageDays < 3) {
        return byWeight({ [AppealStatus.REGISTERED]: 25, [AppealStatus.ASSIGNED]: 75 });
      }
      if (ageDays >= 5) {
        return byWeight({ [AppealStatus.ANSWERED]: 14, [AppealStatus.CLOSED]: 8, [AppealStatus.ASSIGNED]: 78 });
      }
      return AppealStatus.ASSIGNED;
  }
}

/**
 * Places the assignment, answer and closing between registration and `now`. A step that does not fit
 * (an answer within minutes of a late assignment, say) is dropped, and the status falls back to the
 * last step that fits.
 */
function planTimeline(plan: AppealPlan, answer: Deadline, random: DemoRandom, now: Date): Timeline {
  const registeredMs = plan.registeredAt.getTime();
  const nowMs = now.getTime();
  const termMs = answer.dueAt.getTime() - registeredMs;
  let status = chooseStatus(plan, elapsedShare(plan.registeredAt, answer.dueAt, now), now, random);
  const timeline: Timeline = {
    status,
    assignedWhileRegistering: false,
    assignedAt: null,
    reassignedAt: null,
    answeredAt: null,
    closedAt: null,
  };
  if (status === AppealStatus.REGISTERED) {
    return timeline;
  }

  // Most appeals are assigned while being registered. A second between the two events keeps the history in order.
  timeline.assignedWhileRegistering = random.chance(0.6);
  const assignedMs = timeline.assignedWhileRegistering
    ? registeredMs + 1000
    : laterStepTime(registeredMs + random.between(15 * MINUTE_MS, 26 * HOUR_MS), registeredMs + 1000, nowMs - MINUTE_MS, random);
  timeline.assignedAt = new Date(assignedMs);
  let lastAssignmentMs = assignedMs;
  if (plan.misroutedTo) {
    lastAssignmentMs = laterStepTime(assignedMs + random.between(2 * HOUR_MS, 2 * DAY_MS), assignedMs + 1000, nowMs - MINUTE_MS, random);
    timeline.reassignedAt = new Date(lastAssignmentMs);
  }
  if (status === AppealStatus.ASSIGNED) {
    return timeline;
  }

  const earliestAnswerMs = lastAssignmentMs + HOUR_MS;
  const latestAnswerMs = nowMs - 30 * MINUTE_MS;
  if (earliestAnswerMs > latestAnswerMs) {
    timeline.status = AppealStatus.ASSIGNED;
    return timeline;
  }
  // About one answer in seven comes after the due instant, so the register has MISSED deadlines too.
  const answerShare = random.chance(0.15) ? random.between(1, 1.15) : random.between(0.2, 0.95);
  let answeredMs = registeredMs + answerShare * termMs;
  if (answeredMs > latestAnswerMs || answeredMs < earliestAnswerMs) {
    answeredMs = random.between(earliestAnswerMs, latestAnswerMs);
  }
  answeredMs = laterStepTime(answeredMs, earliestAnswerMs, latestAnswerMs, random);
  timeline.answeredAt = new Date(answeredMs);
  if (status === AppealStatus.ANSWERED) {
    return timeline;
  }

  const latestCloseMs = nowMs - 5 * MINUTE_MS;
  const closedMs = answeredMs + random.between(2 * HOUR_MS, 4 * DAY_MS);
  if (closedMs <= latestCloseMs) {
    timeline.closedAt = new Date(laterStepTime(closedMs, answeredMs + HOUR_MS, latestCloseMs, random));
  } else if (latestCloseMs - answeredMs > HOUR_MS) {
    timeline.closedAt = new Date(random.between(answeredMs + HOUR_MS, latestCloseMs));
  } else {
    status = AppealStatus.ANSWERED;
  }
  timeline.status = status;
  return timeline;
}

/**
 * Clamps a step's instant to [earliest, latest] and moves it to office hours of its Moscow day
 * when that still fits, so that officials do not seem to answer at three in the morning.
 */
function laterStepTime(instantMs: number, earliestMs: number, latestMs: number, random: DemoRandom): number {
  const clamped = Math.max(earliestMs, Math.min(instantMs, latestMs));
  const day = DateTime.fromMillis(clamped, { zone: DEADLINE_TIME_ZONE }).startOf('day');
  const moved = day.plus({ minutes: random.between(8.5 * 60, 18 * 60) }).toMillis();
  return moved >= earliestMs && moved <= latestMs ? moved : clamped;
}

/** Writes the status, agencies, deadline completions and history rows that the timeline describes. */
function applyTimeline(
  tx: EntityManager,
  deadlines: DeadlineService,
  appeal: Appeal,
  plan: AppealPlan,
  timeline: Timeline,
  registration: Deadline,
  answer: Deadline,
  registrar: User,
  actors: Actors,
  random: DemoRandom,
): void {
  const addEvent = (
    at: Date,
    actor: User,
    kind: AppealEventKind,
    fromStatus: AppealStatus | null,
    toStatus: AppealStatus,
    note: string | null,
  ) => {
    tx.persist(tx.create(AppealEvent, { appeal, at, actor, kind, fromStatus, toStatus, note }));
  };
  const centerUser = () => (random.chance(0.7) ? actors.operator : actors.admin);

  addEvent(plan.registeredAt, registrar, AppealEventKind.REGISTERED, null, AppealStatus.REGISTERED, null);
  let lastChange = plan.registeredAt;

  if (timeline.assignedAt) {
    const firstAgency = plan.misroutedTo ?? plan.agency;
    const assigner = timeline.assignedWhileRegistering ? registrar : centerUser();
    addEvent(timeline.assignedAt, assigner, AppealEventKind.ASSIGNED, AppealStatus.REGISTERED, AppealStatus.ASSIGNED, firstAgency.shortName);
    if (timeline.assignedWhileRegistering) {
      // AppealService.register starts both deadlines with the agency it assigns.
      registration.agency = firstAgency;
    }
    lastChange = timeline.assignedAt;
    if (timeline.reassignedAt) {
      const reassigner = centerUser();
      addEvent(timeline.reassignedAt, reassigner, AppealEventKind.REASSIGNED, AppealStatus.ASSIGNED, AppealStatus.ASSIGNED, plan.agency.shortName);
      lastChange = timeline.reassignedAt;
    }
    appeal.agency = plan.agency;
    answer.agency = plan.agency;
    appeal.status = AppealStatus.ASSIGNED;
  }

  if (timeline.answeredAt) {
    const official = actors.officialByAgencyId.get(plan.agency.id) ?? actors.operator;
    addEvent(timeline.answeredAt, official, AppealEventKind.ANSWERED, AppealStatus.ASSIGNED, AppealStatus.ANSWERED, null);
    appeal.status = AppealStatus.ANSWERED;
    appeal.answeredAt = timeline.answeredAt;
    appeal.answerText = composeAnswerText(plan, actors.phoneByAgencyId.get(plan.agency.id));
    deadlines.complete(answer, timeline.answeredAt);
    lastChange = timeline.answeredAt;
  }

  if (timeline.closedAt) {
    addEvent(timeline.closedAt, centerUser(), AppealEventKind.CLOSED, AppealStatus.ANSWERED, AppealStatus.CLOSED, null);
    appeal.status = AppealStatus.CLOSED;
    appeal.closedAt = timeline.closedAt;
    lastChange = timeline.closedAt;
  }

  // NOTE: the optimistic-lock version stays 1, because MikroORM writes 1 on insert whatever the entity holds.
  appeal.updatedAt = lastChange;
}

/** Takes `count` numbers from the sequence that real registrations use, so later numbers never collide. */
async function takeAppealNumbers(tx: EntityManager, count: number): Promise<number[]> {
  if (count === 0) {
    return [];
  }
  const rows = await tx.execute<{ value: string }[]>(
    `select nextval('appeal_number_seq') as value from generate_series(1, ?)`,
    [count],
  );
  return rows.map((row) => Number(row.value)).sort((left, right) => left - right);
}
