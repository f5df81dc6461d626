import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency } from '../agencies/agency.entity.js';
import type { CalendarStore } from './calendar-store.js';
import { Deadline, DeadlineKind, DeadlineRuleSetting, DeadlineStatus } from './deadline.entity.js';
import { DEFAULT_DEADLINE_RULES } from './deadline-rules.js';
import { DateTime } from 'luxon';
import { AppealChannel } from '../appeals/appeal.entity.js';
import { DeadlinePolicy } from './deadline-policy.entity.js';
import {
  computeDeadline,
  DEADLINE_TIME_ZONE,
  type DeadlineComputation,
  type DeadlineExplanation,
  type DeadlineRule,
  type ProductionCalendar,
} from './engine/index.js';

export interface StartDeadlineInput {
  kind: DeadlineKind;
  /** The appeal's channel, which selects a channel's own policy. */
  channel?: AppealChannel | null;
  subjectType: string;
  subjectId: string;
  subjectLabel: string;
  agency: Agency | null;
  startedAt: Date;
}

/** A deadline as the countdown keeps it in memory and as instances exchange it. */
export interface DeadlineSnapshot {
  id: string;
  kind: DeadlineKind;
  status: DeadlineStatus;
  subjectType: string;
  subjectId: string;
  subjectLabel: string;
  agencyId: string | null;
  agencyShortName: string | null;
  startedAt: string;
  dueAt: string;
}

export function toSnapshot(deadline: Deadline): DeadlineSnapshot {
  return {
    id: deadline.id,
    kind: deadline.kind,
    status: deadline.status,
    subjectType: deadline.subjectType,
    subjectId: deadline.subjectId,
    subjectLabel: deadline.subjectLabel,
    agencyId: deadline.agency?.id ?? null,
    agencyShortName: deadline.agency?.shortName ?? null,
    startedAt: deadline.startedAt.toISOString(),
    dueAt: deadline.dueAt.toISOString(),
  };
}

export interface ResolvedRule {
  rule: DeadlineRule;
  policyId: string | null;
}

/**
 * Picks the rule among the policies in force for a start date, ordered latest first: the channel's
 * own policy, else the all-channel one, else the kind's setting, else the legal default.
 */
function selectRule(policies: DeadlinePolicy[], setting: DeadlineRuleSetting | null, kind: DeadlineKind, channel: AppealChannel | null): ResolvedRule {
  const policy = policies.find((candidate) => candidate.channel === channel && channel !== null) ?? policies.find((candidate) => !candidate.channel);
  if (policy) {
    return { rule: { kind: policy.ruleKind, amount: policy.amount, nonWorkingEnd: policy.nonWorkingEnd }, policyId: policy.id };
  }
  const rule = setting ?? DEFAULT_DEADLINE_RULES[kind];
  return { rule: { kind: rule.ruleKind, amount: rule.amount, nonWorkingEnd: rule.nonWorkingEnd }, policyId: null };
}

/**
 * Returns the rule of a term extended by `days` calendar days: the calendar days from day zero to
 * the term's last day before any shift, plus `days`, with the term's handling of a non-working end.
 * A term of working days ends on a working day, so its extension moves back like an appeal's.
 */
export function extendedRule(explanation: DeadlineExplanation, days: number): DeadlineRule {
  if (!explanation.startDate || !explanation.lastDayBeforeShift) {
    throw new Error(`Only a term counted in days can be extended; this one is a ${explanation.rule.kind} term.`);
  }
  const length = DateTime.fromISO(explanation.lastDayBeforeShift).diff(DateTime.fromISO(explanation.startDate), 'days').days;
  const nonWorkingEnd = explanation.rule.kind === 'WORKING_DAYS' ? 'SHIFT_BACK' : explanation.rule.nonWorkingEnd;
  return { kind: 'CALENDAR_DAYS', amount: Math.round(length) + days, nonWorkingEnd };
}

/** Starts, completes and cancels deadlines of every kind with one rule table and one calendar. */
export class DeadlineService {
  constructor(private readonly calendars: CalendarStore) {}

  /**
   * Finds the rule of a deadline that starts at `startedAt`: the most specific policy in force on that
   * Moscow date (the channel's own before the all-channel one, the latest before an earlier one), else
   * the kind's rule in `deadline_rule`, else the legal default.
   */
  async ruleFor(
    em: EntityManager,
    kind: DeadlineKind,
    channel: AppealChannel | null = null,
    startedAt: Date = new Date(),
  ): Promise<ResolvedRule> {
    const startDate = DateTime.fromJSDate(startedAt, { zone: DEADLINE_TIME_ZONE }).toISODate()!;
    const policies = await em.find(
      DeadlinePolicy,
      { kind, effectiveFrom: { $lte: startDate }, $or: [{ channel: null }, ...(channel ? [{ channel }] : [])] },
      { orderBy: { effectiveFrom: 'desc', createdAt: 'desc' } },
    );
    const setting = policies.length > 0 ? null : await em.findOne(DeadlineRuleSetting, { kind });
    return selectRule(policies, setting, kind, channel);
  }

