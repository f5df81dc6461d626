import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { printable, quoted } from './import-failure.js';

/** zod's own messages in Russian, like the rest of a mapping's problems. */
const RUSSIAN_MESSAGES = z.locales.ru();

/** Product fields a mapping may fill; `agency` takes an agency's short name or id. */
export const MAPPED_FIELDS = [
  'externalId',
  'channel',
  'appellantKind',
  'appellantName',
  'appellantEmail',
  'appellantPhone',
  'appellantAddress',
  'appellantInn',
  'text',
  'topicCode',
  'questionTypeCode',
  'municipalityOktmo',
  'agency',
  'receivedAt',
  'status',
  'answerText',
  'answeredAt',
  'closedAt',
] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** Fields whose source values are dates, parsed with `dateFormat` in `timeZone`. */
export const DATE_FIELDS: ReadonlySet<MappedField> = new Set(['receivedAt', 'answeredAt', 'closedAt']);

const TEMPLATE_COLUMN = /\{([^{}]+)\}/g;

/** An ISO 8601 date and time with `Z` or a numeric offset, such as 2026-03-01T10:15:00+03:00. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** A past instant whose day, month and year differ from the defaults luxon fills in, for testing a date format. */
const SAMPLE_INSTANT = DateTime.fromISO('2024-11-27T15:04:05.678', { zone: 'Europe/Moscow' });
const FORMAT_EXAMPLE = 'например dd.MM.yyyy HH:mm';

/**
 * Returns why luxon cannot read dates in `format`, or null. Luxon 3.7 reports no invalid format:
 * it reads letters it does not know (such as qqqq or X) as literal text and fails each input as
 * "unparsable". So the format must read back a date it wrote itself, and keep its day, month and year.
 */
export function dateFormatProblem(format: string): string | null {
  const written = SAMPLE_INSTANT.toFormat(format, { locale: 'en-US' });
  let read: DateTime;
  try {
    read = DateTime.fromFormat(written, format, { zone: 'Europe/Moscow', locale: 'en-US' });
  } catch (error) {
    // Luxon throws for contradictory tokens, such as HH with a.
    return `задаёт формат даты ${quoted(format)}, который luxon отвергает: ${printable((error as Error).message, 200)}. Исправьте формат, ${FORMAT_EXAMPLE}.`;
  }
  if (!read.isValid) {
    return (
      `задаёт формат даты ${quoted(format)}, по которому не читается ни одна дата: даже дату 27.11.2024 15:04:05, записанную в этом формате как ${quoted(written)}, ` +
      `он не читает обратно. Проверьте буквы формата по таблице токенов разбора luxon, ${FORMAT_EXAMPLE}.`
    );
  }
  if (!read.hasSame(SAMPLE_INSTANT, 'day')) {
    return `задаёт формат даты ${quoted(format)}, в котором нет дня, месяца или года, поэтому luxon подставил бы вместо них текущую дату. Добавьте их в формат, ${FORMAT_EXAMPLE}.`;
  }
  return null;
}

/** Returns why the braces of a template do not form {column} placeholders, or null. */
export function templateProblem(template: string): string | null {
  let open = -1;
  for (const [index, character] of [...template].entries()) {
    if (character === '{') {
      if (open !== -1) {
        return `содержит шаблон ${quoted(template)}, в котором скобка «{» на позиции ${index + 1} открыта внутри другой, открытой на позиции ${open + 1}. Закройте первую скобку: {Имя столбца}.`;
      }
      open = index;
    } else if (character === '}') {
      if (open === -1) {
        return `содержит шаблон ${quoted(template)}, в котором скобка «}» на позиции ${index + 1} ничего не закрывает. Запишите столбец как {Имя столбца}.`;
      }
      if (index === open + 1) {
        return `содержит шаблон ${quoted(template)} с пустым заполнителем «{}» на позиции ${open + 1}. Впишите в скобки имя столбца: {Имя столбца}.`;
      }
      open = -1;
    }
  }
  if (open !== -1) {
    return `содержит шаблон ${quoted(template)}, в котором скобка «{» на позиции ${open + 1} не закрыта. Закройте её: {Имя столбца}.`;
  }
  return null;
}

