import { Entity, Enum, Index, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** A topic of the ТОТКО classifier; the code is the full dotted code, unique across the tree. */
@Entity({ tableName: 'topic' })
export class Topic {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 24 })
  code!: string;

  @Index()
  @Property({ type: 'string', length: 24, nullable: true })
  parentCode?: string | null;

  @Property({ type: 'text' })
  title!: string;

  /** 1 section, 2 thematic group, 3 group, 4 question, 5 refinement. */
  @Property({ type: 'smallint' })
  level!: number;
}

export enum QuestionTypeRecord {
  TYPE = 'TYPE',
  SUBTYPE = 'SUBTYPE',
}

/** A question type ("вид вопроса") or one of its subtypes, as listed beside the classifier. */
@Entity({ tableName: 'question_type' })
export class QuestionType {
  @PrimaryKey({ type: 'string', length: 16 })
  code!: string;

  @Enum({ items: () => QuestionTypeRecord, nativeEnumName: 'question_type_record' })
  record!: QuestionTypeRecord;

  @Property({ type: 'string', length: 16, nullable: true })
  officialCode?: string | null;

  @Property({ type: 'text' })
  name!: string;

  /** The type a subtype belongs to; `*` for subtypes that apply to any type. */
  @Property({ type: 'string', length: 16, nullable: true })
  typeCode?: string | null;
}

/** A municipal unit of the republic by its OKTMO code. */
@Entity({ tableName: 'municipality' })
export class Municipality {
  @PrimaryKey({ type: 'string', length: 11 })
  oktmo!: string;

  @Property({ type: 'string', length: 1 })
  checkDigit!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'string', length: 32 })
  kind!: string;

  @Property({ type: 'string', length: 11, nullable: true })
  parentOktmo?: string | null;
}

export enum CalendarDayKind {
  HOLIDAY = 'HOLIDAY',
  DAY_OFF = 'DAY_OFF',
  SHORTENED = 'SHORTENED',
  WORKING_WEEKEND = 'WORKING_WEEKEND',
}

/** A date that differs from the normal Monday–Friday week in the Russian production calendar. */
@Entity({ tableName: 'calendar_day' })
export class CalendarDay {
  @PrimaryKey({ type: 'date' })
  date!: string;

  @Enum({ items: () => CalendarDayKind, nativeEnumName: 'calendar_day_kind' })
  kind!: CalendarDayKind;

  @Property({ type: 'text', nullable: true })
  title?: string | null;

  @Property({ type: 'date', nullable: true })
  movedFrom?: string | null;

  @Property({ type: 'boolean' })
  isWeekend!: boolean;
}
