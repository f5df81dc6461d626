import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import {
  AppealImportDocument,
  AppealImportsDocument,
  ImportMappingsDocument,
  StartAppealImportDocument,
  type AppealImportFieldsFragment,
} from '@cur/schema';
import { Alert, Button, Card, Descriptions, Form, InputNumber, Progress, Select, Space, Table, Tag, Typography, Upload, type TableColumnsType } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { describeApiError } from '../../shared/apiErrors';
import { formatDateTime } from '../../shared/format';
import { PageError } from '../../shared/PageState';
import { describeImportFailure } from './importFailure';
import { IMPORT_STATE_LABELS, importPercent, importSummary, progressStatus } from './importProgress';
import { describeStartFailure } from './startFailure';
import { uploadImportFile } from './uploadImportFile';

/** The mapping choice that stands for "upload a mapping file". */
const UPLOADED_MAPPING = '__upload__';
const POLL_INTERVAL_MS = 1000;

const STATE_COLORS = { RUNNING: 'processing', FINISHED: 'success', FAILED: 'error' } as const;

function ReportLink({ run }: { run: AppealImportFieldsFragment }) {
  if (!run.reportUrl) {
    return null;
  }
  return (
    <a href={run.reportUrl} download data-testid="import-report-link">
      Скачать отчёт об отклонённых строках
    </a>
  );
}

/** Keeps one chosen file in the page's state; the upload happens when the import starts. */
function FilePicker({ accept, label, onChange }: { accept: string; label: string; onChange: (file: File | null) => void }) {
  return (
    <Upload
      accept={accept}
      maxCount={1}
      beforeUpload={(file) => {
        onChange(file);
        return false;
      }}
      onRemove={() => onChange(null)}
    >
      <Button icon={<UploadOutlined />}>{label}</Button>
    </Upload>
  );
}

const columns: TableColumnsType<AppealImportFieldsFragment> = [
  { title: 'Начат', key: 'startedAt', width: 170, render: (_, run) => formatDateTime(run.startedAt) },
  { title: 'Файл', dataIndex: 'fileName' },
  { title: 'Состояние', key: 'state', render: (_, run) => <Tag color={STATE_COLORS[run.state]}>{IMPORT_STATE_LABELS[run.state]}</Tag> },
  { title: 'Прочитано', dataIndex: 'rowsRead', align: 'right' },
  { title: 'Загружено', dataIndex: 'rowsImported', align: 'right' },
  { title: 'Пропущено', dataIndex: 'rowsSkipped', align: 'right' },
  { title: 'Отклонено', dataIndex: 'rowsRejected', align: 'right' },
  { title: 'Отчёт', key: 'report', render: (_, run) => <ReportLink run={run} /> },
];

/** Shows one run's progress bar, its counts and rows per second, polling while it runs. */
function ImportRunProgress({ runId, onFinished }: { runId: string; onFinished: () => void }) {
  const { data, error, startPolling, stopPolling } = useQuery(AppealImportDocument, { variables: { id: runId }, fetchPolicy: 'network-only' });
  const run = data?.appealImport;

  useEffect(() => {
    startPolling(POLL_INTERVAL_MS);
    return () => stopPolling();
  }, [runId, startPolling, stopPolling]);

  // Kept in a ref, so that a new callback from the parent's render does not call it again.
  const onFinishedRef = useRef(onFinished);
  onFinishedRef.current = onFinished;
  const state = run?.state;
  useEffect(() => {
    if (state && state !== 'RUNNING') {
      stopPolling();
      onFinishedRef.current();
    }
  }, [state, stopPolling]);

  if (error) {
    return <Alert type="error" showIcon message="Не удалось получить ход импорта" description={describeApiError(error).message} />;
  }
  if (!run) {
    return <Progress percent={0} status="active" />;
  }
  const percent = importPercent(run);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="import-progress">
      <Progress percent={percent ?? 0} status={progressStatus(run.state)} showInfo={percent !== null} />
      <Descriptions size="small" column={3} bordered>
        <Descriptions.Item label="Состояние">
          <Tag color={STATE_COLORS[run.state]}>{IMPORT_STATE_LABELS[run.state]}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="Скорость">{run.rowsPerSecond.toLocaleString('ru-RU')} строк/с</Descriptions.Item>
        <Descriptions.Item label="Файл">{run.fileName}</Descriptions.Item>
      </Descriptions>
      <Typography.Text data-testid="import-summary">{importSummary(run)}</Typography.Text>
      {run.error && <ImportFailureAlert error={run.error} />}
      <ReportLink run={run} />
    </Space>
  );
}

