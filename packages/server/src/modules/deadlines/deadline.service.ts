import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency } from '../agencies/agency.entity.js';
import type { CalendarStore } from './calendar-store.js';
import { Deadline, DeadlineKind, DeadlineRuleSetting, DeadlineStatus } from './deadline.entity.js';
import { DEFAULT_DEADLINE_RULES } from './deadline-rules.js';
import { computeDeadline, type DeadlineRule } from './engine/index.js';

export interface StartDeadlineInput {
  kind: DeadlineKind;
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

/** Starts, completes and cancels deadlines of every kind with one rule table and one calendar. */
export class DeadlineService {
  constructor(private readonly calendars: CalendarStore) {}

  async ruleFor(em: EntityManager, kind: DeadlineKind): Promise<DeadlineRule> {
    const setting = await em.findOne(DeadlineRuleSetting, { kind });
    const rule = setting ?? DEFAULT_DEADLINE_RULES[kind];
    return { kind: rule.ruleKind, amount: rule.amount, nonWorkingEnd: rule.nonWorkingEnd };
  }

  /** Computes and persists a new open deadline; the caller flushes. */
  async start(em: EntityManager, input: StartDeadlineInput): Promise<Deadline> {
    const rule = await this.ruleFor(em, input.kind);
    const { dueAt, explanation } = computeDeadline(input.startedAt, rule, this.calendars.current);
    const deadline = em.create(Deadline, {
      kind: input.kind,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      subjectLabel: input.subjectLabel,
      agency: input.agency,
      startedAt: input.startedAt,
      dueAt,
      status: DeadlineStatus.OPEN,
      explanation,
    });
    em.persist(deadline);
    return deadline;
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
