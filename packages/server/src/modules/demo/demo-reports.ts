import type { EntityManager } from '@mikro-orm/postgresql';
import { nextRegistrationNumber } from '../../database/registration-number.js';
import { Agency } from '../agencies/agency.entity.js';
import type { User } from '../auth/auth.entities.js';
import { Deadline, DeadlineKind } from '../deadlines/deadline.entity.js';
import type { DeadlineService } from '../deadlines/deadline.service.js';
import { explainSetDue, INFORMATION_REQUEST_SUBJECT } from '../reports/information-request.service.js';
import { previousQuarter, quarterBounds, quarterOf } from '../reports/quarter.js';
import { InformationRequest, InformationRequestRecipient, QuarterlyReport, QuarterlyReportVersion, ReportStatus } from '../reports/report.entities.js';
import { QUARTERLY_REPORT_SUBJECT, type ReportService } from '../reports/report.service.js';
import { DAY_MS, HOUR_MS } from './demo-reference.js';

export interface DemoReportOptions {
  deadlines: DeadlineService;
  reports: ReportService;
  now: Date;
  /** The center's demo operator, who reviews reports and sends requests. */
  operator: User | null;
  /** Demo agency officials by agency id, who submit reports and answer requests. */
  officials: Map<string, User>;
}

/** Course of one agency's report in a demo quarter, chosen by the agency's place in the list. */
type DemoOutcome = 'ACCEPTED' | 'ACCEPTED_LATE' | 'SUBMITTED' | 'RETURNED' | 'RETURNED_THEN_ACCEPTED' | 'DRAFT';

const ANALYSIS = {
  mainProblems:
    'Чаще всего заявители сообщали о задержке выплат и о сроках ремонта социальных объектов. Повторные обращения связаны с одними и теми же объектами в Йошкар-Оле и Волжске.',
  measuresTaken:
    'Проведены выездные приёмы в двух районах, график ремонта опубликован на сайте органа, по повторным обращениям назначены ответственные и сроки устранения причин.',
};

/** Chooses the outcome of the agency at `index` for a quarter that ended `age` quarters ago (1 is the latest). */
function outcomeFor(index: number, age: number): DemoOutcome {
  if (age >= 3) {
    return index % 7 === 3 ? 'RETURNED_THEN_ACCEPTED' : 'ACCEPTED';
  }
  if (age === 2) {
    if (index % 5 === 1) {
      return 'ACCEPTED_LATE';
    }
    return index % 9 === 4 ? 'RETURNED_THEN_ACCEPTED' : 'ACCEPTED';
  }
  const outcomes: DemoOutcome[] = ['SUBMITTED', 'ACCEPTED', 'RETURNED', 'ACCEPTED', 'DRAFT', 'ACCEPTED_LATE', 'ACCEPTED', 'SUBMITTED'];
  return outcomes[index % outcomes.length]!;
}

function submit(version: QuarterlyReportVersion, report: QuarterlyReport, at: Date, by: User | undefined): void {
  version.status = ReportStatus.SUBMITTED;
  version.mainProblems = ANALYSIS.mainProblems;
  version.measuresTaken = ANALYSIS.measuresTaken;
  version.submittedAt = at;
  version.submittedBy = by ?? null;
  version.submittedLate = at.getTime() > report.dueAt.getTime();
  if (!report.firstSubmittedAt) {
    report.firstSubmittedAt = at;
    report.submittedLate = version.submittedLate;
  }
  report.status = ReportStatus.SUBMITTED;
}

function review(version: QuarterlyReportVersion, report: QuarterlyReport, at: Date, by: User | null, remarks: string | null): QuarterlyReportVersion | null {
  version.reviewedAt = at;
  version.reviewedBy = by;
  if (remarks === null) {
    version.status = ReportStatus.ACCEPTED;
    report.status = ReportStatus.ACCEPTED;
    report.acceptedAt = at;
    return null;
  }
  version.status = ReportStatus.RETURNED;
  version.remarks = remarks;
  report.status = ReportStatus.RETURNED;
  report.currentVersion = version.number + 1;
  return version;
}

/** Moves one demo report through its outcome; submission and review instants follow the due instant. */
async function playOutcome(tx: EntityManager, report: QuarterlyReport, outcome: DemoOutcome, options: DemoReportOptions): Promise<void> {
  if (outcome === 'DRAFT') {
    return;
  }
  const version = await tx.findOneOrFail(QuarterlyReportVersion, { report, number: 1 });
  const official = options.officials.get(report.agency.id);
  const due = report.dueAt.getTime();
  const submittedAt = new Date(outcome === 'ACCEPTED_LATE' ? due + 2 * DAY_MS + 3 * HOUR_MS : due - 2 * DAY_MS - 5 * HOUR_MS);
  if (submittedAt.getTime() > options.now.getTime()) {
    return;
  }
  submit(version, report, submittedAt, official);

  const deadline = await tx.findOne(Deadline, { subjectType: QUARTERLY_REPORT_SUBJECT, subjectId: report.id });
  if (deadline) {
    options.deadlines.complete(deadline, submittedAt);
  }
  if (outcome === 'SUBMITTED') {
    return;
  }

  const reviewedAt = new Date(Math.min(submittedAt.getTime() + 2 * DAY_MS, options.now.getTime()));
  const returnsFirst = outcome === 'RETURNED' || outcome === 'RETURNED_THEN_ACCEPTED';
  const returned = review(version, report, reviewedAt, options.operator, returnsFirst ? 'Уточните число повторных обращений и дополните меры по ним.' : null);
  if (!returned) {
    return;
  }
  const next = tx.create(QuarterlyReportVersion, {
    report,
    number: 2,
    figures: version.figures,
    figuresComputedAt: version.figuresComputedAt,
    corrections: [
      {
        figure: 'repeat',
        prefilledValue: version.figures.repeat ?? 0,
        value: (version.figures.repeat ?? 0) + 2,
        reason: 'Два повторных обращения поступили по почте и учтены в журнале органа после сверки.',
        correctedById: official?.id ?? '',
        correctedAt: new Date(reviewedAt.getTime() + HOUR_MS).toISOString(),
      },
    ],
    mainProblems: version.mainProblems,
    measuresTaken: version.measuresTaken,
  });
  tx.persist(next);

  if (outcome === 'RETURNED_THEN_ACCEPTED') {
    const resubmittedAt = new Date(reviewedAt.getTime() + DAY_MS);
    submit(next, report, resubmittedAt, official);
    review(next, report, new Date(resubmittedAt.getTime() + DAY_MS), options.operator, null);
  }
}

