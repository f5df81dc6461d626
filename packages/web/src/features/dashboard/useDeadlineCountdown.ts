import { useSubscription } from '@apollo/client';
import {
  DeadlineCountdownDocument,
  type CountdownState,
  type DeadlineCountdownFilter,
  type DeadlineCountdownSubscription,
} from '@cur/schema';
import { useMemo, useState } from 'react';
import { useNow } from '../../shared/useNow';

type Frame = DeadlineCountdownSubscription['deadlineCountdown'];
type Entry = Frame['deadlines'][number];

/** A countdown entry with the seconds left as of the current render, not as of the frame. */
export interface LiveDeadline extends Entry {
  liveRemainingSeconds: number;
  liveState: CountdownState;
}

interface ReceivedFrame {
  frame: Frame;
  receivedAt: number;
}


/**
 * Subscribes to the live countdown. The server sends a frame every second. Between frames, and while
 * the connection is down, the seconds keep counting down from the last frame by the local clock.
 * The local clock only measures the time since the frame arrived, so its offset from the server clock does not matter.
 */
export function useDeadlineCountdown(filter: DeadlineCountdownFilter) {
  const [received, setReceived] = useState<ReceivedFrame | null>(null);
  const { error, restart } = useSubscription(DeadlineCountdownDocument, {
    variables: { filter },
    fetchPolicy: 'no-cache',
    onData: ({ data }) => {
      if (data.data) {
        setReceived({ frame: data.data.deadlineCountdown, receivedAt: Date.now() });
      }
    },
  });
  const now = useNow();

  const deadlines = useMemo<LiveDeadline[]>(() => {
    if (!received) {
      return [];
    }
    const elapsedSeconds = Math.max(0, Math.floor((now - received.receivedAt) / 1000));
    return received.frame.deadlines
      .map((entry) => {
        const liveRemainingSeconds = entry.remainingSeconds - elapsedSeconds;
        const liveState: CountdownState = liveRemainingSeconds < 0 ? 'OVERDUE' : entry.state;
        return { ...entry, liveRemainingSeconds, liveState };
      })
      // Equal times are common because many replies fall due at 23:59, so the label keeps such rows in place.
      .sort(
        (left, right) =>
          left.liveRemainingSeconds - right.liveRemainingSeconds ||
          left.subjectLabel.localeCompare(right.subjectLabel) ||
          left.id.localeCompare(right.id),
      );
  }, [received, now]);

  return {
    deadlines,
    /** Whether at least one frame has arrived since the subscription started. */
    hasFrame: received !== null,
    lastFrameAt: received?.frame.sentAt ?? null,
    error,
    restart,
  };
}

/** Counts the deadlines of each state. */
export function countByState(deadlines: LiveDeadline[]): Record<CountdownState | 'TOTAL', number> {
  const counts = { TOTAL: deadlines.length, ON_TRACK: 0, AT_RISK: 0, OVERDUE: 0 };
  for (const deadline of deadlines) {
    counts[deadline.liveState] += 1;
  }
  return counts;
}
