import { useSyncExternalStore } from 'react';

/**
 * State of the subscription WebSocket: `idle` before the first subscription and after the last one ends,
 * `connecting` on the first attempt, `reconnecting` after a drop until the server acknowledges again.
 */
export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting';

let current: ConnectionStatus = 'idle';
const listeners = new Set<() => void>();

export function setConnectionStatus(next: ConnectionStatus): void {
  if (next === current) {
    return;
  }
  current = next;
  for (const listener of listeners) {
    listener();
  }
}

export function getConnectionStatus(): ConnectionStatus {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-renders the component whenever the WebSocket connects, drops or reconnects. */
export function useConnectionStatus(): ConnectionStatus {
  return useSyncExternalStore(subscribe, getConnectionStatus);
}
