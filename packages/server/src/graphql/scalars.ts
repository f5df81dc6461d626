import { GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

export { EmailAddressResolver as EmailAddress, PhoneNumberResolver as PhoneNumber, URLResolver as URL } from 'graphql-scalars';

export const DateTime = DateTimeResolver;

const localDatePattern = /^\d{4}-\d{2}-\d{2}$/;

function parseLocalDate(value: unknown): string {
  if (typeof value !== 'string' || !localDatePattern.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new TypeError(`LocalDate must be a calendar date in the form YYYY-MM-DD, got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** A calendar date without time or zone, such as a holiday: `2026-01-07`. */
export const LocalDate = new GraphQLScalarType({
  name: 'LocalDate',
  description: 'A calendar date without a time or time zone, in the form YYYY-MM-DD.',
  serialize: (value) => parseLocalDate(value instanceof Date ? value.toISOString().slice(0, 10) : value),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => parseLocalDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
