import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { decodeCursor, pagedComplexity, pageSize, toConnection } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { badField } from '../../graphql/errors.js';
import { assertUuid } from '../../graphql/validation.js';
import { Agency } from '../agencies/agency.entity.js';
import { AgencyType } from '../agencies/agency.types.js';
import { UserRole } from '../auth/auth.entities.js';
import { agencyScope, requireRole, requireUser, type CurrentUser } from '../auth/current-user.js';
import { DeadlineType } from '../deadlines/deadline.types.js';
import { QuarterlyReport, QuarterlyReportVersion } from './report.entities.js';
import { effectiveFigures, type ReportChange } from './report.service.js';
import * as types from './report.types.js';

/** The center and the agencies; the press service has no part in reports and requests. */
const READERS = [UserRole.CENTER_ADMIN, UserRole.CENTER_OPERATOR, UserRole.AGENCY_OFFICIAL];

async function published(context: RequestContext, change: ReportChange) {
  await context.services.countdown.publish(change.changedDeadlines);
  return { report: change.report };
}

function assertYear(year: number, field: string): void {
  if (!Number.isInteger(year) || year < 2021 || year > 2100) {
    throw badField(field, 'OUT_OF_RANGE', `must be a year between 2021 and 2100, got ${year}.`);
  }
}

function reportWhere(user: CurrentUser, filter: types.QuarterlyReportFilter | undefined): FilterQuery<QuarterlyReport> {
  const conditions: FilterQuery<QuarterlyReport>[] = [];
  const scope = agencyScope(user);
  if (scope) {
    conditions.push({ agency: scope });
  }
  if (filter?.agencyId) {
    assertUuid(filter.agencyId, 'filter.agencyId');
    conditions.push({ agency: filter.agencyId });
  }
  if (filter?.year != null) {
    assertYear(filter.year, 'filter.year');
    conditions.push({ year: filter.year });
  }
  if (filter?.quarter != null) {
    if (![1, 2, 3, 4].includes(filter.quarter)) {
      throw badField('filter.quarter', 'OUT_OF_RANGE', `must be 1, 2, 3 or 4, got ${filter.quarter}.`);
    }
    conditions.push({ quarter: filter.quarter });
  }
  if (filter?.statuses?.length) {
    conditions.push({ status: { $in: filter.statuses } });
  }
  return conditions.length ? { $and: conditions } : {};
}

/** Returns a report's keyset value (year × 10 + quarter), which the list orders newest first and then by id. */
function periodKey(report: QuarterlyReport): number {
  return report.year * 10 + report.quarter;
}

function isOverdue(report: QuarterlyReport | undefined, now: Date): boolean {
  return Boolean(report && !report.firstSubmittedAt && report.dueAt.getTime() < now.getTime());
}

@Resolver(() => types.QuarterlyReportType)
export class QuarterlyReportResolver {
  @Query(() => [types.ReportBoardRowType], { description: 'Agencies by the four quarters of a year with the state of each report; an agency official sees only its own row.' })
  async reportBoard(@Ctx() context: RequestContext, @Arg('year', () => Int) year: number) {
    const user = requireRole(context.user, READERS);
    assertYear(year, 'year');
    const scope = agencyScope(user);
    const [agencies, reports] = await Promise.all([
      context.em.find(Agency, scope ? { id: scope } : {}, { orderBy: { shortName: 'asc' } }),
      context.em.find(QuarterlyReport, { $and: [{ year }, reportWhere(user, undefined)] }),
    ]);
    const byCell = new Map(reports.map((report) => [`${report.agency.id}:${report.quarter}`, report]));
    const now = new Date();
    return agencies.map((agency) => ({
      agency,
      cells: [1, 2, 3, 4].map((quarter) => {
        const report = byCell.get(`${agency.id}:${quarter}`);
        return { quarter, report: report ?? null, overdue: isOverdue(report, now) };
      }),
    }));
  }

  @Query(() => types.QuarterlyReportConnection, { description: 'Quarterly reports, newest quarter first.', complexity: pagedComplexity })
  async reports(
    @Ctx() context: RequestContext,
    @Arg('filter', () => types.QuarterlyReportFilter, { nullable: true }) filter?: types.QuarterlyReportFilter,
    @Arg('page', () => types.QuarterlyReportsPageInput, { nullable: true }) page?: types.QuarterlyReportsPageInput,
  ) {
    const user = requireRole(context.user, READERS);
    const first = pageSize(page);
    const where = reportWhere(user, filter);
    let pageWhere = where;
    if (page?.after) {
      const { value, id } = decodeCursor(page.after);
      if (typeof value !== 'number') {
        throw badField('page.after', 'INVALID_CURSOR', 'does not match this order; request the first page again.');
      }
      const year = Math.floor(value / 10);
      const quarter = value % 10;
      pageWhere = {
        $and: [where, { $or: [{ year: { $lt: year } }, { year, quarter: { $lt: quarter } }, { year, quarter, id: { $gt: id } }] }],
      };
    }
    const [rows, totalCount] = await Promise.all([
      context.em.find(QuarterlyReport, pageWhere, { orderBy: { year: 'desc', quarter: 'desc', id: 'asc' }, limit: first + 1 }),
      context.em.count(QuarterlyReport, where),
    ]);
    return toConnection(rows, first, totalCount, page?.after, (node) => ({ value: periodKey(node), id: node.id }));
  }

