import { useQuery } from '@apollo/client';
import { ReportBoardDocument, type ReportBoardQuery } from '@cur/schema';
import { Card, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../shared/format';
import { REPORT_STATUS_COLORS, REPORT_STATUS_LABELS } from '../../shared/labels';
import { PageError } from '../../shared/PageState';
import { formatQuarter } from './reportFigures';

type BoardRow = ReportBoardQuery['reportBoard'][number];
type BoardCell = BoardRow['cells'][number];

const FIRST_YEAR = 2021;

function currentMoscowYear(): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Moscow', year: 'numeric' }).format(new Date()));
}

function BoardCellView({ cell, year }: { cell: BoardCell; year: number }) {
  const report = cell.report;
  if (!report) {
    return <Typography.Text type="secondary">не открыт</Typography.Text>;
  }
  return (
    <Space direction="vertical" size={2} data-testid={`board-cell-${year}-${cell.quarter}`} data-status={report.status}>
      <Link to={`/reports/${report.id}`}>
        <Tag color={REPORT_STATUS_COLORS[report.status]} style={{ marginInlineEnd: 0 }}>
          {REPORT_STATUS_LABELS[report.status]}
        </Tag>
      </Link>
      {cell.overdue && <Tag color="red">Срок нарушен</Tag>}
      {report.submittedLate && <Tag color="orange">Представлен с опозданием</Tag>}
      <Tooltip title="Срок представления">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          до {formatDateTime(report.dueAt, { zoneMark: false })}
        </Typography.Text>
      </Tooltip>
    </Space>
  );
}

function boardColumns(year: number): TableColumnsType<BoardRow> {
  return [
    {
      title: 'Орган власти',
      key: 'agency',
      width: 220,
      render: (_, row) => (
        <Tooltip title={row.agency.name} placement="topLeft">
          {row.agency.shortName}
        </Tooltip>
      ),
    },
    ...[1, 2, 3, 4].map((quarter) => ({
      title: formatQuarter(year, quarter),
      key: `q${quarter}`,
      render: (_: unknown, row: BoardRow) => <BoardCellView cell={row.cells[quarter - 1]!} year={year} />,
    })),
  ];
}

/** Renders agencies by the quarters of a year with the state of each quarterly report. */
export function ReportBoardPage() {
  const [year, setYear] = useState(currentMoscowYear);
  const { data, loading, error, refetch } = useQuery(ReportBoardDocument, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const years = Array.from({ length: currentMoscowYear() + 1 - FIRST_YEAR + 1 }, (_, index) => FIRST_YEAR + index).reverse();

  if (error && !data) {
    return <PageError error={error} onRetry={() => void refetch()} title="Не удалось загрузить квартальные отчёты" />;
  }

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Space direction="vertical" size={0}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            Квартальная информация
          </Typography.Title>
          <Typography.Text type="secondary">
            Статистическая и аналитическая информация органов о работе с обращениями — до 5-го числа месяца, следующего за кварталом
          </Typography.Text>
        </Space>
        <Select
          value={year}
          onChange={setYear}
          options={years.map((value) => ({ value, label: `${value} год` }))}
          style={{ width: 140 }}
          data-testid="report-board-year"
        />
      </Space>
      <Card>
        <Table<BoardRow>
          rowKey={(row) => row.agency.id}
          columns={boardColumns(year)}
          dataSource={data?.reportBoard ?? []}
          loading={loading}
          pagination={false}
          size="middle"
          locale={{ emptyText: 'Нет органов власти' }}
          data-testid="report-board"
        />
      </Card>
    </Space>
  );
}
