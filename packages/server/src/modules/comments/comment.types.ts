import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageInput } from '../../graphql/connection.js';
import { DateTime } from '../../graphql/scalars.js';
import {
  CommentAuthorRole,
  DraftReviewOutcome,
  InformationRiskEventKind,
  InformationRiskStatus,
  RoutingSource,
  VerificationOutcome,
} from './comment.entities.js';

registerEnumType(InformationRiskStatus, {
  name: 'InformationRiskStatus',
  description: 'Steps of the algorithm for misinformation and official comments.',
});
registerEnumType(VerificationOutcome, { name: 'VerificationOutcome' });
registerEnumType(CommentAuthorRole, { name: 'CommentAuthorRole' });
registerEnumType(DraftReviewOutcome, { name: 'DraftReviewOutcome' });
registerEnumType(RoutingSource, { name: 'RoutingSource' });
registerEnumType(InformationRiskEventKind, { name: 'InformationRiskEventKind' });

@ObjectType('InformationRisk', { description: 'A publication that may harm an agency, and the case of answering it.' })
export class InformationRiskType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Case number, such as ДИ-2026-000007.' })
  number!: string;

  @Field(() => String)
  url!: string;

  @Field(() => String, { description: 'The network or outlet.' })
  source!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'The quoted excerpt.' })
  excerpt!: string;

  @Field(() => DateTime)
  detectedAt!: Date;

  @Field(() => Int, { nullable: true })
  reach?: number | null;

  @Field(() => RoutingSource)
  routedBy!: RoutingSource;

  @Field(() => InformationRiskStatus)
  status!: InformationRiskStatus;

  @Field(() => VerificationOutcome, { nullable: true })
  verificationOutcome?: VerificationOutcome | null;

  @Field(() => String, { nullable: true })
  verificationNote?: string | null;

  @Field(() => String, { nullable: true })
  proposalText?: string | null;

  @Field(() => DateTime, { nullable: true })
  proposalSentAt?: Date | null;

  @Field(() => String, { nullable: true })
  publishedUrl?: string | null;

  @Field(() => DateTime, { nullable: true })
  publishedAt?: Date | null;

  @Field(() => String, { nullable: true })
  distributionOutlet?: string | null;

  @Field(() => DateTime, { nullable: true })
  distributedAt?: Date | null;

  @Field(() => String, { nullable: true })
  dismissReason?: string | null;

  @Field(() => DateTime, { nullable: true })
  closedAt?: Date | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('CommentDraft', { description: 'One version of an official comment; versions are never edited.' })
export class CommentDraftType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  versionNumber!: number;

  @Field(() => String, { nullable: true, description: 'The exact statement of the publication that is false or unproven.' })
  falseStatement?: string | null;

  @Field(() => String, { nullable: true, description: 'The agency’s own account, in its own name.' })
  agencyAccount?: string | null;

  @Field(() => String, { nullable: true })
  arguments?: string | null;

  @Field(() => String)
  authorName!: string;

  @Field(() => CommentAuthorRole)
  authorRole!: CommentAuthorRole;

  @Field(() => DateTime)
  submittedAt!: Date;

  @Field(() => DraftReviewOutcome, { nullable: true })
  reviewOutcome?: DraftReviewOutcome | null;

  @Field(() => String, { nullable: true })
  remarks?: string | null;

  @Field(() => DateTime, { nullable: true })
  reviewedAt?: Date | null;

  @Field(() => DateTime, { nullable: true })
  supersededAt?: Date | null;
}

@ObjectType('InformationRiskEvent')
export class InformationRiskEventType {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTime)
  at!: Date;

  @Field(() => InformationRiskEventKind)
  kind!: InformationRiskEventKind;

  @Field(() => InformationRiskStatus, { nullable: true })
  fromStatus?: InformationRiskStatus | null;

  @Field(() => InformationRiskStatus)
  toStatus!: InformationRiskStatus;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType('CommentRoutingRule', { description: 'Topics under `topic` go to `agency`; the most specific rule wins.' })
export class CommentRoutingRuleType {
  @Field(() => ID)
  id!: string;
}

/** The case a step applies to, and the version the caller read. */
@InputType()
class CaseReferenceInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; a different current version fails with CONFLICT.' })
  expectedVersion?: number | null;
}

@ObjectType()
export class InformationRiskConnection extends Connection(InformationRiskType, 'InformationRisk') {}

@InputType()
export class InformationRiskFilter {
  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => [InformationRiskStatus], { nullable: true })
  statuses?: InformationRiskStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Matches the number, title, excerpt or source.' })
  text?: string | null;
}

@InputType()
export class InformationRisksPageInput extends PageInput {}

@InputType()
export class DetectInformationRiskInput {
  @Field(() => String)
  url!: string;

  @Field(() => String)
  source!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  excerpt!: string;

