import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { badField, badUserInput, conflict, forbidden, invalidTransition, notFound, type FieldProblem } from '../../graphql/errors.js';
import { isBlank } from '../../graphql/validation.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import { User, UserRole } from '../auth/auth.entities.js';
import { canAccessAgency, isCenter, type CurrentUser } from '../auth/current-user.js';
import type { CalendarStore } from '../deadlines/calendar-store.js';
import { Deadline, DeadlineKind, DeadlineStatus } from '../deadlines/deadline.entity.js';
import type { DeadlineService } from '../deadlines/deadline.service.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import { notifyAgency, notifyCenter } from '../notifications/notification.service.js';
import { computeQuarterlyReportDue, formatQuarter, previousQuarter, quarterBounds, quarterOf, type Quarter } from './quarter.js';
import { QuarterlyReport, QuarterlyReportVersion, ReportStatus, type ReportFigures } from './report.entities.js';
import { computeReportFigures } from './report-statistics.js';
import * as validation from './report.validation.js';

export const QUARTERLY_REPORT_SUBJECT = 'QUARTERLY_REPORT';

/** Figures that may hold a fraction: averages in days and shares in percent. */
const FRACTIONAL_FIGURE = /^(answered\.(averageDays|maxDays)|satisfactionShare\..+)$/;

export interface ReportChange {
  report: QuarterlyReport;
  changedDeadlines: Deadline[];
}

export interface OpeningResult {
  opened: QuarterlyReport[];
  refreshed: number;
  changedDeadlines: Deadline[];
}

const EDITABLE = [ReportStatus.DRAFT, ReportStatus.RETURNED];

/** Returns the value of a figure after the version's corrections: the latest correction wins. */
export function effectiveFigures(version: QuarterlyReportVersion): ReportFigures {
  const figures = { ...version.figures };
  for (const correction of version.corrections) {
    figures[correction.figure] = correction.value;
  }
  return figures;
}

/** Opens, prefills and moves through review the quarterly reports of agencies. */
export class ReportService {
  constructor(
    private readonly deadlines: DeadlineService,
    private readonly calendars: CalendarStore,
  ) {}

  /**
   * Opens the report of every agency for the quarter that contains `now` and for the quarter before
   * it, so that a new installation shows both the running report and the one just due. Idempotent
   * across instances: the insert skips existing (agency, year, quarter) rows with `on conflict do
   * nothing`, and only the rows it inserted get a version and a deadline. Draft first versions
   * prefilled before their quarter ended are prefilled again once it has ended, unless corrected.
   */
  async openReports(em: EntityManager, now: Date = new Date()): Promise<OpeningResult> {
    const current = quarterOf(now);
    const periods = [previousQuarter(current), current];
    return em.transactional(async (tx) => {
      const opened: QuarterlyReport[] = [];
      const changedDeadlines: Deadline[] = [];
      for (const period of periods) {
        const { rule } = await this.deadlines.ruleFor(tx, DeadlineKind.QUARTERLY_REPORT, null, now);
        const due = computeQuarterlyReportDue(period, rule.nonWorkingEnd, this.calendars.current);
        const rows = await tx.execute<{ id: string }[]>(
          `insert into quarterly_report (id, agency_id, year, quarter, status, opened_at, due_at, current_version, submitted_late, version, updated_at)
           select gen_random_uuid(), a.id, ?, ?, 'DRAFT', ?, ?, 1, false, 1, ? from agency a order by a.id
           on conflict (agency_id, year, quarter) do nothing
           returning id`,
          [period.year, period.quarter, now, due.dueAt, now],
        );
        if (rows.length === 0) {
          continue;
        }
        const reports = await tx.find(QuarterlyReport, { id: { $in: rows.map((row) => row.id) } }, { populate: ['agency'] });
        const periodEnd = quarterBounds(period).end;
        for (const report of reports) {
          tx.persist(
            tx.create(QuarterlyReportVersion, {
              report,
              number: 1,
              figures: await computeReportFigures(tx, report.agency.id, period),
              figuresComputedAt: now,
            }),
          );
          // A report opened after its due instant still needs a term that starts before it ends.
          const startedAt = now.getTime() < periodEnd.getTime() ? now : periodEnd;
          changedDeadlines.push(
            this.deadlines.startWithDue(
              tx,
              {
                kind: DeadlineKind.QUARTERLY_REPORT,
                subjectType: QUARTERLY_REPORT_SUBJECT,
                subjectId: report.id,
                subjectLabel: `Квартальная информация за ${formatQuarter(period)}`,
                agency: report.agency,
                startedAt,
              },
              due.dueAt,
              due.explanation,
            ),
          );
          recordAudit(tx, null, { operation: 'openQuarterlyReport', entityType: 'QuarterlyReport', entityId: report.id, after: auditSnapshot(report) });
          opened.push(report);
        }
      }
      const refreshed = await this.refreshEndedDrafts(tx, current, now);
      return { opened, refreshed, changedDeadlines };
    });
  }

