import { z } from 'zod';
import { optionalText, parseInput, requiredText } from '../../graphql/validation.js';
import { RoadmapMeasureStatus } from './problem.entities.js';

const uuid = z.uuid({ message: 'must be an id in UUID form' });

/** A calendar date YYYY-MM-DD that exists, such as 2026-12-31. */
export const localDate = z
  .string({ message: 'is required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date in the form YYYY-MM-DD' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    message: 'must be a calendar date that exists, such as 2026-12-31',
  });

const createProblemSchema = z.object({
  title: requiredText(300),
  description: optionalText(5000),
  topicCode: requiredText(24),
  municipalityOktmo: optionalText(11),
  roadmapStartedOn: localDate.nullish().transform((value) => value ?? null),
});

const updateProblemSchema = z.object({
  problemId: uuid,
  title: requiredText(300).optional(),
  description: optionalText(5000).optional(),
  roadmapStartedOn: localDate.nullish(),
  expectedVersion: z.number().int().nullish(),
});

const resolveProblemSchema = z.object({ problemId: uuid, expectedVersion: z.number().int().nullish() });

const addMeasureSchema = z.object({
  problemId: uuid,
  title: requiredText(500),
  responsibleAgencyId: uuid,
  dueDate: localDate,
  note: optionalText(2000),
});

const updateMeasureSchema = z.object({
  measureId: uuid,
  title: requiredText(500).optional(),
  responsibleAgencyId: uuid.optional(),
  dueDate: localDate.optional(),
  status: z.enum(RoadmapMeasureStatus).optional(),
  note: optionalText(2000).optional(),
});

export const parseCreateProblem = (input: unknown) => parseInput(createProblemSchema, input);
export const parseUpdateProblem = (input: unknown) => parseInput(updateProblemSchema, input);
export const parseResolveProblem = (input: unknown) => parseInput(resolveProblemSchema, input);
export const parseAddMeasure = (input: unknown) => parseInput(addMeasureSchema, input);
export const parseUpdateMeasure = (input: unknown) => parseInput(updateMeasureSchema, input);
