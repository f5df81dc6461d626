import { describe, expect, it } from 'vitest';
import { webAddressProblem } from './commentFormRules';

describe('webAddressProblem', () => {
  it('accepts a post address', () => {
    expect(webAddressProblem('https://vk.com/wall-12345_678', 'url')).toBeNull();
  });

  it('rejects an address without a host', () => {
    const problem = webAddressProblem('https:///bad', 'url');
    expect(problem).toContain('с именем сайта');
    expect(problem).not.toContain('начинаться с http');
  });

  it('rejects a host without a dot', () => {
    expect(webAddressProblem('https://localhost/news', 'url')).toContain('с именем сайта');
  });

  it('gives the agency site example for the publication', () => {
    const problem = webAddressProblem('https:///bad', 'publishedUrl');
    expect(problem).toContain('https://mari-el.gov.ru/');
    expect(problem).not.toContain('vk.com');
  });

  it('rejects spaces', () => {
    expect(webAddressProblem('https://vk.com/a b', 'url')).toContain('пробелов');
  });

  it('rejects credentials', () => {
    expect(webAddressProblem('https://user:secret@vk.com/wall', 'url')).toContain('имя пользователя или пароль');
  });

  it('rejects another scheme', () => {
    expect(webAddressProblem('ftp://vk.com/file', 'url')).toContain('http:// или https://');
  });

  it('rejects an address over 2000 characters', () => {
    expect(webAddressProblem(`https://vk.com/${'a'.repeat(2000)}`, 'url')).toContain('2000');
  });
});
