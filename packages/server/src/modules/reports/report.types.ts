import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageInput } from '../../graphql/connection.js';
import { DateTime } from '../../graphql/scalars.js';
import { AgencyType } from '../agencies/agency.types.js';
import { ReportStatus } from './report.entities.js';

registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'DRAFT → SUBMITTED → ACCEPTED, or RETURNED with remarks and then resubmitted as a new version.',
});

const FIGURE_DEFINITIONS = [
  'Key paths: registered.total, byChannel.<channel>, byTopicSection.<first block of the ТОТКО code>, byQuestionType.<code or NONE>,',
  'outcome.ANSWERED|LEFT_UNANSWERED|PENDING, unansweredGround.<ground>, extended and repeat count the appeals assigned to the agency',
  'and registered in the quarter (Moscow time). answered.total|onTime|late|averageDays|maxDays, satisfaction.<value or UNKNOWN> and',
  'satisfactionShare.<value> (percent of rated answers) count the agency’s appeals answered in the quarter, whenever registered;',
  'on time means by the answer due instant, days run from registration to answer. forwarded.in and forwarded.out count forwarding',
  'steps taken in the quarter to the agency and away from it.',
].join(' ');

@ObjectType('ReportFigure', { description: `One prefilled figure of a report version and its value after corrections. ${FIGURE_DEFINITIONS}` })
export class ReportFigureType {
  @Field(() => String, { description: 'Dotted key path, such as byChannel.EMAIL.' })
  key!: string;

  @Field(() => String, { description: 'The first block of the key, such as byChannel.' })
  group!: string;

  @Field(() => Float, { description: 'The value computed from the appeals when the version was prefilled.' })
  prefilledValue!: number;

  @Field(() => Float, { description: 'The value after the agency’s latest correction, or the prefilled value.' })
  value!: number;

  @Field(() => Boolean)
  corrected!: boolean;
}

@ObjectType('ReportCorrection', { description: 'One change of a prefilled figure by the agency, both values kept.' })
export class ReportCorrectionType {
  @Field(() => String)
  figure!: string;

  @Field(() => Float)
  prefilledValue!: number;

  @Field(() => Float)
  value!: number;

  @Field(() => String)
  reason!: string;

  @Field(() => DateTime)
  correctedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Full name of the official who made the correction.' })
  correctedBy?: string | null;
}

@ObjectType('QuarterlyReportVersion', { description: 'One version of a report; a return opens the next version as a copy.' })
export class QuarterlyReportVersionType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field(() => DateTime, { description: 'When the figures were computed from the appeals; they stay fixed afterwards.' })
  figuresComputedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Analytical part: the main problems raised in the appeals.' })
  mainProblems?: string | null;

  @Field(() => String, { nullable: true, description: 'Analytical part: what the agency did about those problems.' })
  measuresTaken?: string | null;

  @Field(() => DateTime, { nullable: true })
  submittedAt?: Date | null;

  @Field(() => Boolean, { description: 'Submitted after the report’s due instant.' })
  submittedLate!: boolean;

  @Field(() => DateTime, { nullable: true })
  reviewedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'The center’s remarks on a returned version.' })
  remarks?: string | null;
}

@ObjectType('QuarterlyReport', { description: 'An agency’s quarterly statistical and analytical information on its work with appeals.' })
export class QuarterlyReportType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: '1 to 4.' })
  quarter!: number;

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field(() => DateTime)
  openedAt!: Date;

  @Field(() => DateTime, { description: 'End of the 5th day of the month after the quarter, moved by the non-working-day rule.' })
  dueAt!: Date;

  @Field(() => Int, { description: 'Number of the version being prepared or reviewed.' })
  currentVersion!: number;

  @Field(() => DateTime, { nullable: true })
  firstSubmittedAt?: Date | null;

  @Field(() => Boolean, { description: 'The first submission came after the due instant.' })
  submittedLate!: boolean;

  @Field(() => DateTime, { nullable: true })
  acceptedAt?: Date | null;

  @Field(() => Int, { description: 'Optimistic-lock version; pass it as expectedVersion.' })
  version!: number;
}