  /** Prefills again the uncorrected draft first versions whose snapshot was taken before their quarter ended. */
  private async refreshEndedDrafts(tx: EntityManager, current: Quarter, now: Date): Promise<number> {
    const stale = await tx.find(
      QuarterlyReportVersion,
      { number: 1, status: ReportStatus.DRAFT, report: { status: ReportStatus.DRAFT } },
      { populate: ['report', 'report.agency'] },
    );
    let refreshed = 0;
    for (const version of stale) {
      const period = { year: version.report.year, quarter: version.report.quarter };
      const ended = period.year < current.year || (period.year === current.year && period.quarter < current.quarter);
      if (!ended || version.corrections.length > 0 || version.figuresComputedAt.getTime() >= quarterBounds(period).end.getTime()) {
        continue;
      }
      version.figures = await computeReportFigures(tx, version.report.agency.id, period);
      version.figuresComputedAt = now;
      refreshed += 1;
    }
    return refreshed;
  }

  /** Replaces one figure of the current version with the agency's own value, keeping the prefilled one. */
  correctFigure(em: EntityManager, actor: CurrentUser, input: unknown): Promise<ReportChange> {
    const values = validation.parseCorrection(input);
    return this.agencyStep(em, actor, values, 'correctReportFigure', async (tx, report, version) => {
      if (!(values.figure in version.figures)) {
        throw badField('input.figure', 'NOT_FOUND', `report has no figure ${values.figure}; use a key from the report's figures.`);
      }
      if (!FRACTIONAL_FIGURE.test(values.figure) && !Number.isInteger(values.value)) {
        throw badField('input.value', 'NOT_INTEGER', `figure ${values.figure} is a count and must be a whole number, got ${values.value}.`);
      }
      if (values.figure.startsWith('satisfactionShare.') && values.value > 100) {
        throw badField('input.value', 'OUT_OF_RANGE', `figure ${values.figure} is a share in percent and must be at most 100.`);
      }
      if (effectiveFigures(version)[values.figure] === values.value) {
        throw badField('input.value', 'SAME_VALUE', `figure ${values.figure} already has the value ${values.value}.`);
      }
      version.corrections = [
        ...version.corrections,
        {
          figure: values.figure,
          prefilledValue: version.figures[values.figure]!,
          value: values.value,
          reason: values.reason,
          correctedById: actor.id,
          correctedAt: new Date().toISOString(),
        },
      ];
      return [];
    });
  }

  /** Saves the analytical part: the main problems raised in appeals and the measures taken. */
  saveAnalysis(em: EntityManager, actor: CurrentUser, input: unknown): Promise<ReportChange> {
    const values = validation.parseAnalysis(input);
    return this.agencyStep(em, actor, values, 'saveReportAnalysis', async (_tx, _report, version) => {
      version.mainProblems = values.mainProblems;
      version.measuresTaken = values.measuresTaken;
      return [];
    });
  }

  /**
   * Submits the current version. The first submission completes the QUARTERLY_REPORT deadline, MET
   * or MISSED; a resubmission after a return leaves it as it was, because the legal term is for
   * the first information and the return is the center's review of it. Each version is marked
   * late on its own when submitted after the due instant.
   */
  submit(em: EntityManager, actor: CurrentUser, input: unknown): Promise<ReportChange> {
    const values = validation.parseReportStep(input);
    return this.agencyStep(em, actor, values, 'submitReport', async (tx, report, version) => {
      const problems: FieldProblem[] = [];
      if (isBlank(version.mainProblems)) {
        problems.push({ field: 'report.mainProblems', reason: 'REQUIRED', message: 'describe the main problems raised in the appeals before submitting' });
      }
      if (isBlank(version.measuresTaken)) {
        problems.push({ field: 'report.measuresTaken', reason: 'REQUIRED', message: 'describe the measures taken on those problems before submitting' });
      }
      if (problems.length > 0) {
        throw badUserInput(problems);
      }
      const submittedAt = new Date();
      const late = submittedAt.getTime() > report.dueAt.getTime();
      version.status = ReportStatus.SUBMITTED;
      version.submittedAt = submittedAt;
      version.submittedBy = tx.getReference(User, actor.id);
      version.submittedLate = late;
      if (!report.firstSubmittedAt) {
        report.firstSubmittedAt = submittedAt;
        report.submittedLate = late;
      }
      report.status = ReportStatus.SUBMITTED;
      const open = await tx.find(Deadline, { subjectType: QUARTERLY_REPORT_SUBJECT, subjectId: report.id, status: DeadlineStatus.OPEN });
      for (const deadline of open) {
        this.deadlines.complete(deadline, submittedAt);
      }
      await notifyCenter(tx, {
        kind: NotificationKind.QUARTERLY_REPORT,
        title: `${report.agency.shortName} представил информацию за ${formatQuarter(report)}`,
        body: `Версия ${version.number}${late ? ', представлена с нарушением срока' : ''}. Проверьте и примите её или верните с замечаниями.`,
        subjectType: QUARTERLY_REPORT_SUBJECT,
        subjectId: report.id,
      });
      return open;
    });
  }

