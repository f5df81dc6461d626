import { NetworkStatus, useQuery } from '@apollo/client';
import { AgenciesDocument, type AgenciesQuery } from '@cur/schema';
import { Alert, Button, Card, Input, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { describeApiError } from '../../shared/apiErrors';
import { AGENCY_KIND_LABELS } from '../../shared/labels';
import { PageError } from '../../shared/PageState';
import { SiteLink } from './SiteLink';

const PAGE_SIZE = 20;

type AgencyRow = AgenciesQuery['agencies']['edges'][number]['node'];

const columns: TableColumnsType<AgencyRow> = [
  {
    title: 'Краткое наименование',
    dataIndex: 'shortName',
    render: (_, agency) => <Link to={`/agencies/${agency.id}`}>{agency.shortName}</Link>,
  },
  { title: 'Полное наименование', dataIndex: 'name' },
  { title: 'Вид', key: 'kind', render: (_, agency) => AGENCY_KIND_LABELS[agency.kind] },
  { title: 'Сайт', key: 'site', render: (_, agency) => <SiteLink site={agency.site} /> },
];

/** Renders the directory of the republic's executive agencies, searchable by name. */
export function AgenciesPage() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q')?.trim() || null;
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(AgenciesDocument, {
    variables: { filter: search ? { search } : null, page: { first: PAGE_SIZE } },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.agencies;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  if (error && !connection) {
    return <PageError error={error} onRetry={() => void refetch()} title="Не удалось загрузить справочник органов" />;
  }

  const loadMore = () =>
    void fetchMore({ variables: { page: { first: PAGE_SIZE, after: connection?.pageInfo.endCursor ?? null } } });

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        Органы исполнительной власти
      </Typography.Title>
      <Card>
        <Input.Search
          allowClear
          placeholder="Поиск по краткому или полному наименованию"
          defaultValue={search ?? ''}
          onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {}, { replace: true })}
          style={{ maxWidth: 420, marginBottom: 16 }}
          data-testid="agencies-search"
        />
        {error && (
          <Alert type="error" showIcon style={{ marginBottom: 16 }} message={describeApiError(error).message} />
        )}
        <Typography.Paragraph type="secondary">
          {connection ? `Найдено: ${connection.totalCount}, показано: ${rows.length}` : 'Загрузка…'}
        </Typography.Paragraph>
        <Table<AgencyRow>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={loading && networkStatus !== NetworkStatus.fetchMore}
          pagination={false}
          locale={{ emptyText: 'Органы не найдены' }}
          onRow={(agency) => ({ 'data-testid': `agency-row-${agency.id}` }) as HTMLAttributes<HTMLElement>}
        />
        {connection?.pageInfo.hasNextPage && (
          <div style={{ textAlign: 'center', marginTop: 16 }}>
            <Button onClick={loadMore} loading={networkStatus === NetworkStatus.fetchMore}>
              Показать ещё
            </Button>
          </div>
        )}
      </Card>
    </Space>
  );
}
