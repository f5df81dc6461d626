import type { Rule } from 'antd/es/form';
import { urlExampleFor } from '../../shared/apiErrors';

/** The server's limit on every text of a case: the excerpt, the proposal and each part of a draft. */
export const MAX_COMMENT_TEXT = 10_000;

/** The server's limit on the publication's address and on the agency's page address. */
export const MAX_URL_LENGTH = 2000;

/**
 * Returns why `value` is not a web address the server accepts, in Russian, or null when it is one.
 * The server requires http or https, a host name with a dot, no spaces, no user name or password
 * and at most 2000 characters. `field` (`url` or `publishedUrl`) picks the example in the message.
 */
export function webAddressProblem(value: string, field: string): string | null {
  const address = value.trim();
  if (address.length > MAX_URL_LENGTH) {
    return `Адрес не должен быть длиннее ${MAX_URL_LENGTH} символов`;
  }
  if (/\s/.test(address)) {
    return 'Адрес не должен содержать пробелов и переносов строк — замените пробел на %20';
  }
  const example = urlExampleFor(field);
  if (!/^https?:\/\//i.test(address)) {
    return `Адрес должен начинаться с http:// или https://, например ${example}`;
  }
  let parsed: URL;
  try {
    parsed = new URL(address);
  } catch {
    return `Укажите полный адрес страницы с именем сайта, например ${example}`;
  }
  // `new URL('https:///bad')` reads `bad` as the host, so the text after the scheme is checked as well.
  if (/^https?:\/\/[/\\]/i.test(address) || !/^[^.]+(\.[^.]+)+$/.test(parsed.hostname)) {
    return `Укажите полный адрес страницы с именем сайта, например ${example}`;
  }
  if (parsed.username || parsed.password || /^https?:\/\/[^/]*@/i.test(address)) {
    return 'Адрес не должен содержать имя пользователя или пароль';
  }
  return null;
}

/** The form rule for a web address field named `field`; an empty value is left to the `required` rule. */
export function webAddressRule(field: string): Rule {
  return {
    validator: async (_, value: string | undefined) => {
      const problem = value ? webAddressProblem(value, field) : null;
      if (problem) {
        throw new Error(problem);
      }
    },
  };
}