  accept(em: EntityManager, actor: CurrentUser, input: unknown): Promise<ReportChange> {
    const values = validation.parseReportStep(input);
    return this.centerStep(em, actor, values, 'acceptReport', async (tx, report, version) => {
      const now = new Date();
      version.status = ReportStatus.ACCEPTED;
      version.reviewedAt = now;
      version.reviewedBy = tx.getReference(User, actor.id);
      report.status = ReportStatus.ACCEPTED;
      report.acceptedAt = now;
      await notifyAgency(tx, report.agency.id, {
        kind: NotificationKind.QUARTERLY_REPORT,
        title: `Информация за ${formatQuarter(report)} принята ЦУР`,
        body: `Версия ${version.number} принята.`,
        subjectType: QUARTERLY_REPORT_SUBJECT,
        subjectId: report.id,
      });
    });
  }

  /** Returns the submitted version with remarks and opens the next version as a copy of it. */
  returnForRevision(em: EntityManager, actor: CurrentUser, input: unknown): Promise<ReportChange> {
    const values = validation.parseReturn(input);
    return this.centerStep(em, actor, values, 'returnReport', async (tx, report, version) => {
      version.status = ReportStatus.RETURNED;
      version.reviewedAt = new Date();
      version.reviewedBy = tx.getReference(User, actor.id);
      version.remarks = values.remarks;
      tx.persist(
        tx.create(QuarterlyReportVersion, {
          report,
          number: version.number + 1,
          figures: version.figures,
          figuresComputedAt: version.figuresComputedAt,
          corrections: version.corrections,
          mainProblems: version.mainProblems,
          measuresTaken: version.measuresTaken,
        }),
      );
      report.currentVersion = version.number + 1;
      report.status = ReportStatus.RETURNED;
      await notifyAgency(tx, report.agency.id, {
        kind: NotificationKind.QUARTERLY_REPORT,
        title: `Информация за ${formatQuarter(report)} возвращена на доработку`,
        body: values.remarks,
        subjectType: QUARTERLY_REPORT_SUBJECT,
        subjectId: report.id,
      });
    });
  }

  private agencyStep(
    em: EntityManager,
    actor: CurrentUser,
    values: { reportId: string; expectedVersion?: number | null },
    operation: string,
    apply: (tx: EntityManager, report: QuarterlyReport, version: QuarterlyReportVersion) => Promise<Deadline[]>,
  ): Promise<ReportChange> {
    if (actor.role !== UserRole.AGENCY_OFFICIAL) {
      throw forbidden('Only the agency’s own officials prepare and submit its quarterly report.');
    }
    return this.step(em, actor, values, operation, EDITABLE, apply);
  }

  private centerStep(
    em: EntityManager,
    actor: CurrentUser,
    values: { reportId: string; expectedVersion?: number | null },
    operation: string,
    apply: (tx: EntityManager, report: QuarterlyReport, version: QuarterlyReportVersion) => Promise<void>,
  ): Promise<ReportChange> {
    if (!isCenter(actor)) {
      throw forbidden('Only the center accepts or returns quarterly reports.');
    }
    return this.step(em, actor, values, operation, [ReportStatus.SUBMITTED], async (tx, report, version) => {
      await apply(tx, report, version);
      return [];
    });
  }

  /**
   * Loads and locks the report, checks the caller's agency, the expected version and the status,
   * then applies the step and writes its audit entry in the same transaction.
   */
  private step(
    em: EntityManager,
    actor: CurrentUser,
    values: { reportId: string; expectedVersion?: number | null },
    operation: string,
    allowedFrom: readonly ReportStatus[],
    apply: (tx: EntityManager, report: QuarterlyReport, version: QuarterlyReportVersion) => Promise<Deadline[]>,
  ): Promise<ReportChange> {
    return em.transactional(async (tx) => {
      const report = await tx.findOne(QuarterlyReport, { id: values.reportId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!report || !canAccessAgency(actor, report.agency.id)) {
        throw notFound('QuarterlyReport', values.reportId);
      }
      await tx.populate(report, ['agency']);
      if (values.expectedVersion != null && values.expectedVersion !== report.version) {
        throw conflict(`Report ${report.id} changed since you read it (version ${report.version}, you had ${values.expectedVersion}); reload it and try again.`, {
          currentVersion: report.version,
        });
      }
      if (!allowedFrom.includes(report.status)) {
        throw invalidTransition('QuarterlyReport', report.status, operation, allowedFrom);
      }
      const version = await tx.findOneOrFail(QuarterlyReportVersion, { report, number: report.currentVersion });
      const before = { ...auditSnapshot(report), currentVersionData: auditSnapshot(version) };
      const changedDeadlines = await apply(tx, report, version);
      // The version counter moves on every step, so that a stale expectedVersion is rejected.
      report.updatedAt = new Date();
      tx.persist(report);
      await tx.flush();
      recordAudit(tx, actor, {
        operation,
        entityType: 'QuarterlyReport',
        entityId: report.id,
        before,
        after: { ...auditSnapshot(report), currentVersionData: auditSnapshot(version) },
      });
      return { report, changedDeadlines };
    });
  }
}

