import ExcelJS from 'exceljs';
import type { Request, Response } from 'express';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import type { AppServices } from '../../graphql/context.js';
import { Agency } from '../agencies/agency.entity.js';
import { AppealChannel } from '../appeals/appeal.entity.js';
import { tokenFromHeaders } from '../auth/session.service.js';
import type { AnalyticsScope } from './analytics.service.js';
import { AnalyticsGranularity, type ClockFiguresType } from './analytics.types.js';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Russian channel names of the export; the SPA keeps the same names in its labels. */
const CHANNEL_NAMES: Record<AppealChannel, string> = {
  [AppealChannel.WRITTEN]: 'Письменное (59-ФЗ)',
  [AppealChannel.EMAIL]: 'Электронная почта (59-ФЗ)',
  [AppealChannel.IN_PERSON]: 'Личный приём (59-ФЗ)',
  [AppealChannel.FEEDBACK_PLATFORM]: 'Платформа обратной связи',
  [AppealChannel.SOCIAL_MEDIA]: 'Социальные сети и мессенджеры',
  [AppealChannel.VOICE_HOTLINE]: 'Голосовая линия',
  [AppealChannel.SURVEY]: 'Опросы и исследования',
  [AppealChannel.INTERNET_PUBLICATION]: 'Публикации в интернете',
  [AppealChannel.OTHER]: 'Иные источники',
};

const HTTP_STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

/** A cell value; null and undefined leave the cell empty. */
type Cell = string | number | Date | null | undefined;

function addSheet(workbook: ExcelJS.Workbook, name: string, headers: string[], rows: Cell[][]): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(headers).font = { bold: true };
  sheet.addRows(rows);
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  sheet.getColumn(1).width = 40;
}

function clockRow(label: string, figures: ClockFiguresType, limitMinutes: number): Cell[] {
  return [label, figures.completed, figures.averageMinutes, figures.medianMinutes, figures.maxMinutes, limitMinutes, figures.withinLimitShare];
}

