import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { AgencyType } from '../agencies/agency.types.js';
import type { AgencyFigures, AnalyticsScope } from './analytics.service.js';
import {
  AgencyAnalyticsType,
  AnalyticsFilter,
  AnalyticsGranularity,
  AnalyticsPeriodType,
  AnalyticsType,
  ChannelVolumePeriodType,
  MisinformationAnalyticsType,
  TopicSectionType,
  TopicSectionVolumePeriodType,
} from './analytics.types.js';

@Resolver(() => AnalyticsType)
export class AnalyticsResolver {
  @Query(() => AnalyticsType, {
    description:
      'The summary analytics over appeals registered in the filter’s period. For CENTER_ADMIN, CENTER_OPERATOR and AGENCY_OFFICIAL, the last limited to their own agency.',
  })
  analytics(@Ctx() context: RequestContext, @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter): Promise<AnalyticsScope> {
    return context.services.analytics.resolveScope(context.em, context.user, filter);
  }

  @FieldResolver(() => AnalyticsPeriodType)
  period(@Root() scope: AnalyticsScope): AnalyticsPeriodType {
    return { from: scope.from, to: scope.to };
  }

  @FieldResolver(() => Date, { nullable: true })
  refreshedAt(@Root() _scope: AnalyticsScope, @Ctx() context: RequestContext) {
    return context.services.analytics.refreshedAt(context.em);
  }

  @FieldResolver(() => [ChannelVolumePeriodType], { description: 'Appeals per period by channel, every period of the filter included.' })
  volumeByChannel(
    @Root() scope: AnalyticsScope,
    @Ctx() context: RequestContext,
    @Arg('granularity', () => AnalyticsGranularity, { defaultValue: AnalyticsGranularity.MONTH }) granularity: AnalyticsGranularity,
  ) {
    return context.services.analytics.volumeByChannel(context.em, scope, granularity);
  }

  @FieldResolver(() => [TopicSectionVolumePeriodType], { description: 'Appeals per period by topic section, every period of the filter included.' })
  volumeByTopicSection(
    @Root() scope: AnalyticsScope,
    @Ctx() context: RequestContext,
    @Arg('granularity', () => AnalyticsGranularity, { defaultValue: AnalyticsGranularity.MONTH }) granularity: AnalyticsGranularity,
  ) {
    return context.services.analytics.volumeByTopicSection(context.em, scope, granularity);
  }

  @FieldResolver(() => [TopicSectionType], { description: 'The sections of the classifier, in code order, for the legends of the section series.' })
  topicSections(@Root() _scope: AnalyticsScope, @Ctx() context: RequestContext) {
    return context.services.analytics.topicSections(context.em);
  }

  @FieldResolver(() => [AgencyAnalyticsType], { description: 'One row per agency of the filter (every agency without one), ordered by short name.' })
  agencies(@Root() scope: AnalyticsScope, @Ctx() context: RequestContext) {
    return context.services.analytics.agencies(context.em, scope);
  }

  @FieldResolver(() => MisinformationAnalyticsType)
  misinformation(@Root() scope: AnalyticsScope, @Ctx() context: RequestContext) {
    return context.services.analytics.misinformation(context.em, scope);
  }
}

@Resolver(() => AgencyAnalyticsType)
export class AgencyAnalyticsResolver {
  @FieldResolver(() => AgencyType)
  async agency(@Root() figures: AgencyFigures, @Ctx() context: RequestContext) {
    const agency = await context.loaders.agencyById.load(figures.agencyId);
    if (!agency) {
      throw notFound('Agency', figures.agencyId);
    }
    return agency;
  }
}
