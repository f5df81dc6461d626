import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Agency } from '../agencies/agency.entity.js';
import { User } from '../auth/auth.entities.js';
import { Topic } from '../reference/reference.entities.js';

/** Steps of the misinformation algorithm; DISMISSED is reachable from every step before approval. */
export enum InformationRiskStatus {
  DETECTED = 'DETECTED',
  VERIFICATION_REQUESTED = 'VERIFICATION_REQUESTED',
  VERIFIED = 'VERIFIED',
  PROPOSAL_SENT = 'PROPOSAL_SENT',
  DRAFT_SUBMITTED = 'DRAFT_SUBMITTED',
  DRAFT_RETURNED = 'DRAFT_RETURNED',
  APPROVED = 'APPROVED',
  PUBLISHED = 'PUBLISHED',
  DISTRIBUTED = 'DISTRIBUTED',
  CLOSED = 'CLOSED',
  DISMISSED = 'DISMISSED',
}

/** The agency's finding on the publication. */
export enum VerificationOutcome {
  FALSE = 'FALSE',
  NEEDS_CLARIFICATION = 'NEEDS_CLARIFICATION',
  /** The publication is true: the case closes without a comment. */
  TRUE = 'TRUE',
}

/** Authors allowed for an official comment: the press secretary or the official in charge of the area. */
export enum CommentAuthorRole {
  PRESS_SECRETARY = 'PRESS_SECRETARY',
  AREA_OFFICIAL = 'AREA_OFFICIAL',
}

export enum DraftReviewOutcome {
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

/** Source of the choice of the responsible agency. */
export enum RoutingSource {
  ROUTING_RULE = 'ROUTING_RULE',
  OVERRIDE = 'OVERRIDE',
}

/** A publication that may harm an agency's reputation, and the case of answering it. */
@Entity({ tableName: 'information_risk' })
@Index({ properties: ['agency', 'status'] })
export class InformationRisk {
  [OptionalProps]?: 'status' | 'version' | 'updatedAt' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Human-facing number, such as ДИ-2026-000007. */
  @Unique()
  @Property({ type: 'text' })
  number!: string;

  @Property({ type: 'text' })
  url!: string;

  /** The network or outlet, such as «ВКонтакте» or a news site. */
  @Property({ type: 'text' })
  source!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  excerpt!: string;

  @Property({ type: 'datetime' })
  detectedAt!: Date;

  @ManyToOne(() => Topic, { deleteRule: 'restrict' })
  topic!: Topic;

  @Property({ type: 'integer', nullable: true })
  reach?: number | null;

  @ManyToOne(() => Agency, { deleteRule: 'restrict' })
  agency!: Agency;

  @Enum({ items: () => RoutingSource, nativeEnumName: 'routing_source' })
  routedBy!: RoutingSource;

  @Index()
  @Enum({ items: () => InformationRiskStatus, nativeEnumName: 'information_risk_status' })
  status: InformationRiskStatus = InformationRiskStatus.DETECTED;

  @Enum({ items: () => VerificationOutcome, nativeEnumName: 'verification_outcome', nullable: true })
  verificationOutcome?: VerificationOutcome | null;

  @Property({ type: 'text', nullable: true })
  verificationNote?: string | null;

  @Property({ type: 'text', nullable: true })
  proposalText?: string | null;

  @Property({ type: 'datetime', nullable: true })
  proposalSentAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  publishedUrl?: string | null;

  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  /** The news outlet, connected to the news aggregator, that the center passed the comment to. */
  @Property({ type: 'text', nullable: true })
  distributionOutlet?: string | null;

  @Property({ type: 'datetime', nullable: true })
  distributedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  dismissReason?: string | null;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One version of the agency's official comment or refutation; versions are never edited. */
@Entity({ tableName: 'comment_draft' })
@Unique({ properties: ['risk', 'versionNumber'] })
export class CommentDraft {
  [OptionalProps]?: 'submittedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => InformationRisk, { deleteRule: 'cascade' })
  risk!: InformationRisk;

  @Property({ type: 'integer' })
  versionNumber!: number;

  /** The exact statement of the publication that is false or unproven. */
  @Property({ type: 'text', nullable: true })
  falseStatement?: string | null;

  /** The agency's own account, in its own name. */
  @Property({ type: 'text', nullable: true })
  agencyAccount?: string | null;

  /** Arguments and facts that support the account. */
  @Property({ type: 'text', nullable: true })
  arguments?: string | null;

  @ManyToOne(() => Topic, { nullable: true, deleteRule: 'restrict' })
  topic?: Topic | null;

  @Property({ type: 'text' })
  authorName!: string;

  @Enum({ items: () => CommentAuthorRole, nativeEnumName: 'comment_author_role' })
  authorRole!: CommentAuthorRole;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  submittedBy?: User | null;

  @Property({ type: 'datetime' })
  submittedAt: Date = new Date();

  @Enum({ items: () => DraftReviewOutcome, nativeEnumName: 'draft_review_outcome', nullable: true })
  reviewOutcome?: DraftReviewOutcome | null;

  @Property({ type: 'text', nullable: true })
  remarks?: string | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  reviewedBy?: User | null;

  @Property({ type: 'datetime', nullable: true })
  reviewedAt?: Date | null;

  /** Set when the center opened a new round after approval; the text itself stays as it was. */
  @Property({ type: 'datetime', nullable: true })
  supersededAt?: Date | null;
}

export enum InformationRiskEventKind {
  DETECTED = 'DETECTED',
  VERIFICATION_REQUESTED = 'VERIFICATION_REQUESTED',
  VERIFIED = 'VERIFIED',
  PROPOSAL_SENT = 'PROPOSAL_SENT',
  DRAFT_SUBMITTED = 'DRAFT_SUBMITTED',
  DRAFT_RETURNED = 'DRAFT_RETURNED',
  APPROVED = 'APPROVED',
  PUBLISHED = 'PUBLISHED',
  DISTRIBUTED = 'DISTRIBUTED',
  CLOSED = 'CLOSED',
  DISMISSED = 'DISMISSED',
  SUPERSEDED = 'SUPERSEDED',
  REROUTED = 'REROUTED',
}

/** One step in a case's append-only history. */
@Entity({ tableName: 'information_risk_event' })
@Index({ properties: ['risk', 'at'] })
export class InformationRiskEvent {
  [OptionalProps]?: 'at';

  // An explicit string mode: without decorator metadata (tsx) MikroORM would return a JS BigInt.
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => InformationRisk, { deleteRule: 'cascade' })
  risk!: InformationRisk;

  @Property({ type: 'datetime' })
  at: Date = new Date();

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  actor?: User | null;

  @Enum({ items: () => InformationRiskEventKind, nativeEnumName: 'information_risk_event_kind' })
  kind!: InformationRiskEventKind;

  @Enum({ items: () => InformationRiskStatus, nativeEnumName: 'information_risk_status', nullable: true })
  fromStatus?: InformationRiskStatus | null;

  @Enum({ items: () => InformationRiskStatus, nativeEnumName: 'information_risk_status' })
  toStatus!: InformationRiskStatus;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}

/** The center's routing table: topics under `topicCode` go to `agency`; the longest matching code wins. */
@Entity({ tableName: 'comment_routing_rule' })
export class CommentRoutingRule {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Unique()
  @ManyToOne(() => Topic, { deleteRule: 'cascade' })
  topic!: Topic;

  @ManyToOne(() => Agency, { deleteRule: 'cascade' })
  agency!: Agency;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
