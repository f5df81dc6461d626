import { ArrowLeftOutlined, CheckOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { ProblemDocument, ResolveProblemDocument, type ProblemQuery, type RoadmapMeasureDetailsFragment, type VolumeGranularity } from '@cur/schema';
import { Alert, App, Button, Card, Col, Descriptions, Popconfirm, Row, Segmented, Space, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { describeApiError } from '../../shared/apiErrors';
import { formatDateTime, formatLocalDate, pluralRu } from '../../shared/format';
import { NotFoundResult, PageError, PageLoading } from '../../shared/PageState';
import { canManageProblems, canReportMeasure } from '../auth/permissions';
import { useCurrentUser } from '../auth/useAuth';
import { MeasureModal, type MeasureEditing } from './MeasureModal';
import { MEASURE_STATUS_COLORS, MEASURE_STATUS_LABELS, PROBLEM_STATUS_COLORS, PROBLEM_STATUS_LABELS } from './problemLabels';
import { ProblemVolumeChart } from './ProblemVolumeChart';
import { describeChange } from './volumeChart';

type Problem = NonNullable<ProblemQuery['problem']>;

function BeforeAfter({ problem }: { problem: Problem }) {
  const figures = problem.volumeBeforeAfter;
  if (!figures) {
    return <Alert type="info" showIcon message="Дорожная карта ещё не начата: сравнение появится с первым мероприятием" />;
  }
  let changeColor: string | undefined;
  if (figures.after < figures.before) {
    changeColor = '#389e0d';
  } else if (figures.after > figures.before) {
    changeColor = '#cf1322';
  }
  const days = pluralRu(figures.windowDays, ['день', 'дня', 'дней']);
  return (
    <Row gutter={16} data-testid="problem-before-after">
      <Col span={8}>
        <Statistic title={`За ${days} до старта`} value={figures.before} />
      </Col>
      <Col span={8}>
        <Statistic title={`За ${days} после старта`} value={figures.after} />
      </Col>
      <Col span={8}>
        <Statistic
          title="Изменение"
          value={describeChange(figures.before, figures.after)}
          valueStyle={{ color: changeColor }}
        />
      </Col>
    </Row>
  );
}

function measureColumns(onEdit: (measure: RoadmapMeasureDetailsFragment) => void, mayEdit: (measure: RoadmapMeasureDetailsFragment) => boolean): TableColumnsType<RoadmapMeasureDetailsFragment> {
  return [
    { title: 'Мероприятие', dataIndex: 'title', render: (title: string, measure) => (
      <Space direction="vertical" size={0}>
        <span>{title}</span>
        {measure.note && <Typography.Text type="secondary">{measure.note}</Typography.Text>}
      </Space>
    ) },
    { title: 'Ответственный', key: 'agency', width: 150, render: (_, measure) => measure.responsibleAgency.shortName },
    {
      title: 'Срок',
      key: 'due',
      width: 140,
      render: (_, measure) => (
        <Space direction="vertical" size={0}>
          <Typography.Text type={measure.overdue ? 'danger' : undefined} strong={measure.overdue}>
            {formatLocalDate(measure.dueDate)}
          </Typography.Text>
          {measure.overdue && <Tag color="red" data-testid="measure-overdue">Просрочено</Tag>}
        </Space>
      ),
    },
    {
      title: 'Статус',
      key: 'status',
      width: 150,
      render: (_, measure) => (
        <Space direction="vertical" size={0}>
          <Tag color={MEASURE_STATUS_COLORS[measure.status]} data-testid="measure-status-tag">
            {MEASURE_STATUS_LABELS[measure.status]}
          </Tag>
          {measure.doneAt && <Typography.Text type="secondary">{formatDateTime(measure.doneAt, { zoneMark: false })}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: '',
      key: 'edit',
      width: 60,
      render: (_, measure) =>
        mayEdit(measure) ? <Button size="small" icon={<EditOutlined />} aria-label="Изменить мероприятие" onClick={() => onEdit(measure)} data-testid="measure-edit" /> : null,
    },
  ];
}

/** Renders a problem: its data, the appeal volume chart with before/after figures, and the roadmap of measures. */
export function ProblemPage() {
  const { id = '' } = useParams<{ id: string }>();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [granularity, setGranularity] = useState<VolumeGranularity>('WEEK');
  const { data, loading, error, refetch } = useQuery(ProblemDocument, { variables: { id, granularity } });
  const [resolve, resolving] = useMutation(ResolveProblemDocument);
  const [editing, setEditing] = useState<MeasureEditing | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const problem = data?.problem;

  if (!data && loading) {
    return <PageLoading />;
  }
  if (!data && error) {
    return <PageError error={error} onRetry={() => void refetch()} title="Не удалось загрузить проблему" />;
  }
  if (!problem) {
    return <NotFoundResult title="Проблема не найдена" backTo="/problems" backLabel="К списку проблем" />;
  }

  const manage = canManageProblems(user);
  const active = problem.status === 'ACTIVE';
  const mayEdit = (measure: RoadmapMeasureDetailsFragment) => active && canReportMeasure(user, measure.responsibleAgency.id);

  const resolveProblem = async () => {
    setFailure(null);
    try {
      await resolve({ variables: { input: { problemId: problem.id, expectedVersion: problem.version } } });
      message.success('Проблема отмечена решённой');
      await refetch();
    } catch (caught) {
      setFailure(describeApiError(caught, { INVALID_TRANSITION: 'Проблема уже решена' }).message);
    }
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Space align="center" wrap>
          <Link to="/problems">
            <Button icon={<ArrowLeftOutlined />} aria-label="К списку проблем" />
          </Link>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="problem-title-heading">
            {problem.title}
          </Typography.Title>
          <Tag color={PROBLEM_STATUS_COLORS[problem.status]}>{PROBLEM_STATUS_LABELS[problem.status]}</Tag>
        </Space>
        {manage && active && (
          <Popconfirm title="Отметить проблему решённой?" description="Дорожная карта после этого не меняется." okText="Решена" cancelText="Отмена" onConfirm={resolveProblem}>
            <Button icon={<CheckOutlined />} loading={resolving.loading}>
              Проблема решена
            </Button>
          </Popconfirm>
        )}
      </Space>
      {failure && <Alert type="error" showIcon message={failure} closable onClose={() => setFailure(null)} />}
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label="Тема" span={2}>
            {problem.topic.code} — {problem.topic.title}
          </Descriptions.Item>
          <Descriptions.Item label="Место">{problem.municipality?.name ?? 'Вся республика'}</Descriptions.Item>
          <Descriptions.Item label="Начало дорожной карты">{formatLocalDate(problem.roadmapStartedOn)}</Descriptions.Item>
          <Descriptions.Item label="Создана">
            {formatDateTime(problem.createdAt)}
            {problem.createdBy ? `, ${problem.createdBy.fullName}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label="Решена">{formatDateTime(problem.resolvedAt)}</Descriptions.Item>
          {problem.description && (
            <Descriptions.Item label="Описание" span={2}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{problem.description}</Typography.Paragraph>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card
        title="Обращения по проблеме"
        extra={
          <Segmented<VolumeGranularity>
            value={granularity}
            onChange={setGranularity}
            options={[
              { value: 'WEEK', label: 'По неделям' },
              { value: 'MONTH', label: 'По месяцам' },
            ]}
          />
        }
      >
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <ProblemVolumeChart volume={problem.volume} granularity={granularity} roadmapStartedOn={problem.roadmapStartedOn} />
          <BeforeAfter problem={problem} />
          {user.role === 'AGENCY_OFFICIAL' && <Typography.Text type="secondary">Учтены обращения вашего органа.</Typography.Text>}
        </Space>
      </Card>
      <Card
        title="Дорожная карта"
        extra={
          manage &&
          active && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'add', problemId: problem.id })} data-testid="measure-add">
              Добавить мероприятие
            </Button>
          )
        }
      >
        <Table<RoadmapMeasureDetailsFragment>
          rowKey="id"
          columns={measureColumns((measure) => setEditing({ mode: 'edit', measure, progressOnly: !manage }), mayEdit)}
          dataSource={problem.measures}
          pagination={false}
          locale={{ emptyText: 'Мероприятий пока нет' }}
          data-testid="measures-table"
        />
      </Card>
      <MeasureModal editing={editing} onClose={() => setEditing(null)} onSaved={refetch} />
    </Space>
  );
}
