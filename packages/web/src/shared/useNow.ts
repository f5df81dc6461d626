import { useSyncExternalStore } from 'react';

const TICK_MS = 1000;

let now = Date.now();
let timer: number | undefined;
const listeners = new Set<() => void>();

function tick(): void {
  now = Date.now();
  for (const listener of listeners) {
    listener();
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now();
    timer = window.setInterval(tick, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      window.clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Returns the time of the last tick; before the first subscriber starts the timer, it renews a value older than a tick. */
function getNow(): number {
  if (timer === undefined && Date.now() - now >= TICK_MS) {
    now = Date.now();
  }
  return now;
}

/**
 * Returns the current time in milliseconds and re-renders the component every second. Every
 * component shares one timer, so a table of live countdowns ticks in step.
 */
export function useNow(): number {
  return useSyncExternalStore(subscribe, getNow);
}
