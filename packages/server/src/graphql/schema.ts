import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AgencyResolver } from '../modules/agencies/agency.resolver.js';
import { AppealFlagResolver, AppealQualityResolver, AppealReviewResolver } from '../modules/appeals/appeal-quality.resolver.js';
import { AgencyAnalyticsResolver, AnalyticsResolver } from '../modules/analytics/analytics.resolver.js';
import { AppealEventResolver, AppealResolver } from '../modules/appeals/appeal.resolver.js';
import { AppealRepeatFieldsResolver, AppealRepeatSuggestionResolver } from '../modules/appeals/appeal-repeat.resolver.js';
import { AppealIntakeResolver } from '../modules/appeals/appeal-intake.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import {
  CommentDraftResolver,
  CommentRoutingRuleResolver,
  InformationRiskEventResolver,
  InformationRiskResolver,
} from '../modules/comments/comment.resolver.js';
import { ContactOfficialChangeResolver, ContactOfficialResolver } from '../modules/contacts/contact.resolver.js';
import { DeadlineResolver } from '../modules/deadlines/deadline.resolver.js';
import { StoredFileResolver } from '../modules/files/stored-file.resolver.js';
import { AppealImportResolver } from '../modules/import/import.resolver.js';
import { NotificationResolver } from '../modules/notifications/notification.resolver.js';
import { ProblemResolver, ProblemSuggestionResolver, RoadmapMeasureResolver } from '../modules/problems/problem.resolver.js';
import { ReferenceResolver } from '../modules/reference/reference.resolver.js';
import { InformationRequestRecipientResolver, InformationRequestResolver } from '../modules/reports/information-request.resolver.js';
import { QuarterlyReportResolver, QuarterlyReportVersionResolver } from '../modules/reports/report.resolver.js';
import { InProcessEventBus, toTypeGraphqlPubSub, type EventBus } from '../realtime/event-bus.js';
import { DateTime } from './scalars.js';

let schema: Promise<GraphQLSchema> | undefined;

/**
 * Builds the executable schema once per process; type-graphql keeps its metadata globally.
 * The bus serves topic-based subscriptions; deadlineCountdown brings its own iterator.
 */
export function getSchema(bus: EventBus = new InProcessEventBus()): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    pubSub: toTypeGraphqlPubSub(bus),
    resolvers: [
      AgencyAnalyticsResolver,
      AgencyResolver,
      AnalyticsResolver,
      AppealResolver,
      AppealEventResolver,
      AppealQualityResolver,
      AppealReviewResolver,
      AppealFlagResolver,
      AppealRepeatFieldsResolver,
      AppealRepeatSuggestionResolver,
      AppealIntakeResolver,
      AppealImportResolver,
      AuditResolver,
      AuthResolver,
      CommentDraftResolver,
      CommentRoutingRuleResolver,
      ContactOfficialResolver,
      ContactOfficialChangeResolver,
      DeadlineResolver,
      InformationRequestRecipientResolver,
      InformationRequestResolver,
      InformationRiskEventResolver,
      InformationRiskResolver,
      NotificationResolver,
      ProblemResolver,
      ProblemSuggestionResolver,
      RoadmapMeasureResolver,
      QuarterlyReportResolver,
      QuarterlyReportVersionResolver,
      ReferenceResolver,
      StoredFileResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTime }],
    // Inputs are validated by the services with zod, which names every invalid field at once.
    validate: false,
    emitSchemaFile: false,
  });
  return schema;
}

/** Prints the SDL as committed in packages/schema, sorted so that a diff shows only real changes. */
export async function printSortedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
