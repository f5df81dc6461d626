import type { AppealDetailsFragment } from '@cur/schema';
import { Empty, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../shared/format';
import { APPEAL_EVENT_LABELS, APPEAL_STATUS_LABELS } from '../../shared/labels';

type AppealEvent = AppealDetailsFragment['history'][number];

const EVENT_COLORS: Record<AppealEvent['kind'], string> = {
  REGISTERED: 'blue',
  ASSIGNED: 'orange',
  REASSIGNED: 'orange',
  ANSWERED: 'green',
  CLOSED: 'gray',
};

/** Renders the appeal's history, oldest first. */
export function AppealHistory({ history }: { history: AppealEvent[] }) {
  if (history.length === 0) {
    return <Empty description="История пуста" />;
  }
  return (
    <Timeline
      items={history.map((event) => ({
        key: event.id,
        color: EVENT_COLORS[event.kind],
        children: (
          <div data-testid={`history-${event.id}`}>
            <Typography.Text strong>{APPEAL_EVENT_LABELS[event.kind]}</Typography.Text>
            <Typography.Text type="secondary"> · {formatDateTime(event.at)}</Typography.Text>
            <div>
              {event.fromStatus
                ? `${APPEAL_STATUS_LABELS[event.fromStatus]} → ${APPEAL_STATUS_LABELS[event.toStatus]}`
                : APPEAL_STATUS_LABELS[event.toStatus]}
            </div>
            {event.note && <div>Примечание: {event.note}</div>}
            <Typography.Text type="secondary">{event.actor?.fullName ?? 'Система'}</Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