const dateFormatSchema = z
  .string()
  .min(1)
  .superRefine((format, context) => {
    const problem = dateFormatProblem(format);
    if (problem) {
      context.addIssue({ code: 'custom', message: problem });
    }
  });

const fieldSpecSchema = z
  .object({
    column: z.string().min(1, { message: 'должно называть столбец файла' }).optional(),
    constant: z.string().optional(),
    template: z
      .string()
      .min(1, { message: 'не должно быть пустым' })
      .superRefine((template, context) => {
        const problem = templateProblem(template);
        if (problem) {
          context.addIssue({ code: 'custom', message: problem });
        }
      })
      .optional(),
    map: z.record(z.string(), z.string(), { message: 'должно быть объектом: значение в файле → значение в продукте' }).optional(),
    default: z.string().optional(),
    dateFormat: dateFormatSchema.optional(),
    timeZone: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((spec, context) => {
    const sources = [spec.column, spec.constant, spec.template].filter((value) => value !== undefined).length;
    if (sources !== 1) {
      context.addIssue({ code: 'custom', message: 'должно содержать ровно одно из "column", "constant" или "template"' });
    }
  });

const timeZoneSchema = z.string().refine((zone) => DateTime.now().setZone(zone).isValid, {
  message: 'должно быть часовым поясом IANA, например America/New_York или Europe/Moscow',
});

const mappingSchema = z
  .object({
    name: z.string().min(1).optional(),
    description: z.string().optional(),
    format: z.enum(['csv', 'json', 'jsonl'], { message: 'должно быть csv, json или jsonl' }).optional(),
    delimiter: z.string().length(1, { message: 'должно быть одним символом' }).optional(),
    dateFormat: dateFormatSchema.optional(),
    timeZone: timeZoneSchema.optional(),
    fields: z
      .object(Object.fromEntries(MAPPED_FIELDS.map((field) => [field, fieldSpecSchema.optional()])) as Record<MappedField, z.ZodOptional<typeof fieldSpecSchema>>)
      .strict(),
  })
  .strict()
  .superRefine((mapping, context) => {
    for (const required of ['channel', 'appellantKind', 'appellantName', 'text', 'topicCode', 'receivedAt'] as const) {
      if (!mapping.fields[required]) {
        context.addIssue({ code: 'custom', path: ['fields', required], message: 'обязательно: сопоставьте поле со столбцом файла или постоянным значением' });
      }
    }
    for (const [field, spec] of Object.entries(mapping.fields)) {
      if (spec?.timeZone && !DateTime.now().setZone(spec.timeZone).isValid) {
        context.addIssue({ code: 'custom', path: ['fields', field, 'timeZone'], message: 'должно быть часовым поясом IANA, например America/New_York' });
      }
    }
  });

export type ImportMapping = z.infer<typeof mappingSchema>;
export type FieldSpec = z.infer<typeof fieldSpecSchema>;

/** One mistake of a mapping file and its JSON path, such as `$.fields.channel.map`. */
export interface MappingProblem {
  path: string;
  message: string;
}

/**
 * Why a mapping file was rejected: MALFORMED_MAPPING when its text is not JSON, so that its one
 * problem is a Russian sentence naming the file, and INVALID_MAPPING for mistakes named by JSON path.
 */
export type MappingErrorReason = 'INVALID_MAPPING' | 'MALFORMED_MAPPING';

/** A mapping file that failed validation; each problem is named by its JSON path, such as `$.fields.channel.map`. */
export class MappingError extends Error {
  constructor(
    readonly problems: MappingProblem[],
    readonly reason: MappingErrorReason = 'INVALID_MAPPING',
  ) {
    super(reason === 'MALFORMED_MAPPING' ? problems.map((problem) => problem.message).join(' ') : `Ошибки в файле сопоставления: ${describeProblems(problems)}`);
    this.name = 'MappingError';
  }

  /** The problems as one text for an API error: the Russian sentence of a syntax error, else `path message; …`. */
  get summary(): string {
    return this.reason === 'MALFORMED_MAPPING' ? this.message : describeProblems(this.problems);
  }
}

function describeProblems(problems: MappingProblem[]): string {
  return problems.map((problem) => `${problem.path} ${problem.message}`).join('; ');
}

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

/** Writes a path as JSONPath, such as $.fields.topicCode.map["Noise - Vehicle"]. */
export function jsonPath(path: PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') {
      return `${text}[${key}]`;
    }
    return PLAIN_KEY.test(String(key)) ? `${text}.${String(key)}` : `${text}[${JSON.stringify(String(key))}]`;
  }, '$');
}

