import { z } from 'zod';
import { optionalText, parseInput, requiredText, version } from '../../graphql/validation.js';

const MAX_ANALYSIS_TEXT = 20_000;
const MAX_REQUEST_AGENCIES = 200;
/** The longest term the center may set for an answer to an information request. */
const MAX_REQUEST_TERM_MS = 366 * 24 * 3_600_000;

const MAX_ATTACHMENTS = 20;

/** Ids of files the caller uploaded with POST /api/files; the file store checks each one. */
const attachmentIds = z
  .array(z.string(), { message: 'must be a list of file ids' })
  .max(MAX_ATTACHMENTS, { message: `must list at most ${MAX_ATTACHMENTS} files` })
  .nullish()
  .transform((ids) => ids ?? []);

const reportId = z.uuid({ message: 'must be a report id (UUID)' });
const expectedVersion = version.nullish();

/** Figure keys are dotted paths of letters, digits and underscores, such as `byChannel.EMAIL`. */
const figureKey = requiredText(100).refine((value) => /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/.test(value), {
  message: 'must be a figure key of the report, such as byChannel.EMAIL',
});

export const parseCorrection = (input: unknown) =>
  parseInput(
    z.object({
      reportId,
      expectedVersion,
      figure: figureKey,
      value: z
        .number({ message: 'must be a number' })
        .finite({ message: 'must be a finite number' })
        .min(0, { message: 'must be zero or more' })
        .max(10_000_000, { message: 'must be at most 10000000' }),
      reason: requiredText(2000),
    }),
    input,
  );

export const parseAnalysis = (input: unknown) =>
  parseInput(
    z.object({
      reportId,
      expectedVersion,
      mainProblems: optionalText(MAX_ANALYSIS_TEXT),
      measuresTaken: optionalText(MAX_ANALYSIS_TEXT),
    }),
    input,
  );

export const parseReportStep = (input: unknown) => parseInput(z.object({ reportId, expectedVersion }), input);

export const parseReturn = (input: unknown) =>
  parseInput(z.object({ reportId, expectedVersion, remarks: requiredText(MAX_ANALYSIS_TEXT) }), input);

export const parseSendRequest = (input: unknown, now: Date) =>
  parseInput(
    z
      .object({
        subject: requiredText(500),
        text: requiredText(MAX_ANALYSIS_TEXT),
        agencyIds: z
          .array(z.uuid({ message: 'must be an agency id (UUID)' }), { message: 'is required' })
          .min(1, { message: 'must name at least one agency' })
          .max(MAX_REQUEST_AGENCIES, { message: `must name at most ${MAX_REQUEST_AGENCIES} agencies` })
          .refine((ids) => new Set(ids).size === ids.length, { message: 'must not name an agency twice' }),
        dueAt: z.date({ message: 'is required: an ISO 8601 date and time with an offset' }),
        attachmentIds,
      })
      .superRefine((value, context) => {
        if (value.dueAt.getTime() <= now.getTime()) {
          context.addIssue({ code: 'custom', path: ['dueAt'], message: 'must be in the future', params: { reason: 'NOT_IN_FUTURE' } });
        } else if (value.dueAt.getTime() > now.getTime() + MAX_REQUEST_TERM_MS) {
          context.addIssue({ code: 'custom', path: ['dueAt'], message: 'must be within a year from now', params: { reason: 'TOO_LATE' } });
        }
      }),
    input,
  );

export const parseAnswerRequest = (input: unknown) =>
  parseInput(
    z.object({
      requestId: z.uuid({ message: 'must be a request id (UUID)' }),
      text: requiredText(MAX_ANALYSIS_TEXT),
      attachmentIds,
    }),
    input,
  );
