import { z } from 'zod';
import { optionalText, parseInput, requiredText, version } from '../../graphql/validation.js';
import { RoadmapMeasureStatus } from './problem.entities.js';

const uuid = z.uuid({ message: 'must be an id in UUID form' });

/** A calendar date YYYY-MM-DD that exists, such as 2026-12-31. */
export const localDate = z
  .string({ message: 'is required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date in the form YYYY-MM-DD' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    message: 'must be a calendar date that exists, such as 2026-12-31',
  });

/** The first day the product counts appeals on: the production calendar starts in 2021. */
const EARLIEST_ROADMAP_DATE = '2021-01-01';
/** Roadmaps plan a few years ahead at most; a later date is almost surely a typo. */
const ROADMAP_YEARS_AHEAD = 10;

/** A roadmap date: a real calendar date from 2021 up to ten years from now. */
const roadmapDate = localDate.superRefine((value, context) => {
  const latest = `${new Date().getUTCFullYear() + ROADMAP_YEARS_AHEAD}-12-31`;
  if (value < EARLIEST_ROADMAP_DATE) {
    context.addIssue({ code: 'custom', message: `must be ${EARLIEST_ROADMAP_DATE} or later; check the year`, params: { reason: 'TOO_EARLY' } });
  } else if (value > latest) {
    context.addIssue({ code: 'custom', message: `must be ${latest} or earlier; check the year`, params: { reason: 'TOO_FAR_AHEAD' } });
  }
});

const createProblemSchema = z.object({
  title: requiredText(300),
  description: optionalText(5000),
  topicCode: requiredText(24),
  municipalityOktmo: optionalText(11),
  roadmapStartedOn: roadmapDate.nullish().transform((value) => value ?? null),
});

const updateProblemSchema = z.object({
  problemId: uuid,
  title: requiredText(300).optional(),
  description: optionalText(5000).optional(),
  roadmapStartedOn: roadmapDate.nullish(),
  expectedVersion: version.nullish(),
});

const resolveProblemSchema = z.object({ problemId: uuid, expectedVersion: version.nullish() });

const addMeasureSchema = z.object({
  problemId: uuid,
  title: requiredText(500),
  responsibleAgencyId: uuid,
  dueDate: roadmapDate,
  note: optionalText(2000),
});

const updateMeasureSchema = z.object({
  measureId: uuid,
  title: requiredText(500).optional(),
  responsibleAgencyId: uuid.optional(),
  dueDate: roadmapDate.optional(),
  status: z.enum(RoadmapMeasureStatus).optional(),
  note: optionalText(2000).optional(),
});

export const parseCreateProblem = (input: unknown) => parseInput(createProblemSchema, input);
export const parseUpdateProblem = (input: unknown) => parseInput(updateProblemSchema, input);
export const parseResolveProblem = (input: unknown) => parseInput(resolveProblemSchema, input);
export const parseAddMeasure = (input: unknown) => parseInput(addMeasureSchema, input);
export const parseUpdateMeasure = (input: unknown) => parseInput(updateMeasureSchema, input);
