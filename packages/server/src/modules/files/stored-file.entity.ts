import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../auth/auth.entities.js';

/**
 * One uploaded file, whose content is stored at `DATA_DIR/files/<storageKey>`. The row keeps what
 * was checked on upload: the media type, the size and the SHA-256 of the content.
 */
@Entity({ tableName: 'stored_file' })
@Index({ properties: ['uploadedBy', 'uploadedAt'] })
export class StoredFile {
  [OptionalProps]?: 'uploadedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The name the uploader's computer gave the file, without any folder part. */
  @Property({ type: 'text' })
  fileName!: string;

  /** Lower-case media type without parameters, such as `application/pdf`. */
  @Property({ type: 'text' })
  mediaType!: string;

  /** Size in bytes; FILE_MAX_BYTES is at most 1 GiB, so a JavaScript number represents it exactly. */
  @Property({ type: new BigIntType('number') })
  size!: number;

  /** SHA-256 of the content, 64 lower-case hexadecimal digits. */
  @Property({ type: 'text' })
  sha256!: string;

  /** Path of the content relative to `DATA_DIR/files`. */
  @Unique()
  @Property({ type: 'text' })
  storageKey!: string;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  uploadedBy!: User;

  @Property({ type: 'datetime' })
  uploadedAt: Date = new Date();
}
