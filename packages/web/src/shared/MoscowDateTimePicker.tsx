import { Button, DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CSSProperties, FocusEvent, KeyboardEvent } from 'react';
import { dayjs } from './dayjs';
import { fromMoscowWallClock, moscowToday, toMoscowWallClock } from './moscowWallClock';

/** Why the text typed into the picker is not accepted: not DD.MM.YYYY HH:mm, before `minDate`, or in the future. */
export type TypedDateProblem = 'FORMAT' | 'TOO_EARLY' | 'IN_FUTURE';

interface MoscowDateTimePickerProps {
  id?: string;
  /** The instant; it may be in any time zone. */
  value?: Dayjs | null;
  onChange?: (instant: Dayjs | null) => void;
  /** The earliest calendar date to offer, YYYY-MM-DD in Moscow. */
  minDate?: string;
  /** Whether to offer days after today in Moscow. */
  allowFuture?: boolean;
  /**
   * Receives the problem when Enter is pressed on a typed text that the picker rejects, or when focus
   * leaves it. The picker then keeps its previous value. Receives null once a valid date is picked or typed.
   */
  onInvalidInput?: (problem: TypedDateProblem | null) => void;
  style?: CSSProperties;
  'data-testid'?: string;
}

const TYPED_PATTERN = /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2})$/;

/**
 * Checks a text typed in the picker's format, DD.MM.YYYY HH:mm in Moscow time, against the dates the
 * picker offers. Returns null for an empty or acceptable text.
 */
export function typedDateProblem(
  text: string,
  { minDate, allowFuture = false, now = dayjs() }: { minDate?: string; allowFuture?: boolean; now?: Dayjs },
): TypedDateProblem | null {
  const trimmed = text.trim();
  if (trimmed === '') {
    return null;
  }
  const match = TYPED_PATTERN.exec(trimmed);
  if (!match) {
    return 'FORMAT';
  }
  const [, day, month, year, hour, minute] = match;
  const wallClock = `${year}-${month}-${day}T${hour}:${minute}`;
  // dayjs rolls 31.02 over to March, so a date that does not read back the same does not exist.
  if (dayjs(wallClock).format('YYYY-MM-DDTHH:mm') !== wallClock || Number(hour) > 23) {
    return 'FORMAT';
  }
  if (minDate !== undefined && wallClock.slice(0, 10) < minDate) {
    return 'TOO_EARLY';
  }
  if (!allowFuture && wallClock > toMoscowWallClock(now).format('YYYY-MM-DDTHH:mm')) {
    return 'IN_FUTURE';
  }
  return null;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, index) => start + index);
}

/**
 * Picks a date and time in Moscow time whatever the browser's time zone, and emits the picked instant.
 * The «Сейчас (МСК)» footer button replaces antd's «Now», which would take the browser's wall clock.
 * Enter on a typed text that the picker rejects does not submit the enclosing form.
 */
export function MoscowDateTimePicker({ value, onChange, minDate, allowFuture = false, onInvalidInput, ...rest }: MoscowDateTimePickerProps) {
  const disabledDate = (day: Dayjs) => {
    const date = day.format('YYYY-MM-DD');
    return (minDate !== undefined && date < minDate) || (!allowFuture && date > moscowToday());
  };

  // On Moscow's today, the hours and minutes after the current Moscow time are disabled too.
  const disabledTime = (day: Dayjs | null) => {
    const now = toMoscowWallClock(dayjs());
    if (allowFuture || !day || day.format('YYYY-MM-DD') !== now.format('YYYY-MM-DD')) {
      return {};
    }
    return {
      disabledHours: () => range(now.hour() + 1, 24),
      disabledMinutes: (hour: number) => (hour === now.hour() ? range(now.minute() + 1, 60) : []),
    };
  };

  const checkTypedText = (text: string) => typedDateProblem(text, { minDate, allowFuture });

  const handleKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) {
      return;
    }
    const problem = checkTypedText(event.target.value);
    if (problem) {
      // The browser submits a form on Enter in its input, and the picker would keep the old value.
      event.preventDefault();
    }
    onInvalidInput?.(problem);
  };

  const handleBlur = (event: FocusEvent<HTMLElement>) => {
    if (event.target instanceof HTMLInputElement) {
      const problem = checkTypedText(event.target.value);
      if (problem) {
        onInvalidInput?.(problem);
      }
    }
  };

  // NOTE: the calendar still marks the browser's today, which differs from Moscow's near midnight.
  return (
    <DatePicker
      {...rest}
      showTime={{ format: 'HH:mm' }}
      showNow={false}
      format="DD.MM.YYYY HH:mm"
      value={value ? toMoscowWallClock(value) : null}
      onChange={(picked: Dayjs | null) => {
        onInvalidInput?.(null);
        onChange?.(picked ? fromMoscowWallClock(picked) : null);
      }}
      onKeyDown={handleKeyDown}
      onBlur={handleBlur}
      disabledDate={disabledDate}
      disabledTime={disabledTime}
      renderExtraFooter={() => (
        <Button
          type="link"
          size="small"
          onClick={() => {
            onInvalidInput?.(null);
            onChange?.(dayjs());
          }}
          data-testid="moscow-now"
        >
          Сейчас (МСК)
        </Button>
      )}
    />
  );
}
