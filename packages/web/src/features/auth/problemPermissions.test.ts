import { describe, expect, it } from 'vitest';
import type { CurrentUser } from './AuthContext';
import { canDecideRepeat, canManageProblems, canReportMeasure, canViewProblems } from './permissions';

const center = { role: 'CENTER_ADMIN', agency: null } as unknown as CurrentUser;
const official = { role: 'AGENCY_OFFICIAL', agency: { id: 'agency-1' } } as unknown as CurrentUser;
const press = { role: 'PRESS_SERVICE', agency: null } as unknown as CurrentUser;

describe('repeat and problem permissions', () => {
  it('let the appeal agency decide repeats', () => {
    expect(canDecideRepeat(official, 'agency-1')).toBe(true);
    expect(canDecideRepeat(official, 'agency-2')).toBe(false);
    expect(canDecideRepeat(center, null)).toBe(true);
    expect(canDecideRepeat(press, 'agency-1')).toBe(false);
  });

  it('keep problem curation with the center', () => {
    expect(canManageProblems(center)).toBe(true);
    expect(canManageProblems(official)).toBe(false);
  });

  it('hide problems from the press service', () => {
    expect(canViewProblems(official)).toBe(true);
    expect(canViewProblems(press)).toBe(false);
  });

  it('let the responsible agency report a measure', () => {
    expect(canReportMeasure(official, 'agency-1')).toBe(true);
    expect(canReportMeasure(official, 'agency-2')).toBe(false);
    expect(canReportMeasure(center, 'agency-2')).toBe(true);
  });
});
