import type { ContactOfficialDetailsFragment } from '@cur/schema';
import type { Rule } from 'antd/es/form';
import { normalizePhone } from '../../shared/format';

/** The editable fields of a contact official, named as in the API inputs. */
export interface ContactOfficialValues {
  surname: string;
  firstName: string;
  patronymic: string;
  position: string;
  email: string;
  phone: string;
}

export const CONTACT_FORM_FIELDS = ['surname', 'firstName', 'patronymic', 'position', 'email', 'phone'] as const;

/** Letters of any alphabet, then letters, spaces, dots, hyphens and apostrophes, as the server accepts. */
const PERSON_NAME_PATTERN = /^[\p{L}][\p{L}\p{M} .'’-]*$/u;
/** A Russian number: +7 and 10 digits. */
const RUSSIAN_PHONE_PATTERN = /^\+7\d{10}$/;

/** Rules of a name part; `missingMessage` is a whole sentence because Russian puts the noun in the accusative. */
const nameRules = (missingMessage: string): Rule[] => [
  { required: true, whitespace: true, message: missingMessage },
  { max: 100, message: 'Не более 100 символов' },
  { pattern: PERSON_NAME_PATTERN, message: 'Допустимы только буквы, пробел, дефис и апостроф' },
];

export const CONTACT_RULES: Record<keyof ContactOfficialValues, Rule[]> = {
  surname: nameRules('Укажите фамилию'),
  firstName: nameRules('Укажите имя'),
  patronymic: nameRules('Укажите отчество'),
  position: [
    { required: true, whitespace: true, message: 'Укажите должность' },
    { max: 300, message: 'Не более 300 символов' },
  ],
  email: [
    { required: true, whitespace: true, message: 'Укажите e-mail' },
    { type: 'email', message: 'Неверный формат e-mail: например, name@mari-el.gov.ru' },
  ],
  phone: [
    { required: true, whitespace: true, message: 'Укажите телефон' },
    {
      validator: async (_, value: string | undefined) => {
        if (value?.trim() && !RUSSIAN_PHONE_PATTERN.test(normalizePhone(value))) {
          throw new Error('Телефон в формате +7XXXXXXXXXX, например +7 836 245-12-34');
        }
      },
    },
  ],
};

/** Trims every field and brings the phone to E.164. */
export function cleanContactValues(values: ContactOfficialValues): ContactOfficialValues {
  return {
    surname: values.surname.trim(),
    firstName: values.firstName.trim(),
    patronymic: values.patronymic.trim(),
    position: values.position.trim(),
    email: values.email.trim().toLowerCase(),
    phone: normalizePhone(values.phone.trim()),
  };
}

/** Returns the fields whose cleaned value differs from the stored one, because updateContactOfficial takes only those. */
export function changedContactFields(
  current: ContactOfficialDetailsFragment,
  values: ContactOfficialValues,
): Partial<ContactOfficialValues> {
  const cleaned = cleanContactValues(values);
  const changed: Partial<ContactOfficialValues> = {};
  for (const field of CONTACT_FORM_FIELDS) {
    if (cleaned[field] !== current[field]) {
      changed[field] = cleaned[field];
    }
  }
  return changed;
}
