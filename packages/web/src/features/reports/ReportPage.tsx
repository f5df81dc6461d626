import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import {
  AcceptReportDocument,
  CorrectReportFigureDocument,
  QuarterlyReportDocument,
  ReturnReportDocument,
  SaveReportAnalysisDocument,
  SubmitReportDocument,
  type QuarterlyReportDetailsFragment,
} from '@cur/schema';
import { Alert, App, Button, Card, Collapse, Descriptions, Form, Input, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { describeApiError } from '../../shared/apiErrors';
import { formatDateTime } from '../../shared/format';
import { applyFieldErrors } from '../../shared/formErrors';
import { DEADLINE_STATUS_COLORS, DEADLINE_STATUS_LABELS, REPORT_STATUS_COLORS, REPORT_STATUS_LABELS } from '../../shared/labels';
import { NotFoundResult, PageError, PageLoading } from '../../shared/PageState';
import { maxLength, required } from '../appeals/appealFormRules';
import { canEditReport, canReviewReport } from '../auth/permissions';
import { useCurrentUser } from '../auth/useAuth';
import { FIGURE_TABLES, figureLabel, figuresOfTable, formatFigure, formatQuarter, isFractionalFigure, type Figure } from './reportFigures';

type Report = QuarterlyReportDetailsFragment;
type Version = Report['current'];

const MAX_TEXT = 20_000;
const PRE_WRAP = { whiteSpace: 'pre-wrap' } as const;

function FigureTable({ figures, onCorrect }: { figures: Figure[]; onCorrect?: (figure: Figure) => void }) {
  return (
    <Table<Figure>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={figures}
      columns={[
        { title: 'Показатель', key: 'label', render: (_, figure) => figureLabel(figure.key) },
        { title: 'Рассчитано', key: 'prefilled', width: 130, align: 'right', render: (_, figure) => formatFigure(figure.key, figure.prefilledValue) },
        {
          title: 'Значение органа',
          key: 'value',
          width: 170,
          align: 'right',
          render: (_, figure) =>
            figure.corrected ? (
              <Tag color="orange" data-testid={`figure-corrected-${figure.key}`} style={{ marginInlineEnd: 0 }}>
                {formatFigure(figure.key, figure.value)} (исправлено)
              </Tag>
            ) : (
              formatFigure(figure.key, figure.value)
            ),
        },
        ...(onCorrect
          ? [
              {
                title: '',
                key: 'action',
                width: 110,
                render: (_: unknown, figure: Figure) => (
                  <Button size="small" icon={<EditOutlined />} onClick={() => onCorrect(figure)} data-testid={`correct-${figure.key}`}>
                    Исправить
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

function CorrectionsList({ version }: { version: Version }) {
  if (version.corrections.length === 0) {
    return <Typography.Text type="secondary">Исправлений нет: все показатели рассчитаны по данным обращений.</Typography.Text>;
  }
  return (
    <Table
      rowKey={(correction) => `${correction.figure}-${correction.correctedAt}`}
      size="small"
      pagination={false}
      dataSource={version.corrections}
      data-testid="report-corrections"
      columns={[
        { title: 'Показатель', key: 'figure', render: (_, correction) => figureLabel(correction.figure) },
        { title: 'Было', key: 'prefilled', align: 'right', render: (_, correction) => formatFigure(correction.figure, correction.prefilledValue) },
        { title: 'Стало', key: 'value', align: 'right', render: (_, correction) => formatFigure(correction.figure, correction.value) },
        { title: 'Причина', dataIndex: 'reason' },
        { title: 'Кто и когда', key: 'who', render: (_, correction) => `${correction.correctedBy ?? '—'}, ${formatDateTime(correction.correctedAt)}` },
      ]}
    />
  );
}

function CorrectionModal({ report, figure, onClose }: { report: Report; figure: Figure | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ value: number; reason: string }>();
  const [correct, { loading }] = useMutation(CorrectReportFigureDocument);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async () => {
    if (!figure) {
      return;
    }
    const values = await form.validateFields().catch(() => null);
    if (!values) {
      return;
    }
    setFailure(null);
    try {
      await correct({ variables: { input: { reportId: report.id, expectedVersion: report.version, figure: figure.key, value: values.value, reason: values.reason.trim() } } });
      message.success('Показатель исправлен; рассчитанное значение сохранено');
      form.resetFields();
      onClose();
    } catch (error) {
      const info = describeApiError(error, {}, 'QUARTERLY_REPORT');
      const unmatched = applyFieldErrors(form, info.fieldErrors, ['value', 'reason']);
      if (unmatched.length > 0 || info.fieldErrors.length === 0) {
        setFailure(info.message);
      }
    }
  };

  return (
    <Modal
      open={figure !== null}
      title={figure ? `Исправление: ${figureLabel(figure.key)}` : ''}
      okText="Сохранить исправление"
      cancelText="Отмена"
      confirmLoading={loading}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {figure && (
        <Form form={form} layout="vertical" initialValues={{ value: figure.value }} name="correctFigure">
          {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="Рассчитано по данным обращений">{formatFigure(figure.key, figure.prefilledValue)}</Descriptions.Item>
            <Descriptions.Item label="Текущее значение">{formatFigure(figure.key, figure.value)}</Descriptions.Item>
          </Descriptions>
          <Form.Item name="value" label="Значение по учёту органа" rules={[{ required: true, message: 'Введите значение' }]}>
            <InputNumber min={0} precision={isFractionalFigure(figure.key) ? 1 : 0} style={{ width: 200 }} data-testid="correction-value" />
          </Form.Item>
          <Form.Item name="reason" label="Причина расхождения" rules={[required('Укажите причину исправления'), maxLength(2000)]}>
            <Input.TextArea rows={3} data-testid="correction-reason" />
          </Form.Item>
          <Typography.Text type="secondary">Оба значения — рассчитанное и исправленное — сохраняются в отчёте вместе с причиной.</Typography.Text>
        </Form>
      )}
    </Modal>
  );
}

function AnalysisForm({ report }: { report: Report }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ mainProblems?: string; measuresTaken?: string }>();
  const [save, { loading: saving }] = useMutation(SaveReportAnalysisDocument);
  const [submitReport, { loading: submitting }] = useMutation(SubmitReportDocument);
  const [failure, setFailure] = useState<string | null>(null);

  const showError = (error: unknown) => {
    const info = describeApiError(error, {}, 'QUARTERLY_REPORT');
    const unmatched = applyFieldErrors(form, info.fieldErrors, ['mainProblems', 'measuresTaken']);
    setFailure(unmatched.length > 0 || info.fieldErrors.length === 0 ? info.message : 'Заполните аналитическую часть');
  };

  const saveAnalysis = async (): Promise<boolean> => {
    setFailure(null);
    const values = form.getFieldsValue();
    try {
      await save({ variables: { input: { reportId: report.id, expectedVersion: report.version, mainProblems: values.mainProblems ?? null, measuresTaken: values.measuresTaken ?? null } } });
      return true;
    } catch (error) {
      showError(error);
      return false;
    }
  };

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || !(await saveAnalysis())) {
      return;
    }
    try {
      // The saved analysis raised the report's version, so the submission reads it afresh.
      const saved = await submitReport({ variables: { input: { reportId: report.id } } });
      const late = saved.data?.submitReport.report.current.submittedLate;
      message.success(late ? 'Информация представлена с нарушением срока' : 'Информация представлена в ЦУР');
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      name="reportAnalysis"
      initialValues={{ mainProblems: report.current.mainProblems ?? '', measuresTaken: report.current.measuresTaken ?? '' }}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} data-testid="report-failure" />}
      <Form.Item name="mainProblems" label="Основные проблемы, поднятые в обращениях" rules={[required('Опишите основные проблемы'), maxLength(MAX_TEXT)]}>
        <Input.TextArea rows={5} data-testid="report-main-problems" />
      </Form.Item>
      <Form.Item name="measuresTaken" label="Принятые меры" rules={[required('Опишите принятые меры'), maxLength(MAX_TEXT)]}>
        <Input.TextArea rows={5} data-testid="report-measures" />
      </Form.Item>
      <Space>
        <Button
          onClick={async () => {
            if (await saveAnalysis()) {
              message.success('Аналитическая часть сохранена');
            }
          }}
          loading={saving}
          data-testid="report-save"
        >
          Сохранить
        </Button>
        <Button type="primary" onClick={() => void submit()} loading={submitting} data-testid="report-submit">
          Представить в ЦУР
        </Button>
      </Space>
    </Form>
  );
}

function ReviewActions({ report }: { report: Report }) {
  const { message } = App.useApp();
  const [remarks, setRemarks] = useState('');
  const [accept, { loading: accepting }] = useMutation(AcceptReportDocument);
  const [returnReport, { loading: returning }] = useMutation(ReturnReportDocument);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async (action: () => Promise<unknown>, success: string) => {
    setFailure(null);
    try {
      await action();
      message.success(success);
    } catch (error) {
      setFailure(describeApiError(error, {}, 'QUARTERLY_REPORT').message);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {failure && <Alert type="error" showIcon message={failure} />}
      <Input.TextArea
        rows={3}
        value={remarks}
        onChange={(event) => setRemarks(event.target.value)}
        placeholder="Замечания ЦУР (обязательны при возврате)"
        data-testid="report-remarks"
      />
      <Space>
        <Button
          type="primary"
          loading={accepting}
          onClick={() => void run(() => accept({ variables: { input: { reportId: report.id, expectedVersion: report.version } } }), 'Информация принята')}
          data-testid="report-accept"
        >
          Принять
        </Button>
        <Button
          danger
          loading={returning}
          disabled={remarks.trim() === ''}
          onClick={() =>
            void run(
              () => returnReport({ variables: { input: { reportId: report.id, expectedVersion: report.version, remarks: remarks.trim() } } }),
              'Возвращено на доработку',
            )
          }
          data-testid="report-return"
        >
          Вернуть на доработку
        </Button>
      </Space>
    </Space>
  );
}

function VersionHistory({ report }: { report: Report }) {
  return (
    <Collapse
      data-testid="report-versions"
      items={[...report.versions].reverse().map((version) => ({
        key: version.id,
        label: (
          <Space>
            <span>Версия {version.number}</span>
            <Tag color={REPORT_STATUS_COLORS[version.status]}>{REPORT_STATUS_LABELS[version.status]}</Tag>
            {version.submittedLate && <Tag color="orange">с опозданием</Tag>}
          </Space>
        ),
        children: (
          <Descriptions size="small" column={1}>
            <Descriptions.Item label="Представлена">{version.submittedAt ? `${formatDateTime(version.submittedAt)}, ${version.submittedBy ?? ''}` : '—'}</Descriptions.Item>
            <Descriptions.Item label="Рассмотрена">{formatDateTime(version.reviewedAt)}</Descriptions.Item>
            {version.remarks && (
              <Descriptions.Item label="Замечания ЦУР">
                <span style={PRE_WRAP}>{version.remarks}</span>
              </Descriptions.Item>
            )}
            <Descriptions.Item label="Исправлений">{version.corrections.length}</Descriptions.Item>
          </Descriptions>
        ),
      }))}
    />
  );
}

/** Renders one quarterly report: prefilled figures, corrections, the analytical part, review and versions. */
export function ReportPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(QuarterlyReportDocument, { variables: { id } });
  const [correcting, setCorrecting] = useState<Figure | null>(null);

  if (loading && !data) {
    return <PageLoading />;
  }
  if (error && !data) {
    return <PageError error={error} onRetry={() => void refetch()} title="Не удалось загрузить отчёт" />;
  }
  const report = data?.report;
  if (!report) {
    return <NotFoundResult title="Отчёт не найден или недоступен" backTo="/reports" backLabel="К квартальной информации" />;
  }
  const editable = canEditReport(user, report.agency.id, report.status);
  const reviewable = canReviewReport(user, report.status);
  const version = report.current;
  const returned = report.versions.find((item) => item.number === report.currentVersion - 1 && item.status === 'RETURNED');

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Link to="/reports">
        <ArrowLeftOutlined /> К квартальной информации
      </Link>
      <Space direction="vertical" size={0}>
        <Typography.Title level={2} style={{ margin: 0 }} data-testid="report-title">
          {report.agency.shortName}: {formatQuarter(report.year, report.quarter)}
        </Typography.Title>
        <Typography.Text type="secondary">{report.agency.name}</Typography.Text>
      </Space>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="Статус">
            <Tag color={REPORT_STATUS_COLORS[report.status]} data-testid="report-status" data-status={report.status}>
              {REPORT_STATUS_LABELS[report.status]}
            </Tag>
            {report.submittedLate && <Tag color="orange">Представлен с опозданием</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="Срок представления">{formatDateTime(report.dueAt)}</Descriptions.Item>
          <Descriptions.Item label="Версия">{report.currentVersion}</Descriptions.Item>
          <Descriptions.Item label="Срок в системе">
            {report.deadline ? <Tag color={DEADLINE_STATUS_COLORS[report.deadline.status]}>{DEADLINE_STATUS_LABELS[report.deadline.status]}</Tag> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="Расчёт срока" span={2}>
            {report.deadline?.explanation.summary ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label="Показатели рассчитаны" span={2}>
            {formatDateTime(version.figuresComputedAt)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {returned?.remarks && report.status === 'RETURNED' && (
        <Alert type="warning" showIcon message="Отчёт возвращён ЦУР на доработку" description={<span style={PRE_WRAP}>{returned.remarks}</span>} />
      )}
      {FIGURE_TABLES.map((table) => (
        <Card key={table.title} title={table.title} extra={<Typography.Text type="secondary">{table.description}</Typography.Text>}>
          <FigureTable figures={figuresOfTable(version.figures, table.groups)} onCorrect={editable ? setCorrecting : undefined} />
        </Card>
      ))}
      <Card title="Исправления органа">
        <CorrectionsList version={version} />
      </Card>
      <Card title="Аналитическая часть">
        {editable ? (
          <AnalysisForm key={`${report.id}-${version.number}`} report={report} />
        ) : (
          <Descriptions column={1}>
            <Descriptions.Item label="Основные проблемы">
              <span style={PRE_WRAP}>{version.mainProblems || '—'}</span>
            </Descriptions.Item>
            <Descriptions.Item label="Принятые меры">
              <span style={PRE_WRAP}>{version.measuresTaken || '—'}</span>
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      {reviewable && (
        <Card title="Рассмотрение ЦУР">
          <ReviewActions report={report} />
        </Card>
      )}
      <Card title="Версии">
        <VersionHistory report={report} />
      </Card>
      <CorrectionModal report={report} figure={correcting} onClose={() => setCorrecting(null)} />
    </Space>
  );
}
