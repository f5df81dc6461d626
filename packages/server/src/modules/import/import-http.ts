import { createReadStream, existsSync } from 'node:fs';
import busboy from 'busboy';
import type { Express, Request, Response } from 'express';
import type { AppServices } from '../../graphql/context.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { requireRole, type CurrentUser } from '../auth/current-user.js';
import { authenticateRequest, sendErrors } from '../../http/rest.js';
import { uploadError } from '../files/file-store.js';
import { IMPORT_ROLES } from './import-actor.js';

/** Upper bound of one uploaded file. */
const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/** Sends an AppError in the shape of every REST endpoint; anything else is a bug for Express to report. */
function sendError(response: Response, error: unknown): void {
  if (error instanceof AppError) {
    sendErrors(response, [error]);
    return;
  }
  throw error;
}

async function importAdmin(services: AppServices, request: Request): Promise<CurrentUser> {
  return requireRole(await authenticateRequest(services, services.orm.em.fork(), request), IMPORT_ROLES);
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
      sendErrors(response, [uploadError('file', 'NOT_MULTIPART', 'Send the file as multipart/form-data with one file field.')]);
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
        sendErrors(response, [uploadError('file', 'NO_FILES', 'The request has no file; send one file field.')]);
        return;
      }
      try {
        const upload = (await saving) as { uploadId: string; fileName: string; size: number };
        if (upload.size === 0) {
          // As /api/files does, an empty file is rejected and not kept.
          services.imports.removeUpload(upload.uploadId);
          sendErrors(response, [uploadError('file', 'FILE_EMPTY', `Файл ${upload.fileName} пуст; выберите файл с содержимым.`)]);
          return;
        }
        if (tooLarge) {
          services.imports.removeUpload(upload.uploadId);
          const limit = `${MAX_UPLOAD_BYTES / 1024 / 1024} МБ`;
          sendErrors(response, [uploadError('file', 'FILE_TOO_LARGE', `Файл ${upload.fileName} больше ${limit}; разделите его на части.`)], 413);
          return;
        }
        response.status(201).json({ uploadId: upload.uploadId, fileName: upload.fileName, size: upload.size });
      } catch (error) {
        services.logger.error({ err: error }, 'import upload failed');
        sendErrors(response, [new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'Failed to store the file; try again.')]);
      }
    });
    request.pipe(parser);
  });

  app.get('/api/imports/:id/report', async (request, response) => {
    try {
      const run = await services.imports.find(await importAdmin(services, request), String(request.params.id));
      if (!run.reportPath || !existsSync(run.reportPath)) {
        sendErrors(response, [new AppError(ErrorCode.NOT_FOUND, `Import run ${run.id} has no rejected-rows report.`, { entity: 'AppealImport', id: run.id })]);
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
