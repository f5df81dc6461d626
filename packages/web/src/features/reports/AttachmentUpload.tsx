import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Upload, type UploadFile, type UploadProps } from 'antd';
import { acceptAttribute, uploadProblem, useFileUploadLimits } from '../../shared/fileUploads';

/** Files of one form: each is uploaded to POST /api/files as soon as it is picked. */
export type AttachmentList = UploadFile<{ id: string }>[];

interface UploadResponseBody {
  files?: { id: string }[];
  errors?: { message: string }[];
}

/** Uploads one file to the file store with the session cookie and resolves to its stored id. */
async function uploadToFileStore(file: File): Promise<{ id: string }> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetch('/api/files', { method: 'POST', body: form, credentials: 'same-origin' });
  const body = (await response.json()) as UploadResponseBody;
  const stored = body.files?.[0];
  if (response.status !== 201 || !stored) {
    throw new Error(body.errors?.[0]?.message ?? `Файл ${file.name} не загружен (HTTP ${response.status})`);
  }
  return { id: stored.id };
}

/** Returns the stored ids of the uploaded files of a list, skipping those that failed or still upload. */
export function attachmentIdsOf(files: AttachmentList | undefined): string[] {
  return (files ?? []).flatMap((file) => (file.status === 'done' && file.response ? [file.response.id] : []));
}

/** A form control that uploads picked files at once and shows each one's state; its value is the file list. */
export function AttachmentUpload({ value, onChange, testId }: { value?: AttachmentList; onChange?: (files: AttachmentList) => void; testId?: string }) {
  const limits = useFileUploadLimits();
  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    // A file over the size limit or of another type fails at once, without being sent.
    const problem = limits ? uploadProblem(file as File, limits) : null;
    if (problem) {
      onError?.(new Error(problem));
      return;
    }
    uploadToFileStore(file as File).then(
      (stored) => onSuccess?.(stored),
      (error: Error) => onError?.(error),
    );
  };
  return (
    <div data-testid={testId}>
      <Upload<{ id: string }> fileList={value ?? []} accept={acceptAttribute(limits)} customRequest={customRequest} onChange={({ fileList }) => onChange?.(fileList)} multiple>
        <Button icon={<UploadOutlined />}>Прикрепить файлы</Button>
      </Upload>
    </div>
  );
}

/** Lists stored files as download links, or a dash when there are none. */
export function FileLinks({ files }: { files: readonly { id: string; fileName: string; url: string }[] }) {
  if (files.length === 0) {
    return <span>—</span>;
  }
  return (
    <Space direction="vertical" size={0}>
      {files.map((file) => (
        <a key={file.id} href={file.url} target="_blank" rel="noreferrer">
          <PaperClipOutlined /> {file.fileName}
        </a>
      ))}
    </Space>
  );
}
