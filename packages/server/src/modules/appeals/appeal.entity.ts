import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Agency } from '../agencies/agency.entity.js';
import { User } from '../auth/auth.entities.js';
import { Municipality, QuestionType, Topic } from '../reference/reference.entities.js';
import { appellantEmailKey, appellantNameKey, appellantPhoneKey } from './appellant-keys.js';

/** The Russian full-text vector of an appeal's text and answer, as its GIN index and the text filter write it. */
export const APPEAL_SEARCH_VECTOR = `to_tsvector('russian', cur_fold("text") || ' ' || cur_fold("answer_text"))`;

/** Source of an appeal, as the regulation lists them. */
export enum AppealChannel {
  WRITTEN = 'WRITTEN',
  EMAIL = 'EMAIL',
  IN_PERSON = 'IN_PERSON',
  FEEDBACK_PLATFORM = 'FEEDBACK_PLATFORM',
  SOCIAL_MEDIA = 'SOCIAL_MEDIA',
  VOICE_HOTLINE = 'VOICE_HOTLINE',
  SURVEY = 'SURVEY',
  INTERNET_PUBLICATION = 'INTERNET_PUBLICATION',
  OTHER = 'OTHER',
}

export enum AppellantKind {
  RUSSIAN_CITIZEN = 'RUSSIAN_CITIZEN',
  FOREIGN_CITIZEN = 'FOREIGN_CITIZEN',
  STATELESS_PERSON = 'STATELESS_PERSON',
  RUSSIAN_CITIZEN_ABROAD = 'RUSSIAN_CITIZEN_ABROAD',
  LEGAL_ENTITY = 'LEGAL_ENTITY',
}

export enum AppealStatus {
  REGISTERED = 'REGISTERED',
  ASSIGNED = 'ASSIGNED',
  ANSWERED = 'ANSWERED',
  /** Left without an answer on a ground the law allows. */
  LEFT_UNANSWERED = 'LEFT_UNANSWERED',
  CLOSED = 'CLOSED',
}

/** Grounds on which 59-FZ (article 11) lets an appeal be left without an answer on the substance. */
export enum UnansweredGround {
  /** The appellant's surname or the postal or e-mail address for the answer is missing. */
  NO_NAME_OR_ADDRESS = 'NO_NAME_OR_ADDRESS',
  /** The appeal contains obscene or insulting language or threats to an official or their family. */
  OBSCENE_OR_THREATENING = 'OBSCENE_OR_THREATENING',
  /** The text cannot be read. */
  UNREADABLE = 'UNREADABLE',
  /** The text does not let the substance of the request be determined. */
  SUBSTANCE_UNCLEAR = 'SUBSTANCE_UNCLEAR',
  /** The same question was answered repeatedly and the appeal brings no new arguments. */
  REPEATED_WITHOUT_NEW_ARGUMENTS = 'REPEATED_WITHOUT_NEW_ARGUMENTS',
  /** An answer would disclose a state or other legally protected secret. */
  PROTECTED_SECRET = 'PROTECTED_SECRET',
}

/** The appellant's satisfaction with the answer, from the channel or recorded by an operator. */
export enum AppealSatisfaction {
  SATISFIED = 'SATISFIED',
  PARTLY_SATISFIED = 'PARTLY_SATISFIED',
  NOT_SATISFIED = 'NOT_SATISFIED',
}

