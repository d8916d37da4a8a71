import { describe, it, expect } from 'vitest';
import { PLACEHOLDER_SITE, siteAddressFromEnv } from '../../src/node/site-address';

describe('siteAddressFromEnv', () => {
  it.each([
    [{}, { site: PLACEHOLDER_SITE, base: '/', placeholder: true }],
    [{ SITE_URL: 'https://news.example.org' }, { site: 'https://news.example.org', base: '/', placeholder: false }],
    [
      { SITE_URL: ' https://news.example.org/ ', BASE_PATH: 'graphics/kachin' },
      { site: 'https://news.example.org', base: '/graphics/kachin/', placeholder: false },
    ],
    [
      { SITE_URL: 'http://localhost:8080', BASE_PATH: '/a/b/' },
      { site: 'http://localhost:8080', base: '/a/b/', placeholder: false },
    ],
  ])('reads %j', (env, expected) => {
    expect(siteAddressFromEnv(env)).toEqual(expected);
  });

  it.each([
    [
      { SITE_URL: 'news.example.org' },
      'SITE_URL="news.example.org" has no scheme: write the full address, e.g. SITE_URL=https://news.example.org',
    ],
    [
      { SITE_URL: '//news.example.org' },
      'SITE_URL="//news.example.org" has no scheme: write the full address, e.g. SITE_URL=https://news.example.org',
    ],
    [
      { SITE_URL: 'https://news.example.org/graphics/kachin' },
      'SITE_URL="https://news.example.org/graphics/kachin" has a path: give only the origin (SITE_URL=https://news.example.org) and the path as BASE_PATH=/graphics/kachin/',
    ],
    [
      { SITE_URL: 'https://' },
      'SITE_URL="https://" is not a web address: write it like SITE_URL=https://news.example.org',
    ],
    [
      { BASE_PATH: 'https://news.example.org/graphics/' },
      'BASE_PATH="https://news.example.org/graphics/" is an address, not a path: put the origin in SITE_URL and the path in BASE_PATH, e.g. BASE_PATH=/graphics/kachin/',
    ],
  ])('rejects %j, naming the variable and the fix', (env, message) => {
    expect(() => siteAddressFromEnv(env)).toThrow(message);
  });
});