/** Shows why a run stopped and whether a rerun helps, by the reason the server stored. */
function ImportFailureAlert({ error }: { error: string }) {
  const failure = describeImportFailure(error);
  return (
    <Alert
      type="error"
      showIcon
      message={failure.title}
      description={
        <Space direction="vertical" size={4}>
          <Typography.Text data-testid="import-error">{failure.message}</Typography.Text>
          <Typography.Text strong>{failure.advice}</Typography.Text>
        </Space>
      }
    />
  );
}

/** Renders the center administrator's page for importing appeals from another system's CSV or JSON export. */
export function ImportPage() {
  const mappings = useQuery(ImportMappingsDocument);
  const history = useQuery(AppealImportsDocument, { variables: { page: { first: 20 } }, fetchPolicy: 'cache-and-network' });
  const [startImport, { loading: starting }] = useMutation(StartAppealImportDocument);
  const [dataFile, setDataFile] = useState<File | null>(null);
  const [mappingFile, setMappingFile] = useState<File | null>(null);
  const [mappingChoice, setMappingChoice] = useState<string | undefined>(undefined);
  const [batchSize, setBatchSize] = useState<number | null>(5000);
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [runId, setRunId] = useState<string | null>(null);

  useEffect(() => {
    if (!mappingChoice && mappings.data?.importMappings[0]) {
      setMappingChoice(mappings.data.importMappings[0].name);
    }
  }, [mappingChoice, mappings.data]);

  if (mappings.error) {
    return <PageError error={mappings.error} onRetry={() => void mappings.refetch()} title="Не удалось загрузить сопоставления" />;
  }

  const mappingOptions = [
    ...(mappings.data?.importMappings ?? []).map((mapping) => ({ value: mapping.name, label: mapping.description ? `${mapping.name} — ${mapping.description}` : mapping.name })),
    { value: UPLOADED_MAPPING, label: 'Загрузить свой файл сопоставления (JSON)…' },
  ];
  const needsMappingFile = mappingChoice === UPLOADED_MAPPING;
  const canStart = Boolean(dataFile) && Boolean(mappingChoice) && (!needsMappingFile || Boolean(mappingFile));

  const start = async () => {
    if (!dataFile || !mappingChoice) {
      return;
    }
    setFailure(null);
    setUploading(true);
    try {
      const upload = await uploadImportFile(dataFile);
      const mappingUpload = needsMappingFile && mappingFile ? await uploadImportFile(mappingFile) : null;
      const result = await startImport({
        variables: {
          input: {
            uploadId: upload.uploadId,
            mappingName: mappingUpload ? null : mappingChoice,
            mappingUploadId: mappingUpload?.uploadId ?? null,
            batchSize,
          },
        },
      });
      setRunId(result.data?.startAppealImport.appealImport.id ?? null);
      void history.refetch();
    } catch (error) {
      setFailure(describeStartFailure(error));
    } finally {
      setUploading(false);
    }
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3}>Импорт обращений</Typography.Title>
      <Card title="Новый импорт">
        <Form layout="vertical" style={{ maxWidth: 720 }} onFinish={() => void start()}>
          <Form.Item
            label="Файл выгрузки (CSV, JSON или JSON Lines)"
            required
            extra="Формат определяется по расширению: .csv — CSV, .json — массив объектов JSON, .jsonl или .ndjson — JSON-объект в каждой строке."
          >
            <FilePicker accept=".csv,.json,.jsonl,.ndjson" label="Выбрать файл" onChange={setDataFile} />
          </Form.Item>
          <Form.Item label="Сопоставление полей" required extra="Какие столбцы файла становятся полями обращения, словари значений и формат дат.">
            <Select options={mappingOptions} value={mappingChoice} onChange={setMappingChoice} loading={mappings.loading} data-testid="import-mapping" />
          </Form.Item>
          {needsMappingFile && (
            <Form.Item label="Файл сопоставления" required>
              <FilePicker accept=".json" label="Выбрать файл сопоставления" onChange={setMappingFile} />
            </Form.Item>
          )}
          <Form.Item label="Строк в одной транзакции" extra="После сбоя повторный запуск того же файла продолжит с последней сохранённой порции.">
            <InputNumber min={1} max={100000} step={1000} value={batchSize} onChange={setBatchSize} />
          </Form.Item>
          {failure && <Alert type="error" showIcon message="Импорт не запущен" description={failure} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" disabled={!canStart} loading={uploading || starting} data-testid="import-start">
            Начать импорт
          </Button>
        </Form>
      </Card>
      {runId && (
        <Card title="Ход импорта">
          <ImportRunProgress runId={runId} onFinished={() => void history.refetch()} />
        </Card>
      )}
      <Card title="Последние импорты">
        <Table
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={history.data?.appealImports.edges.map((edge) => edge.node) ?? []}
          loading={history.loading}
          pagination={false}
        />
      </Card>
    </Space>
  );
}
