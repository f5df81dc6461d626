import { describe, expect, it } from 'vitest';
import { draftApproved, resolvedArgument, reviewPasses, reviewStageOf } from './appealQuality';

const ALL_TRUE = { answeredOnSubstance: true, allQuestionsAnswered: true, deadlineMet: true, rightsExplained: true };

describe('reviewPasses', () => {
  it('passes a full checklist at score 3', () => {
    expect(reviewPasses({ ...ALL_TRUE, score: 3 })).toBe(true);
  });

  it('fails below score 3', () => {
    expect(reviewPasses({ ...ALL_TRUE, score: 2 })).toBe(false);
  });

  it('fails on any false item', () => {
    for (const name of Object.keys(ALL_TRUE)) {
      expect(reviewPasses({ ...ALL_TRUE, [name]: false, score: 5 }), name).toBe(false);
    }
  });

  it('fails without a score', () => {
    expect(reviewPasses({ ...ALL_TRUE, score: null })).toBe(false);
  });
});

describe('reviewStageOf', () => {
  it('reviews a waiting draft before sending', () => {
    expect(reviewStageOf('ASSIGNED', 'Черновик')).toBe('BEFORE_SENDING');
  });

  it('has nothing to review without a draft', () => {
    expect(reviewStageOf('ASSIGNED', null)).toBeNull();
    expect(reviewStageOf('REGISTERED', null)).toBeNull();
    expect(reviewStageOf('LEFT_UNANSWERED', null)).toBeNull();
  });

  it('reviews a sent answer after sending', () => {
    expect(reviewStageOf('ANSWERED', null)).toBe('AFTER_SENDING');
    expect(reviewStageOf('CLOSED', null)).toBe('AFTER_SENDING');
  });
});

describe('resolvedArgument', () => {
  it('maps each state filter', () => {
    expect(resolvedArgument('OPEN')).toBe(false);
    expect(resolvedArgument('RESOLVED')).toBe(true);
    expect(resolvedArgument('ALL')).toBeNull();
  });
});

describe('draftApproved', () => {
  const submitted = { answerDraft: 'Черновик', answerDraftSubmittedAt: '2026-12-04T10:00:00.000Z' };

  it('approves a draft passed after submission', () => {
    expect(draftApproved({ ...submitted, reviews: [{ stage: 'BEFORE_SENDING', passed: true, reviewedAt: '2026-12-04T11:00:00.000Z' }] })).toBe(true);
  });

  it('ignores a pass on an earlier draft', () => {
    expect(draftApproved({ ...submitted, reviews: [{ stage: 'BEFORE_SENDING', passed: true, reviewedAt: '2026-12-04T09:00:00.000Z' }] })).toBe(false);
  });

  it('ignores reviews of a sent answer', () => {
    expect(draftApproved({ ...submitted, reviews: [{ stage: 'AFTER_SENDING', passed: true, reviewedAt: '2026-12-04T11:00:00.000Z' }] })).toBe(false);
  });

  it('rejects a failed or missing draft', () => {
    expect(draftApproved({ ...submitted, reviews: [{ stage: 'BEFORE_SENDING', passed: false, reviewedAt: '2026-12-04T11:00:00.000Z' }] })).toBe(false);
    expect(draftApproved({ answerDraft: null, answerDraftSubmittedAt: null, reviews: [] })).toBe(false);
  });
});
