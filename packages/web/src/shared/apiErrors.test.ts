import { ApolloError } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { describeApiError, fieldNameOf, isUnauthenticated, reasonMessage, tooManyAttemptsMessage } from './apiErrors';

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

  it('explains the new registration reasons', () => {
    const info = describeApiError(
      apolloError('input.receivedAt: must not be before 2021-01-01', {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'input.receivedAt', reason: 'TOO_EARLY', message: 'must not be before 2021-01-01' },
          { field: 'input.topicCode', reason: 'TOO_GENERAL', message: 'topic 01.0001 is a level-2 heading' },
        ],
      }),
    );
    expect(info.fieldErrors).toEqual([
      { name: ['receivedAt'], reason: 'TOO_EARLY', message: 'Дата раньше 2021 года — проверьте дату' },
      { name: ['topicCode'], reason: 'TOO_GENERAL', message: 'Выберите вопрос (4-й уровень классификатора) или уточнение' },
    ]);
  });

  it('explains an INN with wrong control digits', () => {
    const info = describeApiError(
      apolloError('input.appellantInn: has wrong control digits', {
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'input.appellantInn',
            reason: 'INVALID',
            message: 'has wrong control digits; check the INN against the registration documents',
          },
        ],
      }),
    );
    expect(info.fieldErrors).toEqual([{ name: ['appellantInn'], reason: 'INVALID', message: 'Неверные контрольные цифры ИНН' }]);
  });

  it('explains a text with an invalid character', () => {
    const networkError = Object.assign(new Error('Response not successful: Received status code 400'), {
      statusCode: 400,
      result: {
        errors: [
          {
            message: 'input.text: contains a NUL character or a broken UTF-16 surrogate pair',
            extensions: { code: 'BAD_USER_INPUT', field: 'input.text', reason: 'INVALID_CHARACTER' },
          },
        ],
      },
    });
    const info = describeApiError(new ApolloError({ networkError }));
    expect(info.fieldErrors).toEqual([{ name: ['text'], reason: 'INVALID_CHARACTER', message: 'Текст содержит недопустимый символ' }]);
  });

  it('explains a sign-in lockout despite an override', () => {
    const info = describeApiError(
      apolloError('Too many failed sign-ins for this e-mail; try again in 15 min.', {
        code: 'UNAUTHENTICATED',
        field: 'input.email',
        reason: 'TOO_MANY_ATTEMPTS',
        retryAfterSeconds: 841,
      }),
      { UNAUTHENTICATED: 'Неверный e-mail или пароль' },
    );
    expect(info.code).toBe('UNAUTHENTICATED');
    expect(info.message).toBe('Слишком много неудачных попыток входа. Повторите через 15 мин.');
    expect(info.fieldErrors).toEqual([]);
  });

  it('keeps the override for wrong credentials', () => {
    const info = describeApiError(
      apolloError('Wrong e-mail or password.', { code: 'UNAUTHENTICATED', field: 'input.password', reason: 'INVALID_CREDENTIALS' }),
      { UNAUTHENTICATED: 'Неверный e-mail или пароль' },
    );
    expect(info.message).toBe('Неверный e-mail или пароль');
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

describe('tooManyAttemptsMessage', () => {
  it('rounds the wait up to whole minutes', () => {
    expect(tooManyAttemptsMessage(60)).toBe('Слишком много неудачных попыток входа. Повторите через 1 мин.');
    expect(tooManyAttemptsMessage(61)).toBe('Слишком много неудачных попыток входа. Повторите через 2 мин.');
    expect(tooManyAttemptsMessage(1)).toBe('Слишком много неудачных попыток входа. Повторите через 1 мин.');
  });

  it('asks to retry later without a wait', () => {
    expect(tooManyAttemptsMessage(undefined)).toBe('Слишком много неудачных попыток входа. Повторите попытку позже.');
    expect(tooManyAttemptsMessage('900')).toBe('Слишком много неудачных попыток входа. Повторите попытку позже.');
    expect(tooManyAttemptsMessage(0)).toBe('Слишком много неудачных попыток входа. Повторите попытку позже.');
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

describe('server field reasons of misinformation cases', () => {
  const fieldError = (field: string, reason: string, message: string) =>
    describeApiError(apolloError(`${field}: ${message}`, { code: 'BAD_USER_INPUT', fields: [{ field, reason, message }] })).fieldErrors[0];

  it('maps a reroute to the same agency', () => {
    const error = fieldError('input.agencyId', 'UNCHANGED', 'the case is already with Минздрав РМЭ; choose another agency.');
    expect(error.name).toEqual(['agencyId']);
    expect(error.message).toBe('Дело уже у этого органа — выберите другой орган');
  });

  it('maps a distribution before the publication', () => {
    const error = fieldError('input.distributedAt', 'BEFORE_PUBLICATION', "must not be before the publication on the agency's site at 2026-12-04T10:00:00.000Z.");
    expect(error.message).toBe('Дата раньше публикации комментария на сайте органа — проверьте дату');
  });

  it('maps a distribution in the future', () => {
    expect(fieldError('input.distributedAt', 'IN_FUTURE', 'must not be in the future').message).toBe('Дата не может быть в будущем');
  });

  it('maps a detection before 2021', () => {
    const error = fieldError('input.detectedAt', 'TOO_EARLY', 'must not be before 2021-01-01; check the date');
    expect(error.message).toBe('Дата раньше 2021 года — проверьте дату');
  });

  it('maps an address without a host for the publication', () => {
    const error = fieldError('input.url', 'INVALID', 'must be a web address with a host, such as https://mari-el.gov.ru/news/1');
    expect(error.message).toContain('с именем сайта');
    expect(error.message).toContain('https://vk.com/');
  });

  it('gives the agency site example for the agency page', () => {
    const error = fieldError('input.publishedUrl', 'INVALID', 'must be a web address with a host, such as https://mari-el.gov.ru/news/1');
    expect(error.message).toContain('https://mari-el.gov.ru/');
    expect(error.message).not.toContain('vk.com');
  });

  it('maps an address with spaces', () => {
    const error = fieldError('input.url', 'INVALID', 'must not contain spaces or line breaks; encode them as %20');
    expect(error.message).toBe('Адрес не должен содержать пробелов и переносов строк — замените пробел на %20');
  });

  it('maps an address with credentials', () => {
    const error = fieldError('input.publishedUrl', 'INVALID', 'must not carry a user name or password');
    expect(error.message).toBe('Адрес не должен содержать имя пользователя или пароль');
  });

  it('maps an address over the length limit', () => {
    expect(fieldError('input.url', 'TOO_LONG', 'must be at most 2000 characters').message).toBe('Не более 2000 символов');
  });
});

describe('server errors of appeal forwarding and extension', () => {
  const fieldError = (field: string, reason: string, message: string) =>
    describeApiError(apolloError(`${field}: ${message}`, { code: 'BAD_USER_INPUT', fields: [{ field, reason, message }] })).fieldErrors[0];

  it('maps extension days over the maximum', () => {
    expect(fieldError('input.days', 'TOO_LONG', 'must be at most 30 days').message).toBe('Не более 30 дн.');
  });

  it('maps extension days under the minimum', () => {
    expect(fieldError('input.days', 'TOO_SHORT', 'must be at least 1 day').message).toBe('Не менее 1 дн.');
  });

  it('maps a notice time in the future', () => {
    expect(fieldError('input.appellantNotifiedAt', 'INVALID', 'must not be in the future').message).toBe('Дата не может быть в будущем');
  });

  it('explains a second extension in Russian', () => {
    const info = describeApiError(
      apolloError('The answer term of 2026-000001 was already extended once, by 10 days; the law allows one extension.', {
        code: 'INVALID_TRANSITION',
        from: 'ASSIGNED',
        action: 'extend',
        reason: 'ALREADY_EXTENDED',
      }),
    );
    expect(info.code).toBe('INVALID_TRANSITION');
    expect(info.message).toBe('Срок ответа уже продлевался: закон допускает только одно продление');
  });

  it('explains the quality steps a state rejects', () => {
    const cases = [
      { reason: 'NO_DRAFT', action: 'reviewDraft', text: 'черновик' },
      { reason: 'NOT_DISSATISFIED', action: 'reopen', text: '«Не удовлетворён»' },
      { reason: 'ALREADY_RESOLVED', action: 'resolveFlag', text: 'уже урегулирована' },
    ];
    for (const { reason, action, text } of cases) {
      const info = describeApiError(apolloError('Rejected.', { code: 'INVALID_TRANSITION', from: 'ASSIGNED', action, reason }));
      expect(info.message, reason).toContain(text);
    }
  });

  it('explains an extension without a running term', () => {
    const info = describeApiError(
      apolloError('2026-000001 has no running answer term to extend.', {
        code: 'INVALID_TRANSITION',
        from: 'ASSIGNED',
        action: 'extend',
        reason: 'NO_RUNNING_TERM',
      }),
    );
    expect(info.message).toBe('Срок ответа не идёт, поэтому продлить его нельзя');
  });
});

describe('appeal step reasons', () => {
  it('explains a notice dated before the receipt', () => {
    expect(reasonMessage('NOTICE_BEFORE_RECEIPT', 'must not be before the appeal was received (01.12.2026 10:00 (МСК))')).toBe(
      'Дата уведомления раньше поступления обращения — проверьте дату',
    );
  });

  it('asks for a longer search text', () => {
    expect(reasonMessage('TOO_SHORT', 'must have at least 2 characters; type more of the word, name or number.')).toBe('Введите не менее 2 символов');
  });

  it('explains a person’s INN given for a legal entity', () => {
    expect(reasonMessage('INVALID', 'must be the 10-digit INN of a legal entity; a 12-digit INN belongs to a person')).toContain('ИНН из 10 цифр');
  });
});