/** Names the line and column of a JSON.parse error, which V8 gives as a character position or not at all. */
function syntaxErrorPlace(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message)?.[1];
  let offset: number;
  if (position !== undefined) {
    offset = Number(position);
  } else if (message.startsWith('Unexpected end of JSON input')) {
    offset = text.length;
  } else {
    return '';
  }
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `строка ${line}, столбец ${column}: `;
}

/**
 * Parses and validates a mapping file's text; throws MappingError listing every mistake by JSON
 * path. `fileName` names the file in the message about text that is not JSON.
 */
export function parseMapping(text: string, fileName = 'без имени'): ImportMapping {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const english = (error as Error).message;
    // The parser's English reason is kept only where no line and column can be named.
    const place = syntaxErrorPlace(text, english);
    const message =
      `Файл сопоставления ${fileName} не читается как JSON: ${place ? place.replace(/: $/, '') : `(${printable(english, 200)})`}. ` +
      'Исправьте файл и загрузите его снова.';
    throw new MappingError([{ path: '$', message }], 'MALFORMED_MAPPING');
  }
  // Russian wording for zod's own messages too, such as a key the mapping does not know.
  const parsed = mappingSchema.safeParse(json, { error: RUSSIAN_MESSAGES.localeError });
  if (!parsed.success) {
    throw new MappingError(parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })));
  }
  return parsed.data;
}

/** Hex SHA-256 of a mapping's canonical JSON, which identifies it in `import_run`. */
export function mappingSha256(mapping: ImportMapping): string {
  return createHash('sha256').update(JSON.stringify(mapping)).digest('hex');
}

/** A source record: column name (CSV header or JSON key) to its value. */
export type SourceRecord = Record<string, unknown>;

/** A problem of one field of a record: `message` is Russian for the report, `details` the English technical text. */
export interface FieldProblem {
  field: string;
  reason: string;
  message: string;
  details: string;
}

/** The product input of one record, or the mapping problems of its fields. */
export interface MappedRecord {
  values: Partial<Record<MappedField, unknown>>;
  /** The source text of each field before its value map, for quoting in messages; null when empty. */
  raw: Partial<Record<MappedField, string | null>>;
  problems: FieldProblem[];
}

/** Names where a field's value comes from, such as «столбец «Created Date»», for messages. */
export function describeOrigin(mapping: ImportMapping, field: MappedField): string {
  const spec = mapping.fields[field];
  if (!spec) {
    return `поле fields.${field} не сопоставлено`;
  }
  if (spec.column !== undefined) {
    return `столбец «${spec.column}»`;
  }
  return spec.template !== undefined ? `шаблон «${spec.template}»` : `константа «${spec.constant}»`;
}

function sourceText(record: SourceRecord, column: string): string {
  const value = record[column];
  if (value === undefined || value === null) {
    return '';
  }
  return typeof value === 'string' ? value.trim() : String(value);
}

