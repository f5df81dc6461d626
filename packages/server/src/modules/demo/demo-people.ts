import type { EntityManager } from '@mikro-orm/postgresql';
import type { Agency } from '../agencies/agency.entity.js';
import { User, UserRole } from '../auth/auth.entities.js';
import { hashPassword } from '../auth/session.service.js';
import { ContactOfficial } from '../contacts/contact.entities.js';
import {
  CONTACT_POSITIONS,
  DEPUTY_TITLES,
  FEMALE_FIRST_NAMES,
  MALE_FIRST_NAMES,
  PATRONYMICS,
  SURNAMES,
  Voice,
  femaleSurname,
  toLatinSlug,
} from './demo-texts.js';
import type { DemoRandom } from './demo-random.js';
import { DAY_MS, type DemoReference } from './demo-reference.js';

// ---------------------------------------------------------------------------
// Users and contact officials
// ---------------------------------------------------------------------------

export interface DemoAccount {
  email: string;
  role: UserRole;
  fullName: string;
  agencyShortName: string | null;
}

/** Demo accounts. An agency official is created only when the database has that agency. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@cur.demo', role: UserRole.CENTER_ADMIN, fullName: 'Волков Дмитрий Александрович', agencyShortName: null },
  { email: 'operator@cur.demo', role: UserRole.CENTER_OPERATOR, fullName: 'Смирнова Елена Викторовна', agencyShortName: null },
  { email: 'press@cur.demo', role: UserRole.PRESS_SERVICE, fullName: 'Ямбаршев Андрей Николаевич', agencyShortName: null },
  { email: 'minzdrav@cur.demo', role: UserRole.AGENCY_OFFICIAL, fullName: 'Козлова Ирина Сергеевна', agencyShortName: 'Минздрав РМЭ' },
  { email: 'minobr@cur.demo', role: UserRole.AGENCY_OFFICIAL, fullName: 'Эшкинин Сергей Петрович', agencyShortName: 'Минобрнауки РМЭ' },
  { email: 'minstroy@cur.demo', role: UserRole.AGENCY_OFFICIAL, fullName: 'Мамаева Наталья Геннадьевна', agencyShortName: 'Минстрой РМЭ' },
];

export interface CreatedUser {
  account: DemoAccount;
  user: User;
}

export async function createUsers(tx: EntityManager, reference: DemoReference, password: string, now: Date): Promise<CreatedUser[]> {
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

export interface PersonName {
  surname: string;
  firstName: string;
  patronymic: string;
  voice: Voice.MALE | Voice.FEMALE;
}

export function randomPersonName(random: DemoRandom): PersonName {
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
export function createContactOfficials(tx: EntityManager, agencies: Agency[], random: DemoRandom, now: Date): ContactOfficial[] {
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
export interface Actors {
  admin: User;
  operator: User;
  officialByAgencyId: Map<string, User>;
  phoneByAgencyId: Map<string, string>;
}

export function buildActors(users: CreatedUser[], contacts: ContactOfficial[]): Actors {
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

/** Generates a 10-digit INN that starts with the Mari El region code 12 and has a valid check digit. */
export function legalEntityInn(random: DemoRandom): string {
  const office = random.pick(['1215', '1200', '1224', '1207']);
  const digits = `${office}${random.integer(0, 99_999).toString().padStart(5, '0')}`;
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  return `${digits}${(sum % 11) % 10}`;
}