/** A citizen's or legal entity's appeal and its current state. */
@Entity({ tableName: 'appeal' })
@Index({ properties: ['registeredAt', 'id'] })
@Index({ properties: ['receivedAt', 'id'] })
@Index({ properties: ['agency', 'status'] })
@Index({ properties: ['municipality', 'registeredAt'] })
@Unique({ properties: ['channel', 'externalId'] })
// Search indexes of the text filter; migration Migration20261204160000 creates them and cur_fold.
@Index({ name: 'appeal_search_index', expression: `create index "appeal_search_index" on "appeal" using gin (${APPEAL_SEARCH_VECTOR})` })
@Index({
  name: 'appeal_appellant_name_trgm_index',
  expression: 'create index "appeal_appellant_name_trgm_index" on "appeal" using gin (cur_fold("appellant_name") gin_trgm_ops)',
})
// Appellant keys of repeat detection; migration Migration20261204230000 creates them.
@Index({
  name: 'appeal_appellant_name_key_index',
  expression: `create index "appeal_appellant_name_key_index" on "appeal" (${appellantNameKey('"appellant_name"')}, "received_at")`,
})
@Index({
  name: 'appeal_appellant_phone_key_index',
  expression: `create index "appeal_appellant_phone_key_index" on "appeal" (${appellantPhoneKey('"appellant_phone"')}, "received_at") where "appellant_phone" is not null`,
})
@Index({
  name: 'appeal_appellant_email_key_index',
  expression: `create index "appeal_appellant_email_key_index" on "appeal" (${appellantEmailKey('"appellant_email"')}, "received_at") where "appellant_email" is not null`,
})
@Index({
  name: 'appeal_appellant_address_trgm_index',
  expression: 'create index "appeal_appellant_address_trgm_index" on "appeal" using gin (cur_fold("appellant_address") gin_trgm_ops)',
})
// Open appeals by due instant, with the analytics filter's columns so that "overdue now" reads the index only.
@Index({
  name: 'appeal_open_answer_due_index',
  expression: `create index "appeal_open_answer_due_index" on "appeal" ("answer_due_at") include ("agency_id", "registered_at", "municipality_oktmo", "channel") where "status" in ('REGISTERED', 'ASSIGNED')`,
})
export class Appeal {
  [OptionalProps]?: 'version' | 'updatedAt' | 'status';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Human-facing registration number, e.g. ЦУР-2026-000042. */
  @Unique()
  @Property({ type: 'text' })
  number!: string;

  @Enum({ items: () => AppealChannel, nativeEnumName: 'appeal_channel' })
  channel!: AppealChannel;

  /** The appeal's id in its channel, such as the feedback platform's number; unique per channel. */
  @Property({ type: 'text', nullable: true })
  externalId?: string | null;

  @Enum({ items: () => AppellantKind, nativeEnumName: 'appellant_kind' })
  appellantKind!: AppellantKind;

  @Property({ type: 'text' })
  appellantName!: string;

  @Property({ type: 'text', nullable: true })
  appellantEmail?: string | null;

  @Property({ type: 'text', nullable: true })
  appellantPhone?: string | null;

  @Property({ type: 'text', nullable: true })
  appellantAddress?: string | null;

  /** Taxpayer number of a legal entity appellant. */
  @Property({ type: 'string', length: 12, nullable: true })
  appellantInn?: string | null;

  @Property({ type: 'text' })
  text!: string;

  @Index()
  @ManyToOne(() => Topic, { deleteRule: 'restrict' })
  topic!: Topic;

  @ManyToOne(() => QuestionType, { nullable: true, deleteRule: 'restrict' })
  questionType?: QuestionType | null;

  /** A subtype of the question type from the classifier's list (a `question_subtype` record). */
  @ManyToOne(() => QuestionType, { nullable: true, deleteRule: 'restrict' })
  questionSubtype?: QuestionType | null;

  @ManyToOne(() => Municipality, { nullable: true, deleteRule: 'restrict' })
  municipality?: Municipality | null;

  @ManyToOne(() => Agency, { nullable: true, deleteRule: 'restrict' })
  agency?: Agency | null;

  @Index()
  @Enum({ items: () => AppealStatus, nativeEnumName: 'appeal_status' })
  status: AppealStatus = AppealStatus.REGISTERED;

  @Property({ type: 'datetime' })
  receivedAt!: Date;

  @Property({ type: 'datetime' })
  registeredAt!: Date;

  /** Due instant of the answer deadline, copied here for filtering and ordering. */
  @Index()
  @Property({ type: 'datetime' })
  answerDueAt!: Date;

  @Property({ type: 'text', nullable: true })
  answerText?: string | null;

  @Property({ type: 'datetime', nullable: true })
  answeredAt?: Date | null;

  /** An answer the agency submitted for the center's review before sending it; cleared once answered. */
  @Property({ type: 'text', nullable: true })
  answerDraft?: string | null;

  @Property({ type: 'datetime', nullable: true })
  answerDraftSubmittedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  /** When the answer term was extended; the law allows it once. */
  @Property({ type: 'datetime', nullable: true })
  extendedAt?: Date | null;

