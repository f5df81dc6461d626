import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../auth/auth.entities.js';

export enum ImportRunState {
  RUNNING = 'RUNNING',
  FINISHED = 'FINISHED',
  FAILED = 'FAILED',
}

/**
 * One import of an appeals file. The counters and `lastCommittedLine` change in the same transaction
 * as each batch, so after a crash a rerun of the same file (same sha256 and mapping) continues after
 * the last committed line with the counts it had.
 */
@Entity({ tableName: 'import_run' })
@Index({ properties: ['fileSha256', 'mappingSha256'] })
export class ImportRun {
  [OptionalProps]?: 'state' | 'startedAt' | 'rowsRead' | 'rowsImported' | 'rowsSkipped' | 'rowsRejected' | 'lastCommittedLine';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The input file's base name as the caller gave it. */
  @Property({ type: 'text' })
  fileName!: string;

  /** Hex SHA-256 of the input file's bytes. */
  @Property({ type: 'string', length: 64 })
  fileSha256!: string;

  /** Hex SHA-256 of the mapping as stored below, so that a changed mapping starts a new run. */
  @Property({ type: 'string', length: 64 })
  mappingSha256!: string;

  @Property({ type: 'json' })
  mapping!: Record<string, unknown>;

  /** `copy` or `insert`: the SQL path that wrote the batches. */
  @Property({ type: 'string', length: 16 })
  method!: string;

  @Enum({ items: () => ImportRunState, nativeEnumName: 'import_run_state' })
  state: ImportRunState = ImportRunState.RUNNING;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  startedBy?: User | null;

  @Property({ type: 'datetime' })
  startedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;

  /** Data rows read up to the last committed batch, rejected ones included. */
  @Property({ type: 'integer' })
  rowsRead: number = 0;

  @Property({ type: 'integer' })
  rowsImported: number = 0;

  /** Valid rows whose channel and external id were already registered. */
  @Property({ type: 'integer' })
  rowsSkipped: number = 0;

  @Property({ type: 'integer' })
  rowsRejected: number = 0;

  /** Source line (CSV) or record number (JSON) of the last row in the last committed batch; 0 before the first. */
  @Property({ type: 'integer' })
  lastCommittedLine: number = 0;

  /** Path of the rejected-rows CSV report. */
  @Property({ type: 'text', nullable: true })
  reportPath?: string | null;

  /** `REASON: message` of a FAILED run, such as `MALFORMED_FILE: Строка 2: …`, written by storedRunError. */
  @Property({ type: 'text', nullable: true })
  error?: string | null;
}
