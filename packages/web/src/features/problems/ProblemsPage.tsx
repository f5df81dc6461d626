import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { ProblemsDocument, ProblemSuggestionsDocument, type ProblemStatus, type ProblemsQuery, type ProblemSuggestionsQuery } from '@cur/schema';
import { Button, Card, InputNumber, Segmented, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDateTime, formatLocalDate } from '../../shared/format';
import { PageError } from '../../shared/PageState';
import { canManageProblems } from '../auth/permissions';
import { useCurrentUser } from '../auth/useAuth';
import { CreateProblemModal, type ProblemDraft } from './CreateProblemModal';
import { PROBLEM_STATUS_COLORS, PROBLEM_STATUS_LABELS } from './problemLabels';

type ProblemRow = ProblemsQuery['problems']['edges'][number]['node'];
type SuggestionRow = ProblemSuggestionsQuery['problemSuggestions'][number];

// NOTE: the list shows the first 50 problems without paging, which suits the tens the center keeps.
const PAGE_SIZE = 50;
const DAY_MS = 86_400_000;
const PERIOD_OPTIONS = [
  { value: 30, label: '30 дней' },
  { value: 90, label: '90 дней' },
  { value: 180, label: '180 дней' },
  { value: 365, label: 'год' },
];

const problemColumns: TableColumnsType<ProblemRow> = [
  { title: 'Проблема', key: 'title', render: (_, problem) => <Link to={`/problems/${problem.id}`}>{problem.title}</Link> },
  { title: 'Тема', key: 'topic', ellipsis: true, render: (_, problem) => problem.topic.title },
  { title: 'Место', key: 'municipality', width: 200, render: (_, problem) => problem.municipality?.name ?? 'Вся республика' },
  {
    title: 'Статус',
    key: 'status',
    width: 120,
    render: (_, problem) => (
      <Tag color={PROBLEM_STATUS_COLORS[problem.status]} data-testid="problem-status">
        {PROBLEM_STATUS_LABELS[problem.status]}
      </Tag>
    ),
  },
  { title: 'Начало дорожной карты', key: 'start', width: 150, render: (_, problem) => formatLocalDate(problem.roadmapStartedOn) },
  {
    title: 'Мероприятия',
    key: 'measures',
    width: 200,
    render: (_, problem) => {
      const done = problem.measures.filter((measure) => measure.status === 'DONE').length;
      const overdue = problem.measures.filter((measure) => measure.overdue).length;
      return (
        <Space size={4} style={{ whiteSpace: 'nowrap' }}>
          <span>
            {done} из {problem.measures.length}
          </span>
          {overdue > 0 && <Tag color="red">просрочено {overdue}</Tag>}
        </Space>
      );
    },
  },
];

function suggestionColumns(onCreate: (row: SuggestionRow) => void): TableColumnsType<SuggestionRow> {
  return [
    { title: 'Тема', key: 'topic', render: (_, row) => `${row.topic.code} — ${row.topic.title}` },
    { title: 'Муниципальное образование', key: 'municipality', width: 240, render: (_, row) => row.municipality.name },
    { title: 'Обращений', dataIndex: 'appealCount', width: 110, align: 'right' },
    {
      title: 'Период',
      key: 'period',
      width: 260,
      render: (_, row) => `${formatDateTime(row.firstReceivedAt, { zoneMark: false })} — ${formatDateTime(row.lastReceivedAt, { zoneMark: false })}`,
    },
    {
      title: '',
      key: 'action',
      width: 170,
      render: (_, row) => (
        <Button size="small" icon={<PlusOutlined />} onClick={() => onCreate(row)} data-testid="suggestion-create">
          Создать проблему
        </Button>
      ),
    },
  ];
}

function ProblemSuggestions({ onCreate }: { onCreate: (draft: ProblemDraft) => void }) {
  const [days, setDays] = useState(90);
  const [minAppeals, setMinAppeals] = useState(3);
  // Rounded to the hour, so that re-renders keep the same variables and Apollo's cache.
  const since = useMemo(() => new Date(Math.floor((Date.now() - days * DAY_MS) / 3_600_000) * 3_600_000).toISOString(), [days]);
  const { data, loading, error, refetch } = useQuery(ProblemSuggestionsDocument, { variables: { filter: { since, minAppeals } } });
  const columns = useMemo(
    () =>
      suggestionColumns((row) =>
        onCreate({ title: `${row.topic.title} — ${row.municipality.name}`, topicCode: row.topic.code, municipalityOktmo: row.municipality.oktmo }),
      ),
    [onCreate],
  );

  return (
    <Card
      title="Предложения: частые вопросы без проблемы"
      extra={
        <Space wrap>
          <span>за</span>
          <Select value={days} options={PERIOD_OPTIONS} onChange={setDays} style={{ width: 120 }} />
          <span>не менее</span>
          <InputNumber min={1} max={100000} value={minAppeals} onChange={(value) => setMinAppeals(value ?? 1)} style={{ width: 80 }} />
          <span>обращений</span>
        </Space>
      }
    >
      {error ? (
        <PageError error={error} onRetry={() => void refetch()} title="Не удалось загрузить предложения" />
      ) : (
        <Table<SuggestionRow>
          rowKey={(row) => `${row.topic.code}:${row.municipality.oktmo}`}
          columns={columns}
          dataSource={data?.problemSuggestions ?? []}
          loading={loading}
          pagination={false}
          size="small"
          locale={{ emptyText: 'Нет групп обращений, которые ещё не стали проблемой' }}
          data-testid="problem-suggestions"
        />
      )}
    </Card>
  );
}

/** Lists problems with their roadmap progress and, for the center, the groups of appeals suggested as new problems. */
export function ProblemsPage() {
  const user = useCurrentUser();
  const [status, setStatus] = useState<ProblemStatus | 'ALL'>('ACTIVE');
  const [draft, setDraft] = useState<ProblemDraft | null>(null);
  const { data, loading, error, refetch } = useQuery(ProblemsDocument, {
    variables: { filter: status === 'ALL' ? null : { statuses: [status] }, page: { first: PAGE_SIZE } },
  });
  const manage = canManageProblems(user);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          Проблемы и дорожные карты
        </Typography.Title>
        {manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDraft({ title: '', topicCode: null, municipalityOktmo: null })}>
            Новая проблема
          </Button>
        )}
      </Space>
      <Card
        title={`Проблемы${data ? `: ${data.problems.totalCount}` : ''}`}
        extra={
          <Segmented<ProblemStatus | 'ALL'>
            value={status}
            onChange={setStatus}
            options={[
              { value: 'ACTIVE', label: 'Решаются' },
              { value: 'RESOLVED', label: 'Решены' },
              { value: 'ALL', label: 'Все' },
            ]}
          />
        }
      >
        {error ? (
          <PageError error={error} onRetry={() => void refetch()} title="Не удалось загрузить проблемы" />
        ) : (
          <Table<ProblemRow>
            rowKey="id"
            columns={problemColumns}
            dataSource={data?.problems.edges.map((edge) => edge.node) ?? []}
            loading={loading}
            pagination={false}
            locale={{ emptyText: manage ? 'Проблем нет — создайте из предложения ниже' : 'Нет проблем с участием вашего органа' }}
            data-testid="problems-table"
          />
        )}
      </Card>
      {manage && <ProblemSuggestions onCreate={setDraft} />}
      <CreateProblemModal draft={draft} onClose={() => setDraft(null)} />
    </Space>
  );
}
