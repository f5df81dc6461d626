import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { AnalyticsDocument, type AnalyticsFilter, type AnalyticsGranularity } from '@cur/schema';
import { Alert, Button, Card, Col, Row, Segmented, Space, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { describeApiError } from '../../shared/apiErrors';
import { formatDateTime } from '../../shared/format';
import { PageError, SectionLoading } from '../../shared/PageState';
import { isCenterRole } from '../auth/permissions';
import { useCurrentUser } from '../auth/useAuth';
import { AgencyBarChart, ChannelVolumeChart, MisinformationChart, SectionVolumeChart } from './AnalyticsCharts';
import { downloadCsv, toCsv } from './analyticsCsv';
import {
  analyticsExportUrl,
  defaultAnalyticsFilter,
  formatAverage,
  formatShare,
  periodProblemMessage,
  periodProblemOf,
} from './analyticsFilter';
import { AnalyticsFilters } from './AnalyticsFilters';
import { agencyTable, channelTable, misinformationTable, sectionTable, type AnalyticsData, type DataTable } from './analyticsTables';

type AgencyRow = AnalyticsData['agencies'][number];

const GRANULARITY_OPTIONS: { value: AnalyticsGranularity; label: string }[] = [
  { value: 'DAY', label: 'Дни' },
  { value: 'WEEK', label: 'Недели' },
  { value: 'MONTH', label: 'Месяцы' },
];

const AGENCY_COLUMNS: TableColumnsType<AgencyRow> = [
  { title: 'Орган', key: 'agency', fixed: 'left', width: 170, render: (_, row) => <span title={row.agency.name}>{row.agency.shortName}</span> },
  { title: 'Обращений', dataIndex: 'appeals', align: 'right', width: 120, sorter: (left, right) => left.appeals - right.appeals },
  { title: 'С ответом', dataIndex: 'answered', align: 'right', width: 100 },
  {
    title: 'В срок',
    dataIndex: 'onTimeShare',
    align: 'right',
    width: 100,
    render: formatShare,
    sorter: (left, right) => (left.onTimeShare ?? -1) - (right.onTimeShare ?? -1),
  },
  { title: 'Срок ответа, дн.', dataIndex: 'averageDaysToAnswer', align: 'right', width: 100, render: formatAverage },
  { title: 'Просрочено сейчас', dataIndex: 'overdueNow', align: 'right', width: 120, sorter: (left, right) => left.overdueNow - right.overdueNow },
  { title: 'Удовлетворены', dataIndex: 'satisfiedShare', align: 'right', width: 130, render: formatShare },
  { title: 'Частично', dataIndex: 'partlySatisfiedShare', align: 'right', width: 100, render: formatShare },
  { title: 'Не удовлетворены', dataIndex: 'notSatisfiedShare', align: 'right', width: 130, render: formatShare },
  { title: 'Повторные', dataIndex: 'repeatShare', align: 'right', width: 110, render: formatShare },
  { title: 'Оценка ответов', dataIndex: 'averageReviewScore', align: 'right', width: 100, render: formatAverage },
  { title: 'Проверок', dataIndex: 'reviews', align: 'right', width: 100 },
];

/** Renders a «CSV» button that downloads one chart's or table's data. */
function CsvButton({ fileName, table, testId }: { fileName: string; table: DataTable; testId: string }) {
  return (
    <Button size="small" icon={<DownloadOutlined />} onClick={() => downloadCsv(fileName, toCsv(table.headers, table.rows))} data-testid={testId}>
      CSV
    </Button>
  );
}

function ChartCard({ title, extra, children, testId }: { title: string; extra: ReactNode; children: ReactNode; testId: string }) {
  return (
    <Card title={title} extra={extra} style={{ marginBottom: 16 }} data-testid={testId}>
      {children}
    </Card>
  );
}

/** Renders the center's summary analytics: volumes, agency figures and misinformation clocks. */
export function AnalyticsPage() {
  const user = useCurrentUser();
  const [filter, setFilter] = useState<AnalyticsFilter>(() => defaultAnalyticsFilter());
  const [granularity, setGranularity] = useState<AnalyticsGranularity>('MONTH');
  // A period that the server would reject is not sent, and the field shows why at once.
  const localPeriodProblem = periodProblemOf(filter);
  const { data, previousData, loading, error, refetch } = useQuery(AnalyticsDocument, {
    variables: { filter, granularity },
    fetchPolicy: 'cache-and-network',
    skip: localPeriodProblem !== null,
  });
  const serverPeriodProblem = error ? describeApiError(error).fieldErrors.find((item) => item.name.join('.') === 'filter.from') : undefined;
  const periodReason = localPeriodProblem ?? serverPeriodProblem?.reason ?? null;
  const periodError = periodReason ? periodProblemMessage(periodReason, filter) : null;
  // Charts of the previous filter are hidden under a rejected period, so they are not read as its data.
  const analytics = periodError ? undefined : (data ?? previousData)?.analytics;
  const suffix = `${filter.from}-${filter.to}`;

  return (
    <div data-testid="analytics-page">
      <Space align="baseline" style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>Сводная аналитика</Typography.Title>
        <Space>
          {analytics && (
            <Typography.Text type="secondary" data-testid="analytics-refreshed-at">
              Данные обращений на {formatDateTime(analytics.refreshedAt)}
            </Typography.Text>
          )}
          <Button icon={<FileExcelOutlined />} href={analyticsExportUrl(filter)} disabled={periodError !== null} data-testid="analytics-xlsx">
            XLSX
          </Button>
        </Space>
      </Space>
      {!isCenterRole(user.role) && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={`Показаны показатели вашего органа: ${user.agency?.shortName ?? '—'}`} />
      )}
      <AnalyticsFilters
        filter={filter}
        onChange={(patch) => setFilter((current) => ({ ...current, ...patch }))}
        showAgency={isCenterRole(user.role)}
        periodError={periodError}
      />
      {periodError && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message="Графики и таблицы не построены: исправьте период регистрации"
          description={periodError}
          data-testid="analytics-period-alert"
        />
      )}
      {!periodError && error && !analytics && <PageError error={error} onRetry={() => void refetch()} />}
      {!periodError && error && analytics && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message="Не удалось обновить данные по новому отбору — ниже показаны данные по предыдущему отбору"
          description={describeApiError(error).message}
          action={
            <Button size="small" onClick={() => void refetch()}>
              Повторить
            </Button>
          }
          data-testid="analytics-stale-alert"
        />
      )}
      {!periodError && !analytics && loading && <SectionLoading rows={8} />}
      {analytics && (
        <>
          <ChartCard
            title="Обращения по каналам поступления"
            testId="analytics-channels"
            extra={
              <Space>
                <Segmented<AnalyticsGranularity> size="small" options={GRANULARITY_OPTIONS} value={granularity} onChange={setGranularity} />
                <CsvButton fileName={`channels-${suffix}.csv`} table={channelTable(analytics)} testId="analytics-channels-csv" />
              </Space>
            }
          >
            <ChannelVolumeChart data={analytics} granularity={granularity} />
          </ChartCard>
          <ChartCard
            title="Обращения по разделам тематического классификатора"
            testId="analytics-sections"
            extra={<CsvButton fileName={`sections-${suffix}.csv`} table={sectionTable(analytics)} testId="analytics-sections-csv" />}
          >
            <SectionVolumeChart data={analytics} granularity={granularity} />
          </ChartCard>
          <ChartCard
            title="Органы власти"
            testId="analytics-agencies"
            extra={<CsvButton fileName={`agencies-${suffix}.csv`} table={agencyTable(analytics)} testId="analytics-agencies-csv" />}
          >
            <Table<AgencyRow>
              rowKey={(row) => row.agency.id}
              columns={AGENCY_COLUMNS}
              dataSource={analytics.agencies}
              pagination={false}
              size="small"
              scroll={{ x: 1480 }}
            />
            <Row gutter={24} style={{ marginTop: 24 }}>
              <Col xs={24} xl={12}>
                <Typography.Title level={5}>Доля ответов в срок</Typography.Title>
                <AgencyBarChart data={analytics} value={(row) => (row.onTimeShare == null ? null : row.onTimeShare * 100)} name="В срок" color="#52c41a" unit=" %" />
              </Col>
              <Col xs={24} xl={12}>
                <Typography.Title level={5}>Средний срок ответа</Typography.Title>
                <AgencyBarChart data={analytics} value={(row) => row.averageDaysToAnswer} name="Срок ответа" color="#1677ff" unit=" дн." />
              </Col>
            </Row>
          </ChartCard>
          <ChartCard
            title="Дезинформация: предложение и проект комментария за 3 часа"
            testId="analytics-misinformation"
            extra={<CsvButton fileName={`misinformation-${suffix}.csv`} table={misinformationTable(analytics)} testId="analytics-misinformation-csv" />}
          >
            <Row gutter={24} style={{ marginBottom: 16 }}>
              <Col span={6}>
                <Statistic title="Случаев" value={analytics.misinformation.cases} />
              </Col>
              <Col span={6}>
                <Statistic title="Предложение ЦУР, медиана, мин" value={formatAverage(analytics.misinformation.proposal.medianMinutes)} />
              </Col>
              <Col span={6}>
                <Statistic title="Проект органа, медиана, мин" value={formatAverage(analytics.misinformation.draft.medianMinutes)} />
              </Col>
              <Col span={6}>
                <Statistic
                  title="В срок: предложения / проекты"
                  value={`${formatShare(analytics.misinformation.proposal.withinLimitShare)} / ${formatShare(analytics.misinformation.draft.withinLimitShare)}`}
                />
              </Col>
            </Row>
            <MisinformationChart data={analytics} />
          </ChartCard>
        </>
      )}
    </div>
  );
}
