import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode, badUserInput, type FieldProblem } from '../../graphql/errors.js';
import { uuidPattern } from '../../graphql/validation.js';
import type { Logger } from '../../logging/logger.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import { User } from '../auth/auth.entities.js';
import type { CurrentUser } from '../auth/current-user.js';
import {
  CONTENT_HEAD_BYTES,
  cleanFileName,
  formatFileSize,
  matchesContent,
  mediaTypeLabel,
  normalizeMediaType,
} from './file-types.js';
import { StoredFile } from './stored-file.entity.js';

export interface FileStoreOptions {
  /** Folder of the contents, `DATA_DIR/files`. */
  directory: string;
  maxBytes: number;
  /** Accepted media types, lower case. */
  mediaTypes: readonly string[];
  logger: Logger;
}

export interface SaveFileInput {
  fileName: string;
  /** The type the client declared; `application/octet-stream` or empty lets the extension decide. */
  mediaType?: string;
  stream: Readable;
  /** Field that a rejection names, such as `files.0`; `file` by default. */
  field?: string;
}

/** Decides whether `user` may download the stored file `fileId`, for the module that links it. */
export type FileAccessCheck = (em: EntityManager, user: CurrentUser, fileId: string) => Promise<boolean>;

/**
 * One `not exists` condition on `f` (a stored_file row) per foreign key that references
 * stored_file, quoted by PostgreSQL itself, so that a module's new link protects its files at once.
 */
const UNLINKED_CONDITIONS = `
  select format('not exists (select 1 from %s link where link.%I = f.id)', c.conrelid::regclass, a.attname) as link
  from pg_constraint c
  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
  where c.contype = 'f' and c.confrelid = 'stored_file'::regclass
  order by 1`;

/** Deletes file rows with an audit entry each, by `operation`; the caller removes the contents. */
async function deleteRows(em: EntityManager, actor: CurrentUser | null, files: readonly StoredFile[], operation: string): Promise<void> {
  for (const file of files) {
    recordAudit(em, actor, { operation, entityType: 'StoredFile', entityId: file.id, before: auditSnapshot(file) });
  }
  await em.flush();
  await em.nativeDelete(StoredFile, { id: { $in: files.map((file) => file.id) } });
}

/** Builds the BAD_USER_INPUT error of a rejected upload, with `reason` beside `field` as the HTTP API returns it. */
export function uploadError(field: string, reason: string, message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { field, reason, fields: [{ field, reason, message }] });
}

/**
 * Stores uploaded files on disk under `DATA_DIR/files` with a `stored_file` row each, and decides
 * who may download them: the uploader, or whoever a registered access check admits.
 */
export class FileStore {
  private readonly accessChecks: FileAccessCheck[] = [];
  /** The `and not exists …` conditions of UNLINKED_CONDITIONS, read once. */
  private unlinkedCondition: Promise<string> | undefined;

  constructor(private readonly options: FileStoreOptions) {}

  get maxBytes(): number {
    return this.options.maxBytes;
  }

  get mediaTypes(): readonly string[] {
    return this.options.mediaTypes;
  }

  /**
   * Streams one file to disk while computing its size and SHA-256, then persists and flushes its
   * row with an audit entry. A rejected type, content that does not match the type, an empty file
   * or one over FILE_MAX_BYTES raises BAD_USER_INPUT, and the partly written file is deleted.
   * The input stream is always read to its end, as busboy requires, so an oversized file's
   * full size can be named in the message.
   * NOTE: an oversized upload is therefore read in full, only bounded by the sender's patience;
   * a reverse proxy's body limit is the guard against a signed-in user sending gigabytes.
   */
  async save(em: EntityManager, user: CurrentUser, input: SaveFileInput): Promise<StoredFile> {
    const field = input.field ?? 'file';
    const fileName = cleanFileName(input.fileName);
    const mediaType = normalizeMediaType(input.mediaType, fileName);
    const id = randomUUID();
    const storageKey = path.join(id.slice(0, 2), id);
    const finalPath = path.join(this.options.directory, storageKey);
    const partPath = `${finalPath}.part`;

    let rejection: AppError | undefined = this.options.mediaTypes.includes(mediaType)
      ? undefined
      : uploadError(
          field,
          'FILE_TYPE_REJECTED',
          `Файл ${fileName}: тип ${mediaType} не принимается; допустимы ${this.options.mediaTypes.map(mediaTypeLabel).join(', ')}`,
        );
    const hash = createHash('sha256');
    let size = 0;
    let head = Buffer.alloc(0);
    let headChecked = false;
    let oversized = false;

    await mkdir(path.dirname(finalPath), { recursive: true });
    const output = createWriteStream(partPath, { flags: 'wx' });
    // An error of the write stream surfaces in the awaits below; this only keeps it from being unhandled.
    output.on('error', () => undefined);
    try {
      for await (const chunk of input.stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (rejection || oversized) {
          continue;
        }
        if (size > this.options.maxBytes) {
          oversized = true;
          continue;
        }
        if (!headChecked) {
          head = Buffer.concat([head, chunk.subarray(0, CONTENT_HEAD_BYTES - head.length)]);
          if (head.length >= CONTENT_HEAD_BYTES) {
            headChecked = true;
            rejection = this.checkContent(field, fileName, mediaType, head);
            if (rejection) {
              continue;
            }
          }
        }
        hash.update(chunk);
        if (!output.write(chunk)) {
          await once(output, 'drain');
        }
      }
      if (!rejection && oversized) {
        rejection = this.tooLarge(field, fileName, size);
      }
      if (!rejection && size === 0) {
        rejection = uploadError(field, 'FILE_EMPTY', `Файл ${fileName} пуст; выберите файл с содержимым`);
      }
      if (!rejection && !headChecked) {
        rejection = this.checkContent(field, fileName, mediaType, head);
      }
      if (rejection) {
        throw rejection;
      }
      output.end();
      await once(output, 'finish');
      await rename(partPath, finalPath);
    } catch (error) {
      output.destroy();
      await rm(partPath, { force: true });
      throw error;
    }

    const file = em.create(StoredFile, {
      id,
      fileName,
      mediaType,
      size,
      sha256: hash.digest('hex'),
      storageKey,
      uploadedBy: em.getReference(User, user.id),
    });
    em.persist(file);
    recordAudit(em, user, { operation: 'uploadFile', entityType: 'StoredFile', entityId: id, after: auditSnapshot(file) });
    try {
      await em.flush();
    } catch (error) {
      await rm(finalPath, { force: true });
      throw error;
    }
    this.options.logger.info({ fileId: id, userId: user.id, mediaType, size }, 'file stored');
    return file;
  }

