import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../auth/auth.entities.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { Appeal, AppellantKind } from './appeal.entity.js';

/** A file attached to an appeal: the scan of a letter, a photo, the answer's enclosure. */
@Entity({ tableName: 'appeal_attachment' })
@Unique({ properties: ['appeal', 'file'] })
export class AppealAttachment {
  [OptionalProps]?: 'addedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Appeal, { deleteRule: 'cascade' })
  appeal!: Appeal;

  @Index()
  @ManyToOne(() => StoredFile, { deleteRule: 'restrict' })
  file!: StoredFile;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  addedBy?: User | null;

  @Property({ type: 'datetime' })
  addedAt: Date = new Date();
}

/**
 * One more signatory of a collective appeal, beside the appellant stored on the appeal itself.
 * `position` keeps the order in which the appeal lists them, starting at 0.
 */
@Entity({ tableName: 'appeal_co_appellant' })
@Unique({ properties: ['appeal', 'position'] })
@Index({
  name: 'appeal_co_appellant_name_trgm_index',
  expression: 'create index "appeal_co_appellant_name_trgm_index" on "appeal_co_appellant" using gin (cur_fold("name") gin_trgm_ops)',
})
export class AppealCoAppellant {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Appeal, { deleteRule: 'cascade' })
  appeal!: Appeal;

  @Property({ type: 'smallint' })
  position!: number;

  @Enum({ items: () => AppellantKind, nativeEnumName: 'appellant_kind' })
  kind!: AppellantKind;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Property({ type: 'text', nullable: true })
  address?: string | null;

  /** Taxpayer number of a legal entity co-appellant. */
  @Property({ type: 'string', length: 12, nullable: true })
  inn?: string | null;
}
