import { describe, expect, it } from 'vitest';
import { acceptAttribute, formatFileSize, uploadProblem, type FileUploadLimits } from './fileUploads';

const LIMITS: FileUploadLimits = {
  __typename: 'FileUploadLimits',
  maxBytes: 10 * 1024 * 1024,
  maxFilesPerUpload: 20,
  mediaTypes: ['application/pdf', 'image/jpeg'],
  extensions: ['pdf', 'jpg', 'jpeg'],
  typeLabels: ['PDF', 'JPEG'],
};

describe('formatFileSize', () => {
  it.each([
    [17, '17 Б'],
    [2048, '2 КБ'],
    [26_528_972, '25,3 МБ'],
  ])('formats %i bytes', (bytes, expected) => {
    expect(formatFileSize(bytes)).toBe(expected);
  });

  it('rounds up a size just over a limit', () => {
    expect(formatFileSize(10 * 1024 * 1024 + 1)).toBe('10 МБ');
    expect(formatFileSize(10 * 1024 * 1024 + 1, true)).toBe('10,1 МБ');
  });
});

describe('uploadProblem', () => {
  it('names both sizes of a file over the limit', () => {
    expect(uploadProblem({ name: 'скан.pdf', size: 26_528_972, type: 'application/pdf' }, LIMITS)).toBe('Файл скан.pdf: 25,3 МБ больше предела 10 МБ');
  });

  it('passes a file exactly at the limit', () => {
    expect(uploadProblem({ name: 'скан.pdf', size: LIMITS.maxBytes, type: 'application/pdf' }, LIMITS)).toBeNull();
  });

  it('rejects an empty file', () => {
    expect(uploadProblem({ name: 'пусто.pdf', size: 0, type: 'application/pdf' }, LIMITS)).toContain('пуст');
  });

  it('lists the accepted types for another type', () => {
    expect(uploadProblem({ name: 'ролик.mp4', size: 100, type: 'video/mp4' }, LIMITS)).toBe('Файл ролик.mp4: тип video/mp4 не принимается; допустимы PDF, JPEG');
  });

  it('names the extension when the browser knows no type', () => {
    expect(uploadProblem({ name: 'архив.7z', size: 100, type: '' }, LIMITS)).toBe('Файл архив.7z: тип .7z не принимается; допустимы PDF, JPEG');
  });

  it('takes the extension when the browser knows no type', () => {
    expect(uploadProblem({ name: 'ФОТО.JPG', size: 100, type: '' }, LIMITS)).toBeNull();
  });
});

describe('acceptAttribute', () => {
  it('lists extensions and media types', () => {
    expect(acceptAttribute(LIMITS)).toBe('.pdf,.jpg,.jpeg,application/pdf,image/jpeg');
  });

  it('accepts anything before the limits load', () => {
    expect(acceptAttribute(undefined)).toBeUndefined();
  });
});
