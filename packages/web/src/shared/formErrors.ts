import type { FormInstance } from 'antd';
import type { FieldError } from './apiErrors';

/**
 * Shows server field errors under the matching form fields and returns the errors
 * that name no field of the form, so that the caller can show them elsewhere.
 * `aliases` maps a server field name to a form field name where the two differ.
 */
export function applyFieldErrors<Values>(
  form: FormInstance<Values>,
  fieldErrors: FieldError[],
  formFields: readonly string[],
  aliases: Record<string, string> = {},
): FieldError[] {
  const unmatched: FieldError[] = [];
  const messagesByField = new Map<string, string[]>();
  for (const error of fieldErrors) {
    const serverName = String(error.name[0] ?? '');
    const formName = aliases[serverName] ?? serverName;
    if (!formFields.includes(formName)) {
      unmatched.push(error);
      continue;
    }
    messagesByField.set(formName, [...(messagesByField.get(formName) ?? []), error.message]);
  }
  form.setFields(
    [...messagesByField].map(([name, errors]) => ({ name: name as never, errors: [...new Set(errors)] })),
  );
  return unmatched;
}
