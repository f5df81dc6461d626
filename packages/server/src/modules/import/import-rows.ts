import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { AppealChannel, AppealStatus, type AppellantKind } from '../appeals/appeal.entity.js';
import { checkImportedAppeal } from '../appeals/appeal.validation.js';
import { DeadlineKind } from '../deadlines/deadline.entity.js';
import type { ResolvedRule } from '../deadlines/deadline.service.js';
import { computeDeadline, DEADLINE_TIME_ZONE, type ProductionCalendar } from '../deadlines/engine/index.js';
import type { MappedField, MappedRecord } from './import-mapping.js';
import { quoted } from './import-failure.js';
import { russianProblemMessage } from './import-row-messages.js';

/** Appeals are classified down to a question of the classifier (level 4) or its refinement (level 5). */
const QUESTION_LEVEL = 4;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The reference data a row is checked against, loaded once per import. */
export interface ImportReference {
  topicLevels: Map<string, number>;
  questionTypes: Set<string>;
  municipalities: Set<string>;
  /** Agency id by its id and by its short name. */
  agencies: Map<string, { id: string; shortName: string }>;
  calendar: ProductionCalendar;
  resolveRule: (kind: DeadlineKind, channel: AppealChannel | null, startDate: string) => ResolvedRule;
}

/** Returns the agency whose id or short name is `key`; ids match in any case, short names as written. */
export function findAgency(reference: ImportReference, key: string): { id: string; shortName: string } | undefined {
  return reference.agencies.get(UUID.test(key) ? key.toLowerCase() : key);
}

/** Returns why `code` cannot classify an appeal: missing from the classifier, or a heading above a question. */
export function topicProblem(reference: ImportReference, code: string): { reason: 'NOT_FOUND' } | { reason: 'TOO_GENERAL'; level: number } | null {
  const level = reference.topicLevels.get(code);
  if (level === undefined) {
    return { reason: 'NOT_FOUND' };
  }
  return level < QUESTION_LEVEL ? { reason: 'TOO_GENERAL', level } : null;
}

/** One running deadline of an imported appeal, computed with the engine. */
export interface PreparedDeadline {
  dueAt: Date;
  /** The stored explanation as JSON text. */
  explanation: string;
}

/** A valid record, ready for the staging table. */
export interface PreparedAppeal {
  line: number;
  id: string;
  channel: AppealChannel;
  externalId: string | null;
  appellantKind: AppellantKind;
  appellantName: string;
  appellantEmail: string | null;
  appellantPhone: string | null;
  appellantAddress: string | null;
  appellantInn: string | null;
  text: string;
  topicCode: string;
  questionTypeCode: string | null;
  municipalityOktmo: string | null;
  agencyId: string | null;
  agencyShortName: string | null;
  status: AppealStatus;
  receivedAt: Date;
  registeredAt: Date;
  answerDueAt: Date;
  answerText: string | null;
  answeredAt: Date | null;
  closedAt: Date | null;
  /** Running for open appeals only; closed ones keep just `answerDueAt`. */
  answerDeadline: PreparedDeadline | null;
  /** The 7-day term to hand an open appeal without an agency to the competent one. */
  forwardingDeadline: PreparedDeadline | null;
}

/** One problem of a rejected row: `message` is Russian, `details` the English technical text. */
export interface RejectedRow {
  line: number;
  field: string;
  reason: string;
  message: string;
  details: string;
}

interface CachedComputation {
  dueAt: Date;
  /** The explanation's JSON split around its `startedAt`, which is the only part that differs per row. */
  jsonBefore: string;
  jsonAfter: string;
}

const STARTED_AT_MARK = '__STARTED_AT__';
const HOUR_MS = 3_600_000;

/**
 * Validates mapped records and computes their deadlines. Day-based terms depend only on the Moscow
 * date of the start, so each (rule, date) is computed once with `computeDeadline` and reused.
 */
export class AppealRowPreparer {
  /** Moscow offset in minutes by UTC hour; offsets change only on whole hours. */
  private readonly offsets = new Map<number, number>();
  private readonly computations = new Map<string, CachedComputation>();

