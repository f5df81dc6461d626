import { BigIntType, Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Deadline } from './deadline.entity.js';

/**
 * One warning sent for one deadline at one share of its time used (0.5, 0.8, 1 for overdue).
 * The unique key makes each warning happen once, whichever instance reaches it first.
 */
@Entity({ tableName: 'deadline_warning' })
@Unique({ properties: ['deadline', 'threshold'] })
export class DeadlineWarning {
  [OptionalProps]?: 'sentAt';

  // An explicit string mode: without decorator metadata (tsx) MikroORM would return a JS BigInt.
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => Deadline, { deleteRule: 'cascade' })
  deadline!: Deadline;

  /** Share of the term used, in per mille so that it compares exactly: 500, 800, 1000. */
  @Property({ type: 'smallint' })
  threshold!: number;

  @Property({ type: 'datetime' })
  sentAt: Date = new Date();
}
