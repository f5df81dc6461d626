import type { EntityManager } from '@mikro-orm/postgresql';
import busboy from 'busboy';
import { Router, type Request, type Response } from 'express';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import type { AppServices } from '../../graphql/context.js';
import { uuidPattern } from '../../graphql/validation.js';
import { authenticateRequest, sendErrors } from '../../http/rest.js';
import type { CurrentUser } from '../auth/current-user.js';
import { uploadError } from './file-store.js';
import { StoredFile } from './stored-file.entity.js';

/** Files one upload request may carry. */
export const MAX_FILES_PER_UPLOAD = 20;

/** The download address of a stored file, as `StoredFile.url` returns it. */
export function fileUrl(fileId: string): string {
  return `/api/files/${fileId}`;
}

/** Converts a stored file to its JSON in an upload response. */
function describeFile(file: StoredFile) {
  return { id: file.id, fileName: file.fileName, mediaType: file.mediaType, size: file.size, sha256: file.sha256, url: fileUrl(file.id) };
}

function toAppError(services: AppServices, error: unknown, context: Record<string, unknown>): AppError {
  if (error instanceof AppError) {
    return error;
  }
  services.logger.error({ err: error, ...context }, 'file request failed');
  return new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'The file could not be stored or read; try again later.');
}

/**
 * Reads a multipart body and stores every file part. Either all files are stored or none: when
 * one is rejected, the ones stored before it are deleted again and every rejection is returned.
 */
function storeUploads(services: AppServices, user: CurrentUser, request: Request): Promise<{ files: StoredFile[]; errors: AppError[] }> {
  return new Promise((resolve) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: request.headers, defParamCharset: 'utf8', limits: { files: MAX_FILES_PER_UPLOAD, fields: 20, fieldSize: 64 * 1024 } });
    } catch {
      request.resume();
      resolve({
        files: [],
        errors: [uploadError('files', 'NOT_MULTIPART', 'Send the files as multipart/form-data, one part per file.')],
      });
      return;
    }
    const saves: Promise<StoredFile>[] = [];
    const errors: AppError[] = [];
    parser.on('file', (_name, stream, info) => {
      const field = `files.${saves.length}`;
      // A fork of its own per file, because the next part can arrive while the previous one flushes.
      const em = services.orm.em.fork();
      saves.push(services.files.save(em, user, { fileName: info.filename ?? '', mediaType: info.mimeType, stream, field }));
    });
    parser.on('filesLimit', () => {
      errors.push(uploadError('files', 'TOO_MANY_FILES', `Send at most ${MAX_FILES_PER_UPLOAD} files per request.`));
    });
    parser.on('error', (error) => {
      errors.push(uploadError('files', 'MALFORMED_MULTIPART', `The multipart body could not be read: ${(error as Error).message}.`));
      request.unpipe(parser);
      request.resume();
      finish();
    });
    parser.on('close', () => finish());
    let finished = false;
    const finish = () => {
      if (finished) {
        return;
      }
      finished = true;
      void Promise.allSettled(saves).then(async (results) => {
        const files: StoredFile[] = [];
        for (const result of results) {
          if (result.status === 'fulfilled') {
            files.push(result.value);
          } else {
            errors.push(toAppError(services, result.reason, { userId: user.id }));
          }
        }
        if (files.length === 0 && errors.length === 0) {
          errors.push(uploadError('files', 'NO_FILES', 'The request has no file; add at least one file part.'));
        }
        if (errors.length > 0 && files.length > 0) {
          await services.files.discard(services.orm.em.fork(), user, files);
        }
        resolve({ files: errors.length > 0 ? [] : files, errors });
      });
    };
    request.pipe(parser);
  });
}

/** Sends a stored file with its type, size and a Content-Disposition that keeps a Cyrillic name. */
async function sendFile(services: AppServices, em: EntityManager, user: CurrentUser, id: string, response: Response): Promise<void> {
  const file = uuidPattern.test(id) ? await em.findOne(StoredFile, { id }) : null;
  // Files the caller may not download read as missing, so that an id reveals nothing.
  if (!file || !(await services.files.canDownload(em, user, file))) {
    sendErrors(response, [new AppError(ErrorCode.NOT_FOUND, `File ${id.slice(0, 64)} not found.`, { entity: 'StoredFile', id })]);
    return;
  }
  const content = services.files.open(file);
  content.once('error', (error) => {
    services.logger.error({ err: error, fileId: file.id }, 'stored file could not be read');
    if (!response.headersSent) {
      sendErrors(response, [toAppError(services, error, { fileId: file.id })]);
    } else {
      response.destroy(error);
    }
  });
  content.once('open', () => {
    response.status(200);
    response.type(file.mediaType);
    response.setHeader('Content-Length', String(file.size));
    // Express's attachment() writes an ASCII filename and the RFC 5987 filename* with the UTF-8 name.
    response.attachment(file.fileName);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'private, no-store');
    content.pipe(response);
  });
}

/** `POST /api/files` (multipart upload) and `GET /api/files/:id` (download). */
export function createFileRouter(services: AppServices): Router {
  const router = Router();

  router.post('/', async (request, response) => {
    let user: CurrentUser;
    try {
      user = await authenticateRequest(services, services.orm.em.fork(), request);
    } catch (error) {
      request.resume();
      sendErrors(response, [toAppError(services, error, {})]);
      return;
    }
    const { files, errors } = await storeUploads(services, user, request);
    if (errors.length > 0) {
      sendErrors(response, errors);
      return;
    }
    response.status(201).json({ files: files.map(describeFile) });
  });

  router.get('/:id', async (request, response) => {
    const em = services.orm.em.fork();
    try {
      const user = await authenticateRequest(services, em, request);
      await sendFile(services, em, user, request.params.id, response);
    } catch (error) {
      sendErrors(response, [toAppError(services, error, { fileId: request.params.id })]);
    }
  });

  return router;
}
