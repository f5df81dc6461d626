import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayjs } from './dayjs';
import { browserZoneDiffersFromMoscow, fromMoscowWallClock, moscowToday, toMoscowWallClock } from './moscowWallClock';

// Runs as a browser in Novosibirsk (UTC+7, four hours ahead of Moscow) would.
const originalZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Novosibirsk';
});
afterAll(() => {
  if (originalZone === undefined) {
    delete process.env.TZ;
  } else {
    process.env.TZ = originalZone;
  }
});

describe('Moscow wall clock in a Novosibirsk browser', () => {
  it('runs in the Novosibirsk zone', () => {
    expect(new Date('2026-12-04T07:00:00Z').getTimezoneOffset()).toBe(-420);
  });

  it('shows the Moscow time of an instant', () => {
    const pickerValue = toMoscowWallClock(dayjs('2026-12-04T14:40:00Z'));
    expect(pickerValue.format('DD.MM.YYYY HH:mm')).toBe('04.12.2026 17:40');
  });

  it('reads a typed time as Moscow time', () => {
    // antd parses «04.12.2026 10:00» into a value in the browser's zone, like this one.
    const typed = dayjs('2026-12-04T10:00:00');
    expect(typed.utcOffset()).toBe(420);
    expect(fromMoscowWallClock(typed).toISOString()).toBe('2026-12-04T07:00:00.000Z');
  });

  it('returns the same instant after a round trip', () => {
    const instant = dayjs('2026-03-01T20:59:30.250Z');
    expect(fromMoscowWallClock(toMoscowWallClock(instant)).toISOString()).toBe('2026-03-01T20:59:30.250Z');
  });

  it('keeps a picked time across midnight in Novosibirsk', () => {
    // 01:30 in Novosibirsk on 5 December is still 4 December in Moscow.
    const instant = dayjs('2026-12-04T18:30:00Z');
    expect(toMoscowWallClock(instant).format('DD.MM.YYYY HH:mm')).toBe('04.12.2026 21:30');
    expect(moscowToday(instant)).toBe('2026-12-04');
  });

  it('tells that the zone differs from Moscow', () => {
    expect(browserZoneDiffersFromMoscow(dayjs('2026-12-04T07:00:00Z'))).toBe(true);
  });
});
