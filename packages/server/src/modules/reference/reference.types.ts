import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars.js';
import { CalendarDayKind, QuestionTypeRecord } from './reference.entities.js';

registerEnumType(QuestionTypeRecord, { name: 'QuestionTypeRecord' });
registerEnumType(CalendarDayKind, { name: 'CalendarDayKind' });

@ObjectType('Topic', { description: 'A topic of the ТОТКО classifier of appeals.' })
export class TopicType {
  @Field(() => String)
  code!: string;

  @Field(() => String, { nullable: true })
  parentCode?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => Int, { description: '1 section, 2 thematic group, 3 group, 4 question, 5 refinement.' })
  level!: number;
}

@ObjectType('QuestionType', { description: 'A question type or subtype listed beside the classifier.' })
export class QuestionTypeType {
  @Field(() => String)
  code!: string;

  @Field(() => QuestionTypeRecord)
  record!: QuestionTypeRecord;

  @Field(() => String, { nullable: true })
  officialCode?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  typeCode?: string | null;
}

@ObjectType('Municipality', { description: 'A municipal unit of the republic by OKTMO.' })
export class MunicipalityType {
  @Field(() => String)
  oktmo!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  kind!: string;

  @Field(() => String, { nullable: true })
  parentOktmo?: string | null;
}

@ObjectType('CalendarDay', { description: 'A date that differs from the normal working week.' })
export class CalendarDayType {
  @Field(() => LocalDate)
  date!: string;

  @Field(() => CalendarDayKind)
  kind!: CalendarDayKind;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => LocalDate, { nullable: true })
  movedFrom?: string | null;
}

@InputType()
export class TopicFilter {
  @Field(() => String, { nullable: true, description: 'Children of this code; omit for the five sections.' })
  parentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Matches titles or codes across all levels.' })
  search?: string | null;
}
