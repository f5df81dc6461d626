import { Progress, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { formatDateTime, formatRemaining } from '../../shared/format';
import { COUNTDOWN_STATE_COLORS, COUNTDOWN_STATE_LABELS, DEADLINE_KIND_LABELS, SUBJECT_TYPE_LABELS } from '../../shared/labels';
import { subjectPath } from '../../shared/subjectPath';
import type { LiveDeadline } from './useDeadlineCountdown';

interface CountdownTableProps {
  deadlines: LiveDeadline[];
  loading: boolean;
  /** Whether the user may open the cards of a subject type, such as APPEAL or INFORMATION_RISK. */
  canOpenSubject: (subjectType: string) => boolean;
}

/** Returns the share of the term used in percent, capped at 100 once the due instant has passed. */
function usedPercent(deadline: LiveDeadline): number {
  return Math.min(100, Math.max(0, Math.round(deadline.elapsedShare * 100)));
}

interface RemainingTimeProps {
  deadline: LiveDeadline;
  /** Font size in px, or a CSS length such as a custom property. */
  fontSize?: number | string;
  /** Brighter colours for a dark background. */
  dark?: boolean;
}

export function RemainingTime({ deadline, fontSize, dark = false }: RemainingTimeProps) {
  let color: string | undefined;
  if (deadline.liveRemainingSeconds < 0) {
    color = dark ? '#ff4d4f' : '#cf1322';
  } else if (deadline.liveState === 'AT_RISK') {
    color = dark ? '#ffa940' : '#d46b08';
  }
  return (
    <span
      data-testid={`remaining-${deadline.id}`}
      data-seconds={deadline.liveRemainingSeconds}
      style={{
        fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
        fontVariantNumeric: 'tabular-nums',
        fontWeight: 600,
        fontSize,
        color,
        whiteSpace: 'nowrap',
      }}
    >
      {formatRemaining(deadline.liveRemainingSeconds)}
    </span>
  );
}

/** Links the deadline's appeal or case number to its card when the user may open it. */
export function SubjectLink({ deadline, canOpen }: { deadline: LiveDeadline; canOpen: boolean }) {
  const path = canOpen ? subjectPath(deadline.subjectType, deadline.subjectId) : null;
  if (path) {
    return <Link to={path}>{deadline.subjectLabel}</Link>;
  }
  return <>{deadline.subjectLabel}</>;
}

export function CountdownTable({ deadlines, loading, canOpenSubject }: CountdownTableProps) {
  const columns: TableColumnsType<LiveDeadline> = [
    {
      title: 'Обращение или дело',
      key: 'subject',
      render: (_, deadline) => (
        <Space direction="vertical" size={0}>
          <SubjectLink deadline={deadline} canOpen={canOpenSubject(deadline.subjectType)} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {SUBJECT_TYPE_LABELS[deadline.subjectType] ?? deadline.subjectType}
          </Typography.Text>
        </Space>
      ),
    },
    { title: 'Этап', key: 'kind', render: (_, deadline) => DEADLINE_KIND_LABELS[deadline.kind] },
    {
      title: 'Орган власти',
      key: 'agency',
      render: (_, deadline) => deadline.agencyShortName ?? 'Не назначен',
    },
    { title: 'Срок', key: 'dueAt', render: (_, deadline) => formatDateTime(deadline.dueAt) },
    { title: 'Осталось', key: 'remaining', render: (_, deadline) => <RemainingTime deadline={deadline} /> },
    {
      title: 'Использовано срока',
      key: 'elapsed',
      width: 180,
      render: (_, deadline) => (
        <Progress
          percent={usedPercent(deadline)}
          size="small"
          status={deadline.liveState === 'OVERDUE' ? 'exception' : 'normal'}
          strokeColor={deadline.liveState === 'AT_RISK' ? '#fa8c16' : undefined}
        />
      ),
    },
    {
      title: 'Состояние',
      key: 'state',
      render: (_, deadline) => (
        <Tag color={COUNTDOWN_STATE_COLORS[deadline.liveState]}>{COUNTDOWN_STATE_LABELS[deadline.liveState]}</Tag>
      ),
    },
  ];

  return (
    <Table<LiveDeadline>
      rowKey="id"
      columns={columns}
      dataSource={deadlines}
      loading={loading}
      pagination={false}
      size="middle"
      locale={{ emptyText: 'Нет текущих сроков' }}
      onRow={(deadline) =>
        ({ 'data-testid': `countdown-${deadline.id}`, 'data-state': deadline.liveState }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
