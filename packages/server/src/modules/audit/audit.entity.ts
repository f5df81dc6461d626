import { BigIntType, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../auth/auth.entities.js';

/** One mutation's effect on one entity, written in the same transaction as the change. */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEntry {
  [OptionalProps]?: 'at';

  // An explicit string mode: without decorator metadata (tsx) MikroORM would return a JS BigInt.
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Index()
  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Index()
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  actor?: User | null;

  /** Copied so that the entry stays readable after the user is removed. */
  @Property({ type: 'text', nullable: true })
  actorEmail?: string | null;

  @Property({ type: 'text' })
  operation!: string;

  @Property({ type: 'string', length: 64 })
  entityType!: string;

  @Property({ type: 'text' })
  entityId!: string;

  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null;

  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null;
}
