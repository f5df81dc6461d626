import { Button, DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CSSProperties } from 'react';
import { dayjs } from './dayjs';
import { fromMoscowWallClock, moscowToday, toMoscowWallClock } from './moscowWallClock';

interface MoscowDateTimePickerProps {
  id?: string;
  /** The instant; it may be in any time zone. */
  value?: Dayjs | null;
  onChange?: (instant: Dayjs | null) => void;
  /** The earliest calendar date to offer, YYYY-MM-DD in Moscow. */
  minDate?: string;
  /** Whether to offer days after today in Moscow. */
  allowFuture?: boolean;
  style?: CSSProperties;
  'data-testid'?: string;
}

/**
 * Picks a date and time in Moscow time whatever the browser's time zone, and emits the picked instant.
 * The «Сейчас (МСК)» footer button replaces antd's «Now», which would take the browser's wall clock.
 */
export function MoscowDateTimePicker({ value, onChange, minDate, allowFuture = false, ...rest }: MoscowDateTimePickerProps) {
  const disabledDate = (day: Dayjs) => {
    const date = day.format('YYYY-MM-DD');
    return (minDate !== undefined && date < minDate) || (!allowFuture && date > moscowToday());
  };
  // NOTE: the calendar still marks the browser's today, which differs from Moscow's near midnight.
  return (
    <DatePicker
      {...rest}
      showTime={{ format: 'HH:mm' }}
      showNow={false}
      format="DD.MM.YYYY HH:mm"
      value={value ? toMoscowWallClock(value) : null}
      onChange={(picked: Dayjs | null) => onChange?.(picked ? fromMoscowWallClock(picked) : null)}
      disabledDate={disabledDate}
      renderExtraFooter={() => (
        <Button type="link" size="small" onClick={() => onChange?.(dayjs())} data-testid="moscow-now">
          Сейчас (МСК)
        </Button>
      )}
    />
  );
}
