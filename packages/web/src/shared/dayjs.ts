import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale('ru');

/** The time zone of the republic and of every date the UI shows. */
export const MOSCOW_TIME_ZONE = 'Europe/Moscow';

export { dayjs };
