import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { Router, type Request, type Response } from 'express';
import type { AppServices } from '../../graphql/context.js';
import { AppError, ErrorCode, badField, forbidden } from '../../graphql/errors.js';
import { authenticateRequest, sendErrors } from '../../http/rest.js';
import { UserRole } from '../auth/auth.entities.js';
import type { CurrentUser } from '../auth/current-user.js';
import { parseAppealFilter, type AppealFilterInput } from '../appeals/appeal.validation.js';
import { formatMoscowTime } from '../deadlines/engine/index.js';
import { SPREADSHEET_CSV } from './csv-format.js';
import { APPEAL_EXPORT_COLUMNS, appealExportRows, moscowWallClock, type ExportCell } from './appeal-export.js';

const EXPORT_ROLES: readonly UserRole[] = [UserRole.CENTER_ADMIN, UserRole.CENTER_OPERATOR, UserRole.AGENCY_OFFICIAL];

/** Reads the `filter` query parameter, JSON of the appeals query's AppealFilter. */
function filterOf(request: Request): AppealFilterInput {
  const raw = request.query.filter;
  if (raw === undefined || raw === '') {
    return parseAppealFilter({});
  }
  if (typeof raw !== 'string') {
    throw badField('filter', 'INVALID', 'must be given once, as JSON such as {"statuses":["ASSIGNED"]}.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw badField('filter', 'INVALID', 'is not valid JSON; send the AppealFilter of the appeals query, such as {"text":"дорога"}.');
  }
  return parseAppealFilter(parsed);
}

async function prepare(services: AppServices, request: Request): Promise<{ user: CurrentUser; filter: AppealFilterInput }> {
  const user = await authenticateRequest(services, services.orm.em.fork(), request);
  if (!EXPORT_ROLES.includes(user.role)) {
    throw forbidden(`Exporting appeals needs one of the roles ${EXPORT_ROLES.join(', ')}; you are ${user.role}.`);
  }
  return { user, filter: filterOf(request) };
}

function exportFileName(extension: string): string {
  return `обращения-${formatMoscowTime(new Date()).slice(0, 10).split('.').reverse().join('-')}.${extension}`;
}

function csvCell(cell: ExportCell): string {
  if (cell instanceof Date) {
    return formatMoscowTime(cell);
  }
  return cell ?? '';
}

/** Streams the CSV in the product's spreadsheet form, in keyset batches. */
async function streamCsv(services: AppServices, user: CurrentUser, filter: AppealFilterInput, response: Response): Promise<number> {
  response.type('text/csv; charset=utf-8');
  response.attachment(exportFileName('csv'));
  const csv = stringify({ ...SPREADSHEET_CSV, header: true, columns: APPEAL_EXPORT_COLUMNS.map((column) => column.header) });
  csv.pipe(response);
  let rows = 0;
  for await (const batch of appealExportRows(services.orm.em.fork(), user, filter)) {
    for (const row of batch) {
      rows += 1;
      if (!csv.write(row.map(csvCell))) {
        await once(csv, 'drain');
      }
    }
  }
  csv.end();
  await once(response, 'finish');
  return rows;
}

/** Streams the XLSX with exceljs's streaming writer, committing each row as it is written. */
async function streamXlsx(services: AppServices, user: CurrentUser, filter: AppealFilterInput, response: Response): Promise<number> {
  response.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  response.attachment(exportFileName('xlsx'));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: response, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Обращения', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = APPEAL_EXPORT_COLUMNS.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  APPEAL_EXPORT_COLUMNS.forEach((column, index) => {
    if (column.instant) {
      sheet.getColumn(index + 1).numFmt = 'dd.mm.yyyy hh:mm';
    }
  });
  let rows = 0;
  for await (const batch of appealExportRows(services.orm.em.fork(), user, filter)) {
    for (const row of batch) {
      rows += 1;
      sheet.addRow(row.map((cell) => (cell instanceof Date ? moscowWallClock(cell) : cell))).commit();
    }
  }
  sheet.commit();
  await workbook.commit();
  return rows;
}

/** `GET /api/exports/appeals.csv` and `GET /api/exports/appeals.xlsx` with the list's `filter` as JSON. */
export function createExportRouter(services: AppServices): Router {
  const router = Router();
  const formats = { csv: streamCsv, xlsx: streamXlsx } as const;

  for (const [format, write] of Object.entries(formats)) {
    router.get(`/appeals.${format}`, async (request, response) => {
      let prepared: { user: CurrentUser; filter: AppealFilterInput };
      try {
        prepared = await prepare(services, request);
      } catch (error) {
        if (!(error instanceof AppError)) {
          services.logger.error({ err: error }, 'appeal export failed before streaming');
        }
        sendErrors(response, [error instanceof AppError ? error : new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'The export failed; try again later.')]);
        return;
      }
      const started = Date.now();
      try {
        const rows = await write(services, prepared.user, prepared.filter, response);
        services.logger.info({ userId: prepared.user.id, format, rows, ms: Date.now() - started }, 'appeals exported');
      } catch (error) {
        // Headers are sent by now, so the client learns of the failure from the cut connection.
        services.logger.error({ err: error, userId: prepared.user.id, format }, 'appeal export failed while streaming');
        response.destroy(error as Error);
      }
    });
  }
  return router;
}
