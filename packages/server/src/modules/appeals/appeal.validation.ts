import { z } from 'zod';
import { type CheckedInput, checkInput, email, inn, optionalText, parseInput, phone, requiredText, version } from '../../graphql/validation.js';
import { AppealChannel, AppealStatus, AppellantKind, UnansweredGround } from './appeal.entity.js';

const MAX_TEXT_LENGTH = 20_000;
/** Allowance for clocks of integrators that run slightly ahead of the server. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;
/** The production calendar starts in 2021, so earlier receipts could not be counted correctly. */
const EARLIEST_RECEIPT = new Date('2021-01-01T00:00:00+03:00');

/** Signatories of one collective appeal besides the appellant; petitions rarely gather more. */
export const MAX_CO_APPELLANTS = 500;
/** Files one registerAppeal or addAppealAttachments may link. */
export const MAX_ATTACHMENTS = 50;

/**
 * Adds the issue of a legal entity without its INN, or with a 12-digit one, which belongs to a
 * person, at `path`, so appellants and co-appellants share the rule.
 */
function requireLegalEntityInn(kind: AppellantKind, innValue: string | null, path: (string | number)[], context: z.RefinementCtx): void {
  if (kind !== AppellantKind.LEGAL_ENTITY) {
    return;
  }
  if (!innValue) {
    context.addIssue({ code: 'custom', path, message: 'is required for a legal entity: give its 10-digit INN', params: { reason: 'REQUIRED' } });
  } else if (innValue.length !== 10) {
    context.addIssue({
      code: 'custom',
      path,
      message: 'must be the 10-digit INN of a legal entity; a 12-digit INN belongs to a person, so register a sole trader as a Russian citizen',
      params: { reason: 'INVALID' },
    });
  }
}

const coAppellantSchema = z
  .object({
    kind: z
      .enum(AppellantKind, { message: 'must be one of the AppellantKind values' })
      .nullish()
      .transform((value) => value ?? AppellantKind.RUSSIAN_CITIZEN),
    name: requiredText(300),
    email: email.nullish().transform((value) => value ?? null),
    phone: phone.nullish().transform((value) => value ?? null),
    address: optionalText(500),
    inn: inn,
  })
  .superRefine((value, context) => requireLegalEntityInn(value.kind, value.inn, ['inn'], context));

const attachmentIds = z
  .array(z.uuid({ message: 'must be the id of an uploaded file (UUID)' }))
  .max(MAX_ATTACHMENTS, { message: `must list at most ${MAX_ATTACHMENTS} files` });

const registerAppealFields = z.object({
  channel: z.enum(AppealChannel, { message: 'must be one of the AppealChannel values' }),
  externalId: optionalText(200),
  appellantKind: z.enum(AppellantKind, { message: 'must be one of the AppellantKind values' }),
  appellantName: requiredText(300),
  appellantEmail: email.nullish().transform((value) => value ?? null),
  appellantPhone: phone.nullish().transform((value) => value ?? null),
  appellantAddress: optionalText(500),
  appellantInn: inn,
  text: requiredText(MAX_TEXT_LENGTH),
  topicCode: requiredText(24),
  questionTypeCode: optionalText(16),
  questionSubtypeCode: optionalText(16),
  municipalityOktmo: optionalText(11),
  agencyId: z.uuid({ message: 'must be an agency id (UUID)' }).nullish().transform((value) => value ?? null),
  receivedAt: z.date({ message: 'must be an ISO 8601 date and time with an offset' }),
});

type RegisterAppealFields = z.infer<typeof registerAppealFields>;

/**
 * Adds the cross-field rules of a registration. `calendarYears` is false only for imported
 * appeals that arrive closed, because they start no running deadline that the calendar would count.
 */
function checkRegistration(value: RegisterAppealFields, context: z.RefinementCtx, calendarYears = true): void {
  requireLegalEntityInn(value.appellantKind, value.appellantInn, ['appellantInn'], context);
  if (calendarYears && value.receivedAt.getTime() < EARLIEST_RECEIPT.getTime()) {
    context.addIssue({
      code: 'custom',
      path: ['receivedAt'],
      message: 'must not be before 2021-01-01, the first year of the production calendar; check the date',
      params: { reason: 'TOO_EARLY' },
    });
  }
  if (value.receivedAt.getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
    context.addIssue({
      code: 'custom',
      path: ['receivedAt'],
      message: 'must not be in the future',
      params: { reason: 'IN_FUTURE' },
    });
  }
}