/** Compiles a mapping into one function per record, so that per-row work is lookups only. */
export function compileMapping(mapping: ImportMapping): (record: SourceRecord) => MappedRecord {
  const steps = MAPPED_FIELDS.flatMap((field) => {
    const spec = mapping.fields[field];
    if (!spec) {
      return [];
    }
    const origin = describeOrigin(mapping, field);
    const originEnglish = spec.column !== undefined ? `the column "${spec.column}"` : 'the mapped value';
    return [{ field, spec, origin, originEnglish, read: compileSource(spec), parseDate: DATE_FIELDS.has(field) ? compileDateParser(mapping, spec) : null }];
  });
  return (record) => {
    const result: MappedRecord = { values: {}, raw: {}, problems: [] };
    for (const step of steps) {
      const source = step.read(record);
      result.raw[step.field] = source;
      const value = mapValue(step.spec, source);
      if (value === null && step.field === 'receivedAt') {
        // Reported here with the column, because the appeal check would ask for an ISO date.
        result.problems.push({
          field: step.field,
          reason: 'REQUIRED',
          message: `Дата поступления не указана: ${step.origin} пуст. Заполните дату в файле или сопоставьте другой столбец (fields.receivedAt).`,
          details: `is required: ${step.originEnglish} is empty`,
        });
        continue;
      }
      if (value === null || !step.parseDate) {
        result.values[step.field] = value;
        continue;
      }
      const instant = step.parseDate(value);
      if (instant) {
        result.values[step.field] = instant;
      } else {
        result.problems.push(dateProblem(step.field, value, step.origin, step.spec.dateFormat ?? mapping.dateFormat));
      }
    }
    return result;
  };
}

/** Applies a field's value map and default to its source text, or to null when the source is empty. */
export function mapValue(spec: FieldSpec, value: string | null): string | null {
  if (value !== null && spec.map) {
    return spec.map[value] ?? spec.default ?? value;
  }
  return value === null && spec.default !== undefined ? spec.default : value;
}

function dateProblem(field: MappedField, value: string, origin: string, format: string | undefined): FieldProblem {
  const shown = quoted(value, 40);
  if (format) {
    return {
      field,
      reason: 'INVALID',
      message: `Значение ${shown} (${origin}) не соответствует формату даты ${format} из сопоставления (dateFormat). Исправьте дату в файле или формат в сопоставлении.`,
      details: `"${printable(value, 40)}" does not match the date format ${format}`,
    };
  }
  return {
    field,
    reason: 'INVALID',
    message: `Значение ${shown} (${origin}) не является датой ISO 8601, например 2026-03-01T10:15:00+03:00. Исправьте дату или укажите её формат в поле dateFormat сопоставления.`,
    details: `"${printable(value, 40)}" is not an ISO 8601 date; set dateFormat in the mapping`,
  };
}

function compileSource(spec: FieldSpec): (record: SourceRecord) => string | null {
  if (spec.constant !== undefined) {
    const constant = spec.constant;
    return () => constant;
  }
  if (spec.column !== undefined) {
    const column = spec.column;
    return (record) => sourceText(record, column) || null;
  }
  const template = spec.template!;
  return (record) => {
    const text = template
      .replace(TEMPLATE_COLUMN, (_match, column: string) => sourceText(record, column))
      .replace(/\s+([,.;:])/g, '$1')
      .replace(/([,.;:])(?:\s*[,.;:])+/g, '$1')
      .replace(/^[\s,.;:]+|[\s,;:]+$/g, '')
      .trim();
    return text || null;
  };
}

/** Returns the parser of a date field's values: its dateFormat, or ISO 8601 without one. */
export function compileDateParser(mapping: ImportMapping, spec: FieldSpec): (value: string) => Date | null {
  const format = spec.dateFormat ?? mapping.dateFormat;
  const zone = spec.timeZone ?? mapping.timeZone ?? 'Europe/Moscow';
  return (value) => {
    if (!format && ISO_WITH_OFFSET.test(value)) {
      // An explicit offset leaves no time zone to apply, and Date parses it many times faster than luxon.
      const instant = new Date(value);
      return Number.isNaN(instant.getTime()) ? null : instant;
    }
    const parsed = format ? DateTime.fromFormat(value, format, { zone, locale: 'en-US' }) : DateTime.fromISO(value, { zone });
    return parsed.isValid ? parsed.toJSDate() : null;
  };
}

/** Columns a mapping reads, for checking them against the CSV header before the first row. */
export function mappedColumns(mapping: ImportMapping): string[] {
  const columns = new Set<string>();
  for (const spec of Object.values(mapping.fields)) {
    if (spec?.column) {
      columns.add(spec.column);
    }
    for (const match of spec?.template?.matchAll(TEMPLATE_COLUMN) ?? []) {
      columns.add(match[1]!);
    }
  }
  return [...columns];
}
