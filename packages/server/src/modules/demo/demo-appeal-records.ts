import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { Appeal, AppealEvent, AppealEventKind, AppealStatus } from '../appeals/appeal.entity.js';
import { APPEAL_SUBJECT } from '../appeals/appeal.service.js';
import type { User } from '../auth/auth.entities.js';
import { DeadlineKind, type Deadline } from '../deadlines/deadline.entity.js';
import type { DeadlineService } from '../deadlines/deadline.service.js';
import { DEADLINE_TIME_ZONE, elapsedShare } from '../deadlines/engine/index.js';
import { AT_RISK_SHARE, composeAnswerText, type AppealPlan } from './demo-appeal-plans.js';
import type { Actors } from './demo-people.js';
import type { DemoRandom } from './demo-random.js';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './demo-reference.js';

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

export async function recordAppeal(
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
    channel: appeal.channel,
    subjectId: appeal.id,
    subjectLabel: number,
    agency: null,
    startedAt: plan.receivedAt,
  });
  deadlines.complete(registration, plan.registeredAt);
  const answer = await deadlines.start(tx, {
    kind: DeadlineKind.APPEAL_ANSWER,
    subjectType: APPEAL_SUBJECT,
    channel: appeal.channel,
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
export async function takeAppealNumbers(tx: EntityManager, count: number): Promise<number[]> {
  if (count === 0) {
    return [];
  }
  const rows = await tx.execute<{ value: string }[]>(
    `select nextval('appeal_number_seq') as value from generate_series(1, ?)`,
    [count],
  );
  return rows.map((row) => Number(row.value)).sort((left, right) => left - right);
}