@ObjectType('ReportBoardCell', { description: 'The state of one agency’s report for one quarter; report is null when not opened.' })
export class ReportBoardCellType {
  @Field(() => Int)
  quarter!: number;

  @Field(() => QuarterlyReportType, { nullable: true })
  report!: object | null;

  @Field(() => Boolean, { description: 'Not yet submitted although the due instant has passed.' })
  overdue!: boolean;
}

@ObjectType('ReportBoardRow')
export class ReportBoardRowType {
  @Field(() => AgencyType)
  agency!: object;

  @Field(() => [ReportBoardCellType], { description: 'Quarters 1 to 4, in order.' })
  cells!: ReportBoardCellType[];
}

@ObjectType('QuarterlyReportConnection')
export class QuarterlyReportConnection extends Connection(QuarterlyReportType, 'QuarterlyReport') {}

@InputType()
export class QuarterlyReportFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => Int, { nullable: true })
  quarter?: number | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => [ReportStatus], { nullable: true })
  statuses?: ReportStatus[] | null;
}

@InputType()
export class QuarterlyReportsPageInput extends PageInput {}

@InputType()
export class CorrectReportFigureInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { description: 'A key of the current version’s figures, such as answered.late.' })
  figure!: string;

  @Field(() => Float, { description: 'The agency’s own value; counts must be whole numbers.' })
  value!: number;

  @Field(() => String, { description: 'Why the agency’s records differ from the prefilled value.' })
  reason!: string;
}

@InputType()
export class SaveReportAnalysisInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  mainProblems?: string | null;

  @Field(() => String, { nullable: true })
  measuresTaken?: string | null;
}

@InputType()
export class ReportStepInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class ReturnReportInput extends ReportStepInput {
  @Field(() => String)
  remarks!: string;
}

@ObjectType('QuarterlyReportPayload')
export class QuarterlyReportPayload {
  @Field(() => QuarterlyReportType)
  report!: object;
}

@ObjectType('InformationRequest', { description: 'The center’s official request for information to one or many agencies.' })
export class InformationRequestType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Request number, such as ИЗ-2026-000003.' })
  number!: string;

  @Field(() => String)
  subject!: string;

  @Field(() => String)
  text!: string;

  @Field(() => DateTime)
  sentAt!: Date;

  @Field(() => DateTime, { description: 'The due instant the center set for every addressed agency.' })
  dueAt!: Date;
}

@ObjectType('InformationRequestRecipient', { description: 'One addressed agency and its answer.' })
export class InformationRequestRecipientType {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean)
  answered!: boolean;

  @Field(() => String, { nullable: true })
  answerText?: string | null;

  @Field(() => DateTime, { nullable: true })
  answeredAt?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Null until answered; then whether the answer came by the due instant.' })
  onTime?: boolean | null;
}

@ObjectType('InformationRequestConnection')
export class InformationRequestConnection extends Connection(InformationRequestType, 'InformationRequest') {}

@InputType()
export class InformationRequestFilter {
  @Field(() => ID, { nullable: true, description: 'Only requests addressed to this agency.' })
  agencyId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only requests with an agency that has not answered yet.' })
  awaitingAnswer?: boolean | null;
}

@InputType()
export class InformationRequestsPageInput extends PageInput {}

@InputType()
export class SendInformationRequestInput {
  @Field(() => String)
  subject!: string;

  @Field(() => String)
  text!: string;

  @Field(() => [ID])
  agencyIds!: string[];

  @Field(() => DateTime, { description: 'The due instant of the answers; must be in the future.' })
  dueAt!: Date;

  @Field(() => [ID], { nullable: true, description: 'Files the caller uploaded with POST /api/files, at most 20.' })
  attachmentIds?: string[] | null;
}

@InputType()
export class AnswerInformationRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => String)
  text!: string;

  @Field(() => [ID], { nullable: true, description: 'Files the caller uploaded with POST /api/files, at most 20.' })
  attachmentIds?: string[] | null;
}

@ObjectType('InformationRequestPayload')
export class InformationRequestPayload {
  @Field(() => InformationRequestType)
  request!: object;
}
