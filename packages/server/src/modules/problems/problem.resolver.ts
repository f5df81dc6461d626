import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { containsPattern, listNewestFirst, pagedComplexity } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { badField, notFound } from '../../graphql/errors.js';
import { assertUuid } from '../../graphql/validation.js';
import { AgencyType } from '../agencies/agency.types.js';
import { UserRole } from '../auth/auth.entities.js';
import { UserType } from '../auth/auth.types.js';
import { agencyScope, CENTER_ROLES, requireRole, type CurrentUser } from '../auth/current-user.js';
import { MunicipalityType, TopicType } from '../reference/reference.types.js';
import { LocalDate } from '../../graphql/scalars.js';
import { Problem, RoadmapMeasure, RoadmapMeasureStatus } from './problem.entities.js';
import {
  moscowToday,
  problemIdsVisibleToAgency,
  problemSuggestionRows,
  volumeBeforeAfter,
  VolumeGranularity,
  volumeSeries,
  type ProblemAppealScope,
  type ProblemSuggestionRow,
} from './problem-statistics.js';
import * as types from './problem.types.js';

const PROBLEM_ROLES = [UserRole.CENTER_ADMIN, UserRole.CENTER_OPERATOR, UserRole.AGENCY_OFFICIAL];
const DAY_MS = 86_400_000;

function appealScope(user: CurrentUser, problem: Problem): ProblemAppealScope {
  return { topicCode: problem.topic.code, municipalityOktmo: problem.municipality?.oktmo ?? null, agencyId: agencyScope(user) };
}

/** Returns the date `months` calendar months before `date`, both YYYY-MM-DD. */
function monthsBefore(date: string, months: number): string {
  const shifted = new Date(`${date}T00:00:00Z`);
  shifted.setUTCDate(1);
  shifted.setUTCMonth(shifted.getUTCMonth() - months);
  return shifted.toISOString().slice(0, 10);
}

@Resolver(() => types.ProblemType)
export class ProblemResolver {
  @Query(() => types.ProblemConnection, {
    description: 'Problems, newest first: all for the center; for an agency official those with its measures or its appeals.',
    complexity: pagedComplexity,
  })
  async problems(
    @Ctx() context: RequestContext,
    @Arg('filter', () => types.ProblemFilter, { nullable: true }) filter?: types.ProblemFilter,
    @Arg('page', () => types.ProblemsPageInput, { nullable: true }) page?: types.ProblemsPageInput,
  ) {
    const user = requireRole(context.user, PROBLEM_ROLES);
    const conditions: FilterQuery<Problem>[] = [];
    const scope = agencyScope(user);
    if (scope) {
      conditions.push({ id: { $in: await problemIdsVisibleToAgency(context.em, scope) } });
    }
    if (filter?.statuses?.length) {
      conditions.push({ status: { $in: filter.statuses } });
    }
    const text = filter?.text?.trim();
    if (text) {
      if (text.length > 200) {
        throw badField('filter.text', 'TOO_LONG', 'must be at most 200 characters');
      }
      conditions.push({ title: { $ilike: containsPattern(text) } });
    }
    const where: FilterQuery<Problem> = conditions.length ? { $and: conditions } : {};
    return listNewestFirst(context.em, Problem, where, 'createdAt', page);
  }

