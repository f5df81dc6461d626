import { UploadOutlined } from '@ant-design/icons';
import { Button, Space, Typography, Upload, type UploadFile, type UploadProps } from 'antd';
import { useState } from 'react';
import { acceptAttribute, uploadProblem, useFileUploadLimits, type FileUploadLimits } from '../../shared/fileUploads';
import { uploadErrorMessage } from './intakeHelpers';

interface AttachmentUploadProps {
  /** Ids of the files uploaded so far, as `attachmentIds` takes them. */
  value?: string[];
  onChange?: (ids: string[]) => void;
  disabled?: boolean;
}

type UploadRequestOption = Parameters<NonNullable<UploadProps['customRequest']>>[0];

interface UploadedFile {
  id: string;
}

/**
 * Sends one file to POST /api/files with the session cookie and reports the server's verdict to
 * antd. A file over the size limit or of another type fails at once, without being sent.
 */
async function sendFile(options: UploadRequestOption, limits: FileUploadLimits | undefined) {
  const file = options.file as File;
  const problem = limits ? uploadProblem(file, limits) : null;
  if (problem) {
    options.onError?.(new Error(problem), problem);
    return;
  }
  const form = new FormData();
  form.append('file', file, file.name);
  try {
    const response = await fetch('/api/files', { method: 'POST', body: form, credentials: 'same-origin' });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const message = uploadErrorMessage(body, file.name);
      options.onError?.(new Error(message), message);
      return;
    }
    options.onSuccess?.(body);
  } catch {
    const message = uploadErrorMessage(null, file.name);
    options.onError?.(new Error(message), message);
  }
}

function uploadedId(file: UploadFile): string | null {
  const response = file.response as { files?: UploadedFile[] } | undefined;
  return file.status === 'done' ? (response?.files?.[0]?.id ?? null) : null;
}

/**
 * Uploads attachments one request per file and keeps the ids of those the server stored. A
 * rejected file stays in the list in red with the server's message naming the file and the limit.
 */
export function AttachmentUpload({ value, onChange, disabled }: AttachmentUploadProps) {
  const [files, setFiles] = useState<UploadFile[]>([]);
  const limits = useFileUploadLimits();
  const failed = files.filter((file) => file.status === 'error');

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Upload
        multiple
        accept={acceptAttribute(limits)}
        customRequest={(options) => void sendFile(options, limits)}
        fileList={files}
        disabled={disabled}
        onChange={({ fileList }) => {
          setFiles(fileList);
          const ids = fileList.map(uploadedId).filter((id): id is string => id !== null);
          if (ids.join() !== (value ?? []).join()) {
            onChange?.(ids);
          }
        }}
      >
        <Button icon={<UploadOutlined />} disabled={disabled} data-testid="attachment-upload-button">
          Прикрепить файлы
        </Button>
      </Upload>
      {failed.map((file) => (
        <Typography.Text key={file.uid} type="danger" data-testid="attachment-upload-error">
          {typeof file.response === 'string' ? file.response : uploadErrorMessage(null, file.name)}
        </Typography.Text>
      ))}
    </Space>
  );
}
