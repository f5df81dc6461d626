import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { Agency } from '../agencies/agency.entity.js';
import { Appeal } from '../appeals/appeal.entity.js';
import { AppealRepeatService } from '../appeals/appeal-repeat.service.js';
import { appellantEmailKey, appellantNameKey, appellantPhoneKey } from '../appeals/appellant-keys.js';
import type { User } from '../auth/auth.entities.js';
import { DEADLINE_TIME_ZONE } from '../deadlines/engine/index.js';
import { Problem, RoadmapMeasure, RoadmapMeasureStatus } from '../problems/problem.entities.js';
import { Municipality, Topic } from '../reference/reference.entities.js';
import { DAY_MS } from './demo-reference.js';

export interface DemoProblemOptions {
  now: Date;
  /** The center's demo operator, who creates the problems. */
  operator: User | null;
}

export interface DemoProblemSummary {
  repeatSuggestions: number;
  problems: number;
}

/** The demo's similarity threshold; the seeded repeats share a topic, so they are found whatever it is. */
const DEMO_REPEAT_SIMILARITY = 0.3;

const REPEAT_PAIRS = 4;

interface Group {
  topicCode: string;
  oktmo: string;
  count: number;
}

function moscowDate(instant: Date): string {
  return DateTime.fromJSDate(instant).setZone(DEADLINE_TIME_ZONE).toISODate()!;
}

/**
 * Adds what shows repeats and problems: a few appellants who wrote again, the repeat suggestions that
 * registration would have stored, and problems with roadmaps for the two largest topic-and-municipality
 * groups. Leaves every suggestion open, so that a visitor confirms or rejects them, and writes no
 * history events, because the demo's histories follow the status path only.
 */
export async function loadDemoProblems(tx: EntityManager, options: DemoProblemOptions): Promise<DemoProblemSummary> {
  const groups = await largestGroups(tx, 2);
  await seedRepeatedAppellants(tx, options.now);
  const repeatSuggestions = await suggestRepeats(tx);
  const problems = await createProblems(tx, options, groups);
  return { repeatSuggestions, problems };
}

async function largestGroups(tx: EntityManager, count: number): Promise<Group[]> {
  const rows = await tx.execute<{ topic_code: string; municipality_oktmo: string; count: number }[]>(
    `select topic_code, municipality_oktmo, count(*)::int as count from appeal
     where municipality_oktmo is not null
     group by topic_code, municipality_oktmo
     order by count desc, topic_code, municipality_oktmo
     limit ?`,
    [count],
  );
  return rows.map((row) => ({ topicCode: row.topic_code, oktmo: row.municipality_oktmo, count: Number(row.count) }));
}

/**
 * Gives a few later appeals the appellant of an earlier appeal on the same topic, as when a citizen
 * writes again about an unsolved question.
 */
async function seedRepeatedAppellants(tx: EntityManager, now: Date): Promise<void> {
  const pairs = await tx.execute<{ earlier_id: string; later_id: string }[]>(
    `select distinct on (earlier.topic_code) earlier.id as earlier_id, later.id as later_id
     from appeal earlier
     join appeal later on later.topic_code = earlier.topic_code
       and later.received_at > earlier.received_at + interval '5 days'
       and later.received_at > ?::timestamptz - interval '20 days'
     where earlier.appellant_kind <> 'LEGAL_ENTITY' and later.appellant_kind <> 'LEGAL_ENTITY'
       and earlier.appellant_phone is not null
     order by earlier.topic_code, earlier.received_at, later.received_at
     limit ?`,
    [now, REPEAT_PAIRS],
  );
  for (const pair of pairs) {
    const [earlier, later] = await Promise.all([tx.findOneOrFail(Appeal, pair.earlier_id), tx.findOneOrFail(Appeal, pair.later_id)]);
    later.appellantName = earlier.appellantName;
    later.appellantPhone = earlier.appellantPhone;
    later.appellantEmail = earlier.appellantEmail;
    later.appellantAddress = earlier.appellantAddress;
  }
  await tx.flush();
}

