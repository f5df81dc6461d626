import type { AnalyticsGranularity } from '@cur/schema';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatLocalDate } from '../../shared/format';
import { CHANNEL_LABELS } from '../../shared/labels';
import { channelChartRows, sectionChartRows, type AnalyticsData } from './analyticsTables';

/** Colours of the series, in the order of the channels and the sections. */
export const SERIES_COLORS = ['#1677ff', '#52c41a', '#fa8c16', '#eb2f96', '#13c2c2', '#722ed1', '#fadb14', '#a0d911', '#8c8c8c'];

const MONTHS = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

/** Formats the start of a period for an axis: «ноя 2026» for months, «02.11» for days and weeks. */
export function formatPeriodStart(start: string, granularity: AnalyticsGranularity): string {
  const [year, month, day] = start.split('-');
  if (granularity === 'MONTH') {
    return `${MONTHS[Number(month) - 1]} ${year}`;
  }
  return `${day}.${month}`;
}

const CHART_HEIGHT = 300;

export function ChannelVolumeChart({ data, granularity }: { data: AnalyticsData; granularity: AnalyticsGranularity }) {
  const channels = data.volumeByChannel[0]?.channels.map((count) => count.channel) ?? [];
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
      <AreaChart data={channelChartRows(data)}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="start" tickFormatter={(start: string) => formatPeriodStart(start, granularity)} />
        <YAxis allowDecimals={false} />
        <Tooltip labelFormatter={(start) => `С ${formatLocalDate(String(start))}`} />
        <Legend />
        {channels.map((channel, index) => (
          <Area
            key={channel}
            type="monotone"
            dataKey={channel}
            name={CHANNEL_LABELS[channel]}
            stackId="channels"
            stroke={SERIES_COLORS[index % SERIES_COLORS.length]}
            fill={SERIES_COLORS[index % SERIES_COLORS.length]}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    </ResponsiveContainer>
  );
}

export function SectionVolumeChart({ data, granularity }: { data: AnalyticsData; granularity: AnalyticsGranularity }) {
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
      <BarChart data={sectionChartRows(data)}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="start" tickFormatter={(start: string) => formatPeriodStart(start, granularity)} />
        <YAxis allowDecimals={false} />
        <Tooltip labelFormatter={(start) => `С ${formatLocalDate(String(start))}`} />
        <Legend />
        {data.topicSections.map((section, index) => (
          <Bar
            key={section.code}
            dataKey={section.code}
            name={section.title}
            stackId="sections"
            fill={SERIES_COLORS[index % SERIES_COLORS.length]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Horizontal bars of one agency figure, such as the on-time share in percent. */
export function AgencyBarChart({
  data,
  value,
  name,
  color,
  unit,
}: {
  data: AnalyticsData;
  value: (row: AnalyticsData['agencies'][number]) => number | null | undefined;
  name: string;
  color: string;
  unit: string;
}) {
  const rows = data.agencies
    .filter((row) => row.appeals > 0)
    .map((row) => ({ agency: row.agency.shortName, value: value(row) ?? null }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, rows.length * 26 + 40)}>
      <BarChart data={rows} layout="vertical" margin={{ left: 24 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" unit={unit} />
        <YAxis type="category" dataKey="agency" width={150} />
        <Tooltip formatter={(figure) => `${Number(figure).toLocaleString('ru-RU', { maximumFractionDigits: 1 })}${unit}`} />
        <Bar dataKey="value" name={name} fill={color} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Average minutes to the proposal and to the draft per month, against the length of the clock. */
export function MisinformationChart({ data }: { data: AnalyticsData }) {
  const rows = data.misinformation.byMonth.map((month) => ({
    month: month.month,
    proposal: month.proposal.averageMinutes,
    draft: month.draft.averageMinutes,
  }));
  const limit = data.misinformation.proposalLimitMinutes;
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
      <BarChart data={rows}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" tickFormatter={(month: string) => formatPeriodStart(month, 'MONTH')} />
        <YAxis unit=" мин" width={70} />
        <Tooltip formatter={(minutes) => `${Math.round(Number(minutes))} мин`} labelFormatter={(month) => formatPeriodStart(String(month), 'MONTH')} />
        <Legend />
        <ReferenceLine y={limit} ifOverflow="extendDomain" stroke="#f5222d" strokeDasharray="6 3" label={{ value: `Норматив ${limit / 60} ч`, position: 'insideTopRight', fill: '#f5222d' }} />
        <Bar dataKey="proposal" name="Предложение ЦУР, среднее" fill="#1677ff" isAnimationActive={false} />
        <Bar dataKey="draft" name="Проект органа, среднее" fill="#fa8c16" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