/** Builds the workbook of the analytics page: one sheet per chart and table, Russian headers. */
export async function buildAnalyticsWorkbook(services: AppServices, em: EntityManager, scope: AnalyticsScope): Promise<ExcelJS.Workbook> {
  const { analytics } = services;
  const [byChannel, bySection, sections, agencies, misinformation, refreshedAt] = await Promise.all([
    analytics.volumeByChannel(em, scope, AnalyticsGranularity.MONTH),
    analytics.volumeByTopicSection(em, scope, AnalyticsGranularity.MONTH),
    analytics.topicSections(em),
    analytics.agencies(em, scope),
    analytics.misinformation(em, scope),
    analytics.refreshedAt(em),
  ]);
  const agencyNames = new Map(
    (await em.find(Agency, { id: { $in: agencies.map((row) => row.agencyId) } })).map((agency) => [agency.id, agency.shortName]),
  );

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ЦУР Республики Марий Эл';
  addSheet(workbook, 'Отбор', ['Параметр', 'Значение'], [
    ['Период с', scope.from],
    ['Период по', scope.to],
    ['Органы', scope.agencyIds.map((id) => agencyNames.get(id) ?? id).join(', ') || 'все'],
    ['Муниципальные образования (ОКТМО)', scope.municipalityOktmos.join(', ') || 'все'],
    ['Каналы', scope.channels.map((channel) => CHANNEL_NAMES[channel]).join(', ') || 'все'],
    ['Данные обращений на', refreshedAt],
  ]);

  const channels = byChannel[0]?.channels.map((count) => count.channel) ?? [];
  addSheet(
    workbook,
    'По каналам',
    ['Месяц', ...channels.map((channel) => CHANNEL_NAMES[channel]), 'Всего'],
    byChannel.map((period) => [period.start, ...period.channels.map((count) => count.appeals), period.appeals]),
  );
  addSheet(
    workbook,
    'По разделам',
    ['Месяц', ...sections.map((section) => section.title), 'Всего'],
    bySection.map((period) => [period.start, ...period.sections.map((count) => count.appeals), period.appeals]),
  );
  addSheet(
    workbook,
    'Органы',
    [
      'Орган',
      'Обращений',
      'С ответом',
      'Ответов в срок',
      'Доля в срок',
      'Средний срок ответа, дней',
      'Просрочено сейчас',
      'С оценкой удовлетворённости',
      'Доля удовлетворённых',
      'Доля частично удовлетворённых',
      'Доля неудовлетворённых',
      'Повторных',
      'Доля повторных',
      'Проверок ответов',
      'Средняя оценка ответа',
    ],
    agencies.map((row) => [
      agencyNames.get(row.agencyId) ?? row.agencyId,
      row.appeals,
      row.answered,
      row.answeredOnTime,
      row.onTimeShare,
      row.averageDaysToAnswer,
      row.overdueNow,
      row.withSatisfaction,
      row.satisfiedShare,
      row.partlySatisfiedShare,
      row.notSatisfiedShare,
      row.repeats,
      row.repeatShare,
      row.reviews,
      row.averageReviewScore,
    ]),
  );
  const clockHeaders = ['Шаг', 'Завершено', 'Среднее, мин', 'Медиана, мин', 'Максимум, мин', 'Норматив, мин', 'Доля в срок'];
  addSheet(workbook, 'Дезинформация', clockHeaders, [
    clockRow('Предложение ЦУР', misinformation.proposal, misinformation.proposalLimitMinutes),
    clockRow('Проект комментария органа', misinformation.draft, misinformation.draftLimitMinutes),
    [],
    ['Случаев за период', misinformation.cases],
  ]);
  addSheet(
    workbook,
    'Дезинформация по месяцам',
    ['Месяц', 'Случаев', 'Предложений', 'Предложение, среднее, мин', 'Проектов', 'Проект, среднее, мин'],
    misinformation.byMonth.map((month) => [
      month.month,
      month.cases,
      month.proposal.completed,
      month.proposal.averageMinutes,
      month.draft.completed,
      month.draft.averageMinutes,
    ]),
  );
  return workbook;
}

function sendError(response: Response, status: number, message: string, extensions: Record<string, unknown>): void {
  response.status(status).json({ errors: [{ message, extensions }] });
}

/**
 * Handles `GET /api/exports/analytics.xlsx?filter=<AnalyticsFilter as JSON>` with the session
 * cookie or a bearer token and the role checks of the `analytics` query.
 */
export function analyticsExportHandler(services: AppServices) {
  return async (request: Request, response: Response): Promise<void> => {
    const em = services.orm.em.fork();
    try {
      const user = await services.sessions.resolve(em, tokenFromHeaders(request.headers.authorization, request.headers.cookie));
      let filter: unknown = {};
      if (typeof request.query.filter === 'string' && request.query.filter !== '') {
        try {
          filter = JSON.parse(request.query.filter);
        } catch {
          sendError(response, 400, 'filter: must be an AnalyticsFilter as JSON, such as {"from":"2026-01-01"}.', {
            code: ErrorCode.BAD_USER_INPUT,
            field: 'filter',
          });
          return;
        }
      }
      const scope = await services.analytics.resolveScope(em, user, filter);
      const workbook = await buildAnalyticsWorkbook(services, em, scope);
      response.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      response.setHeader('content-disposition', `attachment; filename="analytics-${scope.from}-${scope.to}.xlsx"`);
      await workbook.xlsx.write(response);
      response.end();
    } catch (error) {
      if (error instanceof AppError) {
        sendError(response, HTTP_STATUS[error.code] ?? 400, error.message, error.extensions);
        return;
      }
      services.logger.error({ err: error }, 'analytics export failed');
      sendError(response, 500, 'The export failed; try again or ask the administrator to check the server log.', { code: ErrorCode.INTERNAL_SERVER_ERROR });
    }
  };
}
