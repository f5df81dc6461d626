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

/**
 * Formats an instant as «DD.MM.YYYY HH:mm МСК» in Moscow time; null and invalid values become a dash.
 * `zoneMark: false` leaves out «МСК» where a column header already states the zone.
 */
export function formatDateTime(value: string | Date | null | undefined, { zoneMark = true }: { zoneMark?: boolean } = {}): string {
  if (value == null) {
    return EMPTY;
  }
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    return EMPTY;
  }
  const { day, month, year, hour, minute } = partsOf(moscowDateTime, date);
  const text = `${day}.${month}.${year} ${hour}:${minute}`;
  return zoneMark ? `${text} МСК` : text;
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

/**
 * Formats a signed number of seconds as «12 д 03:14:07», and as «17:39:21» under a day.
 * Overdue values get a minus sign: «−2 д 01:00:00», «−17:39:21».
 */
export function formatRemaining(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '−' : '';
  let rest = Math.abs(Math.trunc(totalSeconds));
  const days = Math.floor(rest / 86_400);
  rest %= 86_400;
  const hours = Math.floor(rest / 3600);
  rest %= 3600;
  const minutes = Math.floor(rest / 60);
  const seconds = rest % 60;
  const clock = `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
  return days > 0 ? `${sign}${days} д ${clock}` : `${sign}${clock}`;
}

/**
 * Formats a signed number of seconds as a clock «02:14:07» for terms of hours. Hours above 24 stay
 * hours («27:00:00»), and overdue values get a minus sign: «−00:12:05».
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

/**
 * Lengths of the Mari El area codes, which are not three digits long, by the first digits after +7.
 * Yoshkar-Ola has 8362. The other towns and districts have five-digit codes 8363x and 8364x, such as 83631 for Volzhsk.
 */
const RUSSIAN_AREA_CODE_LENGTHS: readonly { prefix: string; length: number }[] = [
  { prefix: '8362', length: 4 },
  { prefix: '8363', length: 5 },
  { prefix: '8364', length: 5 },
];

/** Splits the subscriber digits of a Russian number into groups: XXX-XX-XX, XX-XX-XX or X-XX-XX. */
function groupSubscriberNumber(digits: string): string {
  const head = digits.slice(0, digits.length - 4);
  return `${head}-${digits.slice(-4, -2)}-${digits.slice(-2)}`;
}

/**
 * Formats a phone number for reading. A Russian number (+7 or a leading 8, then 10 digits) becomes
 * «+7 (8362) 45-12-34» for a Mari El landline and «+7 (917) 123-45-67» otherwise.
 * Any other value, such as a number of another country, is returned unchanged.
 */
export function formatPhone(phone: string): string {
  // Kazakhstan shares the country code 7 and uses +7 6xx and +7 7xx, so those stay as written.
  const match = /^\+7([3489]\d{9})$/.exec(normalizePhone(phone));
  if (!match) {
    return phone;
  }
  const national = match[1];
  // NOTE: four- and five-digit area codes outside Mari El are grouped as a three-digit code;
  // the digits stay right, only the brackets sit differently.
  const codeLength = RUSSIAN_AREA_CODE_LENGTHS.find((code) => national.startsWith(code.prefix))?.length ?? 3;
  return `+7 (${national.slice(0, codeLength)}) ${groupSubscriberNumber(national.slice(codeLength))}`;
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
