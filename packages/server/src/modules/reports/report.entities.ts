import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Agency } from '../agencies/agency.entity.js';
import { User } from '../auth/auth.entities.js';
import { StoredFile } from '../files/stored-file.entity.js';

export enum ReportStatus {
  /** Opened and being prepared by the agency; also the state of a new version after a return. */
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  /** The center returned the latest version with remarks; the agency prepares the next version. */
  RETURNED = 'RETURNED',
}

/** Prefilled figures of a report, keyed by path such as `byChannel.EMAIL` or `answered.late`. */
export type ReportFigures = Record<string, number>;

/** One change of a prefilled figure by the agency, with both values and the reason. */
export interface ReportCorrection {
  figure: string;
  prefilledValue: number;
  value: number;
  reason: string;
  correctedById: string;
  correctedAt: string;
}

/** One agency's quarterly statistical and analytical information on its work with appeals. */
@Entity({ tableName: 'quarterly_report' })
@Unique({ properties: ['agency', 'year', 'quarter'] })
@Index({ properties: ['year', 'quarter'] })
export class QuarterlyReport {
  [OptionalProps]?: 'status' | 'currentVersion' | 'submittedLate' | 'version' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Agency, { deleteRule: 'restrict' })
  agency!: Agency;

  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'smallint' })
  quarter!: number;

  @Enum({ items: () => ReportStatus, nativeEnumName: 'report_status' })
  status: ReportStatus = ReportStatus.DRAFT;

  @Property({ type: 'datetime' })
  openedAt!: Date;

  /** Copied from the QUARTERLY_REPORT deadline for the board and the late mark. */
  @Property({ type: 'datetime' })
  dueAt!: Date;

  /** Number of the version the agency works on or the center reviews. */
  @Property({ type: 'smallint' })
  currentVersion: number = 1;

  @Property({ type: 'datetime', nullable: true })
  firstSubmittedAt?: Date | null;

  /** Set when the first submission came after the due instant. */
  @Property({ type: 'boolean', default: false })
  submittedLate: boolean = false;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date | null;

  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One version of a report: its prefilled snapshot, the corrections, the analytical part and its review. */
@Entity({ tableName: 'quarterly_report_version' })
@Unique({ properties: ['report', 'number'] })
export class QuarterlyReportVersion {
  [OptionalProps]?: 'corrections' | 'status' | 'submittedLate';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => QuarterlyReport, { deleteRule: 'cascade' })
  report!: QuarterlyReport;

  @Property({ type: 'smallint' })
  number!: number;

  @Enum({ items: () => ReportStatus, nativeEnumName: 'report_status' })
  status: ReportStatus = ReportStatus.DRAFT;

  /** Figures computed from the appeals when the version was prefilled; they never change afterwards. */
  @Property({ type: 'json' })
  figures!: ReportFigures;

  @Property({ type: 'datetime' })
  figuresComputedAt!: Date;

  @Property({ type: 'json' })
  corrections: ReportCorrection[] = [];

  @Property({ type: 'text', nullable: true })
  mainProblems?: string | null;

  @Property({ type: 'text', nullable: true })
  measuresTaken?: string | null;

  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  submittedBy?: User | null;

  /** Set when this version was submitted after the report's due instant. */
  @Property({ type: 'boolean', default: false })
  submittedLate: boolean = false;

  @Property({ type: 'datetime', nullable: true })
  reviewedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  reviewedBy?: User | null;

  @Property({ type: 'text', nullable: true })
  remarks?: string | null;
}

/** The center's official request for information, addressed to one or many agencies. */
@Entity({ tableName: 'information_request' })
export class InformationRequest {
  [OptionalProps]?: 'createdAt' | 'recipients';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Human-facing number, such as ИЗ-2026-000003. */
  @Unique()
  @Property({ type: 'text' })
  number!: string;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  text!: string;

  @Index()
  @Property({ type: 'datetime' })
  sentAt!: Date;

  @Property({ type: 'datetime' })
  dueAt!: Date;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  sentBy?: User | null;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @OneToMany(() => InformationRequestRecipient, (recipient) => recipient.request)
  recipients = new Collection<InformationRequestRecipient>(this);
}

/** One addressed agency of a request and its answer. */
@Entity({ tableName: 'information_request_recipient' })
@Unique({ properties: ['request', 'agency'] })
export class InformationRequestRecipient {
  [OptionalProps]?: 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => InformationRequest, { deleteRule: 'cascade' })
  request!: InformationRequest;

  @Index()
  @ManyToOne(() => Agency, { deleteRule: 'restrict' })
  agency!: Agency;

  @Property({ type: 'text', nullable: true })
  answerText?: string | null;

  @Property({ type: 'datetime', nullable: true })
  answeredAt?: Date | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  answeredBy?: User | null;

  /** Null until answered; then whether the answer came by the due instant. */
  @Property({ type: 'boolean', nullable: true })
  onTime?: boolean | null;

  @Property({ type: 'integer', version: true })
  version: number = 1;
}

/** A file of a request: the center's enclosure when `recipient` is null, else one agency's answer file. */
@Entity({ tableName: 'information_request_file' })
@Unique({ properties: ['request', 'file'] })
export class InformationRequestFile {
  [OptionalProps]?: 'addedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => InformationRequest, { deleteRule: 'cascade' })
  request!: InformationRequest;

  @ManyToOne(() => InformationRequestRecipient, { nullable: true, deleteRule: 'cascade' })
  recipient?: InformationRequestRecipient | null;

  @Index()
  @ManyToOne(() => StoredFile, { deleteRule: 'restrict' })
  file!: StoredFile;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  addedBy?: User | null;

  @Property({ type: 'datetime' })
  addedAt: Date = new Date();
}
