import type { DeadlineKind, DeadlineStatus } from '@cur/schema';
import { Space, Typography } from 'antd';
import { formatCountdown } from '../../shared/format';
import { DEADLINE_KIND_LABELS } from '../../shared/labels';
import { useNow } from '../../shared/useNow';

interface ClockDeadline {
  id: string;
  kind: DeadlineKind;
  status: DeadlineStatus;
  dueAt: string;
}

/** Returns the whole seconds left until `dueAt`; negative once it has passed. */
export function secondsUntil(dueAt: string, now: number): number {
  return Math.floor((new Date(dueAt).getTime() - now) / 1000);
}

/**
 * Renders the time left on each running clock of a case, ticking every second by the local clock.
 * Shows `emptyText` when no clock runs.
 */
export function OpenClocks({ deadlines, emptyText = '—' }: { deadlines: readonly ClockDeadline[]; emptyText?: string }) {
  const now = useNow();
  const open = deadlines.filter((deadline) => deadline.status === 'OPEN');
  if (open.length === 0) {
    return <Typography.Text type="secondary">{emptyText}</Typography.Text>;
  }
  return (
    <Space direction="vertical" size={0}>
      {open.map((deadline) => {
        const seconds = secondsUntil(deadline.dueAt, now);
        return (
          <Space
            key={deadline.id}
            direction="vertical"
            size={0}
            style={{ whiteSpace: 'nowrap' }}
            data-testid={`comment-clock-${deadline.id}`}
            data-seconds={seconds}
          >
            <Typography.Text
              strong
              type={seconds < 0 ? 'danger' : undefined}
              style={{ fontVariantNumeric: 'tabular-nums', fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
            >
              {formatCountdown(seconds)}
              {seconds < 0 && ' просрочено'}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {DEADLINE_KIND_LABELS[deadline.kind]}
            </Typography.Text>
          </Space>
        );
      })}
    </Space>
  );
}
