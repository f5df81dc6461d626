import type { Dayjs } from 'dayjs';
import { dayjs, MOSCOW_TIME_ZONE } from './dayjs';

/**
 * Returns a value in the browser's time zone whose wall clock reads the Moscow time of `instant`.
 * antd's DatePicker builds and parses its values in the browser's zone, so it is given Moscow time
 * this way and shows and accepts Moscow time wherever the browser runs.
 */
export function toMoscowWallClock(instant: Dayjs): Dayjs {
  return dayjs(instant.tz(MOSCOW_TIME_ZONE).format('YYYY-MM-DDTHH:mm:ss.SSS'));
}

/** Reads the wall clock of a value picked in the browser's zone as Moscow time and returns that instant. */
export function fromMoscowWallClock(picked: Dayjs): Dayjs {
  return picked.tz(MOSCOW_TIME_ZONE, true);
}

/** Returns the current Moscow calendar date as YYYY-MM-DD. */
export function moscowToday(now: Dayjs = dayjs()): string {
  return now.tz(MOSCOW_TIME_ZONE).format('YYYY-MM-DD');
}

/** Returns whether the browser's time zone is ahead of or behind Moscow at `now`. */
export function browserZoneDiffersFromMoscow(now: Dayjs = dayjs()): boolean {
  return now.utcOffset() !== now.tz(MOSCOW_TIME_ZONE).utcOffset();
}
