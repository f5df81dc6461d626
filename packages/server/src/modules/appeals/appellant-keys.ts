/**
 * SQL expressions that normalize an appellant's identity for repeat detection. Each takes a column or a
 * `?` placeholder, so that the expression indexes on `appeal` and the lookup compare the very same text.
 */

/** The name folded by cur_fold (lower case, ё as е, Mari letters as their Russian base), trimmed, with single spaces. */
export function appellantNameKey(operand: string): string {
  return `regexp_replace(btrim(cur_fold(${operand})), '\\s+', ' ', 'g')`;
}

/** The digits of the phone, so that +7 (902) 123-45-67 and +79021234567 are one key. */
export function appellantPhoneKey(operand: string): string {
  return `regexp_replace(${operand}, '\\D', '', 'g')`;
}

/** The e-mail address in lower case. */
export function appellantEmailKey(operand: string): string {
  return `lower(btrim(${operand}))`;
}
