import { describe, expect, it } from 'vitest';
import { nameMatcher } from '../../../lib/policy';
import {
  joinPatterns,
  namesOf,
  namesPattern,
  patternProblem,
  splitNames,
  splitPatterns,
} from '../../../lib/policy-names';

describe('production names as simple words', () => {
  it.each([
    ['shop-api, billing', ['shop-api', 'billing']],
    ['  shop-api\nbilling;  shop-api ', ['shop-api', 'billing']],
    ['', []],
  ])('splits %j into names', (text, names) => {
    expect(splitNames(text)).toEqual(names);
  });

  it('turns names into one anchored, escaped pattern matching exactly those apps', () => {
    const pattern = namesPattern(['shop.api', 'billing+eu'])!;
    expect(pattern).toBe('^(shop\\.api|billing\\+eu)$');
    const matches = nameMatcher([pattern]);
    expect(['shop.api', 'SHOP.API', 'billing+eu'].map(matches)).toEqual([true, true, true]);
    expect(['shopxapi', 'shop.api-staging', 'my-billing+eu', 'billinggeu'].map(matches)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it.each([
    ['^(shop\\.api|billing)$', ['shop.api', 'billing']],
    ['^(a.*|b)$', null],
    ['(^|[-_.])(prod|production|prd|live)($|[-_.])', null],
    ['^(a|b)', null],
  ])('reads %j back as names (or not)', (pattern, names) => {
    expect(namesOf(pattern)).toEqual(names);
  });

  it('splits a stored list into names and advanced expressions, and joins it back', () => {
    const stored = ['^(shop|billing)$', '(^|-)prod($|-)'];
    const { names, advanced } = splitPatterns(stored);
    expect(names).toEqual(['shop', 'billing']);
    expect(advanced).toEqual(['(^|-)prod($|-)']);
    expect(joinPatterns(names, advanced)).toEqual(stored);
    expect(joinPatterns([], advanced)).toEqual(advanced);
  });

  it.each([
    ['(prod', true],
    ['[a-', true],
    ['*prod', true],
    ['(^|-)prod($|-)', false],
  ])('says whether %j is a valid regular expression', (pattern, invalid) => {
    expect(patternProblem(pattern) !== null).toBe(invalid);
  });
});
