import { PlusOutlined } from '@ant-design/icons';
import type { AppealsQuery } from '@cur/schema';
import { Alert, Button, Card, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { describeApiError } from '../../shared/apiErrors';
import { formatDateTime } from '../../shared/format';
import { APPEAL_STATUS_COLORS, APPEAL_STATUS_LABELS, CHANNEL_LABELS } from '../../shared/labels';
import { PageError } from '../../shared/PageState';
import { isCenterRole } from '../auth/permissions';
import { useCurrentUser } from '../auth/useAuth';
import { AppealsFilters } from './AppealsFilters';
import { isAnswerOverdue } from './appealStatus';
import { filterOf, useAppealsList } from './useAppealsList';
import { ExportButtons } from '../intake/ExportButtons';
import { useSearchHighlights } from '../intake/useSearchHighlights';
import { SearchMatchesView } from '../intake/HighlightedSegments';

type AppealRow = AppealsQuery['appeals']['edges'][number]['node'];

const NO_WRAP = { whiteSpace: 'nowrap' } as const;
const CELL_DATE = { zoneMark: false } as const;

/**
 * Columns sized to fit the content area at 1440 px, with the side menu open: the dates, status and
 * due date keep fixed widths, and the appellant and topic share the rest, cut with an ellipsis.
 */
const columns: TableColumnsType<AppealRow> = [
  {
    title: 'Номер',
    dataIndex: 'number',
    width: 134,
    render: (_, appeal) => (
      <Link to={`/appeals/${appeal.id}`} style={NO_WRAP}>
        {appeal.number}
      </Link>
    ),
  },
  {
    title: 'Поступило / зарегистрировано (МСК)',
    key: 'dates',
    width: 150,
    render: (_, appeal) => (
      <Space direction="vertical" size={0} style={NO_WRAP}>
        <span>{formatDateTime(appeal.receivedAt, CELL_DATE)}</span>
        <Typography.Text type="secondary">{formatDateTime(appeal.registeredAt, CELL_DATE)}</Typography.Text>
      </Space>
    ),
  },
  {
    title: 'Заявитель / канал',
    key: 'appellant',
    ellipsis: { showTitle: false },
    render: (_, appeal) => (
      <Tooltip title={`${appeal.appellantName} · ${CHANNEL_LABELS[appeal.channel]}`} placement="topLeft">
        <Space direction="vertical" size={0} style={{ width: '100%' }}>
          <Typography.Text ellipsis>{appeal.appellantName}</Typography.Text>
          <Typography.Text type="secondary" ellipsis>
            {CHANNEL_LABELS[appeal.channel]}
          </Typography.Text>
        </Space>
      </Tooltip>
    ),
  },
  {
    title: 'Тема',
    key: 'topic',
    ellipsis: { showTitle: false },
    render: (_, appeal) => (
      <Tooltip title={`${appeal.topic.code} — ${appeal.topic.title}`} placement="topLeft">
        <span>{appeal.topic.title}</span>
      </Tooltip>
    ),
  },
  {
    title: 'Орган власти',
    key: 'agency',
    width: 130,
    render: (_, appeal) => appeal.agency?.shortName ?? 'Не назначен',
  },
  {
    title: 'Статус',
    key: 'status',
    width: 150,
    render: (_, appeal) => <Tag color={APPEAL_STATUS_COLORS[appeal.status]}>{APPEAL_STATUS_LABELS[appeal.status]}</Tag>,
  },
  {
    title: 'Срок ответа (МСК)',
    key: 'answerDueAt',
    width: 140,
    render: (_, appeal) =>
      isAnswerOverdue(appeal) ? (
        <Space direction="vertical" size={0} style={NO_WRAP}>
          <Typography.Text type="danger" strong>
            {formatDateTime(appeal.answerDueAt, CELL_DATE)}
          </Typography.Text>
          <Tag color="red">Просрочено</Tag>
        </Space>
      ) : (
        <span style={NO_WRAP}>{formatDateTime(appeal.answerDueAt, CELL_DATE)}</span>
      ),
  },
];

/** Below this table width the columns no longer fit, so narrower screens scroll it sideways. */
const MIN_TABLE_WIDTH = 1000;

/** Renders the appeals list with filters, ordering and forward paging. */
export function AppealsPage() {
  const user = useCurrentUser();
  const { params, update, reset, connection, loading, loadingMore, error, refetch, loadMore } = useAppealsList();
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const highlights = useSearchHighlights(params, rows.length);

  if (error && !connection) {
    return <PageError error={error} onRetry={() => void refetch()} title="Не удалось загрузить обращения" />;
  }

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          Обращения
        </Typography.Title>
        <Link to="/appeals/new">
          <Button type="primary" icon={<PlusOutlined />} data-testid="register-appeal-button">
            Зарегистрировать обращение
          </Button>
        </Link>
      </Space>
      <Card>
        <AppealsFilters params={params} onChange={update} onReset={reset} showAgency={isCenterRole(user.role)} />
        {error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            message={describeApiError(error).message}
            action={<Button onClick={() => void refetch()}>Повторить</Button>}
          />
        )}
        <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
          <Typography.Text type="secondary" data-testid="appeals-total">
            {connection ? `Найдено: ${connection.totalCount}, показано: ${rows.length}` : 'Загрузка…'}
          </Typography.Text>
          <ExportButtons filter={filterOf(params)} />
        </Space>
        <Table<AppealRow>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={loading}
          pagination={false}
          scroll={{ x: MIN_TABLE_WIDTH }}
          size="middle"
          locale={{ emptyText: 'Обращений не найдено' }}
          expandable={{
            expandedRowKeys: rows.filter((appeal) => highlights.get(appeal.id)?.highlights.length).map((appeal) => appeal.id),
            expandedRowRender: (appeal) => {
              const matches = highlights.get(appeal.id);
              return matches ? <SearchMatchesView matches={matches} /> : null;
            },
            rowExpandable: (appeal) => Boolean(highlights.get(appeal.id)?.highlights.length),
            showExpandColumn: false,
          }}
          onRow={(appeal) =>
            ({
              'data-testid': `appeal-row-${appeal.number}`,
              style: isAnswerOverdue(appeal) ? { background: '#fff1f0' } : undefined,
            }) as HTMLAttributes<HTMLElement>
          }
        />
        {connection?.pageInfo.hasNextPage && (
          <div style={{ textAlign: 'center', marginTop: 16 }}>
            <Button onClick={() => void loadMore()} loading={loadingMore} data-testid="appeals-load-more">
              Показать ещё
            </Button>
          </div>
        )}
      </Card>
    </Space>
  );
}
