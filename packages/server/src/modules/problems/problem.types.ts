import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageInput } from '../../graphql/connection.js';
import { DateTime, LocalDate } from '../../graphql/scalars.js';
import { ProblemStatus, RoadmapMeasureStatus } from './problem.entities.js';
import { VolumeGranularity } from './problem-statistics.js';

registerEnumType(ProblemStatus, { name: 'ProblemStatus' });
registerEnumType(RoadmapMeasureStatus, { name: 'RoadmapMeasureStatus' });
registerEnumType(VolumeGranularity, { name: 'VolumeGranularity', description: 'A Moscow calendar month, or an ISO week from Monday.' });

@ObjectType('Problem', { description: 'Appeals on one issue in one place, with the roadmap of measures that remove its cause.' })
export class ProblemType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ProblemStatus)
  status!: ProblemStatus;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true })
  resolvedAt?: Date | null;

  @Field(() => LocalDate, { nullable: true, description: 'The Moscow day the roadmap started; the day of the first measure unless the center set one.' })
  roadmapStartedOn?: string | null;

  @Field(() => Int, { description: 'Send it back as expectedVersion to detect concurrent changes.' })
  version!: number;
}

@ObjectType('RoadmapMeasure', { description: 'One measure of a problem’s roadmap.' })
export class RoadmapMeasureType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => LocalDate, { description: 'The last Moscow day of the measure.' })
  dueDate!: string;

  @Field(() => RoadmapMeasureStatus)
  status!: RoadmapMeasureStatus;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => DateTime, { nullable: true })
  doneAt?: Date | null;

  @Field(() => DateTime)
  createdAt!: Date;
}

@ObjectType('VolumePoint', { description: 'The number of a problem’s appeals received in one period.' })
export class VolumePointType {
  @Field(() => LocalDate, { description: 'The first day of the period.' })
  periodStart!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('VolumeBeforeAfter', { description: 'A problem’s appeals in equal windows of days before and after its roadmap started.' })
export class VolumeBeforeAfterType {
  @Field(() => LocalDate, { description: 'The roadmap’s first day; the after-window starts on it.' })
  startedOn!: string;

  @Field(() => Int)
  windowDays!: number;

  @Field(() => Int)
  before!: number;

  @Field(() => Int)
  after!: number;
}

@ObjectType('ProblemSuggestion', { description: 'A topic and municipality with many recent appeals and no active problem yet.' })
export class ProblemSuggestionType {
  @Field(() => Int)
  appealCount!: number;

  @Field(() => DateTime)
  firstReceivedAt!: Date;

  @Field(() => DateTime)
  lastReceivedAt!: Date;
}

@ObjectType()
export class ProblemConnection extends Connection(ProblemType, 'Problem') {}

@InputType()
export class ProblemFilter {
  @Field(() => [ProblemStatus], { nullable: true })
  statuses?: ProblemStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Matches the title.' })
  text?: string | null;
}

@InputType()
export class ProblemsPageInput extends PageInput {}

@InputType()
export class ProblemSuggestionFilter {
  @Field(() => DateTime, { nullable: true, description: 'Counts appeals received from this instant; 90 days ago by default.' })
  since?: Date | null;

  @Field(() => Int, { nullable: true, description: 'The minimum number of appeals of a group; 5 by default.' })
  minAppeals?: number | null;
}

@InputType()
export class CreateProblemInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { description: 'ТОТКО classifier code of the topic whose appeals the problem counts.' })
  topicCode!: string;

  @Field(() => String, { nullable: true, description: 'OKTMO of the municipality; without it the problem covers the whole republic.' })
  municipalityOktmo?: string | null;

  @Field(() => LocalDate, { nullable: true })
  roadmapStartedOn?: string | null;
}

@InputType()
export class UpdateProblemInput {
  @Field(() => ID)
  problemId!: string;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => LocalDate, { nullable: true })
  roadmapStartedOn?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class ResolveProblemInput {
  @Field(() => ID)
  problemId!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class AddRoadmapMeasureInput {
  @Field(() => ID)
  problemId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => ID)
  responsibleAgencyId!: string;

  @Field(() => LocalDate)
  dueDate!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: 'The fields to change; an agency official may send only status and note.' })
export class UpdateRoadmapMeasureInput {
  @Field(() => ID)
  measureId!: string;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => ID, { nullable: true })
  responsibleAgencyId?: string;

  @Field(() => LocalDate, { nullable: true })
  dueDate?: string;

  @Field(() => RoadmapMeasureStatus, { nullable: true })
  status?: RoadmapMeasureStatus;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType()
abstract class ProblemPayload {
  @Field(() => ProblemType)
  problem!: ProblemType;
}

@ObjectType()
export class CreateProblemPayload extends ProblemPayload {}

@ObjectType()
export class UpdateProblemPayload extends ProblemPayload {}

@ObjectType()
export class ResolveProblemPayload extends ProblemPayload {}

@ObjectType()
export class AddRoadmapMeasurePayload {
  @Field(() => RoadmapMeasureType)
  measure!: RoadmapMeasureType;

  @Field(() => ProblemType)
  problem!: ProblemType;
}

@ObjectType()
export class UpdateRoadmapMeasurePayload {
  @Field(() => RoadmapMeasureType)
  measure!: RoadmapMeasureType;

  @Field(() => ProblemType)
  problem!: ProblemType;
}
