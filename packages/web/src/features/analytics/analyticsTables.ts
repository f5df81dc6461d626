import type { AnalyticsQuery } from '@cur/schema';
import { CHANNEL_LABELS } from '../../shared/labels';
import type { CsvCell } from './analyticsCsv';

export type AnalyticsData = AnalyticsQuery['analytics'];

/** The rows of one chart or table, as its CSV and the page's tables show them. */
export interface DataTable {
  headers: string[];
  rows: CsvCell[][];
}

/** Returns the chart rows of the channel series: one object per period, a count per channel. */
export function channelChartRows(data: AnalyticsData): Record<string, string | number>[] {
  return data.volumeByChannel.map((period) => ({
    start: period.start,
    ...Object.fromEntries(period.channels.map((count) => [count.channel, count.appeals])),
  }));
}

/** Returns the chart rows of the section series: one object per period, a count per section code. */
export function sectionChartRows(data: AnalyticsData): Record<string, string | number>[] {
  return data.volumeByTopicSection.map((period) => ({
    start: period.start,
    ...Object.fromEntries(period.sections.map((count) => [count.sectionCode, count.appeals])),
  }));
}

export function channelTable(data: AnalyticsData): DataTable {
  const channels = data.volumeByChannel[0]?.channels.map((count) => count.channel) ?? [];
  return {
    headers: ['Начало периода', ...channels.map((channel) => CHANNEL_LABELS[channel]), 'Всего'],
    rows: data.volumeByChannel.map((period) => [period.start, ...period.channels.map((count) => count.appeals), period.appeals]),
  };
}

export function sectionTable(data: AnalyticsData): DataTable {
  const titles = new Map(data.topicSections.map((section) => [section.code, section.title]));
  const codes = data.volumeByTopicSection[0]?.sections.map((count) => count.sectionCode) ?? [];
  return {
    headers: ['Начало периода', ...codes.map((code) => titles.get(code) ?? code), 'Всего'],
    rows: data.volumeByTopicSection.map((period) => [period.start, ...period.sections.map((count) => count.appeals), period.appeals]),
  };
}

export function agencyTable(data: AnalyticsData): DataTable {
  return {
    headers: [
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
    rows: data.agencies.map((row) => [
      row.agency.shortName,
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
  };
}

export function misinformationTable(data: AnalyticsData): DataTable {
  return {
    headers: [
      'Месяц',
      'Случаев',
      'Предложений ЦУР',
      'Предложение, среднее, мин',
      'Предложение, медиана, мин',
      'Предложение, доля в срок',
      'Проектов органов',
      'Проект, среднее, мин',
      'Проект, медиана, мин',
      'Проект, доля в срок',
    ],
    rows: data.misinformation.byMonth.map((month) => [
      month.month,
      month.cases,
      month.proposal.completed,
      month.proposal.averageMinutes,
      month.proposal.medianMinutes,
      month.proposal.withinLimitShare,
      month.draft.completed,
      month.draft.averageMinutes,
      month.draft.medianMinutes,
      month.draft.withinLimitShare,
    ]),
  };
}
