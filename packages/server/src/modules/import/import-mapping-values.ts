// Checks the fixed values of a mapping (constants, defaults and value map targets) by the rules every row is checked by.
import { checkImportedField } from '../appeals/appeal.validation.js';
import { quoted } from './import-failure.js';
import { compileDateParser, DATE_FIELDS, jsonPath, MAPPED_FIELDS, mapValue, type FieldSpec, type ImportMapping, type MappedField, type MappingProblem } from './import-mapping.js';
import { ALLOWED_VALUES, FIELD_LABELS } from './import-row-messages.js';
import { findAgency, topicProblem, type ImportReference } from './import-rows.js';

/** Agency short names listed in a message about an unknown agency; the rest are counted. */
const LISTED_AGENCIES = 5;

/** A value the mapping puts into a field whatever the row holds, and the JSON path it comes from. */
interface FixedValue {
  path: string;
  value: string;
}

/** Lists the constant (after its value map), the default and every value map target of a field. */
function fixedValues(field: MappedField, spec: FieldSpec): FixedValue[] {
  const path = (...keys: string[]) => jsonPath(['fields', field, ...keys]);
  const values: FixedValue[] = [];
  if (spec.constant !== undefined) {
    values.push({ path: path('constant'), value: mapValue(spec, spec.constant) ?? '' });
  }
  if (spec.default !== undefined) {
    values.push({ path: path('default'), value: spec.default });
  }
  for (const [source, target] of Object.entries(spec.map ?? {})) {
    values.push({ path: path('map', source), value: target });
  }
  return values;
}

/**
 * Returns the mistakes of the values that a mapping fixes: each must pass the check that a row
 * with that value would pass, so that a wrong constant fails the import before its first row
 * instead of rejecting every row.
 */
export function checkMappingValues(mapping: ImportMapping, reference: ImportReference): MappingProblem[] {
  const problems: MappingProblem[] = [];
  for (const field of MAPPED_FIELDS) {
    const spec = mapping.fields[field];
    if (!spec) {
      continue;
    }
    const parseDate = DATE_FIELDS.has(field) ? compileDateParser(mapping, spec) : null;
    for (const { path, value } of fixedValues(field, spec)) {
      let message: string | null;
      if (parseDate) {
        message = parseDate(value) ? null : dateMessage(value, spec.dateFormat ?? mapping.dateFormat);
      } else if (field === 'agency') {
        message = value === '' || findAgency(reference, value) ? null : agencyMessage(value, reference);
      } else {
        message = fieldValueMessage(field, value, reference);
      }
      if (message) {
        problems.push({ path, message });
      }
    }
  }
  return problems;
}

function dateMessage(value: string, format: string | undefined): string {
  const expected = format ? `в формате ${format} (dateFormat)` : 'ISO 8601, например 2026-03-01T10:15:00+03:00';
  return `содержит ${quoted(value, 40)}, которое не читается как дата ${expected}.`;
}

function agencyMessage(value: string, reference: ImportReference): string {
  const shortNames = [...new Set([...reference.agencies.values()].map((agency) => agency.shortName))].sort();
  const listed = shortNames.slice(0, LISTED_AGENCIES).join(', ');
  const more = shortNames.length > LISTED_AGENCIES ? ` и ещё ${shortNames.length - LISTED_AGENCIES}` : '';
  return `содержит ${quoted(value, 60)}, а органа с таким кратким названием или id нет. Укажите краткое название органа: ${listed}${more}.`;
}

/** Checks a value by its field's rule, then a classifier code against the reference data. */
function fieldValueMessage(field: Exclude<MappedField, 'agency'>, value: string, reference: ImportReference): string | null {
  const label = `«${FIELD_LABELS[field]}»`;
  const checked = checkImportedField(field, value);
  if (!checked.success) {
    const allowed = ALLOWED_VALUES[field];
    if (allowed) {
      return `содержит ${quoted(value, 40)}, а поле ${label} принимает только значения ${allowed.join(', ')}.`;
    }
    const english = checked.problems.map((problem) => problem.message).join('; ');
    return `содержит ${quoted(value, 40)} — недопустимое значение поля ${label} (${english}).`;
  }
  const code = (checked.data as Record<string, unknown>)[field];
  if (typeof code !== 'string') {
    return null;
  }
  if (field === 'topicCode') {
    const topic = topicProblem(reference, code);
    if (topic?.reason === 'NOT_FOUND') {
      return `содержит тему ${quoted(code, 40)}, которой нет в классификаторе ТОТКО.`;
    }
    if (topic?.reason === 'TOO_GENERAL') {
      return `содержит тему ${code} — раздел ${topic.level}-го уровня классификатора. Укажите вопрос (4-й уровень) или уточнение (5-й уровень).`;
    }
  }
  if (field === 'questionTypeCode' && !reference.questionTypes.has(code)) {
    return `содержит вид вопроса ${quoted(code, 40)}, которого нет в справочнике видов вопросов.`;
  }
  if (field === 'municipalityOktmo' && !reference.municipalities.has(code)) {
    return `содержит ОКТМО ${quoted(code, 40)}, которое не относится к муниципальным образованиям республики.`;
  }
  return null;
}
