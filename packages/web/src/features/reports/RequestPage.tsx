import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { AnswerInformationRequestDocument, InformationRequestDocument, type InformationRequestDetailsFragment } from '@cur/schema';
import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { describeApiError } from '../../shared/apiErrors';
import { formatDateTime } from '../../shared/format';
import { applyFieldErrors } from '../../shared/formErrors';
import { NotFoundResult, PageError, PageLoading } from '../../shared/PageState';
import { maxLength, required } from '../appeals/appealFormRules';
import { useCurrentUser } from '../auth/useAuth';
import { AttachmentUpload, attachmentIdsOf, FileLinks, type AttachmentList } from './AttachmentUpload';

type Request = InformationRequestDetailsFragment;
type Recipient = Request['recipients'][number];

const PRE_WRAP = { whiteSpace: 'pre-wrap' } as const;

function RecipientStatus({ recipient, dueAt }: { recipient: Recipient; dueAt: string }) {
  if (!recipient.answered) {
    return new Date(dueAt).getTime() < Date.now() ? <Tag color="red">Нет ответа, срок истёк</Tag> : <Tag color="gold">Ожидается ответ</Tag>;
  }
  return recipient.onTime ? <Tag color="green">Ответ в срок</Tag> : <Tag color="orange">Ответ с опозданием</Tag>;
}

function AnswerForm({ request }: { request: Request }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string; attachments?: AttachmentList }>();
  const [answer, { loading }] = useMutation(AnswerInformationRequestDocument);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (values: { text: string; attachments?: AttachmentList }) => {
    setFailure(null);
    try {
      const result = await answer({ variables: { input: { requestId: request.id, text: values.text.trim(), attachmentIds: attachmentIdsOf(values.attachments) } } });
      const own = result.data?.answerInformationRequest.request.recipients[0];
      message.success(own?.onTime ? 'Ответ направлен в ЦУР в срок' : 'Ответ направлен в ЦУР с нарушением срока');
    } catch (error) {
      const info = describeApiError(error, { CONFLICT: 'Орган уже ответил на этот запрос; дополнения направьте новым письмом' });
      const unmatched = applyFieldErrors(form, info.fieldErrors, ['text', 'attachmentIds'], { attachmentIds: 'attachments' });
      if (unmatched.length > 0 || info.fieldErrors.length === 0) {
        setFailure(info.message);
      }
    }
  };

  return (
    <Form form={form} layout="vertical" name="answerRequest" onFinish={submit}>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form.Item name="text" label="Ответ органа" rules={[required('Введите текст ответа'), maxLength(20_000)]}>
        <Input.TextArea rows={6} data-testid="request-answer-text" />
      </Form.Item>
      <Form.Item name="attachments" label="Файлы ответа">
        <AttachmentUpload testId="request-answer-attachments" />
      </Form.Item>
      <Typography.Paragraph type="secondary">Орган отвечает на запрос один раз: ответ завершает срок.</Typography.Paragraph>
      <Button type="primary" htmlType="submit" loading={loading} data-testid="request-answer-submit">
        Направить ответ
      </Button>
    </Form>
  );
}

/** Renders one information request: its text, each addressed agency's status, and the agency's answer form. */
export function RequestPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(InformationRequestDocument, { variables: { id } });

  if (loading && !data) {
    return <PageLoading />;
  }
  if (error && !data) {
    return <PageError error={error} onRetry={() => void refetch()} title="Не удалось загрузить запрос" />;
  }
  const request = data?.informationRequest;
  if (!request) {
    return <NotFoundResult title="Запрос не найден или недоступен" backTo="/requests" backLabel="К запросам" />;
  }
  const own = user.role === 'AGENCY_OFFICIAL' ? request.recipients[0] : undefined;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Link to="/requests">
        <ArrowLeftOutlined /> К запросам
      </Link>
      <Space direction="vertical" size={0}>
        <Typography.Title level={2} style={{ margin: 0 }} data-testid="request-title">
          Запрос {request.number}
        </Typography.Title>
        <Typography.Text type="secondary">{request.subject}</Typography.Text>
      </Space>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="Направлен">{formatDateTime(request.sentAt)}</Descriptions.Item>
          <Descriptions.Item label="Срок ответа">{formatDateTime(request.dueAt)}</Descriptions.Item>
          <Descriptions.Item label="Текст запроса" span={2}>
            <span style={PRE_WRAP}>{request.text}</span>
          </Descriptions.Item>
          <Descriptions.Item label="Вложения" span={2}>
            <FileLinks files={request.attachments} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={own ? 'Ответ органа' : 'Ответы органов'}>
        <Table<Recipient>
          rowKey="id"
          size="middle"
          pagination={false}
          dataSource={request.recipients}
          data-testid="request-recipients"
          columns={[
            { title: 'Орган власти', key: 'agency', width: 200, render: (_, recipient) => recipient.agency.shortName },
            { title: 'Состояние', key: 'status', width: 200, render: (_, recipient) => <RecipientStatus recipient={recipient} dueAt={request.dueAt} /> },
            { title: 'Когда', key: 'answeredAt', width: 170, render: (_, recipient) => formatDateTime(recipient.answeredAt) },
            { title: 'Ответ', key: 'answer', render: (_, recipient) => <span style={PRE_WRAP}>{recipient.answerText ?? '—'}</span> },
            { title: 'Файлы', key: 'files', width: 200, render: (_, recipient) => <FileLinks files={recipient.attachments} /> },
          ]}
        />
      </Card>
      {own && !own.answered && (
        <Card title="Ответить на запрос">
          <AnswerForm request={request} />
        </Card>
      )}
    </Space>
  );
}
