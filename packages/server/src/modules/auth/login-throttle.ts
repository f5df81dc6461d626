/** Failed sign-ins allowed per e-mail within the window before further attempts are rejected. */
export const MAX_FAILED_LOGINS = 5;
export const LOGIN_WINDOW_MS = 15 * 60_000;

interface Failures {
  count: number;
  firstAt: number;
}

/**
 * Counts failed sign-ins per e-mail and blocks the e-mail for the rest of a 15-minute window after
 * five of them, which slows password guessing to a few tries an hour.
 * NOTE: the counts live in this process; behind a load balancer each instance counts its own.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds until `email` may try again, or 0 when it may try now. */
  retryAfterMs(email: string): number {
    const entry = this.current(email);
    if (!entry || entry.count < MAX_FAILED_LOGINS) {
      return 0;
    }
    return entry.firstAt + LOGIN_WINDOW_MS - this.now();
  }

  recordFailure(email: string): void {
    const entry = this.current(email);
    if (entry) {
      entry.count += 1;
    } else {
      this.failures.set(email, { count: 1, firstAt: this.now() });
    }
  }

  recordSuccess(email: string): void {
    this.failures.delete(email);
  }

  private current(email: string): Failures | undefined {
    const entry = this.failures.get(email);
    if (entry && this.now() - entry.firstAt >= LOGIN_WINDOW_MS) {
      this.failures.delete(email);
      return undefined;
    }
    return entry;
  }
}
