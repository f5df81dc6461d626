import { describe, expect, it } from 'vitest';
import { toCsv } from './analyticsCsv';
import { agencyTable, channelChartRows, channelTable, misinformationTable, sectionTable, type AnalyticsData } from './analyticsTables';

const clock = (completed: number, averageMinutes: number | null) => ({
  completed,
  averageMinutes,
  medianMinutes: averageMinutes,
  maxMinutes: averageMinutes,
  withinLimitShare: completed > 0 ? 0.5 : null,
});

const data: AnalyticsData = {
  period: { from: '2026-11-01', to: '2026-12-31' },
  refreshedAt: '2026-12-04T10:00:00.000Z',
  topicSections: [
    { code: '0002.0000.0000.0000', title: 'Социальная сфера' },
    { code: '0005.0000.0000.0000', title: 'Жилищно-коммунальная сфера' },
  ],
  volumeByChannel: [
    { start: '2026-11-01', appeals: 11, channels: [{ channel: 'EMAIL', appeals: 6 }, { channel: 'SOCIAL_MEDIA', appeals: 5 }] },
    { start: '2026-12-01', appeals: 0, channels: [{ channel: 'EMAIL', appeals: 0 }, { channel: 'SOCIAL_MEDIA', appeals: 0 }] },
  ],
  volumeByTopicSection: [
    { start: '2026-11-01', appeals: 11, sections: [{ sectionCode: '0002.0000.0000.0000', appeals: 5 }, { sectionCode: '0005.0000.0000.0000', appeals: 6 }] },
  ],
  agencies: [
    {
      agency: { id: 'a', shortName: 'Минстрой РМЭ', name: 'Министерство строительства' },
      appeals: 6,
      answered: 4,
      answeredOnTime: 3,
      onTimeShare: 0.75,
      averageDaysToAnswer: 6.25,
      overdueNow: 1,
      withSatisfaction: 3,
      satisfiedShare: 1 / 3,
      partlySatisfiedShare: 1 / 3,
      notSatisfiedShare: 1 / 3,
      repeats: 1,
      repeatShare: 1 / 6,
      reviews: 3,
      averageReviewScore: 10 / 3,
    },
  ],
  misinformation: {
    cases: 2,
    proposalLimitMinutes: 180,
    draftLimitMinutes: 180,
    proposal: clock(2, 67.5),
    draft: clock(3, 140),
    byMonth: [{ month: '2026-11-01', cases: 2, proposal: clock(2, 67.5), draft: clock(3, 140) }],
  },
};

describe('channelTable', () => {
  it('labels channels in Russian', () => {
    const table = channelTable(data);
    expect(table.headers).toEqual(['Начало периода', 'Электронная почта (59-ФЗ)', 'Социальные сети и мессенджеры', 'Всего']);
    expect(table.rows).toEqual([
      ['2026-11-01', 6, 5, 11],
      ['2026-12-01', 0, 0, 0],
    ]);
  });
});

describe('sectionTable', () => {
  it('names sections by title', () => {
    const table = sectionTable(data);
    expect(table.headers).toEqual(['Начало периода', 'Социальная сфера', 'Жилищно-коммунальная сфера', 'Всего']);
    expect(table.rows).toEqual([['2026-11-01', 5, 6, 11]]);
  });
});

describe('agencyTable', () => {
  it('writes one row per agency', () => {
    const csv = toCsv(agencyTable(data).headers, agencyTable(data).rows);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]!.split(';')).toHaveLength(15);
    expect(lines[1]!.startsWith('Минстрой РМЭ;6;4;3;0,75;6,25;1;3;')).toBe(true);
  });
});

describe('misinformationTable', () => {
  it('keeps empty averages empty', () => {
    const empty = { ...data, misinformation: { ...data.misinformation, byMonth: [{ month: '2026-12-01', cases: 0, proposal: clock(0, null), draft: clock(0, null) }] } };
    expect(toCsv(misinformationTable(empty).headers, misinformationTable(empty).rows).split('\r\n')[1]).toBe('2026-12-01;0;0;;;;0;;;');
  });
});

describe('channelChartRows', () => {
  it('keys counts by channel', () => {
    expect(channelChartRows(data)[0]).toEqual({ start: '2026-11-01', EMAIL: 6, SOCIAL_MEDIA: 5 });
  });
});
