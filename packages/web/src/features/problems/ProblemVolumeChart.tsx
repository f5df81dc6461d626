import type { VolumeGranularity } from '@cur/schema';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatLocalDate } from '../../shared/format';
import { startPeriodLabel, toChartPoints } from './volumeChart';

interface ProblemVolumeChartProps {
  volume: readonly { periodStart: string; count: number }[];
  granularity: VolumeGranularity;
  roadmapStartedOn: string | null | undefined;
}

const CHART_HEIGHT = 280;

/** Draws the problem's appeals per period as bars, with a line at the period in which the roadmap started. */
export function ProblemVolumeChart({ volume, granularity, roadmapStartedOn }: ProblemVolumeChartProps) {
  const points = toChartPoints(volume, granularity);
  const startLabel = startPeriodLabel(points, roadmapStartedOn);
  return (
    <div style={{ width: '100%', height: CHART_HEIGHT }} data-testid="problem-volume-chart">
      <ResponsiveContainer>
        <BarChart data={points} margin={{ top: 24, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval="preserveStartEnd" />
          <YAxis allowDecimals={false} width={40} />
          <Tooltip formatter={(value) => [value, 'Обращений']} />
          <Bar dataKey="count" fill="#1677ff" isAnimationActive={false} />
          {startLabel && (
            <ReferenceLine
              x={startLabel}
              stroke="#fa541c"
              strokeWidth={2}
              label={{ value: `Старт карты ${formatLocalDate(roadmapStartedOn)}`, position: 'top', fill: '#fa541c' }}
            />
          )}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
