import { Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { RepeatMatchKey, RepeatSuggestionStatus } from './appeal-repeat.entity.js';
import { AppealType } from './appeal.types.js';

registerEnumType(RepeatSuggestionStatus, { name: 'RepeatSuggestionStatus' });
registerEnumType(RepeatMatchKey, {
  name: 'RepeatMatchKey',
  description: 'The appellant key that two appeals share.',
  valuesConfig: {
    NAME: { description: 'The same name, ignoring case, ё and е, the Mari letters and extra spaces.' },
    PHONE: { description: 'The same phone digits.' },
    EMAIL: { description: 'The same e-mail address, ignoring case.' },
  },
});

@ObjectType('AppealRepeatSuggestion', { description: 'An earlier appeal of the same appellant that this appeal may repeat.' })
export class AppealRepeatSuggestionType {
  @Field(() => ID)
  id!: string;

  @Field(() => Float, { description: 'Trigram similarity of the two texts, from 0 to 1.' })
  similarity!: number;

  @Field(() => Boolean)
  sameTopic!: boolean;

  @Field(() => [RepeatMatchKey])
  matchedBy!: RepeatMatchKey[];

  @Field(() => RepeatSuggestionStatus)
  status!: RepeatSuggestionStatus;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true })
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the suggestion was rejected.' })
  note?: string | null;
}

@InputType()
export class ConfirmAppealRepeatInput {
  @Field(() => ID)
  suggestionId!: string;
}

@InputType()
export class RejectAppealRepeatInput {
  @Field(() => ID)
  suggestionId!: string;

  @Field(() => String, { nullable: true, description: 'Why the appeal is not a repeat, up to 1000 characters.' })
  note?: string | null;
}

@ObjectType()
export class ConfirmAppealRepeatPayload {
  @Field(() => AppealRepeatSuggestionType)
  suggestion!: AppealRepeatSuggestionType;

  @Field(() => AppealType)
  appeal!: AppealType;
}

@ObjectType()
export class RejectAppealRepeatPayload {
  @Field(() => AppealRepeatSuggestionType)
  suggestion!: AppealRepeatSuggestionType;

  @Field(() => AppealType)
  appeal!: AppealType;
}
