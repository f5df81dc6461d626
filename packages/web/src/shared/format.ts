import { dayjs, MOSCOW_TIME_ZONE } from './dayjs';

const EMPTY = '—';

const moscowDateTime = new Intl.DateTimeFormat('ru-RU', {
  timeZone: MOSCOW_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const moscowTime = new Intl.DateTimeFormat('ru-RU', {
  timeZone: MOSCOW_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function partsOf(format: Intl.DateTimeFormat, date: Date): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(date)) {
    parts[part.type] = part.value;
  }
  return parts;
}

/** Formats an instant as «DD.MM.YYYY HH:mm МСК» in Moscow time; null and invalid values become a dash. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value == null) {
    return EMPTY;
  }
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    return EMPTY;
  }
  const { day, month, year, hour, minute } = partsOf(moscowDateTime, date);
  return `${day}.${month}.${year} ${hour}:${minute} МСК`;
}

/** Formats the Moscow wall-clock time of an instant as HH:mm:ss. */
export function formatMoscowClock(date: Date): string {
  const { hour, minute, second } = partsOf(moscowTime, date);
  return `${hour}:${minute}:${second}`;
}

/** Formats a calendar date YYYY-MM-DD as DD.MM.YYYY. */
export function formatLocalDate(value: string | null | undefined): string {
  if (!value) {
    return EMPTY;
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : value;
}

/**
 * Formats a count with the Russian noun form it needs: forms are for 1 («день»), 2–4 («дня»)
 * and 5 or more («дней»), and 11–14 take the last form.
 */
export function pluralRu(count: number, forms: readonly [string, string, string]): string {
  const absolute = Math.abs(count);
  const lastTwo = absolute % 100;
  const last = absolute % 10;
  let form = forms[2];
  if (lastTwo < 11 || lastTwo > 14) {
    if (last === 1) {
      form = forms[0];
    } else if (last >= 2 && last <= 4) {
      form = forms[1];
    }
  }
  return `${count} ${form}`;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Formats a signed number of seconds as «12 д 03:14:07»; overdue values get a minus sign: «−2 д 01:00:00». */
export function formatRemaining(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '−' : '';
  let rest = Math.abs(Math.trunc(totalSeconds));
  const days = Math.floor(rest / 86_400);
  rest %= 86_400;
  const hours = Math.floor(rest / 3600);
  rest %= 3600;
  const minutes = Math.floor(rest / 60);
  const seconds = rest % 60;
  return `${sign}${days} д ${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
}

/**
 * Formats a signed number of seconds as a clock «02:14:07» for terms of hours; hours above 24 are
 * not turned into days («27:00:00»), and overdue values get a minus sign: «−00:12:05».
 */
export function formatCountdown(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '−' : '';
  const rest = Math.abs(Math.trunc(totalSeconds));
  const hours = Math.floor(rest / 3600);
  const minutes = Math.floor((rest % 3600) / 60);
  const seconds = rest % 60;
  return `${sign}${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
}

/**
 * Normalizes a phone number towards E.164: removes spaces, brackets and hyphens,
 * and turns an 11-digit Russian number written with a leading 8 into +7.
 */
export function normalizePhone(raw: string): string {
  const compact = raw.replace(/[\s()\-]/g, '');
  if (/^8\d{10}$/.test(compact)) {
    return `+7${compact.slice(1)}`;
  }
  return compact;
}

/** A phone in E.164: a plus sign, the country code and 7 to 14 more digits; the server checks the same. */
export const E164_PATTERN = /^\+[1-9]\d{7,14}$/;

/** Returns the start of a calendar day YYYY-MM-DD in Moscow as an ISO instant. */
export function moscowDayStart(date: string): string {
  return dayjs.tz(date, MOSCOW_TIME_ZONE).toISOString();
}

/** Returns the start of the day after a calendar day YYYY-MM-DD in Moscow, so that a range includes the whole day. */
export function moscowDayEnd(date: string): string {
  return dayjs.tz(date, MOSCOW_TIME_ZONE).add(1, 'day').toISOString();
}
