import { z } from 'zod';
import { optionalText, parseInput, requiredText, version } from '../../graphql/validation.js';
import { CommentAuthorRole, VerificationOutcome } from './comment.entities.js';

const MAX_COMMENT_TEXT = 10_000;
const FUTURE_TOLERANCE_MS = 5 * 60_000;

const caseId = z.uuid({ message: 'must be a case id (UUID)' });
const expectedVersion = version.nullish();
const MAX_URL_LENGTH = 2000;
/** The center's clocks start at detection, and the production calendar starts in 2021. */
const EARLIEST_DETECTION = new Date('2021-01-01T00:00:00+03:00');

const url = z
  .string({ message: 'is required' })
  .trim()
  .max(MAX_URL_LENGTH, { message: `must be at most ${MAX_URL_LENGTH} characters` })
  .regex(/^[^\s]*$/, { message: 'must not contain spaces or line breaks; encode them as %20' })
  .pipe(z.url({ protocol: /^https?$/, hostname: /^[^.]+(\.[^.]+)+$/, message: 'must be a web address with a host, such as https://mari-el.gov.ru/news/1' }))
  .refine((value) => !/^https?:\/\/[^/]*@/.test(value), { message: 'must not carry a user name or password' });

const detectSchema = z
  .object({
    url,
    source: requiredText(200),
    title: requiredText(1000),
    excerpt: requiredText(MAX_COMMENT_TEXT),
    detectedAt: z.date({ message: 'must be an ISO 8601 date and time with an offset' }).nullish(),
    topicCode: requiredText(24),
    reach: z.number().int().min(0, { message: 'must be zero or more' }).nullish(),
    agencyId: z.uuid({ message: 'must be an agency id (UUID)' }).nullish(),
  })
  .superRefine((value, context) => {
    if (value.detectedAt && value.detectedAt.getTime() < EARLIEST_DETECTION.getTime()) {
      context.addIssue({ code: 'custom', path: ['detectedAt'], message: 'must not be before 2021-01-01; check the date', params: { reason: 'TOO_EARLY' } });
    }
    if (value.detectedAt && value.detectedAt.getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
      context.addIssue({ code: 'custom', path: ['detectedAt'], message: 'must not be in the future', params: { reason: 'IN_FUTURE' } });
    }
  });

export const parseDetect = (input: unknown) => parseInput(detectSchema, input);

export const parseStep = (input: unknown) =>
  parseInput(z.object({ caseId, expectedVersion, note: optionalText(2000) }), input);

export const parseVerification = (input: unknown) =>
  parseInput(
    z.object({
      caseId,
      expectedVersion,
      outcome: z.enum(VerificationOutcome, { message: 'must be FALSE, NEEDS_CLARIFICATION or TRUE' }),
      note: optionalText(MAX_COMMENT_TEXT),
    }),
    input,
  );

export const parseProposal = (input: unknown) =>
  parseInput(z.object({ caseId, expectedVersion, proposalText: requiredText(MAX_COMMENT_TEXT) }), input);

export const parseDraft = (input: unknown) =>
  parseInput(
    z.object({
      caseId,
      expectedVersion,
      falseStatement: optionalText(MAX_COMMENT_TEXT),
      agencyAccount: optionalText(MAX_COMMENT_TEXT),
      arguments: optionalText(MAX_COMMENT_TEXT),
      topicCode: optionalText(24),
      authorName: requiredText(300),
      authorRole: z.enum(CommentAuthorRole, { message: 'must be PRESS_SECRETARY or AREA_OFFICIAL' }),
    }),
    input,
  );

export const parseApproval = (input: unknown) => parseInput(z.object({ caseId, expectedVersion }), input);

export const parseReturn = (input: unknown) =>
  parseInput(z.object({ caseId, expectedVersion, remarks: requiredText(MAX_COMMENT_TEXT) }), input);

export const parsePublication = (input: unknown) => parseInput(z.object({ caseId, expectedVersion, publishedUrl: url }), input);

export const parseDistribution = (input: unknown) =>
  parseInput(
    z
      .object({
        caseId,
        expectedVersion,
        outlet: requiredText(300),
        distributedAt: z.date({ message: 'must be an ISO 8601 date and time with an offset' }).nullish(),
      })
      .superRefine((value, context) => {
        if (value.distributedAt && value.distributedAt.getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
          context.addIssue({ code: 'custom', path: ['distributedAt'], message: 'must not be in the future', params: { reason: 'IN_FUTURE' } });
        }
      }),
    input,
  );

export const parseDismissal = (input: unknown) =>
  parseInput(z.object({ caseId, expectedVersion, reason: requiredText(2000) }), input);

export const parseSupersede = (input: unknown) =>
  parseInput(z.object({ caseId, expectedVersion, reason: requiredText(2000), proposalText: requiredText(MAX_COMMENT_TEXT) }), input);

export const parseReroute = (input: unknown) =>
  parseInput(z.object({ caseId, expectedVersion, agencyId: z.uuid({ message: 'must be an agency id (UUID)' }), note: optionalText(2000) }), input);

export const parseRouteRemoval = (input: unknown) => parseInput(z.object({ topicCode: requiredText(24) }), input);

export const parseRoute = (input: unknown) =>
  parseInput(z.object({ topicCode: requiredText(24), agencyId: z.uuid({ message: 'must be an agency id (UUID)' }) }), input);
