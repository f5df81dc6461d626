import type { AppealDetailsFragment } from '@cur/schema';
import { Empty, Timeline, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { formatDateTime } from '../../shared/format';
import { useAgencyOptions } from '../agencies/useAgencyOptions';
import { describeAppealHistory } from './appealHistory';

type AppealEvent = AppealDetailsFragment['history'][number];

const EVENT_COLORS: Record<AppealEvent['kind'], string> = {
  REGISTERED: 'blue',
  ASSIGNED: 'orange',
  REASSIGNED: 'orange',
  FORWARDED: 'orange',
  EXTENDED: 'purple',
  ANSWERED: 'green',
  LEFT_UNANSWERED: 'purple',
  CLOSED: 'gray',
  REVIEWED: 'cyan',
  RETURNED_FOR_REWORK: 'red',
  SATISFACTION_RECORDED: 'cyan',
  REOPENED: 'red',
  FLAGGED: 'red',
  REPEAT_CONFIRMED: 'gray',
  REPEAT_REJECTED: 'gray',
  ATTACHMENT_ADDED: 'default',
};

interface AppealHistoryProps {
  history: AppealEvent[];
  /** The appeal's agency now, which names the agency of the latest assignment. */
  agency: AppealDetailsFragment['agency'];
}

/** Renders the appeal's history, oldest first. */
export function AppealHistory({ history, agency }: AppealHistoryProps) {
  const agencyOptions = useAgencyOptions();
  const fullNames = useMemo(
    () => new Map(agencyOptions.options.map((option) => [option.label, option.title])),
    [agencyOptions.options],
  );
  const views = useMemo(
    () => describeAppealHistory(history, { current: agency ?? null, shortNames: new Set(fullNames.keys()) }),
    [history, agency, fullNames],
  );

  if (history.length === 0) {
    return <Empty description="История пуста" />;
  }
  const fullNameOf = (shortName: string) => (shortName === agency?.shortName ? agency.name : fullNames.get(shortName));

  return (
    <Timeline
      items={history.map((event, index) => {
        const view = views[index];
        return {
          key: event.id,
          color: EVENT_COLORS[event.kind],
          children: (
            <div data-testid={`history-${event.id}`}>
              <Typography.Text strong>{view.title}</Typography.Text>
              <Typography.Text type="secondary"> · {formatDateTime(event.at)}</Typography.Text>
              {view.statusChange && <div>Статус: {view.statusChange}</div>}
              {view.agency && (
                <div>
                  Орган:{' '}
                  <Tooltip title={fullNameOf(view.agency)}>
                    <span>{view.agency}</span>
                  </Tooltip>
                </div>
              )}
              {view.comment && <div style={{ whiteSpace: 'pre-wrap' }}>Примечание: {view.comment}</div>}
              <div>
                <Typography.Text type="secondary">{event.actor?.fullName ?? 'Система'}</Typography.Text>
              </div>
            </div>
          ),
        };
      })}
    />
  );
}