  @Field(() => DateTime, { nullable: true, description: 'When the center found it; now by default. The first 3-hour clock starts here.' })
  detectedAt?: Date | null;

  @Field(() => String)
  topicCode!: string;

  @Field(() => Int, { nullable: true })
  reach?: number | null;

  @Field(() => ID, { nullable: true, description: 'Overrides the routing table.' })
  agencyId?: string | null;
}

@InputType({ description: 'A step that needs nothing but the case.' })
class CaseStepInput extends CaseReferenceInput {
  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class RequestInformationRiskVerificationInput extends CaseStepInput {}

@InputType()
export class CloseInformationRiskInput extends CaseStepInput {}

@InputType()
export class RecordInformationRiskVerificationInput extends CaseReferenceInput {
  @Field(() => VerificationOutcome)
  outcome!: VerificationOutcome;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class SendCommentProposalInput extends CaseReferenceInput {
  @Field(() => String)
  proposalText!: string;
}

@InputType()
export class SubmitCommentDraftInput extends CaseReferenceInput {
  @Field(() => String, { nullable: true })
  falseStatement?: string | null;

  @Field(() => String, { nullable: true })
  agencyAccount?: string | null;

  @Field(() => String, { nullable: true })
  arguments?: string | null;

  @Field(() => String, { nullable: true, description: 'Must equal the publication’s topic for approval.' })
  topicCode?: string | null;

  @Field(() => String)
  authorName!: string;

  @Field(() => CommentAuthorRole)
  authorRole!: CommentAuthorRole;
}

@InputType()
export class ApproveOfficialCommentInput extends CaseReferenceInput {}

@InputType()
export class ReturnCommentDraftInput extends CaseReferenceInput {
  @Field(() => String, { description: 'What the agency has to change.' })
  remarks!: string;
}

@InputType()
export class RecordCommentPublicationInput extends CaseReferenceInput {
  @Field(() => String, { description: 'Where the agency published the comment on its official site.' })
  publishedUrl!: string;
}

@InputType()
export class RecordCommentDistributionInput extends CaseReferenceInput {
  @Field(() => String, { description: 'The news outlet connected to the news aggregator.' })
  outlet!: string;

  @Field(() => DateTime, { nullable: true })
  distributedAt?: Date | null;
}

@InputType()
export class DismissInformationRiskInput extends CaseReferenceInput {
  @Field(() => String)
  reason!: string;
}

@InputType()
export class SupersedeOfficialCommentInput extends CaseReferenceInput {
  @Field(() => String)
  reason!: string;

  @Field(() => String, { description: 'The center’s new proposal; a new 3-hour draft clock starts.' })
  proposalText!: string;
}

@InputType()
export class RerouteInformationRiskInput extends CaseReferenceInput {
  @Field(() => ID)
  agencyId!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class SetCommentRouteInput {
  @Field(() => String)
  topicCode!: string;

  @Field(() => ID)
  agencyId!: string;
}

/** Builds the `<Mutation>Payload` type of one step, so that each mutation has a payload of its own name. */
function casePayload(name: string) {
  @ObjectType(name, { description: 'The case after the step.' })
  class CasePayload {
    @Field(() => InformationRiskType)
    informationRisk!: InformationRiskType;
  }
  return CasePayload;
}

export const DetectInformationRiskPayload = casePayload('DetectInformationRiskPayload');
export const RequestInformationRiskVerificationPayload = casePayload('RequestInformationRiskVerificationPayload');
export const RecordInformationRiskVerificationPayload = casePayload('RecordInformationRiskVerificationPayload');
export const SendCommentProposalPayload = casePayload('SendCommentProposalPayload');
export const SubmitCommentDraftPayload = casePayload('SubmitCommentDraftPayload');
export const ApproveOfficialCommentPayload = casePayload('ApproveOfficialCommentPayload');
export const ReturnCommentDraftPayload = casePayload('ReturnCommentDraftPayload');
export const RecordCommentPublicationPayload = casePayload('RecordCommentPublicationPayload');
export const RecordCommentDistributionPayload = casePayload('RecordCommentDistributionPayload');
export const CloseInformationRiskPayload = casePayload('CloseInformationRiskPayload');
export const DismissInformationRiskPayload = casePayload('DismissInformationRiskPayload');
export const SupersedeOfficialCommentPayload = casePayload('SupersedeOfficialCommentPayload');
export const RerouteInformationRiskPayload = casePayload('RerouteInformationRiskPayload');

@InputType()
export class RemoveCommentRouteInput {
  @Field(() => String)
  topicCode!: string;
}

@ObjectType()
export class SetCommentRoutePayload {
  @Field(() => CommentRoutingRuleType)
  rule!: CommentRoutingRuleType;
}

@ObjectType()
export class RemoveCommentRoutePayload {
  @Field(() => Boolean)
  removed!: boolean;
}
