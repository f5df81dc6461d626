import { z } from 'zod';
import { badField, badUserInput, type FieldProblem } from './errors.js';

/** Stable reasons that the SPA translates; every message below states the fix in English. */
function reasonOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return 'REQUIRED';
  }
  if (issue.code === 'too_small') {
    // `min(1)` on trimmed text is how required text is written, so a blank value is a missing one.
    return issue.minimum === 1 && issue.origin === 'string' ? 'REQUIRED' : 'TOO_SHORT';
  }
  if (issue.code === 'too_big') {
    return 'TOO_LONG';
  }
  if (issue.code === 'custom' && typeof issue.params?.reason === 'string') {
    return issue.params.reason;
  }
  return 'INVALID';
}

/**
 * Validates a mutation's input and throws one BAD_USER_INPUT that lists every invalid field,
 * each named by its path from the operation's arguments, such as `input.text`.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown, root = 'input'): z.infer<Schema> {
  const checked = checkInput(schema, input, root);
  if (checked.success) {
    return checked.data;
  }
  throw badUserInput(checked.problems);
}

export type CheckedInput<Data> = { success: true; data: Data } | { success: false; problems: FieldProblem[] };

/**
 * Validates an input like `parseInput` but returns the invalid fields instead of throwing, for
 * callers such as the appeals import that reject one record and go on with the next.
 */
export function checkInput<Schema extends z.ZodType>(schema: Schema, input: unknown, root = 'input'): CheckedInput<z.infer<Schema>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) {
    return { success: true, data: parsed.data };
  }
  const problems: FieldProblem[] = parsed.error.issues.map((issue) => ({
    field: [root, ...issue.path.map(String)].filter(Boolean).join('.'),
    reason: reasonOf(issue),
    message: issue.message,
  }));
  return { success: false, problems };
}

/** White space and the invisible format characters (zero-width space, joiners, BOM) that a paste may carry. */
const EDGE_BLANKS = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g;

/** Removes white space and invisible characters from both ends of a text. */
export function trimBlank(text: string): string {
  return text.replace(EDGE_BLANKS, '');
}

/** Tells whether a text has nothing visible in it. */
export function isBlank(text: string | null | undefined): boolean {
  return !text || trimBlank(text) === '';
}

/** Trims a required text and rejects it when nothing visible is left. */
export const requiredText = (maxLength: number) =>
  z
    .string({ message: 'is required' })
    .transform(trimBlank)
    .pipe(
      z
        .string()
        .min(1, { message: 'is required and must not be blank' })
        .max(maxLength, { message: `must be at most ${maxLength} characters` }),
    );

export const optionalText = (maxLength: number) =>
  z
    .string()
    .transform(trimBlank)
    .pipe(z.string().max(maxLength, { message: `must be at most ${maxLength} characters` }))
    .nullish()
    .transform((value) => (value ? value : null));

const PERSON_NAME = /^$|^[\p{L}][\p{L}\p{M} .'’-]*$/u;

/** A Russian-style personal name part: letters of any alphabet, spaces, hyphens and apostrophes. */
export const personName = (maxLength: number) =>
  // An empty value passes the pattern, so that a blank name is reported once, as missing.
  requiredText(maxLength).refine((value) => PERSON_NAME.test(value), {
    message: 'must contain letters only (spaces, hyphens and apostrophes allowed)',
  });

export const email = z
  .string({ message: 'is required' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'must be an e-mail address such as name@mari-el.gov.ru' }));

/** A phone in E.164: a plus sign, the country code and 7 to 14 more digits, e.g. +78362451234. */
export const phone = z
  .string({ message: 'is required' })
  .transform((value) => value.replace(/[\s()-]/g, ''))
  .pipe(z.string().regex(/^\+[1-9]\d{7,14}$/, { message: 'must be a phone number in the form +78362451234' }));

/** The version of a record that the client read, for optimistic locking. */
export const version = z
  .number({ message: 'must be the version number you read' })
  .int({ message: 'must be the whole version number you read' })
  .positive({ message: 'must be the positive version number you read' });

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Rejects an id argument that is not a UUID before it reaches PostgreSQL, naming the argument. */
export function assertUuid(value: string | null | undefined, field: string): void {
  if (value != null && !uuidPattern.test(value)) {
    throw badField(field, 'INVALID', `must be an id in UUID form, got ${JSON.stringify(value.slice(0, 64))}.`);
  }
}

const INN_WEIGHTS_10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function innCheckDigit(digits: number[], weights: number[]): number {
  const sum = weights.reduce((total, weight, index) => total + weight * digits[index]!, 0);
  return (sum % 11) % 10;
}

/** Checks the control digits of a Russian INN: one for the 10 digits of an organization, two for the 12 of a person. */
export function isValidInn(inn: string): boolean {
  if (!/^\d{10}$|^\d{12}$/.test(inn)) {
    return false;
  }
  const digits = [...inn].map(Number);
  if (digits.length === 10) {
    return innCheckDigit(digits, INN_WEIGHTS_10) === digits[9];
  }
  return innCheckDigit(digits, INN_WEIGHTS_11) === digits[10] && innCheckDigit(digits, INN_WEIGHTS_12) === digits[11];
}

/** An optional INN: 10 digits for an organization or 12 for a person, with valid control digits. */
export const inn = z
  .string()
  .trim()
  .regex(/^\d{10}$|^\d{12}$/, { message: 'must be 10 digits for an organization or 12 for a person', abort: true })
  .refine(isValidInn, { message: 'has wrong control digits; check the INN against the registration documents' })
  .nullish()
  .transform((value) => value ?? null);
