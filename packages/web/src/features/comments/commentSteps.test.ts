import type { InformationRiskStatus } from '@cur/schema';
import { describe, expect, it } from 'vitest';
import { availableCommentSteps } from './commentSteps';

const operator = { role: 'CENTER_OPERATOR' as const, agency: null };
const admin = { role: 'CENTER_ADMIN' as const, agency: null };
const official = { role: 'AGENCY_OFFICIAL' as const, agency: { id: 'minzdrav' } };
const otherOfficial = { role: 'AGENCY_OFFICIAL' as const, agency: { id: 'minfin' } };
const press = { role: 'PRESS_SERVICE' as const, agency: null };

const caseIn = (status: InformationRiskStatus) => ({ status, agency: { id: 'minzdrav' } });

describe('availableCommentSteps', () => {
  it('gives the center its steps by status', () => {
    const table: [InformationRiskStatus, string[]][] = [
      ['DETECTED', ['requestInformationRiskVerification', 'rerouteInformationRisk', 'dismissInformationRisk']],
      ['VERIFICATION_REQUESTED', ['sendCommentProposal', 'rerouteInformationRisk', 'dismissInformationRisk']],
      ['VERIFIED', ['sendCommentProposal', 'rerouteInformationRisk', 'dismissInformationRisk']],
      ['PROPOSAL_SENT', ['rerouteInformationRisk', 'dismissInformationRisk']],
      ['DRAFT_SUBMITTED', ['approveOfficialComment', 'returnCommentDraft', 'rerouteInformationRisk', 'dismissInformationRisk']],
      ['DRAFT_RETURNED', ['rerouteInformationRisk', 'dismissInformationRisk']],
      ['APPROVED', ['supersedeOfficialComment']],
      ['PUBLISHED', ['recordCommentDistribution', 'supersedeOfficialComment']],
      ['DISTRIBUTED', ['closeInformationRisk', 'supersedeOfficialComment']],
      ['CLOSED', []],
      ['DISMISSED', []],
    ];
    for (const [status, steps] of table) {
      expect(availableCommentSteps(operator, caseIn(status)), status).toEqual(steps);
    }
  });

  it('treats the administrator as the center', () => {
    expect(availableCommentSteps(admin, caseIn('DRAFT_SUBMITTED'))).toContain('approveOfficialComment');
  });

  it('gives the case agency its steps by status', () => {
    expect(availableCommentSteps(official, caseIn('VERIFICATION_REQUESTED'))).toEqual(['recordInformationRiskVerification']);
    expect(availableCommentSteps(official, caseIn('PROPOSAL_SENT'))).toEqual(['submitCommentDraft']);
    expect(availableCommentSteps(official, caseIn('DRAFT_RETURNED'))).toEqual(['submitCommentDraft']);
    expect(availableCommentSteps(official, caseIn('APPROVED'))).toEqual(['recordCommentPublication']);
    expect(availableCommentSteps(official, caseIn('DRAFT_SUBMITTED'))).toEqual([]);
  });

  it('gives another agency nothing', () => {
    expect(availableCommentSteps(otherOfficial, caseIn('PROPOSAL_SENT'))).toEqual([]);
  });

  it('gives the press service nothing', () => {
    expect(availableCommentSteps(press, caseIn('PUBLISHED'))).toEqual([]);
  });
});