  @Query(() => types.QuarterlyReportType, { nullable: true })
  async report(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    const user = requireRole(context.user, READERS);
    assertUuid(id, 'id');
    return context.em.findOne(QuarterlyReport, { $and: [{ id }, reportWhere(user, undefined)] });
  }

  @Mutation(() => types.QuarterlyReportPayload, { description: 'Replaces a prefilled figure of the current version with the agency’s value and reason; both values are kept (agency).' })
  async correctReportFigure(@Ctx() context: RequestContext, @Arg('input', () => types.CorrectReportFigureInput) input: types.CorrectReportFigureInput) {
    return published(context, await context.services.reports.correctFigure(context.em, requireUser(context.user), input));
  }

  @Mutation(() => types.QuarterlyReportPayload, { description: 'Saves the analytical part of the current version (agency).' })
  async saveReportAnalysis(@Ctx() context: RequestContext, @Arg('input', () => types.SaveReportAnalysisInput) input: types.SaveReportAnalysisInput) {
    return published(context, await context.services.reports.saveAnalysis(context.em, requireUser(context.user), input));
  }

  @Mutation(() => types.QuarterlyReportPayload, { description: 'Submits the current version; the first submission completes the report deadline (agency).' })
  async submitReport(@Ctx() context: RequestContext, @Arg('input', () => types.ReportStepInput) input: types.ReportStepInput) {
    return published(context, await context.services.reports.submit(context.em, requireUser(context.user), input));
  }

  @Mutation(() => types.QuarterlyReportPayload, { description: 'Accepts the submitted version (center).' })
  async acceptReport(@Ctx() context: RequestContext, @Arg('input', () => types.ReportStepInput) input: types.ReportStepInput) {
    return published(context, await context.services.reports.accept(context.em, requireUser(context.user), input));
  }

  @Mutation(() => types.QuarterlyReportPayload, { description: 'Returns the submitted version with remarks and opens the next version as its copy (center).' })
  async returnReport(@Ctx() context: RequestContext, @Arg('input', () => types.ReturnReportInput) input: types.ReturnReportInput) {
    return published(context, await context.services.reports.returnForRevision(context.em, requireUser(context.user), input));
  }

  @FieldResolver(() => AgencyType)
  agency(@Root() report: QuarterlyReport, @Ctx() context: RequestContext) {
    return context.loaders.agencyById.load(report.agency.id);
  }

  @FieldResolver(() => [types.QuarterlyReportVersionType], { description: 'Every version, oldest first.' })
  versions(@Root() report: QuarterlyReport, @Ctx() context: RequestContext) {
    return context.loaders.reportVersionsByReportId.load(report.id);
  }

  @FieldResolver(() => types.QuarterlyReportVersionType, { description: 'The version being prepared or reviewed.' })
  async current(@Root() report: QuarterlyReport, @Ctx() context: RequestContext) {
    const versions = await context.loaders.reportVersionsByReportId.load(report.id);
    return versions.find((version) => version.number === report.currentVersion) ?? versions.at(-1);
  }

  @FieldResolver(() => DeadlineType, { nullable: true, description: 'The QUARTERLY_REPORT deadline.' })
  async deadline(@Root() report: QuarterlyReport, @Ctx() context: RequestContext) {
    const deadlines = await context.loaders.deadlinesBySubjectId.load(report.id);
    return deadlines[0] ?? null;
  }
}

@Resolver(() => types.QuarterlyReportVersionType)
export class QuarterlyReportVersionResolver {
  @FieldResolver(() => [types.ReportFigureType], { description: 'Every figure with its prefilled and current value, in key order.' })
  figures(@Root() version: QuarterlyReportVersion): types.ReportFigureType[] {
    const values = effectiveFigures(version);
    const corrected = new Set(version.corrections.map((correction) => correction.figure));
    return Object.keys(version.figures)
      .sort()
      .map((key) => ({
        key,
        group: key.split('.')[0]!,
        prefilledValue: version.figures[key]!,
        value: values[key]!,
        corrected: corrected.has(key),
      }));
  }

  @FieldResolver(() => [types.ReportCorrectionType], { description: 'Every correction, oldest first.' })
  async corrections(@Root() version: QuarterlyReportVersion, @Ctx() context: RequestContext): Promise<types.ReportCorrectionType[]> {
    const users = await Promise.all(version.corrections.map((correction) => context.loaders.userById.load(correction.correctedById)));
    return version.corrections.map((correction, index) => ({
      figure: correction.figure,
      prefilledValue: correction.prefilledValue,
      value: correction.value,
      reason: correction.reason,
      correctedAt: new Date(correction.correctedAt),
      correctedBy: users[index]?.fullName ?? null,
    }));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Full name of the official who submitted the version.' })
  async submittedBy(@Root() version: QuarterlyReportVersion, @Ctx() context: RequestContext) {
    return version.submittedBy ? ((await context.loaders.userById.load(version.submittedBy.id))?.fullName ?? null) : null;
  }
}

