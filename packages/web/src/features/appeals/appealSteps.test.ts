import { describe, expect, it } from 'vitest';
import { extensionSummary, forwardTargetOptions, recomputationText, withForwardFieldMessages } from './appealSteps';

describe('forwardTargetOptions', () => {
  const options = [
    { value: 'a', label: 'Минздрав РМЭ' },
    { value: 'b', label: 'Минобр РМЭ' },
  ];

  it('leaves out the current agency', () => {
    expect(forwardTargetOptions(options, 'a')).toEqual([{ value: 'b', label: 'Минобр РМЭ' }]);
  });

  it('keeps every agency without a current one', () => {
    expect(forwardTargetOptions(options, null)).toEqual(options);
  });
});

describe('withForwardFieldMessages', () => {
  it('rewords UNCHANGED on agencyId', () => {
    const [error] = withForwardFieldMessages([{ name: ['agencyId'], reason: 'UNCHANGED', message: 'Дело уже у этого органа — выберите другой орган' }]);
    expect(error.message).toBe('Обращение уже в этом органе');
  });

  it('keeps other field errors', () => {
    const other = { name: ['reason'], reason: 'REQUIRED', message: 'Обязательное поле' };
    expect(withForwardFieldMessages([other])).toEqual([other]);
  });
});

describe('extensionSummary', () => {
  it('returns null without an extension', () => {
    expect(extensionSummary({ extendedAt: null, extensionDays: null, extensionNoticeAt: null })).toBeNull();
  });

  it('names the days and both instants in Moscow time', () => {
    const text = extensionSummary({
      extendedAt: '2026-12-04T09:00:00.000Z',
      extensionDays: 15,
      extensionNoticeAt: '2026-12-04T08:30:00.000Z',
    });
    expect(text).toBe('Срок продлён на 15 дн. (04.12.2026 12:00 МСК), заявитель уведомлён (04.12.2026 11:30 МСК)');
  });
});

describe('recomputationText', () => {
  it('names the old and new due instants and the reason', () => {
    const text = recomputationText({
      at: '2026-12-04T09:00:00.000Z',
      previousDueAt: '2026-12-28T20:59:59.000Z',
      dueAt: '2027-01-12T20:59:59.000Z',
      reason: 'продление на 15 дн.: запрос документов',
    });
    expect(text).toBe('Срок изменён: было 28.12.2026 23:59 МСК, стало 12.01.2027 23:59 МСК — продление на 15 дн.: запрос документов');
  });
});
