import { createReadStream, existsSync } from 'node:fs';
import busboy from 'busboy';
import type { Express, Request, Response } from 'express';
import type { AppServices } from '../../graphql/context.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { requireRole, type CurrentUser } from '../auth/current-user.js';
import { tokenFromHeaders } from '../auth/session.service.js';
import { IMPORT_ROLES } from './import-actor.js';

/** Upper bound of one uploaded file. */
const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

const STATUS_BY_CODE: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

function sendError(response: Response, error: unknown): void {
  if (error instanceof AppError) {
    response.status(STATUS_BY_CODE[error.code] ?? 400).json({ error: { code: error.code, message: error.message } });
    return;
  }
  throw error;
}

async function importAdmin(services: AppServices, request: Request): Promise<CurrentUser> {
  const user = await services.sessions.resolve(services.orm.em.fork(), tokenFromHeaders(request.headers.authorization, request.headers.cookie));
  return requireRole(user, IMPORT_ROLES);
}

/**
 * Adds `POST /api/imports` (one multipart file, returns its uploadId) and
 * `GET /api/imports/:id/report` (the rejected-rows CSV), both for the center's administrator.
 */
export function registerImportRoutes(app: Express, services: AppServices): void {
  app.post('/api/imports', async (request, response) => {
    try {
      await importAdmin(services, request);
    } catch (error) {
      sendError(response, error);
      return;
    }
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: request.headers, limits: { files: 1, fileSize: MAX_UPLOAD_BYTES } });
    } catch {
      response.status(400).json({ error: { code: ErrorCode.BAD_USER_INPUT, message: 'Send the file as multipart/form-data with one file field.' } });
      return;
    }
    let saving: Promise<unknown> | null = null;
    let tooLarge = false;
    parser.on('file', (_field, stream, info) => {
      stream.on('limit', () => (tooLarge = true));
      saving = services.imports.saveUpload(info.filename ?? 'upload', stream);
    });
    parser.on('close', async () => {
      if (!saving) {
        response.status(400).json({ error: { code: ErrorCode.BAD_USER_INPUT, message: 'The request has no file; send one file field.' } });
        return;
      }
      try {
        const upload = (await saving) as { uploadId: string; fileName: string; size: number };
        if (upload.size === 0) {
          // As /api/files does, an empty file is rejected and not kept.
          services.imports.removeUpload(upload.uploadId);
          response.status(400).json({ error: { code: ErrorCode.BAD_USER_INPUT, reason: 'FILE_EMPTY', message: `Файл ${upload.fileName} пуст; выберите файл с содержимым.` } });
          return;
        }
        if (tooLarge) {
          response.status(413).json({ error: { code: ErrorCode.BAD_USER_INPUT, message: `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; split it.` } });
          return;
        }
        response.status(201).json({ uploadId: upload.uploadId, fileName: upload.fileName, size: upload.size });
      } catch (error) {
        services.logger.error({ err: error }, 'import upload failed');
        response.status(500).json({ error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Failed to store the file; try again.' } });
      }
    });
    request.pipe(parser);
  });

  app.get('/api/imports/:id/report', async (request, response) => {
    try {
      const run = await services.imports.find(await importAdmin(services, request), String(request.params.id));
      if (!run.reportPath || !existsSync(run.reportPath)) {
        response.status(404).json({ error: { code: ErrorCode.NOT_FOUND, message: `Import run ${run.id} has no rejected-rows report.` } });
        return;
      }
      response.setHeader('content-type', 'text/csv; charset=utf-8');
      response.setHeader('content-disposition', `attachment; filename="import-${run.id}-rejected.csv"`);
      createReadStream(run.reportPath).pipe(response);
    } catch (error) {
      sendError(response, error);
    }
  });
}
