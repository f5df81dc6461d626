import { ApartmentOutlined, PlusOutlined } from '@ant-design/icons';
import type { DeadlineKind, InformationRisksQuery } from '@cur/schema';
import { Alert, Button, Card, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo, type HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { describeApiError } from '../../shared/apiErrors';
import { formatDateTime } from '../../shared/format';
import { INFORMATION_RISK_STATUS_COLORS, INFORMATION_RISK_STATUS_LABELS } from '../../shared/labels';
import { PageError } from '../../shared/PageState';
import { canManageInformationRisks } from '../auth/permissions';
import { useCurrentUser } from '../auth/useAuth';
import { CommentsFilters } from './CommentsFilters';
import { OpenClocks, othersClockKinds } from './OpenClocks';
import { useCommentsList } from './useCommentsList';

type CaseRow = InformationRisksQuery['informationRisks']['edges'][number]['node'];

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/**
 * The columns fit a 1094 px table area (1440 px screen): the number, date, status and time columns
 * have fixed widths, and the source and title shrink to one line with the full text in a tooltip.
 */
function caseColumns(mutedKinds: readonly DeadlineKind[], showClocks: boolean): TableColumnsType<CaseRow> {
  const columns: TableColumnsType<CaseRow> = [
    {
      title: 'Номер',
      dataIndex: 'number',
      width: 150,
      render: (_, risk) => (
        <Link to={`/comments/${risk.id}`} style={NO_WRAP}>
          {risk.number}
        </Link>
      ),
    },
    { title: 'Выявлено', key: 'detectedAt', width: 150, render: (_, risk) => <span style={NO_WRAP}>{formatDateTime(risk.detectedAt)}</span> },
    { title: 'Источник', dataIndex: 'source', width: 130, ellipsis: { showTitle: false }, render: (source: string) => <EllipsisText text={source} /> },
    { title: 'Публикация', key: 'title', ellipsis: { showTitle: false }, render: (_, risk) => <EllipsisText text={risk.title} /> },
    { title: 'Орган власти', key: 'agency', width: 130, ellipsis: { showTitle: false }, render: (_, risk) => <EllipsisText text={risk.agency.shortName} /> },
    {
      title: 'Статус',
      key: 'status',
      width: 180,
      render: (_, risk) => (
        <Tag
          color={INFORMATION_RISK_STATUS_COLORS[risk.status]}
          data-testid="comment-status"
          data-status={risk.status}
          style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}
        >
          {INFORMATION_RISK_STATUS_LABELS[risk.status]}
        </Tag>
      ),
    },
  ];
  if (showClocks) {
    columns.push({ title: 'Осталось', key: 'clock', width: 190, render: (_, risk) => <OpenClocks deadlines={risk.deadlines} mutedKinds={mutedKinds} /> });
  }
  return columns;
}

function EllipsisText({ text }: { text: string }) {
  return (
    <Tooltip title={text} placement="topLeft">
      <span style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{text}</span>
    </Tooltip>
  );
}

/** Renders the misinformation cases with filters and forward paging. */
export function CommentsPage() {
  const user = useCurrentUser();
  const center = canManageInformationRisks(user);
  const { params, update, reset, connection, loading, loadingMore, error, refetch, loadMore } = useCommentsList();
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  // The press service works with approved comments only, whose clocks have stopped.
  const columns = useMemo(() => caseColumns(othersClockKinds(user.role), user.role !== 'PRESS_SERVICE'), [user.role]);

  if (error && !connection) {
    return <PageError error={error} onRetry={() => void refetch()} title="Не удалось загрузить дела" />;
  }

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Space direction="vertical" size={0}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            Недостоверная информация
          </Typography.Title>
          <Typography.Text type="secondary">Проверка публикаций, опровержения и официальные комментарии органов власти</Typography.Text>
        </Space>
        {center && (
          <Space wrap>
            <Link to="/comments/routing">
              <Button icon={<ApartmentOutlined />} data-testid="comment-routing-button">
                Маршрутизация по темам
              </Button>
            </Link>
            <Link to="/comments/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="detect-comment-button">
                Зарегистрировать публикацию
              </Button>
            </Link>
          </Space>
        )}
      </Space>
      <Card>
        <CommentsFilters params={params} onChange={update} onReset={reset} showAgency={center} />
        {error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            message={describeApiError(error).message}
            action={<Button onClick={() => void refetch()}>Повторить</Button>}
          />
        )}
        <Typography.Paragraph type="secondary" data-testid="comments-total">
          {connection ? `Найдено: ${connection.totalCount}, показано: ${rows.length}` : 'Загрузка…'}
        </Typography.Paragraph>
        <Table<CaseRow>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={loading}
          pagination={false}
          tableLayout="fixed"
          size="middle"
          locale={{ emptyText: 'Дел не найдено' }}
          onRow={(risk) => ({ 'data-testid': `comment-row-${risk.number}` }) as HTMLAttributes<HTMLElement>}
        />
        {connection?.pageInfo.hasNextPage && (
          <div style={{ textAlign: 'center', marginTop: 16 }}>
            <Button onClick={() => void loadMore()} loading={loadingMore} data-testid="comments-load-more">
              Показать ещё
            </Button>
          </div>
        )}
      </Card>
    </Space>
  );
}
