import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency } from '../agencies/agency.entity.js';
import { CalendarStore } from '../deadlines/calendar-store.js';
import { DeadlineKind, DeadlineRuleSetting } from '../deadlines/deadline.entity.js';
import type { DeadlineService } from '../deadlines/deadline.service.js';
import type { DeadlineRule, ProductionCalendar } from '../deadlines/engine/index.js';
import { Municipality, QuestionType, Topic } from '../reference/reference.entities.js';
import { APPEAL_THEMES, type AppealTheme } from './demo-texts.js';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

// ---------------------------------------------------------------------------
// Reference data
// ---------------------------------------------------------------------------

/** A theme with the database rows it uses. */
export interface ResolvedTheme {
  theme: AppealTheme;
  topics: Topic[];
  /** The theme's agencies that exist, or every agency when none of them does. */
  agencies: Agency[];
  questionTypes: QuestionType[];
}

export interface DemoReference {
  agencies: Agency[];
  agencyByShortName: Map<string, Agency>;
  themes: ResolvedTheme[];
  municipalitiesByKind: Map<string, Municipality[]>;
  municipalityByOktmo: Map<string, Municipality>;
  answerRule: DeadlineRule;
  calendar: ProductionCalendar;
}

/** Reads every reference row the generator needs in a few queries, ordered by natural keys for determinism. */
export async function loadReference(tx: EntityManager, deadlines: DeadlineService): Promise<DemoReference> {
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
  const { rule: answerRule } = await deadlines.ruleFor(tx, DeadlineKind.APPEAL_ANSWER);
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