  /**
   * Loads every policy and rule setting once and returns a resolver that picks a rule like `ruleFor`
   * without a query, for bulk writers such as the appeals import. The caller keeps it for one transaction.
   */
  async loadRuleResolver(em: EntityManager): Promise<(kind: DeadlineKind, channel: AppealChannel | null, startDate: string) => ResolvedRule> {
    const policies = await em.find(DeadlinePolicy, {}, { orderBy: { effectiveFrom: 'desc', createdAt: 'desc' } });
    const settings = new Map((await em.find(DeadlineRuleSetting, {})).map((setting) => [setting.kind, setting]));
    // `startDate` is the Moscow date of the start, YYYY-MM-DD, which policies compare with `effectiveFrom`.
    return (kind, channel, startDate) => {
      const inForce = policies.filter(
        (policy) => policy.kind === kind && policy.effectiveFrom <= startDate && (policy.channel == null || policy.channel === channel),
      );
      return selectRule(inForce, settings.get(kind) ?? null, kind, channel);
    };
  }

  get calendar(): ProductionCalendar {
    return this.calendars.current;
  }

  /** Computes and persists a new open deadline; the caller flushes. */
  async start(em: EntityManager, input: StartDeadlineInput): Promise<Deadline> {
    const { rule, policyId } = await this.ruleFor(em, input.kind, input.channel ?? null, input.startedAt);
    const { dueAt, explanation } = computeDeadline(input.startedAt, rule, this.calendars.current);
    const deadline = em.create(Deadline, {
      kind: input.kind,
      channel: input.channel ?? null,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      subjectLabel: input.subjectLabel,
      agency: input.agency,
      startedAt: input.startedAt,
      dueAt,
      status: DeadlineStatus.OPEN,
      explanation: { ...explanation, policyId, recomputations: [] },
    });
    em.persist(deadline);
    return deadline;
  }

  /**
   * Persists a new open deadline whose due instant the caller computed, such as a report due on a
   * date or a request due when the center set it; the explanation says how. The caller flushes.
   */
  startWithDue(em: EntityManager, input: StartDeadlineInput, dueAt: Date, explanation: DeadlineExplanation): Deadline {
    const deadline = em.create(Deadline, {
      kind: input.kind,
      channel: input.channel ?? null,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      subjectLabel: input.subjectLabel,
      agency: input.agency,
      startedAt: input.startedAt,
      dueAt,
      status: DeadlineStatus.OPEN,
      explanation: { ...explanation, policyId: null, recomputations: [] },
    });
    em.persist(deadline);
    return deadline;
  }

  /**
   * Computes an open deadline again under the rule now in force for its start, keeping the earlier
   * due instant in the explanation. Returns false when the due instant stays the same.
   */
  async recompute(em: EntityManager, deadline: Deadline, reason: string): Promise<boolean> {
    const { rule, policyId } = await this.ruleFor(em, deadline.kind, deadline.channel ?? null, deadline.startedAt);
    let computation = computeDeadline(deadline.startedAt, rule, this.calendars.current);
    const extensionDays = deadline.explanation.extensionDays ?? null;
    if (extensionDays) {
      computation = this.computeExtended(deadline.startedAt, computation.explanation, extensionDays);
    }
    if (computation.dueAt.getTime() === deadline.dueAt.getTime()) {
      return false;
    }
    this.replace(deadline, computation, { policyId, extensionDays }, reason);
    return true;
  }

  /**
   * Extends an open day-based deadline by `days` calendar days. The term becomes its length in
   * calendar days plus `days`, counted from the same day zero, and a non-working new last day moves
   * as the rule sets. So a 30-day term of an appeal registered on 4 December 2026, which ends on 3
   * January 2027 and moves back to 30 December, runs to 13 January 2027 when extended by 10 days.
   */
  extend(deadline: Deadline, days: number, reason: string): void {
    const computation = this.computeExtended(deadline.startedAt, deadline.explanation, days);
    this.replace(deadline, computation, { policyId: deadline.explanation.policyId ?? null, extensionDays: days }, reason);
  }

  /** Computes a term extended by `days` from the explanation of its unextended form, naming both in the summary. */
  private computeExtended(startedAt: Date, base: DeadlineExplanation, days: number): DeadlineComputation {
    const computation = computeDeadline(startedAt, extendedRule(base, days), this.calendars.current);
    const baseTerm = `${base.rule.amount} ${base.rule.kind === 'WORKING_DAYS' ? 'раб.' : 'календ.'} дн.`;
    const summary = `Срок ${baseTerm} продлён на ${days} календ. дн.: ${computation.explanation.summary}`;
    return { ...computation, explanation: { ...computation.explanation, summary } };
  }

  /** Gives a deadline a new due instant and explanation, keeping the earlier due instant among its recomputations. */
  private replace(
    deadline: Deadline,
    computation: DeadlineComputation,
    kept: { policyId: string | null; extensionDays: number | null },
    reason: string,
  ): void {
    const recomputations = [
      ...(deadline.explanation.recomputations ?? []),
      { at: new Date().toISOString(), previousDueAt: deadline.explanation.dueAt, dueAt: computation.explanation.dueAt, reason },
    ];
    deadline.dueAt = computation.dueAt;
    deadline.explanation = { ...computation.explanation, ...kept, recomputations };
  }

  /** Marks the work done at `at`: MET within the term, MISSED after it. */
  complete(deadline: Deadline, at: Date): void {
    if (deadline.status !== DeadlineStatus.OPEN) {
      return;
    }
    deadline.completedAt = at;
    deadline.status = at.getTime() <= deadline.dueAt.getTime() ? DeadlineStatus.MET : DeadlineStatus.MISSED;
  }

  cancel(deadline: Deadline, at: Date): void {
    if (deadline.status !== DeadlineStatus.OPEN) {
      return;
    }
    deadline.completedAt = at;
    deadline.status = DeadlineStatus.CANCELLED;
  }
}