const registerAppealSchema = registerAppealFields
  .extend({
    coAppellants: z
      .array(coAppellantSchema)
      .max(MAX_CO_APPELLANTS, { message: `must list at most ${MAX_CO_APPELLANTS} co-appellants` })
      .nullish()
      .transform((value) => value ?? []),
    attachmentIds: attachmentIds.nullish().transform((value) => value ?? []),
  })
  .superRefine((value, context) => checkRegistration(value, context));

export type RegisterAppealValues = z.infer<typeof registerAppealSchema>;

export function parseRegisterAppeal(input: unknown): RegisterAppealValues {
  return parseInput(registerAppealSchema, input);
}

/** Statuses an imported appeal may arrive in; leaving one unanswered needs a ground, so it is not imported. */
export const IMPORTED_APPEAL_STATUSES = [AppealStatus.REGISTERED, AppealStatus.ASSIGNED, AppealStatus.ANSWERED, AppealStatus.CLOSED] as const;

const optionalInstant = z.date({ message: 'must be a date and time' }).nullish().transform((value) => value ?? null);

/**
 * A record of another system's export: the fields of registerAppeal with the same rules, plus the
 * state the appeal reached there. Closed and answered records may predate the production calendar,
 * because no running deadline is counted for them.
 */
const importedAppealSchema = registerAppealFields
  .extend({
    status: z.enum(IMPORTED_APPEAL_STATUSES, { message: 'must be REGISTERED, ASSIGNED, ANSWERED or CLOSED' }).default(AppealStatus.REGISTERED),
    answerText: optionalText(MAX_TEXT_LENGTH),
    answeredAt: optionalInstant,
    closedAt: optionalInstant,
  })
  .superRefine((value, context) => {
    const finished = value.status === AppealStatus.ANSWERED || value.status === AppealStatus.CLOSED;
    checkRegistration(value, context, !finished);
    const issue = (path: string, reason: string, message: string) => context.addIssue({ code: 'custom', path: [path], message, params: { reason } });
    if (finished && !value.answerText) {
      issue('answerText', 'REQUIRED', `is required for a ${value.status} appeal; map the column with the answer or import the row as open`);
    }
    if (value.status === AppealStatus.CLOSED && !value.closedAt) {
      issue('closedAt', 'REQUIRED', 'is required for a CLOSED appeal; map the column with the closing date');
    }
    const answeredAt = value.answeredAt ?? value.closedAt;
    if (value.status === AppealStatus.ANSWERED && !answeredAt) {
      issue('answeredAt', 'REQUIRED', 'is required for an ANSWERED appeal; map the column with the answer date');
    }
    if (answeredAt && answeredAt.getTime() < value.receivedAt.getTime()) {
      issue(value.answeredAt ? 'answeredAt' : 'closedAt', 'BEFORE_RECEIPT', 'must not be before receivedAt; check the date columns and the time zone');
    }
    if (value.closedAt && value.answeredAt && value.closedAt.getTime() < value.answeredAt.getTime()) {
      issue('closedAt', 'BEFORE_ANSWER', 'must not be before answeredAt');
    }
    for (const path of ['answeredAt', 'closedAt'] as const) {
      if ((value[path]?.getTime() ?? 0) > Date.now() + FUTURE_TOLERANCE_MS) {
        issue(path, 'IN_FUTURE', 'must not be in the future');
      }
    }
  });

export type ImportedAppealValues = z.infer<typeof importedAppealSchema>;

/** Validates one imported record; `root` prefixes the field names, empty for the rejected-rows report. */
export function checkImportedAppeal(input: unknown, root = ''): CheckedInput<ImportedAppealValues> {
  return checkInput(importedAppealSchema, input, root);
}

/**
 * Validates one value of an imported record by the rule of its field alone, without the
 * cross-field rules, so that the import can check a mapping's fixed values before any row.
 */
export function checkImportedField(field: keyof ImportedAppealValues, value: unknown): CheckedInput<unknown> {
  return checkInput(z.object({ [field]: importedAppealSchema.shape[field] }), { [field]: value }, '');
}