  /**
   * `originOf` names where a field's value comes from, such as «столбец «Status»», for the
   * report's Russian messages.
   */
  constructor(
    private readonly reference: ImportReference,
    private readonly originOf: (field: MappedField) => string = (field) => `поле ${field}`,
  ) {}

  /** Returns the prepared appeal, or the problems that reject the row. */
  prepare(line: number, mapped: MappedRecord): PreparedAppeal | RejectedRow[] {
    const problems: RejectedRow[] = mapped.problems.map((problem) => ({ line, ...problem }));
    const { agency, ...fields } = mapped.values;
    const agencyKey = typeof agency === 'string' ? agency : null;
    const agencyFound = agencyKey ? findAgency(this.reference, agencyKey) : undefined;
    if (agencyKey && !agencyFound) {
      problems.push({
        line,
        field: 'agency',
        reason: 'NOT_FOUND',
        message: `Орган ${quoted(agencyKey, 60)} (${this.originOf('agency')}) не найден ни по краткому названию, ни по id. Добавьте его в сопоставление: fields.agency.map, например "${agencyKey}": "Минздрав РМЭ".`,
        details: `agency "${agencyKey}" is neither a short name nor an id of an agency; fix the mapping's agency map`,
      });
    }
    const checked = checkImportedAppeal({ ...fields, agencyId: agencyFound?.id ?? null });
    if (!checked.success) {
      for (const problem of checked.problems) {
        // A field the mapping already reported (such as an unreadable date) would repeat as missing.
        if (!problems.some((known) => known.field === problem.field)) {
          const field = problem.field as MappedField;
          const context = { origin: this.originOf(field), raw: mapped.raw[field], value: mapped.values[field], status: mapped.values.status };
          problems.push({ line, field: problem.field, reason: problem.reason, message: russianProblemMessage(field, problem.reason, problem.message, context), details: problem.message });
        }
      }
      return problems;
    }
    const values = checked.data;
    const topic = topicProblem(this.reference, values.topicCode);
    const topicOrigin = this.originOf('topicCode');
    if (topic?.reason === 'NOT_FOUND') {
      problems.push({
        line,
        field: 'topicCode',
        reason: 'NOT_FOUND',
        message: `Темы ${values.topicCode} (${topicOrigin}) нет в классификаторе ТОТКО. Исправьте код в сопоставлении: fields.topicCode.map или default.`,
        details: `topic ${values.topicCode} is not in the classifier`,
      });
    } else if (topic?.reason === 'TOO_GENERAL') {
      problems.push({
        line,
        field: 'topicCode',
        reason: 'TOO_GENERAL',
        message: `Тема ${values.topicCode} (${topicOrigin}) — раздел ${topic.level}-го уровня классификатора. Сопоставьте её с вопросом (4-й уровень) или уточнением (5-й уровень) в fields.topicCode.map.`,
        details: `topic ${values.topicCode} is a level-${topic.level} heading; map to a question (level 4) or a refinement (level 5)`,
      });
    }
    if (values.questionTypeCode && !this.reference.questionTypes.has(values.questionTypeCode)) {
      problems.push({
        line,
        field: 'questionTypeCode',
        reason: 'NOT_FOUND',
        message: `Вида вопроса ${values.questionTypeCode} (${this.originOf('questionTypeCode')}) нет в справочнике. Исправьте значение или сопоставление fields.questionTypeCode.`,
        details: `question type ${values.questionTypeCode} does not exist`,
      });
    }
    if (values.municipalityOktmo && !this.reference.municipalities.has(values.municipalityOktmo)) {
      problems.push({
        line,
        field: 'municipalityOktmo',
        reason: 'NOT_FOUND',
        message: `ОКТМО ${values.municipalityOktmo} (${this.originOf('municipalityOktmo')}) не относится к муниципальным образованиям республики. Исправьте значение или сопоставление fields.municipalityOktmo.`,
        details: `OKTMO ${values.municipalityOktmo} is not a municipality of the republic`,
      });
    }
    if (problems.length > 0) {
      return problems;
    }

    const open = values.status === AppealStatus.REGISTERED || values.status === AppealStatus.ASSIGNED;
    // The source system registered the appeal when it received it, so its terms count from then.
    const registeredAt = values.receivedAt;
    const answer = this.compute(DeadlineKind.APPEAL_ANSWER, values.channel, registeredAt);
    const answeredAt = values.answeredAt ?? (values.status === AppealStatus.CLOSED ? values.closedAt : null);
    let status: AppealStatus = values.status;
    if (open) {
      // As in registerAppeal, an open appeal with an agency is assigned to it.
      status = agencyFound ? AppealStatus.ASSIGNED : AppealStatus.REGISTERED;
    }
    return {
      line,
      id: randomUUID(),
      channel: values.channel,
      externalId: values.externalId,
      appellantKind: values.appellantKind,
      appellantName: values.appellantName,
      appellantEmail: values.appellantEmail,
      appellantPhone: values.appellantPhone,
      appellantAddress: values.appellantAddress,
      appellantInn: values.appellantInn,
      text: values.text,
      topicCode: values.topicCode,
      questionTypeCode: values.questionTypeCode,
      municipalityOktmo: values.municipalityOktmo,
      agencyId: agencyFound?.id ?? null,
      agencyShortName: agencyFound?.shortName ?? null,
      status,
      receivedAt: values.receivedAt,
      registeredAt,
      answerDueAt: answer.dueAt,
      answerText: values.answerText,
      answeredAt: open ? null : answeredAt,
      closedAt: values.status === AppealStatus.CLOSED ? values.closedAt : null,
      answerDeadline: open ? this.toPrepared(answer, registeredAt) : null,
      forwardingDeadline: open && !agencyFound ? this.toPrepared(this.compute(DeadlineKind.APPEAL_FORWARDING, values.channel, registeredAt), registeredAt) : null,
    };
  }

