import { describe, expect, it } from 'vitest';
import { describeImportFailure } from './importFailure';

describe('describeImportFailure', () => {
  it('advises fixing a malformed file', () => {
    const info = describeImportFailure('MALFORMED_FILE: Строка 2: кавычка, открытая в значении, не закрыта до конца файла (строка 2).');
    expect(info.reason).toBe('MALFORMED_FILE');
    expect(info.title).toBe('Файл не читается');
    expect(info.message).toBe('Строка 2: кавычка, открытая в значении, не закрыта до конца файла (строка 2).');
    expect(info.advice).toContain('Исправьте файл или сопоставление');
    expect(info.advice).not.toContain('продолжится');
  });

  it('advises a rerun after a crash', () => {
    const info = describeImportFailure('INTERRUPTED: Импорт остановлен сбоем сервера или соединения с базой данных (Connection terminated).');
    expect(info.reason).toBe('INTERRUPTED');
    expect(info.advice).toContain('продолжится с последней сохранённой строки');
  });

  it('keeps an error without a reason', () => {
    const info = describeImportFailure('Quote Not Closed: the parsing is finished');
    expect(info.reason).toBeNull();
    expect(info.message).toBe('Quote Not Closed: the parsing is finished');
  });

  it('hides raw bytes and cuts long text', () => {
    const info = describeImportFailure(`MALFORMED_FILE: a\uFFFD\u0004b${'x'.repeat(1000)}`);
    expect(info.message.startsWith('a··b')).toBe(true);
    expect(info.message).not.toMatch(/[\uFFFD\u0004]/);
    expect(info.message.length).toBeLessThanOrEqual(601);
  });
});