  /**
   * Deletes files of an upload that did not complete as a whole, rows and contents, with an audit
   * entry each. Only for files no module has linked yet.
   */
  async discard(em: EntityManager, user: CurrentUser, files: readonly StoredFile[]): Promise<void> {
    await deleteRows(em, user, files, 'discardFile');
    await this.removeContents(files);
  }

  /**
   * Deletes up to `limit` files uploaded before `uploadedBefore` that no row links, rows and
   * contents, with an audit entry each, and returns them. The links are every foreign key to
   * `stored_file`, read from the catalog. A file that a transaction is linking at the moment is
   * locked by that transaction's key check and skipped.
   */
  async removeUnlinked(em: EntityManager, uploadedBefore: Date, limit: number): Promise<StoredFile[]> {
    // Foreign keys change only with migrations, which run before the server starts.
    this.unlinkedCondition ??= em
      .execute<{ link: string }[]>(UNLINKED_CONDITIONS)
      .then((rows) => rows.map((row) => `and ${row.link}`).join(' '));
    const unlinked = await this.unlinkedCondition;
    const files = await em.transactional(async (tx) => {
      const rows = await tx.execute<{ id: string }[]>(
        `select f.id from stored_file f
         where f.uploaded_at < ? ${unlinked}
         order by f.uploaded_at limit ? for update of f skip locked`,
        [uploadedBefore, limit],
      );
      if (rows.length === 0) {
        return [];
      }
      const found = await tx.find(StoredFile, { id: { $in: rows.map((row) => row.id) } });
      await deleteRows(tx, null, found, 'removeUnlinkedFile');
      return found;
    });
    // Removed after the commit, so that a failed transaction leaves every row with its content.
    await this.removeContents(files);
    return files;
  }

  private async removeContents(files: readonly StoredFile[]): Promise<void> {
    await Promise.all(files.map((file) => rm(path.join(this.options.directory, file.storageKey), { force: true })));
  }

  /** Opens the content of a stored file for reading. */
  open(file: StoredFile): Readable {
    return createReadStream(path.join(this.options.directory, file.storageKey));
  }

  /** Adds a rule by which a module that links files lets other users download them. */
  registerAccess(check: FileAccessCheck): void {
    this.accessChecks.push(check);
  }

  /** Tells whether `user` may download `file`: the uploader always, others when an access check admits them. */
  async canDownload(em: EntityManager, user: CurrentUser, file: StoredFile): Promise<boolean> {
    if (file.uploadedBy.id === user.id) {
      return true;
    }
    for (const check of this.accessChecks) {
      if (await check(em, user, file.id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Loads the files that a mutation's `field` (such as `input.attachmentIds`) lists, in the given
   * order without repeats. Each id must be a file that `user` uploaded, or else the whole list is
   * rejected with one problem per id. Another user's file reads as not found.
   */
  async findOwnUploads(em: EntityManager, user: CurrentUser, ids: readonly string[], field: string): Promise<StoredFile[]> {
    const unique = [...new Set(ids)];
    const wellFormed = unique.filter((id) => uuidPattern.test(id));
    const found = wellFormed.length > 0 ? await em.find(StoredFile, { id: { $in: wellFormed }, uploadedBy: user.id }) : [];
    const byId = new Map(found.map((file) => [file.id, file]));
    const problems: FieldProblem[] = [];
    ids.forEach((id, index) => {
      if (!byId.has(id)) {
        problems.push({
          field: `${field}.${index}`,
          reason: 'FILE_NOT_FOUND',
          message: `no file ${JSON.stringify(id.slice(0, 64))} uploaded by you; upload it with POST /api/files and pass the returned id.`,
        });
      }
    });
    if (problems.length > 0) {
      throw badUserInput(problems);
    }
    return unique.map((id) => byId.get(id)!);
  }

  private tooLarge(field: string, fileName: string, size: number): AppError {
    const limit = formatFileSize(this.options.maxBytes);
    return uploadError(field, 'FILE_TOO_LARGE', `Файл ${fileName}: ${formatFileSize(size, true)} больше предела ${limit}`);
  }

  private checkContent(field: string, fileName: string, mediaType: string, head: Buffer): AppError | undefined {
    if (matchesContent(mediaType, head)) {
      return undefined;
    }
    return uploadError(
      field,
      'FILE_CONTENT_MISMATCH',
      `Файл ${fileName}: содержимое не похоже на ${mediaTypeLabel(mediaType)}; проверьте, что файл не повреждён и его тип указан верно`,
    );
  }
}
