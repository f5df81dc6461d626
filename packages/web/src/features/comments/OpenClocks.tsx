import type { DeadlineKind, DeadlineStatus, UserRole } from '@cur/schema';
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
 * Returns the clock kinds that run for someone other than a user of `role`. The COMMENT_PROPOSAL
 * clock is the center's own step, so an agency official sees it only for reference.
 */
export function othersClockKinds(role: UserRole): readonly DeadlineKind[] {
  return role === 'AGENCY_OFFICIAL' ? ['COMMENT_PROPOSAL'] : [];
}

interface OpenClocksProps {
  deadlines: readonly ClockDeadline[];
  /** Shown when no clock runs. */
  emptyText?: string;
  /** Clocks of another party's step, shown in neutral colour with the label «срок ЦУР» and never as overdue. */
  mutedKinds?: readonly DeadlineKind[];
}

/** Renders the time left on each running clock of a case, ticking every second by the local clock. */
export function OpenClocks({ deadlines, emptyText = '—', mutedKinds = [] }: OpenClocksProps) {
  const now = useNow();
  const open = deadlines.filter((deadline) => deadline.status === 'OPEN');
  if (open.length === 0) {
    return <Typography.Text type="secondary">{emptyText}</Typography.Text>;
  }
  return (
    <Space direction="vertical" size={0}>
      {open.map((deadline) => {
        const seconds = secondsUntil(deadline.dueAt, now);
        const muted = mutedKinds.includes(deadline.kind);
        const overdue = seconds < 0 && !muted;
        let tone: 'danger' | 'secondary' | undefined;
        if (overdue) {
          tone = 'danger';
        } else if (muted) {
          tone = 'secondary';
        }
        return (
          <Space
            key={deadline.id}
            direction="vertical"
            size={0}
            style={{ whiteSpace: 'nowrap' }}
            data-testid={`comment-clock-${deadline.id}`}
            data-seconds={seconds}
            data-muted={muted}
          >
            <Typography.Text
              strong={!muted}
              type={tone}
              style={{ fontVariantNumeric: 'tabular-nums', fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
            >
              {formatCountdown(seconds)}
              {overdue && ' просрочено'}
              {muted && ' срок ЦУР'}
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
