/** The server's response to `POST /api/imports`. */
export interface StoredUpload {
  uploadId: string;
  fileName: string;
  size: number;
}

/** Uploads one file with the session cookie and returns its id, or throws with the server's message. */
export async function uploadImportFile(file: File): Promise<StoredUpload> {
  if (file.size === 0) {
    throw new Error(`Файл ${file.name} пуст — выберите файл с содержимым`);
  }
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetch('/api/imports', { method: 'POST', body: form, credentials: 'same-origin' });
  const body = (await response.json().catch(() => null)) as (StoredUpload & { errors?: { message: string; extensions?: { reason?: string } }[] }) | null;
  const error = body?.errors?.[0];
  if (!response.ok || !body?.uploadId) {
    if (response.status === 401) {
      throw new Error('Сеанс завершён — войдите снова');
    }
    if (response.status === 403) {
      throw new Error('Импорт доступен только администратору ЦУР');
    }
    if (error && (error.extensions?.reason === 'FILE_EMPTY' || error.extensions?.reason === 'FILE_TOO_LARGE')) {
      // The server's message is Russian and names the file.
      throw new Error(error.message);
    }
    if (response.status === 413) {
      throw new Error('Файл больше 200 МБ — разделите его на части');
    }
    throw new Error(`Не удалось загрузить файл${error?.message ? `: ${error.message}` : ''}`);
  }
  return body;
}
