import type { TestApp } from './test-app.js';

export interface UploadPart {
  fileName: string;
  mediaType: string;
  content: Buffer | string;
}

export interface UploadResponse {
  status: number;
  body: {
    files?: { id: string; fileName: string; mediaType: string; size: number; sha256: string; url: string }[];
    errors?: { message: string; extensions: { code: string; field?: string; reason?: string } }[];
  };
}

/** Leading bytes of a minimal PDF, enough for the file store's signature check. */
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Sends `POST /api/files` with one multipart part per file. */
export async function uploadFiles(testApp: TestApp, token: string | undefined, parts: UploadPart[], headers: Record<string, string> = {}): Promise<UploadResponse> {
  const form = new FormData();
  for (const part of parts) {
    form.append('file', new Blob([part.content], { type: part.mediaType }), part.fileName);
  }
  const response = await fetch(`${testApp.url}/api/files`, {
    method: 'POST',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as UploadResponse['body'] };
}

/** Uploads one PDF and returns its id, failing loudly when the upload is rejected. */
export async function uploadPdf(testApp: TestApp, token: string, fileName = 'заявление.pdf'): Promise<string> {
  const result = await uploadFiles(testApp, token, [{ fileName, mediaType: 'application/pdf', content: PDF_BYTES }]);
  if (result.status !== 201) {
    throw new Error(`upload of ${fileName} failed: ${JSON.stringify(result.body)}`);
  }
  return result.body.files![0]!.id;
}

/** Sends `GET` of a file address with a bearer token. */
export function download(testApp: TestApp, url: string, token?: string): Promise<Response> {
  return fetch(`${testApp.url}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}
