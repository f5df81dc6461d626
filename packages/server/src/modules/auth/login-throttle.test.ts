import { describe, expect, it } from 'vitest';
import { LOGIN_WINDOW_MS, LoginThrottle, MAX_FAILED_LOGINS } from './login-throttle.js';

describe('LoginThrottle', () => {
  it('blocks after the maximum failures and frees the e-mail when the window ends', () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(() => now);
    for (let attempt = 0; attempt < MAX_FAILED_LOGINS; attempt += 1) {
      expect(throttle.retryAfterMs('a@b.ru')).toBe(0);
      throttle.recordFailure('a@b.ru');
    }
    expect(throttle.retryAfterMs('a@b.ru')).toBe(LOGIN_WINDOW_MS);
    expect(throttle.retryAfterMs('other@b.ru')).toBe(0);
    now += LOGIN_WINDOW_MS;
    expect(throttle.retryAfterMs('a@b.ru')).toBe(0);
  });

  it('forgets failures after a success', () => {
    const throttle = new LoginThrottle(() => 0);
    throttle.recordFailure('a@b.ru');
    throttle.recordSuccess('a@b.ru');
    for (let attempt = 0; attempt < MAX_FAILED_LOGINS - 1; attempt += 1) {
      throttle.recordFailure('a@b.ru');
    }
    expect(throttle.retryAfterMs('a@b.ru')).toBe(0);
  });
});
