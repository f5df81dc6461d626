import { ApolloError } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { describeStartFailure } from './startFailure';

function badMapping(reason: string, message: string): ApolloError {
  const field = 'input.mappingUploadId';
  return new ApolloError({
    graphQLErrors: [new GraphQLError(`${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', field, fields: [{ field, reason, message }] } })],
  });
}

describe('describeStartFailure', () => {
  it('shows a broken mapping file as the server words it', () => {
    const message = "Файл сопоставления x.mapping.json не читается как JSON: строка 1, столбец 25: Expected property name or '}' in JSON at position 24. Исправьте файл и загрузите его снова.";
    expect(describeStartFailure(badMapping('MALFORMED_MAPPING', message))).toBe(message);
  });

  it('keeps the JSON paths of mapping mistakes', () => {
    const text = describeStartFailure(badMapping('INVALID_MAPPING', '$.fields.channel.constant содержит «FAX»'));
    expect(text).toContain('input.mappingUploadId: $.fields.channel.constant содержит «FAX»');
  });
});
