import type { InformationRiskDetailsFragment } from '@cur/schema';
import { Empty, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../shared/format';
import { INFORMATION_RISK_EVENT_LABELS, INFORMATION_RISK_STATUS_LABELS } from '../../shared/labels';
import { noteLabelOf } from './historyNotes';

type CaseEvent = InformationRiskDetailsFragment['history'][number];

const EVENT_COLORS: Record<CaseEvent['kind'], string> = {
  DETECTED: 'blue',
  VERIFICATION_REQUESTED: 'orange',
  VERIFIED: 'blue',
  PROPOSAL_SENT: 'orange',
  DRAFT_SUBMITTED: 'blue',
  DRAFT_RETURNED: 'red',
  APPROVED: 'green',
  PUBLISHED: 'green',
  DISTRIBUTED: 'green',
  CLOSED: 'gray',
  DISMISSED: 'gray',
  SUPERSEDED: 'red',
  REROUTED: 'orange',
};

/**
 * Renders the case's history, oldest first. `agencyShortNames` are the agencies known to the page,
 * such as the case's current one, by which a REROUTED note is recognized as an agency's name.
 */
export function CommentHistory({ history, agencyShortNames = [] }: { history: CaseEvent[]; agencyShortNames?: readonly string[] }) {
  if (history.length === 0) {
    return <Empty description="История пуста" />;
  }
  return (
    <Timeline
      items={history.map((event) => ({
        key: event.id,
        color: EVENT_COLORS[event.kind],
        children: (
          <div data-testid={`history-${event.id}`} data-kind={event.kind}>
            <Typography.Text strong>{INFORMATION_RISK_EVENT_LABELS[event.kind]}</Typography.Text>
            <Typography.Text type="secondary"> · {formatDateTime(event.at)}</Typography.Text>
            <div>
              {event.fromStatus && event.fromStatus !== event.toStatus
                ? `${INFORMATION_RISK_STATUS_LABELS[event.fromStatus]} → ${INFORMATION_RISK_STATUS_LABELS[event.toStatus]}`
                : INFORMATION_RISK_STATUS_LABELS[event.toStatus]}
            </div>
            {event.note && <div style={{ whiteSpace: 'pre-wrap' }}>{noteLabelOf(event, agencyShortNames)} {event.note}</div>}
            <Typography.Text type="secondary">{event.actor?.fullName ?? 'Система'}</Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
