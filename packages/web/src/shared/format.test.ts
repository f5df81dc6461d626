import { describe, expect, it } from 'vitest';
import {
  formatCountdown,
  formatDateTime,
  formatLocalDate,
  formatPhone,
  formatRemaining,
  moscowDayEnd,
  moscowDayStart,
  normalizePhone,
  pluralRu,
} from './format';

describe('formatDateTime', () => {
  it('shows Moscow time with the zone mark', () => {
    expect(formatDateTime('2026-03-09T21:30:00Z')).toBe('10.03.2026 00:30 МСК');
  });

  it('leaves out the zone mark on request', () => {
    expect(formatDateTime('2026-03-09T21:30:00Z', { zoneMark: false })).toBe('10.03.2026 00:30');
  });

  it('shows a dash for null and invalid values', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });
});

describe('formatLocalDate', () => {
  it('reorders a calendar date', () => {
    expect(formatLocalDate('2026-03-09')).toBe('09.03.2026');
  });
});

describe('formatRemaining', () => {
  it('formats days and a clock', () => {
    expect(formatRemaining(12 * 86_400 + 3 * 3600 + 14 * 60 + 7)).toBe('12 д 03:14:07');
  });

  it('marks overdue time with a minus sign', () => {
    expect(formatRemaining(-(2 * 86_400 + 3600))).toBe('−2 д 01:00:00');
  });

  it('formats zero without days', () => {
    expect(formatRemaining(0)).toBe('00:00:00');
  });

  it('leaves out zero days for less than a day', () => {
    expect(formatRemaining(17 * 3600 + 39 * 60 + 21)).toBe('17:39:21');
    expect(formatRemaining(86_399)).toBe('23:59:59');
  });

  it('leaves out zero days for less than a day overdue', () => {
    expect(formatRemaining(-(17 * 3600 + 39 * 60 + 21))).toBe('−17:39:21');
    expect(formatRemaining(-1)).toBe('−00:00:01');
  });

  it('keeps the days from one whole day on', () => {
    expect(formatRemaining(86_400)).toBe('1 д 00:00:00');
    expect(formatRemaining(-86_400)).toBe('−1 д 00:00:00');
  });

  it('drops fractions of a second', () => {
    expect(formatRemaining(-0.6)).toBe('−00:00:00');
    expect(formatRemaining(59.9)).toBe('00:00:59');
  });
});

describe('formatCountdown', () => {
  it('formats hours, minutes and seconds', () => {
    expect(formatCountdown(2 * 3600 + 14 * 60 + 7)).toBe('02:14:07');
  });

  it('keeps hours above a day', () => {
    expect(formatCountdown(27 * 3600)).toBe('27:00:00');
  });

  it('marks overdue time with a minus sign', () => {
    expect(formatCountdown(-(12 * 60 + 5))).toBe('−00:12:05');
  });

  it('formats zero', () => {
    expect(formatCountdown(0)).toBe('00:00:00');
  });
});

describe('normalizePhone', () => {
  it('turns a leading 8 into +7', () => {
    expect(normalizePhone('8 (8362) 45-12-34')).toBe('+78362451234');
  });

  it('keeps an international number', () => {
    expect(normalizePhone('+7 917 000-00-00')).toBe('+79170000000');
    expect(normalizePhone('+375 29 123 45 67')).toBe('+375291234567');
  });

  it('leaves a short number starting with 8 alone', () => {
    expect(normalizePhone('8-800-12')).toBe('880012');
  });
});

describe('formatPhone', () => {
  it('groups a Yoshkar-Ola number by its four-digit code', () => {
    expect(formatPhone('+78362451234')).toBe('+7 (8362) 45-12-34');
  });

  it('groups a Mari El district number by its five-digit code', () => {
    expect(formatPhone('+78363112345')).toBe('+7 (83631) 1-23-45');
    expect(formatPhone('+78364512345')).toBe('+7 (83645) 1-23-45');
  });

  it('groups a mobile number by its three-digit code', () => {
    expect(formatPhone('+79171234567')).toBe('+7 (917) 123-45-67');
  });

  it('reads a number written with a leading 8', () => {
    expect(formatPhone('8 (8362) 45-12-34')).toBe('+7 (8362) 45-12-34');
  });

  it('keeps other countries unchanged', () => {
    expect(formatPhone('+375291234567')).toBe('+375291234567');
    expect(formatPhone('+4915112345678')).toBe('+4915112345678');
  });

  it('keeps a Kazakh number under +7 unchanged', () => {
    expect(formatPhone('+77011234567')).toBe('+77011234567');
    expect(formatPhone('+76012345678')).toBe('+76012345678');
  });

  it('keeps a value that is not a Russian number unchanged', () => {
    expect(formatPhone('+7836245')).toBe('+7836245');
    expect(formatPhone('доб. 123')).toBe('доб. 123');
    expect(formatPhone('')).toBe('');
  });
});

describe('Moscow day bounds', () => {
  it('uses UTC+3', () => {
    expect(moscowDayStart('2026-03-09')).toBe('2026-03-08T21:00:00.000Z');
    expect(moscowDayEnd('2026-03-09')).toBe('2026-03-09T21:00:00.000Z');
  });
});

describe('pluralRu', () => {
  const forms = ['день', 'дня', 'дней'] as const;

  it('picks the form by the last digits', () => {
    expect(pluralRu(1, forms)).toBe('1 день');
    expect(pluralRu(3, forms)).toBe('3 дня');
    expect(pluralRu(5, forms)).toBe('5 дней');
    expect(pluralRu(21, forms)).toBe('21 день');
    expect(pluralRu(30, forms)).toBe('30 дней');
  });

  it('uses the last form for 11 to 14', () => {
    expect(pluralRu(11, forms)).toBe('11 дней');
    expect(pluralRu(12, forms)).toBe('12 дней');
    expect(pluralRu(114, forms)).toBe('114 дней');
  });
});
