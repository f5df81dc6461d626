import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageInput } from '../../graphql/connection.js';
import { DateTime } from '../../graphql/scalars.js';
import { AppealFlagKind } from './appeal-flag.entity.js';
import { AppealSatisfaction } from './appeal.entity.js';
import { AppealReviewStage } from './appeal-review.entity.js';
import { AppealType } from './appeal.types.js';
import { SatisfactionSource } from './appeal-quality.validation.js';

registerEnumType(AppealSatisfaction, { name: 'AppealSatisfaction', description: 'The appellant’s satisfaction with the answer.' });
registerEnumType(AppealReviewStage, {
  name: 'AppealReviewStage',
  valuesConfig: {
    BEFORE_SENDING: { description: 'The agency’s answer draft, before it goes to the appellant.' },
    AFTER_SENDING: { description: 'The answer already sent; the appeal is ANSWERED or CLOSED.' },
  },
});
registerEnumType(SatisfactionSource, {
  name: 'SatisfactionSource',
  valuesConfig: {
    CHANNEL: { description: 'Reported by the appeal’s channel, such as the feedback platform’s rating.' },
    OPERATOR: { description: 'Taken by a center operator, for example on a call to the appellant.' },
  },
});
registerEnumType(AppealFlagKind, {
  name: 'AppealFlagKind',
  valuesConfig: {
    CONFLICT_SITUATION: { description: 'A conflict between the appellant and an agency, or between agencies.' },
    COMMUNICATION_ERROR: { description: 'An error in communication with the appellant.' },
  },
});

@ObjectType('AppealReview', { description: 'The center’s review of an agency’s answer.' })
export class AppealReviewType {
  @Field(() => ID)
  id!: string;

  @Field(() => AppealReviewStage)
  stage!: AppealReviewStage;

  @Field(() => DateTime)
  reviewedAt!: Date;

  @Field(() => Boolean, { description: 'The answer addresses the substance of the appeal.' })
  answeredOnSubstance!: boolean;

  @Field(() => Boolean, { description: 'Every question of the appeal is answered.' })
  allQuestionsAnswered!: boolean;

  @Field(() => Boolean, { description: 'The answer was given within its term.' })
  deadlineMet!: boolean;

  @Field(() => Boolean, { description: 'The answer explains the appellant’s rights and next steps.' })
  rightsExplained!: boolean;

  @Field(() => Int, { description: 'From 1 (poor) to 5 (excellent).' })
  score!: number;

  @Field(() => Boolean, { description: 'True when every checklist item is true and the score is at least 3.' })
  passed!: boolean;

  @Field(() => String, { nullable: true })
  remarks?: string | null;

  @Field(() => String, { nullable: true, description: 'The answer or draft as it was when reviewed.' })
  answerText?: string | null;
}

@ObjectType('AppealFlag', { description: 'A conflict situation or communication error noted on an appeal.' })
export class AppealFlagType {
  @Field(() => ID)
  id!: string;

  @Field(() => AppealFlagKind)
  kind!: AppealFlagKind;

  @Field(() => String)
  note!: string;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true, description: 'Null while the flag is open.' })
  resolvedAt?: Date | null;

  @Field(() => String, { nullable: true })
  resolution?: string | null;
}

@ObjectType()
export class AppealFlagConnection extends Connection(AppealFlagType, 'AppealFlag') {}

@InputType()
export class AppealFlagFilter {
  @Field(() => AppealFlagKind, { nullable: true })
  kind?: AppealFlagKind | null;

  @Field(() => Boolean, { nullable: true, description: 'True: resolved flags only; false: open flags only; omitted: both.' })
  resolved?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Flags on the appeals of this agency.' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true })
  appealId?: string | null;
}

@InputType()
export class AppealFlagsPageInput extends PageInput {}

@InputType()
export class SubmitAppealAnswerForReviewInput {
  @Field(() => ID)
  appealId!: string;

  @Field(() => String, { description: 'The answer draft the center reviews before it is sent.' })
  answerText!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class ReviewAppealAnswerInput {
  @Field(() => ID)
  appealId!: string;

  @Field(() => AppealReviewStage)
  stage!: AppealReviewStage;

  @Field(() => Boolean)
  answeredOnSubstance!: boolean;

  @Field(() => Boolean)
  allQuestionsAnswered!: boolean;

  @Field(() => Boolean)
  deadlineMet!: boolean;

  @Field(() => Boolean)
  rightsExplained!: boolean;

  @Field(() => Int, { description: 'From 1 to 5; below 3 the review fails.' })
  score!: number;

  @Field(() => String, { nullable: true, description: 'Required when the review fails: what the agency has to fix.' })
  remarks?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class RecordAppealSatisfactionInput {
  @Field(() => ID)
  appealId!: string;

  @Field(() => AppealSatisfaction)
  satisfaction!: AppealSatisfaction;

  @Field(() => SatisfactionSource)
  source!: SatisfactionSource;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class ReopenAppealInput {
  @Field(() => ID)
  appealId!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class FlagAppealInput {
  @Field(() => ID)
  appealId!: string;

  @Field(() => AppealFlagKind)
  kind!: AppealFlagKind;

  @Field(() => String)
  note!: string;
}

@InputType()
export class ResolveAppealFlagInput {
  @Field(() => ID)
  flagId!: string;

  @Field(() => String)
  resolution!: string;
}

@ObjectType()
export class ReviewAppealAnswerPayload {
  @Field(() => AppealType)
  appeal!: AppealType;

  @Field(() => AppealReviewType)
  review!: AppealReviewType;
}

@ObjectType()
export class SubmitAppealAnswerForReviewPayload {
  @Field(() => AppealType)
  appeal!: AppealType;
}

@ObjectType()
export class RecordAppealSatisfactionPayload {
  @Field(() => AppealType)
  appeal!: AppealType;
}

@ObjectType()
export class ReopenAppealPayload {
  @Field(() => AppealType)
  appeal!: AppealType;
}

@ObjectType()
export class FlagAppealPayload {
  @Field(() => AppealFlagType)
  flag!: AppealFlagType;

  @Field(() => AppealType)
  appeal!: AppealType;
}

@ObjectType()
export class ResolveAppealFlagPayload {
  @Field(() => AppealFlagType)
  flag!: AppealFlagType;

  @Field(() => AppealType)
  appeal!: AppealType;
}
