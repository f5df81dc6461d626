import { DateTime } from 'luxon';
import { DEADLINE_TIME_ZONE } from './compute-deadline.js';

/** Formats an instant as Moscow wall-clock time, «04.12.2026 15:30». */
export function formatMoscowTime(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: DEADLINE_TIME_ZONE }).toFormat('dd.MM.yyyy HH:mm');
}

/** Formats an instant for a message to people, with the zone named: «04.12.2026 15:30 (МСК)». */
export function formatMoscowTimeLabel(instant: Date): string {
  return `${formatMoscowTime(instant)} (МСК)`;
}
