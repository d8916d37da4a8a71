import { describe, it, expect } from 'vitest';
import { fixtureMessages } from '../helpers/content-fixture';

describe('validateContent on the valid fixture', () => {
  it('finds no problems', () => {
    expect(fixtureMessages()).toEqual([]);
  });
});
