import { formatMoscowClock } from '../../shared/format';
import { useNow } from '../../shared/useNow';

/** Renders the current Moscow time, HH:mm:ss, updated every second. */
export function MoscowClock() {
  const now = useNow();
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMoscowClock(new Date(now))} МСК</span>;
}
