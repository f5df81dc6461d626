import { describe, expect, it } from 'vitest';
import type { CurrentUser } from './AuthContext';
import { canCloseAppeal, canExtendAppeal, canRecordSatisfaction, canForwardAppeal, canLeaveAppealUnanswered, canWatchDeadlines, homePath } from './permissions';

const center = { role: 'CENTER_OPERATOR', agency: null } as unknown as CurrentUser;
const official = { role: 'AGENCY_OFFICIAL', agency: { id: 'agency-1' } } as unknown as CurrentUser;
const press = { role: 'PRESS_SERVICE', agency: null } as unknown as CurrentUser;

describe('appeal step permissions', () => {
  it('let the appeal agency forward and extend', () => {
    expect(canForwardAppeal(official, 'ASSIGNED', 'agency-1')).toBe(true);
    expect(canExtendAppeal(official, 'ASSIGNED', 'agency-1')).toBe(true);
  });

  it('hide forwarding from another agency', () => {
    expect(canForwardAppeal(official, 'ASSIGNED', 'agency-2')).toBe(false);
  });

  it('allow leaving unanswered before assignment', () => {
    expect(canLeaveAppealUnanswered(center, 'REGISTERED', null)).toBe(true);
    expect(canLeaveAppealUnanswered(official, 'REGISTERED', null)).toBe(false);
    expect(canLeaveAppealUnanswered(center, 'ANSWERED', 'agency-1')).toBe(false);
  });

  it('let the center close an unanswered appeal', () => {
    expect(canCloseAppeal(center, 'LEFT_UNANSWERED')).toBe(true);
    expect(canCloseAppeal(official, 'LEFT_UNANSWERED')).toBe(false);
  });
});

describe('home page by role', () => {
  it('starts staff on the deadline monitor', () => {
    expect(homePath(center)).toBe('/');
    expect(homePath(official)).toBe('/');
    expect(canWatchDeadlines(official)).toBe(true);
  });

  it('starts the press service on the comments', () => {
    expect(homePath(press)).toBe('/comments');
    expect(canWatchDeadlines(press)).toBe(false);
  });
});

describe('satisfaction permission', () => {
  it('needs an answer', () => {
    expect(canRecordSatisfaction(center, 'CLOSED', 'agency-1', '2026-12-01T10:00:00.000Z')).toBe(true);
    expect(canRecordSatisfaction(center, 'CLOSED', 'agency-1', null)).toBe(false);
  });
});
