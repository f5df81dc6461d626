import type { LiveDeadline } from './useDeadlineCountdown';

/** Bright colours of the countdown states for the dark wall displays. */
export const STATE_ACCENTS: Record<LiveDeadline['liveState'], string> = {
  ON_TRACK: '#52c41a',
  AT_RISK: '#fa8c16',
  OVERDUE: '#ff4d4f',
};

interface WallCounterProps {
  title: string;
  value: number;
  color: string;
  testId: string;
  /** Font size of the value in px; a wall with clock tiles keeps it below the size of the clocks' digits. */
  valueFontSize?: number;
}

export function WallCounter({ title, value, color, testId, valueFontSize = 72 }: WallCounterProps) {
  return (
    <div style={{ flex: 1, background: '#1f1f1f', borderRadius: 12, padding: '12px 24px' }} data-testid={testId}>
      <div style={{ fontSize: 24, color: '#bfbfbf' }}>{title}</div>
      <div style={{ fontSize: valueFontSize, fontWeight: 700, color, lineHeight: 1.1 }}>{value}</div>
    </div>
  );
}