  @Property({ type: 'smallint', nullable: true })
  extensionDays?: number | null;

  @Property({ type: 'text', nullable: true })
  extensionReason?: string | null;

  /** When the appellant was notified of the extension, as the law requires. */
  @Property({ type: 'datetime', nullable: true })
  extensionNoticeAt?: Date | null;

  /** When the appellant was notified of the latest forwarding to another agency. */
  @Property({ type: 'datetime', nullable: true })
  forwardingNoticeAt?: Date | null;

  @Enum({ items: () => UnansweredGround, nativeEnumName: 'unanswered_ground', nullable: true })
  unansweredGround?: UnansweredGround | null;

  @Enum({ items: () => AppealSatisfaction, nativeEnumName: 'appeal_satisfaction', nullable: true })
  satisfaction?: AppealSatisfaction | null;

  /** When the latest satisfaction was recorded. */
  @Property({ type: 'datetime', nullable: true })
  satisfactionAt?: Date | null;

  /** When the appellant was last recorded NOT_SATISFIED, whatever was recorded after it. */
  @Property({ type: 'datetime', nullable: true })
  notSatisfiedAt?: Date | null;

  /** The earlier appeal an operator confirmed this one repeats. */
  @Index()
  @ManyToOne(() => Appeal, { nullable: true, deleteRule: 'set null' })
  repeatOf?: Appeal | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  registeredBy?: User | null;

  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

export enum AppealEventKind {
  REGISTERED = 'REGISTERED',
  ASSIGNED = 'ASSIGNED',
  REASSIGNED = 'REASSIGNED',
  FORWARDED = 'FORWARDED',
  EXTENDED = 'EXTENDED',
  ANSWERED = 'ANSWERED',
  LEFT_UNANSWERED = 'LEFT_UNANSWERED',
  CLOSED = 'CLOSED',
  /** The center reviewed the answer; the note carries the score. */
  REVIEWED = 'REVIEWED',
  /** A failed review returned the appeal to the agency with a new term. */
  RETURNED_FOR_REWORK = 'RETURNED_FOR_REWORK',
  SATISFACTION_RECORDED = 'SATISFACTION_RECORDED',
  /** The appellant was not satisfied and the appeal was opened again. */
  REOPENED = 'REOPENED',
  /** A conflict situation or a communication error was flagged. */
  FLAGGED = 'FLAGGED',
  REPEAT_CONFIRMED = 'REPEAT_CONFIRMED',
  REPEAT_REJECTED = 'REPEAT_REJECTED',
  /** The agency submitted an answer draft for the center's review; the note carries the draft. */
  ANSWER_SUBMITTED_FOR_REVIEW = 'ANSWER_SUBMITTED_FOR_REVIEW',
  /** A flag on the appeal was resolved; the note carries the resolution. */
  FLAG_RESOLVED = 'FLAG_RESOLVED',
  /** Files were attached; the note lists their names. */
  ATTACHMENT_ADDED = 'ATTACHMENT_ADDED',
}

/** One step in an appeal's append-only history. */
@Entity({ tableName: 'appeal_event' })
@Index({ properties: ['appeal', 'at'] })
export class AppealEvent {
  [OptionalProps]?: 'at';

  /** Increases in insertion order, so it orders events that share an instant. */
  // An explicit string mode: without decorator metadata (tsx) MikroORM would return a JS BigInt.
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => Appeal, { deleteRule: 'cascade' })
  appeal!: Appeal;

  @Property({ type: 'datetime' })
  at: Date = new Date();

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  actor?: User | null;

  @Enum({ items: () => AppealEventKind, nativeEnumName: 'appeal_event_kind' })
  kind!: AppealEventKind;

  /** The agency the step gave the appeal to, for assignments and forwardings. */
  @ManyToOne(() => Agency, { nullable: true, deleteRule: 'set null' })
  agency?: Agency | null;

  @Enum({ items: () => AppealStatus, nativeEnumName: 'appeal_status', nullable: true })
  fromStatus?: AppealStatus | null;

  @Enum({ items: () => AppealStatus, nativeEnumName: 'appeal_status' })
  toStatus!: AppealStatus;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
