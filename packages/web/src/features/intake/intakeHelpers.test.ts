import { describe, expect, it } from 'vitest';
import { appealExportUrl, subtypeOptions, uploadErrorMessage } from './intakeHelpers';

const QUESTION_TYPES = [
  { code: '1', name: 'Предложение', record: 'TYPE', typeCode: '1' },
  { code: '3', name: 'Жалоба', record: 'TYPE', typeCode: '3' },
  { code: '-', name: 'Не применяется', record: 'SUBTYPE', typeCode: '*' },
  { code: '1.2', name: 'Рекомендации', record: 'SUBTYPE', typeCode: '1' },
  { code: '3.1.1', name: 'Просьба о защите прав', record: 'SUBTYPE', typeCode: '3' },
] as const;

describe('subtypeOptions', () => {
  it('offers the type’s subtypes and the common ones', () => {
    expect(subtypeOptions([...QUESTION_TYPES] as never, '3').map((option) => option.value)).toEqual(['-', '3.1.1']);
  });

  it('offers only common subtypes without a type', () => {
    expect(subtypeOptions([...QUESTION_TYPES] as never, null).map((option) => option.value)).toEqual(['-']);
  });
});

describe('appealExportUrl', () => {
  it('encodes the filter as JSON', () => {
    const url = appealExportUrl('csv', { text: 'дорога', statuses: ['ASSIGNED'] });
    expect(url.startsWith('/api/exports/appeals.csv?filter=')).toBe(true);
    expect(JSON.parse(decodeURIComponent(url.split('filter=')[1]!))).toEqual({ text: 'дорога', statuses: ['ASSIGNED'] });
  });

  it('omits an empty filter', () => {
    expect(appealExportUrl('xlsx', {})).toBe('/api/exports/appeals.xlsx');
  });
});

describe('uploadErrorMessage', () => {
  it('shows the server message', () => {
    const body = { errors: [{ message: 'Файл video.mp4: 25,3 МБ больше предела 10 МБ' }] };
    expect(uploadErrorMessage(body, 'video.mp4')).toBe('Файл video.mp4: 25,3 МБ больше предела 10 МБ');
  });

  it('names the file without a server message', () => {
    expect(uploadErrorMessage(null, 'scan.pdf')).toContain('scan.pdf');
  });
});
