import { describe, it, expect } from 'vitest';
import { headersUnder } from '../../scripts/lib/publish-folder';

describe('headersUnder', () => {
  it.each([
    [
      '/graphics/kachin/',
      '/*\n  X-A: 1\n/_assets/*\n  Cache-Control: immutable\n/\n  X-B: 2\n',
      '/graphics/kachin/*\n  X-A: 1\n/graphics/kachin/_assets/*\n  Cache-Control: immutable\n/graphics/kachin/\n  X-B: 2\n',
    ],
    ['graphics/kachin', '/:story/\n  X-C: 3\n', '/graphics/kachin/:story/\n  X-C: 3\n'],
  ])('moves every path line under %s and leaves comments and header lines alone', (base, text, expected) => {
    expect(headersUnder(`# a comment with /slashes\n${text}`, base)).toBe(`# a comment with /slashes\n${expected}`);
  });
});