const appealFilterSchema = z.strictObject(
  {
    agencyId: z.uuid({ message: 'must be an agency id (UUID)' }).nullish(),
    statuses: z.array(z.enum(AppealStatus, { message: 'must be one of the AppealStatus values' })).nullish(),
    channels: z.array(z.enum(AppealChannel, { message: 'must be one of the AppealChannel values' })).nullish(),
    topicCode: z.string({ message: 'must be a classifier code' }).max(24, { message: 'must be at most 24 characters' }).nullish(),
    // GraphQL passes a Date already; the export's JSON filter passes an ISO 8601 string.
    dueBefore: z
      .union([z.date(), z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date and time with an offset' })])
      .transform((value) => (value instanceof Date ? value : new Date(value)))
      .nullish(),
    text: z.string({ message: 'must be a text' }).max(200, { message: 'must be at most 200 characters' }).nullish(),
    repeat: z.boolean({ message: 'must be true or false' }).nullish(),
  },
  { error: 'has a field that is not a filter of appeals; use agencyId, statuses, channels, topicCode, dueBefore, text or repeat' },
);

export type AppealFilterInput = z.infer<typeof appealFilterSchema>;

/** Validates the filter of the appeals list and of its exports, naming fields from `filter`. */
export function parseAppealFilter(filter: unknown): AppealFilterInput {
  return parseInput(appealFilterSchema, filter ?? {}, 'filter');
}

const addAttachmentsSchema = z.object({
  appealId: z.uuid({ message: 'must be an appeal id (UUID)' }),
  fileIds: attachmentIds.min(1, { message: 'must list at least one uploaded file' }),
});

export function parseAddAttachments(input: unknown) {
  return parseInput(addAttachmentsSchema, input);
}

const answerAppealSchema = z.object({
  appealId: z.uuid({ message: 'must be an appeal id (UUID)' }),
  answerText: requiredText(MAX_TEXT_LENGTH),
  expectedVersion: version.nullish(),
});

export function parseAnswerAppeal(input: unknown) {
  return parseInput(answerAppealSchema, input);
}

const assignAppealSchema = z.object({
  appealId: z.uuid({ message: 'must be an appeal id (UUID)' }),
  agencyId: z.uuid({ message: 'must be an agency id (UUID)' }),
  note: optionalText(2000),
  expectedVersion: version.nullish(),
});

export function parseAssignAppeal(input: unknown) {
  return parseInput(assignAppealSchema, input);
}

const closeAppealSchema = z.object({
  appealId: z.uuid({ message: 'must be an appeal id (UUID)' }),
  note: optionalText(2000),
  expectedVersion: version.nullish(),
});

export function parseCloseAppeal(input: unknown) {
  return parseInput(closeAppealSchema, input);
}

/** The law allows one extension of the answer term by up to 30 days. */
export const MAX_EXTENSION_DAYS = 30;

const noticeAt = z
  .date({ message: 'is required: when the appellant was notified, as an ISO 8601 date and time' })
  .refine((value) => value.getTime() <= Date.now() + FUTURE_TOLERANCE_MS, { message: 'must not be in the future' });

const forwardAppealSchema = z.object({
  appealId: z.uuid({ message: 'must be an appeal id (UUID)' }),
  agencyId: z.uuid({ message: 'must be an agency id (UUID)' }),
  reason: requiredText(2000),
  appellantNotifiedAt: noticeAt,
  expectedVersion: version.nullish(),
});

export function parseForwardAppeal(input: unknown) {
  return parseInput(forwardAppealSchema, input);
}

const extendAppealSchema = z.object({
  appealId: z.uuid({ message: 'must be an appeal id (UUID)' }),
  days: z
    .number({ message: 'is required' })
    .int({ message: 'must be a whole number of days' })
    .min(1, { message: 'must be at least 1 day' })
    .max(MAX_EXTENSION_DAYS, { message: `must be at most ${MAX_EXTENSION_DAYS} days` }),
  reason: requiredText(2000),
  appellantNotifiedAt: noticeAt,
  expectedVersion: version.nullish(),
});

export function parseExtendAppeal(input: unknown) {
  return parseInput(extendAppealSchema, input);
}

const leaveUnansweredSchema = z.object({
  appealId: z.uuid({ message: 'must be an appeal id (UUID)' }),
  ground: z.enum(UnansweredGround, { message: 'must be one of the UnansweredGround values' }),
  note: optionalText(2000),
  expectedVersion: version.nullish(),
});

export function parseLeaveUnanswered(input: unknown) {
  return parseInput(leaveUnansweredSchema, input);
}
