import { useQuery } from '@apollo/client';
import { AppealFlagsDocument, type AppealFlagKind, type AppealFlagsQuery } from '@cur/schema';
import { Alert, Button, Card, Segmented, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { describeApiError } from '../../shared/apiErrors';
import { formatDateTime } from '../../shared/format';
import { APPEAL_STATUS_COLORS, APPEAL_STATUS_LABELS, FLAG_KIND_LABELS, optionsOf } from '../../shared/labels';
import { PageError } from '../../shared/PageState';
import { AgencyFilterSelect } from '../agencies/AgencyFilterSelect';
import { isCenterRole } from '../auth/permissions';
import { useCurrentUser } from '../auth/useAuth';
import { FLAG_KIND_COLORS } from './AppealFlags';
import { resolvedArgument, type FlagStateFilter } from './appealQuality';

type FlagRow = AppealFlagsQuery['appealFlags']['edges'][number]['node'];

const PAGE_SIZE = 50;
const FLAG_KIND_OPTIONS = optionsOf(FLAG_KIND_LABELS);
const STATE_OPTIONS: { value: FlagStateFilter; label: string }[] = [
  { value: 'OPEN', label: 'Открытые' },
  { value: 'RESOLVED', label: 'Урегулированные' },
  { value: 'ALL', label: 'Все' },
];

const columns: TableColumnsType<FlagRow> = [
  {
    title: 'Отмечено (МСК)',
    key: 'createdAt',
    width: 150,
    render: (_, flag) => formatDateTime(flag.createdAt, { zoneMark: false }),
  },
  {
    title: 'Обращение',
    key: 'appeal',
    width: 180,
    render: (_, flag) => (
      <Space direction="vertical" size={0}>
        <Link to={`/appeals/${flag.appeal.id}`}>{flag.appeal.number}</Link>
        <Tag color={APPEAL_STATUS_COLORS[flag.appeal.status]}>{APPEAL_STATUS_LABELS[flag.appeal.status]}</Tag>
      </Space>
    ),
  },
  {
    title: 'Орган власти',
    key: 'agency',
    width: 130,
    render: (_, flag) => flag.appeal.agency?.shortName ?? 'Не назначен',
  },
  {
    title: 'Вид',
    key: 'kind',
    width: 190,
    render: (_, flag) => <Tag color={FLAG_KIND_COLORS[flag.kind]}>{FLAG_KIND_LABELS[flag.kind]}</Tag>,
  },
  {
    title: 'Описание',
    key: 'note',
    render: (_, flag) => (
      <Space direction="vertical" size={0}>
        <Typography.Text>{flag.note}</Typography.Text>
        {flag.createdBy && <Typography.Text type="secondary">{flag.createdBy.fullName}</Typography.Text>}
      </Space>
    ),
  },
  {
    title: 'Урегулирование',
    key: 'resolution',
    width: 260,
    render: (_, flag) =>
      flag.resolvedAt ? (
        <Space direction="vertical" size={0}>
          <Tag color="green">Урегулировано {formatDateTime(flag.resolvedAt, { zoneMark: false })}</Tag>
          <Typography.Text>{flag.resolution}</Typography.Text>
        </Space>
      ) : (
        <Tag color="red">Открыто</Tag>
      ),
  },
];

/** Renders the list of conflict situations and communication errors, with filters and forward paging. */
export function AppealFlagsPage() {
  const user = useCurrentUser();
  const center = isCenterRole(user.role);
  const [state, setState] = useState<FlagStateFilter>('OPEN');
  const [kind, setKind] = useState<AppealFlagKind | null>(null);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const filter = { kind, agencyId, resolved: resolvedArgument(state) };
  const { data, loading, error, refetch, fetchMore } = useQuery(AppealFlagsDocument, {
    variables: { filter, page: { first: PAGE_SIZE } },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.appealFlags;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  if (error && !connection) {
    return <PageError error={error} onRetry={() => void refetch()} title="Не удалось загрузить отметки" />;
  }

  const loadMore = () =>
    fetchMore({
      variables: { filter, page: { first: PAGE_SIZE, after: connection?.pageInfo.endCursor } },
      updateQuery: (previous, { fetchMoreResult }) => ({
        appealFlags: { ...fetchMoreResult.appealFlags, edges: [...previous.appealFlags.edges, ...fetchMoreResult.appealFlags.edges] },
      }),
    });

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        Конфликтные ситуации и ошибки коммуникации
      </Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Segmented<FlagStateFilter> options={STATE_OPTIONS} value={state} onChange={setState} data-testid="flags-state" />
          <Select<AppealFlagKind>
            allowClear
            placeholder="Любой вид"
            style={{ width: 230 }}
            options={FLAG_KIND_OPTIONS}
            value={kind ?? undefined}
            onChange={(value) => setKind(value ?? null)}
            data-testid="flags-kind"
          />
          {center && <AgencyFilterSelect value={agencyId} onChange={setAgencyId} placeholder="Любой орган" width={230} />}
        </Space>
        {error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            message={describeApiError(error).message}
            action={<Button onClick={() => void refetch()}>Повторить</Button>}
          />
        )}
        <Typography.Paragraph type="secondary" data-testid="flags-total">
          {connection ? `Найдено: ${connection.totalCount}, показано: ${rows.length}` : 'Загрузка…'}
        </Typography.Paragraph>
        <Table<FlagRow>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={loading}
          pagination={false}
          scroll={{ x: 1000 }}
          size="middle"
          locale={{ emptyText: 'Отметок не найдено' }}
        />
        {connection?.pageInfo.hasNextPage && (
          <div style={{ textAlign: 'center', marginTop: 16 }}>
            <Button onClick={() => void loadMore()} loading={loading}>
              Показать ещё
            </Button>
          </div>
        )}
      </Card>
    </Space>
  );
}
