import { z } from 'zod';
import { optionalText, parseInput, requiredText, version } from '../../graphql/validation.js';
import { AppealFlagKind } from './appeal-flag.entity.js';
import { AppealSatisfaction } from './appeal.entity.js';
import { AppealReviewStage } from './appeal-review.entity.js';

const MAX_TEXT_LENGTH = 20_000;
const MAX_NOTE_LENGTH = 4000;

/** A review passes at this score or above, provided every checklist item is true. */
export const MIN_PASSING_SCORE = 3;

/** The origin of a satisfaction value: the appeal's channel (such as the feedback platform) or an operator's call. */
export enum SatisfactionSource {
  CHANNEL = 'CHANNEL',
  OPERATOR = 'OPERATOR',
}

const appealId = z.uuid({ message: 'must be an appeal id (UUID)' });
const expectedVersion = version.nullish();

const submitForReviewSchema = z.object({
  appealId,
  answerText: requiredText(MAX_TEXT_LENGTH),
  expectedVersion,
});

export function parseSubmitForReview(input: unknown) {
  return parseInput(submitForReviewSchema, input);
}

const reviewSchema = z
  .object({
    appealId,
    stage: z.enum(AppealReviewStage, { message: 'must be BEFORE_SENDING or AFTER_SENDING' }),
    answeredOnSubstance: z.boolean({ message: 'is required: true or false' }),
    allQuestionsAnswered: z.boolean({ message: 'is required: true or false' }),
    deadlineMet: z.boolean({ message: 'is required: true or false' }),
    rightsExplained: z.boolean({ message: 'is required: true or false' }),
    score: z
      .number({ message: 'is required' })
      .int({ message: 'must be a whole number from 1 to 5' })
      .min(1, { message: 'must be from 1 to 5' })
      .max(5, { message: 'must be from 1 to 5' }),
    remarks: optionalText(MAX_NOTE_LENGTH),
    expectedVersion,
  })
  .transform((value) => ({ ...value, passed: reviewPasses(value) }))
  .superRefine((value, context) => {
    if (!value.passed && !value.remarks) {
      context.addIssue({
        code: 'custom',
        path: ['remarks'],
        message: 'is required when the review fails: say what the agency has to fix',
        params: { reason: 'REQUIRED' },
      });
    }
  });

/** Tells whether a review passes: every checklist item is true and the score is at least MIN_PASSING_SCORE. */
export function reviewPasses(review: {
  answeredOnSubstance: boolean;
  allQuestionsAnswered: boolean;
  deadlineMet: boolean;
  rightsExplained: boolean;
  score: number;
}): boolean {
  const checklist = [review.answeredOnSubstance, review.allQuestionsAnswered, review.deadlineMet, review.rightsExplained];
  return checklist.every(Boolean) && review.score >= MIN_PASSING_SCORE;
}

export function parseReview(input: unknown) {
  return parseInput(reviewSchema, input);
}

const satisfactionSchema = z.object({
  appealId,
  satisfaction: z.enum(AppealSatisfaction, { message: 'must be SATISFIED, PARTLY_SATISFIED or NOT_SATISFIED' }),
  source: z.enum(SatisfactionSource, { message: 'must be CHANNEL or OPERATOR' }),
  note: optionalText(MAX_NOTE_LENGTH),
  expectedVersion,
});

export function parseSatisfaction(input: unknown) {
  return parseInput(satisfactionSchema, input);
}

const reopenSchema = z.object({
  appealId,
  reason: requiredText(MAX_NOTE_LENGTH),
  expectedVersion,
});

export function parseReopen(input: unknown) {
  return parseInput(reopenSchema, input);
}

const flagSchema = z.object({
  appealId,
  kind: z.enum(AppealFlagKind, { message: 'must be CONFLICT_SITUATION or COMMUNICATION_ERROR' }),
  note: requiredText(MAX_NOTE_LENGTH),
});

export function parseFlag(input: unknown) {
  return parseInput(flagSchema, input);
}

const resolveFlagSchema = z.object({
  flagId: z.uuid({ message: 'must be a flag id (UUID)' }),
  resolution: requiredText(MAX_NOTE_LENGTH),
});

export function parseResolveFlag(input: unknown) {
  return parseInput(resolveFlagSchema, input);
}