/** Sends a demo request and answers it for the agencies listed in `answers` (hours after sending, or null). */
async function playRequest(
  tx: EntityManager,
  options: DemoReportOptions,
  request: { subject: string; text: string; sentAt: Date; dueAt: Date; agencies: Agency[]; answers: (number | null)[] },
): Promise<void> {
  const number = await nextRegistrationNumber(tx, 'information_request_number_seq', 'ИЗ', request.sentAt);
  const entity = tx.create(InformationRequest, {
    number,
    subject: request.subject,
    text: request.text,
    sentAt: request.sentAt,
    dueAt: request.dueAt,
    sentBy: options.operator,
  });
  const explanation = explainSetDue(request.sentAt, request.dueAt, number);
  for (const [index, agency] of request.agencies.entries()) {
    const recipient = tx.create(InformationRequestRecipient, { request: entity, agency });
    tx.persist(recipient);
    const deadline = options.deadlines.startWithDue(
      tx,
      { kind: DeadlineKind.INFORMATION_REQUEST, subjectType: INFORMATION_REQUEST_SUBJECT, subjectId: entity.id, subjectLabel: `Запрос ${number}`, agency, startedAt: request.sentAt },
      request.dueAt,
      explanation,
    );
    const hours = request.answers[index];
    if (hours == null) {
      continue;
    }
    const answeredAt = new Date(request.sentAt.getTime() + hours * HOUR_MS);
    recipient.answerText = `${agency.shortName} сообщает: запрошенные сведения приведены в приложении к письму, данные сверены с журналом регистрации обращений.`;
    recipient.answeredAt = answeredAt;
    recipient.answeredBy = options.officials.get(agency.id) ?? null;
    recipient.onTime = answeredAt.getTime() <= request.dueAt.getTime();
    options.deadlines.complete(deadline, answeredAt);
  }
}

/**
 * Opens the demo's quarterly reports for the four latest quarters and plays a mix of outcomes
 * (accepted, late, returned with a second version, awaiting review, never submitted), and sends two
 * information requests, one of them answered late by one agency and not at all by another.
 * Like the rest of the demo, it writes no audit entries and no notifications.
 */
export async function loadDemoReports(tx: EntityManager, options: DemoReportOptions): Promise<void> {
  const current = quarterOf(options.now);
  const earliest = previousQuarter(previousQuarter(previousQuarter(current)));
  // Opening just after the earliest quarter ends opens it and the next one, with figures from the demo appeals.
  await options.reports.openReports(tx, new Date(quarterBounds(earliest).end.getTime() + HOUR_MS));
  await options.reports.openReports(tx, options.now);
  const agencies = await tx.find(Agency, {}, { orderBy: { shortName: 'asc' } });

  let period = previousQuarter(current);
  for (let age = 1; age <= 3; age += 1) {
    const reports = await tx.find(QuarterlyReport, { year: period.year, quarter: period.quarter }, { populate: ['agency'] });
    const byAgency = new Map(reports.map((report) => [report.agency.id, report]));
    for (const [index, agency] of agencies.entries()) {
      const report = byAgency.get(agency.id);
      if (report) {
        await playOutcome(tx, report, outcomeFor(index, age), options);
      }
    }
    period = previousQuarter(period);
  }

  const now = options.now.getTime();
  // The agencies of the demo accounts come first, so that signing in as one shows a request to answer.
  const addressed = [...agencies.filter((agency) => options.officials.has(agency.id)), ...agencies.filter((agency) => !options.officials.has(agency.id))];
  await playRequest(tx, options, {
    subject: 'Сведения о доступности социальных объектов для маломобильных граждан',
    text: 'Прошу представить перечень подведомственных объектов, на которые поступали обращения о доступной среде, и сроки их приспособления.',
    sentAt: new Date(now - 20 * DAY_MS),
    dueAt: new Date(now - 10 * DAY_MS),
    agencies: addressed.slice(0, 3),
    // The first agency answers in 3 days, the second 2 days after the due instant, the third never.
    answers: [72, 288, null],
  });
  await playRequest(tx, options, {
    subject: 'Оперативные сведения о подготовке к отопительному сезону',
    text: 'Прошу сообщить число обращений о перебоях теплоснабжения за ноябрь и принятые меры.',
    sentAt: new Date(now - 2 * DAY_MS),
    dueAt: new Date(now + 5 * DAY_MS),
    agencies: [addressed[2]!, addressed[0]!, addressed[3]!, addressed[4]!],
    answers: [20, null, null, null],
  });
}