/**
 * Runs the registration's repeat detection for the demo appeals whose appellant wrote before, oldest
 * first; one query finds them, so the others cost nothing.
 */
async function suggestRepeats(tx: EntityManager): Promise<number> {
  const repeats = new AppealRepeatService(DEMO_REPEAT_SIMILARITY);
  const rows = await tx.execute<{ id: string }[]>(
    `select later.id from appeal later
     where exists (
       select 1 from appeal earlier
       where earlier.received_at < later.received_at
         and (${appellantNameKey('earlier.appellant_name')} = ${appellantNameKey('later.appellant_name')}
           or ${appellantPhoneKey('earlier.appellant_phone')} = ${appellantPhoneKey('later.appellant_phone')}
           or ${appellantEmailKey('earlier.appellant_email')} = ${appellantEmailKey('later.appellant_email')})
     )`,
  );
  const appeals = await tx.find(Appeal, { id: { $in: rows.map((row) => row.id) } }, { orderBy: { receivedAt: 'asc', id: 'asc' } });
  let stored = 0;
  for (const appeal of appeals) {
    stored += (await repeats.suggest(tx, appeal)).length;
  }
  await tx.flush();
  return stored;
}

async function createProblems(tx: EntityManager, options: DemoProblemOptions, groups: Group[]): Promise<number> {
  const agencies = await tx.find(Agency, {}, { orderBy: { shortName: 'asc' } });
  // Inside the ~40 days the demo's appeals span, so that both sides of the start have appeals.
  const startAges = [21, 14];
  for (const [index, group] of groups.entries()) {
    const topic = await tx.findOneOrFail(Topic, { code: group.topicCode });
    const municipality = await tx.findOneOrFail(Municipality, { oktmo: group.oktmo });
    const startedAt = new Date(options.now.getTime() - startAges[index]! * DAY_MS);
    const problem = tx.create(Problem, {
      title: `${topic.title}: ${municipality.name}`,
      description: 'Повторяющиеся обращения жителей по одному вопросу. Проблема заведена центром по предложению системы.',
      topic,
      municipality,
      createdBy: options.operator,
      createdAt: startedAt,
      roadmapStartedOn: moscowDate(startedAt),
    });
    const responsible = await mainAgencyOf(tx, group, agencies);
    const helper = agencies.find((agency) => agency.id !== responsible.id) ?? responsible;
    const measure = (title: string, agency: Agency, dueInDays: number, status: RoadmapMeasureStatus, note: string | null) =>
      tx.create(RoadmapMeasure, {
        problem,
        title,
        responsibleAgency: agency,
        dueDate: moscowDate(new Date(options.now.getTime() + dueInDays * DAY_MS)),
        status,
        note,
        doneAt: status === RoadmapMeasureStatus.DONE ? new Date(options.now.getTime() + (dueInDays - 3) * DAY_MS) : null,
        createdAt: startedAt,
      });
    measure('Обследовать объекты и составить перечень нарушений', responsible, -2, RoadmapMeasureStatus.DONE, 'Акт обследования направлен в ЦУР');
    measure('Провести приём граждан и разъяснить сроки работ', helper, -7, RoadmapMeasureStatus.IN_PROGRESS, null);
    measure('Устранить выявленные нарушения', responsible, 60, RoadmapMeasureStatus.PLANNED, null);
    if (index === 0) {
      measure('Опубликовать отчёт о выполнении на сайте органа', helper, -2, RoadmapMeasureStatus.PLANNED, null);
    }
  }
  await tx.flush();
  return groups.length;
}

/** Returns the agency that received most of the group's appeals, or the first agency. */
async function mainAgencyOf(tx: EntityManager, group: Group, agencies: Agency[]): Promise<Agency> {
  const rows = await tx.execute<{ agency_id: string }[]>(
    `select agency_id from appeal where topic_code = ? and municipality_oktmo = ? and agency_id is not null
     group by agency_id order by count(*) desc, agency_id limit 1`,
    [group.topicCode, group.oktmo],
  );
  return agencies.find((agency) => agency.id === rows[0]?.agency_id) ?? agencies[0]!;
}
