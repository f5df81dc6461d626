import { DateTime } from 'luxon';
import type { Agency } from '../agencies/agency.entity.js';
import { AppealChannel, AppellantKind } from '../appeals/appeal.entity.js';
import { DEADLINE_TIME_ZONE, computeDeadline } from '../deadlines/engine/index.js';
import type { QuestionType, Topic } from '../reference/reference.entities.js';
import {
  ABROAD_OPENINGS,
  ANSWER_CLOSING,
  ANSWER_OPENING,
  CHANNEL_PREFIXES,
  CLOSINGS,
  EMAIL_REPLY_CLOSING,
  FOREIGN_OPENINGS,
  FOREIGN_PEOPLE,
  ORGANIZATION_OPENINGS,
  POST_REPLY_CLOSING,
  RESIDENT_OPENINGS,
  STATELESS_OPENINGS,
  Voice,
  applyVoice,
  fillTemplate,
  toLatinSlug,
  type AppealCase,
  type AppealTheme,
} from './demo-texts.js';
import { legalEntityInn, randomPersonName } from './demo-people.js';
import { choosePlace, type Place, type PlaceValues } from './demo-places.js';
import type { DemoRandom } from './demo-random.js';
import { DAY_MS, HOUR_MS, MINUTE_MS, type DemoReference, type ResolvedTheme } from './demo-reference.js';

// ---------------------------------------------------------------------------
// Appeal plans: everything that does not depend on the computed deadlines
// ---------------------------------------------------------------------------

/** Default AT_RISK_SHARE of the configuration. The at-risk demo deadlines are aimed above it. */
export const AT_RISK_SHARE = 0.8;

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
 * Target state of an appeal's answer deadline at `now`. FRESH appeals were registered within the last
 * hour. OVERDUE and AT_RISK ones stay open past the due instant or in the last 20% of the term. REGULAR
 * ones get an age and a status that fits it.
 */
export type Profile = 'FRESH' | 'OVERDUE' | 'AT_RISK' | 'REGULAR';

export interface Appellant {
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

export interface AppealPlan {
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
export function planAppeals(reference: DemoReference, random: DemoRandom, now: Date, count: number): AppealPlan[] {
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

export function composeAnswerText(plan: AppealPlan, phone: string | undefined): string {
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
