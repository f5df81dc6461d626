import { ApolloError } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { describeApiError, fieldNameOf, isUnauthenticated } from './apiErrors';

const apolloError = (message: string, extensions: Record<string, unknown>) =>
  new ApolloError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('describeApiError', () => {
  it('maps listed field problems to Russian messages', () => {
    const info = describeApiError(
      apolloError('input.text: is required', {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'input.text', reason: 'REQUIRED', message: 'is required' },
          { field: 'input.receivedAt', reason: 'IN_FUTURE', message: 'must not be in the future' },
          { field: 'input.topicCode', reason: 'NOT_FOUND', message: 'unknown topic' },
        ],
      }),
    );
    expect(info.code).toBe('BAD_USER_INPUT');
    expect(info.fieldErrors).toEqual([
      { name: ['text'], reason: 'REQUIRED', message: 'Обязательное поле' },
      { name: ['receivedAt'], reason: 'IN_FUTURE', message: 'Дата не может быть в будущем' },
      { name: ['topicCode'], reason: 'NOT_FOUND', message: 'Не найдено в справочнике' },
    ]);
  });

  it('maps a scalar coercion error by its single field', () => {
    const info = describeApiError(apolloError('Variable "$input" got invalid value', { code: 'BAD_USER_INPUT', field: 'input.appellantEmail' }));
    expect(info.fieldErrors).toEqual([{ name: ['appellantEmail'], reason: 'INVALID', message: 'Неверный формат' }]);
  });

  it('reads errors of an HTTP 400 response', () => {
    const networkError = Object.assign(new Error('Response not successful: Received status code 400'), {
      statusCode: 400,
      result: { errors: [{ message: 'Variable "$input" got invalid value', extensions: { code: 'BAD_USER_INPUT', field: 'input.appellantEmail' } }] },
    });
    const info = describeApiError(new ApolloError({ networkError }));
    expect(info.code).toBe('BAD_USER_INPUT');
    expect(info.fieldErrors).toEqual([{ name: ['appellantEmail'], reason: 'INVALID', message: 'Неверный формат' }]);
  });

  it('uses an override for the code', () => {
    const info = describeApiError(apolloError('stale', { code: 'CONFLICT' }), { CONFLICT: 'Обращение изменено' });
    expect(info.code).toBe('CONFLICT');
    expect(info.message).toBe('Обращение изменено');
  });

  it('explains an invalid transition in Russian', () => {
    const info = describeApiError(
      apolloError('Appeal in status ANSWERED cannot be assigned', {
        code: 'INVALID_TRANSITION',
        from: 'ANSWERED',
        allowedFrom: ['REGISTERED', 'ASSIGNED'],
      }),
    );
    expect(info.message).toContain('«Дан ответ»');
    expect(info.message).toContain('«Зарегистрировано», «Направлено в орган»');
  });

  it('explains an invalid transition of a case with case statuses', () => {
    const info = describeApiError(
      apolloError('Information risk in status APPROVED cannot be reviewed', {
        code: 'INVALID_TRANSITION',
        from: 'APPROVED',
        allowedFrom: ['DRAFT_SUBMITTED'],
      }),
      {},
      'INFORMATION_RISK',
    );
    expect(info.message).toBe(
      'Действие недоступно для дела в статусе «Согласовано»; оно допустимо только в статусе «Проект на согласовании»',
    );
  });

  it('explains a topic without a routing rule', () => {
    const info = describeApiError(
      apolloError('input.agencyId: no routing rule covers topic', {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.agencyId', reason: 'NO_ROUTE', message: 'no routing rule' }],
      }),
    );
    expect(info.fieldErrors).toEqual([
      { name: ['agencyId'], reason: 'NO_ROUTE', message: 'Для этой темы не задан ответственный орган — выберите орган' },
    ]);
  });

  it('keeps the root of a path other than input', () => {
    const info = describeApiError(
      apolloError('draft.arguments: give the arguments', {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'draft.arguments', reason: 'REQUIRED', message: 'give the arguments' }],
      }),
    );
    expect(info.fieldErrors).toEqual([{ name: ['draft', 'arguments'], reason: 'REQUIRED', message: 'Обязательное поле' }]);
  });

  it('reports a network failure', () => {
    const info = describeApiError(new ApolloError({ networkError: new Error('Failed to fetch') }));
    expect(info.code).toBe('NETWORK');
    expect(info.message).toMatch(/Сервер недоступен/);
  });

  it('treats an unknown code as a server failure', () => {
    expect(describeApiError(apolloError('boom', { code: 'SOMETHING_NEW' })).code).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('fieldNameOf', () => {
  it('drops the input root and keeps list indexes as numbers', () => {
    expect(fieldNameOf('input.appellantPhone')).toEqual(['appellantPhone']);
    expect(fieldNameOf('input.items.2.name')).toEqual(['items', 2, 'name']);
  });
});

describe('isUnauthenticated', () => {
  it('detects the code', () => {
    expect(isUnauthenticated(apolloError('Sign in first', { code: 'UNAUTHENTICATED' }))).toBe(true);
    expect(isUnauthenticated(apolloError('No', { code: 'FORBIDDEN' }))).toBe(false);
  });
});
