import type { Rule } from 'antd/es/form';

/** The server's limit on every text of a case: the excerpt, the proposal and each part of a draft. */
export const MAX_COMMENT_TEXT = 10_000;

/** An http or https address, as the server requires for the publication and for the agency's page. */
export const httpUrlRule: Rule = {
  pattern: /^https?:\/\/[^\s/$.?#][^\s]*$/i,
  message: 'Укажите адрес, начинающийся с http:// или https://, например https://vk.com/wall-1_2',
};
