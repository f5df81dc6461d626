import { NetworkStatus, useQuery } from '@apollo/client';
import { AuditLogDocument, type AuditFilter, type AuditLogQuery } from '@cur/schema';
import { Alert, AutoComplete, Button, Card, DatePicker, Space, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { describeApiError } from '../../shared/apiErrors';
import { formatDateTime, moscowDayEnd, moscowDayStart } from '../../shared/format';
import { PageError } from '../../shared/PageState';
import { AuditChanges } from './AuditChanges';
import { AUDIT_ENTITY_LABELS, AUDIT_OPERATION_LABELS, codeOptions, entityPath, labelOf } from './auditLabels';

const PAGE_SIZE = 50;

type AuditRow = AuditLogQuery['auditLog']['edges'][number]['node'];

const columns: TableColumnsType<AuditRow> = [
  { title: 'Время', key: 'at', width: 170, render: (_, entry) => formatDateTime(entry.at) },
  { title: 'Пользователь', key: 'actor', render: (_, entry) => entry.actorEmail ?? 'Система' },
  {
    title: 'Операция',
    key: 'operation',
    render: (_, entry) => (
      <Tooltip title={entry.operation}>
        <span data-testid="audit-operation">{labelOf(AUDIT_OPERATION_LABELS, entry.operation)}</span>
      </Tooltip>
    ),
  },
  {
    title: 'Объект',
    key: 'entity',
    render: (_, entry) => {
      const path = entityPath(entry.entityType, entry.entityId);
      return (
        <Space direction="vertical" size={0}>
          <Tooltip title={entry.entityType}>
            <span>{labelOf(AUDIT_ENTITY_LABELS, entry.entityType)}</span>
          </Tooltip>
          <Typography.Text type="secondary" copyable={{ text: entry.entityId }} style={{ fontSize: 12 }}>
            {path ? <Link to={path}>{entry.entityId}</Link> : entry.entityId}
          </Typography.Text>
        </Space>
      );
    },
  },
];

type Period = [Dayjs | null, Dayjs | null] | null;

/** Renders the audit log for the center's administrator, newest first. */
export function AuditLogPage() {
  const [operation, setOperation] = useState('');
  const [entityType, setEntityType] = useState('');
  const [period, setPeriod] = useState<Period>(null);

  const filter = useMemo<AuditFilter>(() => {
    const value: AuditFilter = {};
    if (operation.trim()) value.operation = operation.trim();
    if (entityType.trim()) value.entityType = entityType.trim();
    if (period?.[0]) value.from = moscowDayStart(period[0].format('YYYY-MM-DD'));
    if (period?.[1]) value.to = moscowDayEnd(period[1].format('YYYY-MM-DD'));
    return value;
  }, [operation, entityType, period]);

  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(AuditLogDocument, {
    variables: { filter, page: { first: PAGE_SIZE } },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.auditLog;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  if (error && !connection) {
    return <PageError error={error} onRetry={() => void refetch()} title="Не удалось загрузить журнал аудита" />;
  }

  const loadMore = () =>
    void fetchMore({ variables: { page: { first: PAGE_SIZE, after: connection?.pageInfo.endCursor ?? null } } });

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        Журнал аудита
      </Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <AutoComplete
            allowClear
            style={{ width: 320 }}
            placeholder="Операция"
            options={codeOptions(AUDIT_OPERATION_LABELS)}
            value={operation}
            onChange={(value: string | undefined) => setOperation(value ?? '')}
            filterOption={(input, option) => option?.label.toLowerCase().includes(input.toLowerCase()) ?? false}
            data-testid="audit-operation-filter"
          />
          <AutoComplete
            allowClear
            style={{ width: 260 }}
            placeholder="Тип объекта"
            options={codeOptions(AUDIT_ENTITY_LABELS)}
            value={entityType}
            onChange={(value: string | undefined) => setEntityType(value ?? '')}
            filterOption={(input, option) => option?.label.toLowerCase().includes(input.toLowerCase()) ?? false}
            data-testid="audit-entity-filter"
          />
          <DatePicker.RangePicker
            format="DD.MM.YYYY"
            placeholder={['С даты', 'По дату']}
            allowEmpty={[true, true]}
            value={period}
            onChange={(value) => setPeriod(value)}
          />
        </Space>
        {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={describeApiError(error).message} />}
        <Typography.Paragraph type="secondary">
          {connection ? `Записей: ${connection.totalCount}, показано: ${rows.length}` : 'Загрузка…'}
        </Typography.Paragraph>
        <Table<AuditRow>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={loading && networkStatus !== NetworkStatus.fetchMore}
          pagination={false}
          locale={{ emptyText: 'Записей нет' }}
          expandable={{
            expandedRowRender: (entry) => <AuditChanges before={entry.before} after={entry.after} />,
            rowExpandable: (entry) => entry.before != null || entry.after != null,
          }}
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