  @Query(() => types.ProblemType, { nullable: true })
  async problem(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<Problem | null> {
    const user = requireRole(context.user, PROBLEM_ROLES);
    assertUuid(id, 'id');
    return context.services.problems.findVisible(context.em, user, id);
  }

  @Query(() => [types.ProblemSuggestionType], {
    description: 'Topics and municipalities with at least minAppeals appeals since `since` that no active problem covers; the center only.',
  })
  async problemSuggestions(
    @Ctx() context: RequestContext,
    @Arg('filter', () => types.ProblemSuggestionFilter, { nullable: true }) filter?: types.ProblemSuggestionFilter,
  ): Promise<ProblemSuggestionRow[]> {
    requireRole(context.user, CENTER_ROLES);
    const minAppeals = filter?.minAppeals ?? 5;
    if (!Number.isInteger(minAppeals) || minAppeals < 1 || minAppeals > 100_000) {
      throw badField('filter.minAppeals', 'OUT_OF_RANGE', `must be a whole number from 1 to 100000, got ${minAppeals}.`);
    }
    const since = filter?.since ?? new Date(Date.now() - 90 * DAY_MS);
    return problemSuggestionRows(context.em, since, minAppeals);
  }

  @Mutation(() => types.CreateProblemPayload)
  async createProblem(@Ctx() context: RequestContext, @Arg('input', () => types.CreateProblemInput) input: types.CreateProblemInput) {
    const user = requireRole(context.user, PROBLEM_ROLES);
    return { problem: await context.services.problems.create(context.em, user, input) };
  }

  @Mutation(() => types.UpdateProblemPayload)
  async updateProblem(@Ctx() context: RequestContext, @Arg('input', () => types.UpdateProblemInput) input: types.UpdateProblemInput) {
    const user = requireRole(context.user, PROBLEM_ROLES);
    return { problem: await context.services.problems.update(context.em, user, input) };
  }

  @Mutation(() => types.ResolveProblemPayload)
  async resolveProblem(@Ctx() context: RequestContext, @Arg('input', () => types.ResolveProblemInput) input: types.ResolveProblemInput) {
    const user = requireRole(context.user, PROBLEM_ROLES);
    return { problem: await context.services.problems.resolve(context.em, user, input) };
  }

  @Mutation(() => types.AddRoadmapMeasurePayload)
  async addRoadmapMeasure(@Ctx() context: RequestContext, @Arg('input', () => types.AddRoadmapMeasureInput) input: types.AddRoadmapMeasureInput) {
    const user = requireRole(context.user, PROBLEM_ROLES);
    const measure = await context.services.problems.addMeasure(context.em, user, input);
    return { measure, problem: measure.problem };
  }

  @Mutation(() => types.UpdateRoadmapMeasurePayload, { description: 'Changes a measure; an official of the responsible agency may change its status and note.' })
  async updateRoadmapMeasure(
    @Ctx() context: RequestContext,
    @Arg('input', () => types.UpdateRoadmapMeasureInput) input: types.UpdateRoadmapMeasureInput,
  ) {
    const user = requireRole(context.user, PROBLEM_ROLES);
    const measure = await context.services.problems.updateMeasure(context.em, user, input);
    return { measure, problem: measure.problem };
  }

  @FieldResolver(() => TopicType)
  async topic(@Root() problem: Problem, @Ctx() context: RequestContext) {
    const topic = await context.loaders.topicByCode.load(problem.topic.code);
    if (!topic) {
      throw notFound('Topic', problem.topic.code);
    }
    return topic;
  }

  @FieldResolver(() => MunicipalityType, { nullable: true, description: 'Null when the problem covers the whole republic.' })
  municipality(@Root() problem: Problem, @Ctx() context: RequestContext) {
    return problem.municipality ? context.loaders.municipalityByOktmo.load(problem.municipality.oktmo) : null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  createdBy(@Root() problem: Problem, @Ctx() context: RequestContext) {
    return problem.createdBy ? context.loaders.userById.load(problem.createdBy.id) : null;
  }

  @FieldResolver(() => [types.RoadmapMeasureType], { description: 'The roadmap, earliest due date first.' })
  measures(@Root() problem: Problem, @Ctx() context: RequestContext) {
    return context.loaders.measuresByProblemId.load(problem.id);
  }

  // NOTE: volume and volumeBeforeAfter cost one query per problem, so they suit the problem query, not long lists.
  @FieldResolver(() => [types.VolumePointType], {
    description: 'Appeals of the problem per period, zero-filled; 12 months or 26 weeks up to today by default. An agency official counts its own appeals.',
    complexity: 20,
  })
  volume(
    @Root() problem: Problem,
    @Ctx() context: RequestContext,
    @Arg('granularity', () => VolumeGranularity, { defaultValue: VolumeGranularity.MONTH }) granularity: VolumeGranularity,
    @Arg('from', () => LocalDate, { nullable: true }) from?: string | null,
    @Arg('to', () => LocalDate, { nullable: true }) to?: string | null,
  ) {
    const user = requireRole(context.user, PROBLEM_ROLES);
    const end = to ?? moscowToday();
    const start = from ?? (granularity === VolumeGranularity.MONTH ? monthsBefore(end, 11) : new Date(Date.parse(`${end}T00:00:00Z`) - 25 * 7 * DAY_MS).toISOString().slice(0, 10));
    return volumeSeries(context.em, appealScope(user, problem), granularity, start, end);
  }

  @FieldResolver(() => types.VolumeBeforeAfterType, {
    nullable: true,
    description: 'Appeals in equal windows before and after the roadmap start; the days elapsed since the start by default. Null before a roadmap starts.',
    complexity: 20,
  })
  volumeBeforeAfter(
    @Root() problem: Problem,
    @Ctx() context: RequestContext,
    @Arg('windowDays', () => Int, { nullable: true }) windowDays?: number | null,
  ) {
    const user = requireRole(context.user, PROBLEM_ROLES);
    return problem.roadmapStartedOn ? volumeBeforeAfter(context.em, appealScope(user, problem), problem.roadmapStartedOn, windowDays) : null;
  }
}

@Resolver(() => types.RoadmapMeasureType)
export class RoadmapMeasureResolver {
  @FieldResolver(() => AgencyType)
  async responsibleAgency(@Root() measure: RoadmapMeasure, @Ctx() context: RequestContext) {
    const agency = await context.loaders.agencyById.load(measure.responsibleAgency.id);
    if (!agency) {
      throw notFound('Agency', measure.responsibleAgency.id);
    }
    return agency;
  }

  @FieldResolver(() => Boolean, { description: 'True when the measure is planned or in progress after its due date (Moscow).' })
  overdue(@Root() measure: RoadmapMeasure): boolean {
    const open = measure.status === RoadmapMeasureStatus.PLANNED || measure.status === RoadmapMeasureStatus.IN_PROGRESS;
    return open && measure.dueDate < moscowToday();
  }
}

@Resolver(() => types.ProblemSuggestionType)
export class ProblemSuggestionResolver {
  @FieldResolver(() => TopicType)
  async topic(@Root() suggestion: ProblemSuggestionRow, @Ctx() context: RequestContext) {
    const topic = await context.loaders.topicByCode.load(suggestion.topicCode);
    if (!topic) {
      throw notFound('Topic', suggestion.topicCode);
    }
    return topic;
  }

  @FieldResolver(() => MunicipalityType)
  async municipality(@Root() suggestion: ProblemSuggestionRow, @Ctx() context: RequestContext) {
    const municipality = await context.loaders.municipalityByOktmo.load(suggestion.municipalityOktmo);
    if (!municipality) {
      throw notFound('Municipality', suggestion.municipalityOktmo);
    }
    return municipality;
  }
}
