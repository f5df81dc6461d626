import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Agency } from '../agencies/agency.entity.js';
import { User } from '../auth/auth.entities.js';
import { Municipality, Topic } from '../reference/reference.entities.js';

export enum ProblemStatus {
  ACTIVE = 'ACTIVE',
  RESOLVED = 'RESOLVED',
}

export enum RoadmapMeasureStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

/**
 * A cluster of appeals on one issue in one place: the appeals of its topic and municipality count
 * towards it. Without a municipality it covers the topic in the whole republic.
 */
@Entity({ tableName: 'problem' })
@Index({ properties: ['createdAt', 'id'] })
// One active problem per topic and place; migration Migration20261204230000 creates it.
@Index({
  name: 'problem_active_topic_place_unique',
  expression: `create unique index "problem_active_topic_place_unique" on "problem" ("topic_code", coalesce("municipality_oktmo", '')) where "status" = 'ACTIVE'`,
})
export class Problem {
  [OptionalProps]?: 'createdAt' | 'status' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @ManyToOne(() => Topic, { deleteRule: 'restrict' })
  topic!: Topic;

  @ManyToOne(() => Municipality, { nullable: true, deleteRule: 'restrict' })
  municipality?: Municipality | null;

  @Enum({ items: () => ProblemStatus, nativeEnumName: 'problem_status' })
  status: ProblemStatus = ProblemStatus.ACTIVE;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  /** The Moscow calendar day the roadmap started, YYYY-MM-DD; set to the day of the first measure unless the center gives one. */
  @Property({ type: 'date', nullable: true })
  roadmapStartedOn?: string | null;

  @Property({ type: 'integer', version: true })
  version: number = 1;
}

/** One measure of a problem's roadmap, in the charge of one agency. */
@Entity({ tableName: 'roadmap_measure' })
@Index({ properties: ['problem', 'dueDate'] })
@Index({ properties: ['responsibleAgency'] })
export class RoadmapMeasure {
  [OptionalProps]?: 'createdAt' | 'status';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Problem, { deleteRule: 'cascade' })
  problem!: Problem;

  @Property({ type: 'text' })
  title!: string;

  @ManyToOne(() => Agency, { deleteRule: 'restrict' })
  responsibleAgency!: Agency;

  /** The last Moscow calendar day of the measure, YYYY-MM-DD. */
  @Property({ type: 'date' })
  dueDate!: string;

  @Enum({ items: () => RoadmapMeasureStatus, nativeEnumName: 'roadmap_measure_status' })
  status: RoadmapMeasureStatus = RoadmapMeasureStatus.PLANNED;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'datetime', nullable: true })
  doneAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