  private moscowOffset(instant: Date): number {
    const hour = Math.floor(instant.getTime() / HOUR_MS);
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      offset = DateTime.fromMillis(hour * HOUR_MS, { zone: DEADLINE_TIME_ZONE }).offset;
      this.offsets.set(hour, offset);
    }
    return offset;
  }

  /** Formats an instant in Moscow time as the engine does, such as 2026-03-01T10:15:00.000+03:00. */
  private moscowIso(instant: Date): string {
    const offset = this.moscowOffset(instant);
    const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, -1);
    const sign = offset < 0 ? '-' : '+';
    const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
    const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
    return `${local}${sign}${hours}:${minutes}`;
  }

  private compute(kind: DeadlineKind, channel: AppealChannel, startedAt: Date): CachedComputation {
    const startIso = this.moscowIso(startedAt);
    const startDate = startIso.slice(0, 10);
    const { rule, policyId } = this.reference.resolveRule(kind, channel, startDate);
    // HOURS terms depend on the exact instant, so only day-based ones are shared by a date.
    const key = rule.kind === 'HOURS' ? null : `${kind}|${policyId ?? ''}|${rule.kind}|${rule.amount}|${rule.nonWorkingEnd}|${startDate}`;
    const cached = key ? this.computations.get(key) : undefined;
    if (cached) {
      return cached;
    }
    const { dueAt, explanation } = computeDeadline(startedAt, rule, this.reference.calendar);
    const json = JSON.stringify({ ...explanation, startedAt: STARTED_AT_MARK, policyId, recomputations: [] });
    const [jsonBefore, jsonAfter] = json.split(STARTED_AT_MARK) as [string, string];
    const computation = { dueAt, jsonBefore, jsonAfter };
    if (key) {
      this.computations.set(key, computation);
    }
    return computation;
  }

  private toPrepared(computation: CachedComputation, startedAt: Date): PreparedDeadline {
    return { dueAt: computation.dueAt, explanation: `${computation.jsonBefore}${this.moscowIso(startedAt)}${computation.jsonAfter}` };
  }
}
