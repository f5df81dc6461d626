import { PaperClipOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { AddAppealAttachmentsDocument, AppealIntakeDetailsDocument } from '@cur/schema';
import { Alert, Button, Card, Descriptions, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { describeApiError } from '../../shared/apiErrors';
import { formatDateTime } from '../../shared/format';
import { APPELLANT_KIND_LABELS } from '../../shared/labels';
import { AttachmentUpload } from './AttachmentUpload';
import { formatFileSize } from '../../shared/fileUploads';

/** Shows the card's question subtype, co-appellants and attachments with download links, and uploads more files. */
export function AppealIntakeDetails({ appealId, canAttach }: { appealId: string; canAttach: boolean }) {
  const { data, error } = useQuery(AppealIntakeDetailsDocument, { variables: { id: appealId } });
  const [addAttachments, { loading: adding }] = useMutation(AddAppealAttachmentsDocument);
  const [pending, setPending] = useState<string[]>([]);
  const [uploadKey, setUploadKey] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const appeal = data?.appeal;

  if (error) {
    return <Alert type="warning" showIcon message={`Вложения и соавторы не загружены: ${describeApiError(error).message}`} />;
  }
  if (!appeal) {
    return null;
  }

  const attach = async () => {
    setFailure(null);
    try {
      await addAttachments({ variables: { input: { appealId, fileIds: pending } } });
      setPending([]);
      setUploadKey((key) => key + 1);
    } catch (caught) {
      setFailure(describeApiError(caught).message);
    }
  };

  return (
    <Card title="Подвид вопроса, соавторы и вложения" size="small" data-testid="appeal-intake">
      <Descriptions column={1} size="small" bordered styles={{ label: { width: 170 } }}>
        <Descriptions.Item label="Подвид вопроса">
          <span data-testid="appeal-card-subtype">{appeal.questionSubtype ? `${appeal.questionSubtype.code}. ${appeal.questionSubtype.name}` : '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={appeal.collective ? 'Коллективное обращение' : 'Соавторы'}>
          {appeal.coAppellants.length === 0 ? (
            '—'
          ) : (
            <List
              size="small"
              dataSource={appeal.coAppellants}
              data-testid="appeal-card-co-appellants"
              renderItem={(coAppellant) => (
                <List.Item>
                  <Space wrap>
                    <Typography.Text strong>{coAppellant.name}</Typography.Text>
                    <Typography.Text type="secondary">{APPELLANT_KIND_LABELS[coAppellant.kind]}</Typography.Text>
                    {coAppellant.inn && <span>ИНН {coAppellant.inn}</span>}
                    {coAppellant.email && <a href={`mailto:${coAppellant.email}`}>{coAppellant.email}</a>}
                    {coAppellant.phone && <a href={`tel:${coAppellant.phone}`}>{coAppellant.phone}</a>}
                    {coAppellant.address && <span>{coAppellant.address}</span>}
                  </Space>
                </List.Item>
              )}
            />
          )}
        </Descriptions.Item>
        <Descriptions.Item label="Вложения">
          {appeal.attachments.length === 0 ? (
            'Нет вложений'
          ) : (
            <List
              size="small"
              dataSource={appeal.attachments}
              data-testid="appeal-card-attachments"
              renderItem={(file) => (
                <List.Item>
                  <Space wrap>
                    <PaperClipOutlined />
                    <a href={file.url} download={file.fileName}>
                      {file.fileName}
                    </a>
                    <Typography.Text type="secondary">
                      {formatFileSize(file.size)}, загружен {formatDateTime(file.uploadedAt)}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          )}
        </Descriptions.Item>
      </Descriptions>
      {canAttach && (
        <Space direction="vertical" style={{ marginTop: 12, width: '100%' }}>
          <AttachmentUpload key={uploadKey} value={pending} onChange={setPending} />
          {failure && <Alert type="error" showIcon message={failure} />}
          <Button type="primary" disabled={pending.length === 0} loading={adding} onClick={() => void attach()} data-testid="attachment-add-button">
            Добавить к обращению
          </Button>
        </Space>
      )}
    </Card>
  );
}
