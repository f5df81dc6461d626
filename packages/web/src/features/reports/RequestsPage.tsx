import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { InformationRequestsDocument, SendInformationRequestDocument, type InformationRequestsQuery } from '@cur/schema';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { describeApiError } from '../../shared/apiErrors';
import { formatDateTime } from '../../shared/format';
import { applyFieldErrors } from '../../shared/formErrors';
import { MoscowDateTimePicker } from '../../shared/MoscowDateTimePicker';
import { moscowToday } from '../../shared/moscowWallClock';
import { PageError } from '../../shared/PageState';
import { useAgencyOptions } from '../agencies/useAgencyOptions';
import { maxLength, required } from '../appeals/appealFormRules';
import { canSendInformationRequest } from '../auth/permissions';
import { useCurrentUser } from '../auth/useAuth';
import { answerSummary } from './requestStatus';
import { AttachmentUpload, attachmentIdsOf, type AttachmentList } from './AttachmentUpload';

type RequestRow = InformationRequestsQuery['informationRequests']['edges'][number]['node'];

interface SendValues {
  subject: string;
  text: string;
  agencyIds: string[];
  dueAt: Dayjs;
  attachments?: AttachmentList;
}

function SendRequestModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<SendValues>();
  const { options, loading: agenciesLoading } = useAgencyOptions(!open);
  const [send, { loading }] = useMutation(SendInformationRequestDocument, { refetchQueries: [InformationRequestsDocument] });
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) {
      return;
    }
    setFailure(null);
    try {
      const result = await send({
        variables: { input: { subject: values.subject.trim(), text: values.text.trim(), agencyIds: values.agencyIds, dueAt: values.dueAt.toISOString(), attachmentIds: attachmentIdsOf(values.attachments) } },
      });
      const request = result.data?.sendInformationRequest.request;
      message.success(`Запрос ${request?.number ?? ''} направлен в органы: ${values.agencyIds.length}`);
      form.resetFields();
      onClose();
      if (request) {
        navigate(`/requests/${request.id}`);
      }
    } catch (error) {
      const info = describeApiError(error);
      const unmatched = applyFieldErrors(form, info.fieldErrors, ['subject', 'text', 'agencyIds', 'dueAt', 'attachmentIds'], { attachmentIds: 'attachments' });
      if (unmatched.length > 0 || info.fieldErrors.length === 0) {
        setFailure(info.message);
      }
    }
  };

  return (
    <Modal open={open} title="Официальный запрос информации" okText="Направить" cancelText="Отмена" confirmLoading={loading} onOk={() => void submit()} onCancel={onClose} width={640}>
      <Form form={form} layout="vertical" name="sendRequest">
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
        <Form.Item name="subject" label="Тема" rules={[required('Укажите тему запроса'), maxLength(500)]}>
          <Input data-testid="request-subject" />
        </Form.Item>
        <Form.Item name="text" label="Текст запроса" rules={[required('Введите текст запроса'), maxLength(20_000)]}>
          <Input.TextArea rows={5} data-testid="request-text" />
        </Form.Item>
        <Form.Item name="agencyIds" label="Органы власти" rules={[{ required: true, message: 'Выберите хотя бы один орган' }]}>
          <Select mode="multiple" options={options} loading={agenciesLoading} optionFilterProp="label" placeholder="Выберите органы" data-testid="request-agencies" />
        </Form.Item>
        <Form.Item
          name="dueAt"
          label="Срок ответа (МСК)"
          rules={[
            { required: true, message: 'Укажите срок ответа' },
            { validator: async (_, value?: Dayjs) => (value && value.valueOf() <= Date.now() ? Promise.reject(new Error('Срок должен быть позже текущего момента')) : undefined) },
          ]}
        >
          <MoscowDateTimePicker allowFuture minDate={moscowToday()} data-testid="request-due" />
        </Form.Item>
        <Form.Item name="attachments" label="Вложения">
          <AttachmentUpload testId="request-attachments" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Renders the center's information requests; an agency official sees those addressed to its agency. */
export function RequestsPage() {
  const user = useCurrentUser();
  const center = canSendInformationRequest(user);
  const [sending, setSending] = useState(false);
  const { data, loading, error, refetch } = useQuery(InformationRequestsDocument, { variables: { page: { first: 100 } }, fetchPolicy: 'cache-and-network' });
  const rows = data?.informationRequests.edges.map((edge) => edge.node) ?? [];

  if (error && !data) {
    return <PageError error={error} onRetry={() => void refetch()} title="Не удалось загрузить запросы" />;
  }

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Space direction="vertical" size={0}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            Запросы информации
          </Typography.Title>
          <Typography.Text type="secondary">Официальные запросы ЦУР к органам власти со сроком, установленным ЦУР</Typography.Text>
        </Space>
        {center && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setSending(true)} data-testid="send-request-button">
            Направить запрос
          </Button>
        )}
      </Space>
      <Card>
        <Typography.Paragraph type="secondary">{data ? `Найдено: ${data.informationRequests.totalCount}` : 'Загрузка…'}</Typography.Paragraph>
        <Table<RequestRow>
          rowKey="id"
          loading={loading}
          dataSource={rows}
          pagination={false}
          size="middle"
          locale={{ emptyText: 'Запросов нет' }}
          columns={[
            { title: 'Номер', key: 'number', width: 160, render: (_, request) => <Link to={`/requests/${request.id}`}>{request.number}</Link> },
            { title: 'Тема', dataIndex: 'subject' },
            { title: 'Направлен', key: 'sentAt', width: 170, render: (_, request) => formatDateTime(request.sentAt) },
            { title: 'Срок ответа', key: 'dueAt', width: 170, render: (_, request) => formatDateTime(request.dueAt) },
            {
              title: center ? 'Ответы' : 'Ответ органа',
              key: 'answers',
              width: 220,
              render: (_, request) => {
                const summary = answerSummary(request.recipients, request.dueAt, new Date());
                return <Tag color={summary.color}>{summary.text}</Tag>;
              },
            },
          ]}
        />
      </Card>
      {center && <SendRequestModal open={sending} onClose={() => setSending(false)} />}
    </Space>
  );
}
