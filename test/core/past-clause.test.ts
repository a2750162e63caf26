import { describe, expect, test } from 'vitest';
import { pastClause } from '../../src/core/past-clause.ts';

/** Whether the (first or only-asked) build in `line` is spoken of as a build of the past. */
const said = (line: string, nth = 0) => {
  const m = [...line.matchAll(/\d+\.\d+\.\d+\.\d+/g)][nth]!;
  return pastClause(line, m.index!, m.index! + m[0].length);
};

describe('a build of the past', () => {
  test.each([
    'The old VDI golden image had Skype for Business 16.0.7571.2075 but that golden image was deleted.',
    'In 2017 the fleet was on Skype for Business 16.0.7766.2060, but that is long gone.',
    'Skype for Business 16.0.6741.2021 was replaced with Teams in 2021.',
    'Die ausgemusterten Rechner hatten Skype for Business 16.0.7766.2060.',
    'Когда-то (в 2016 году) весь парк сидел на Skype для бизнеса 16.0.6868.2067.',
  ])('gone: %s', (line) => expect(said(line)).toBe(true));

  test.each([
    // The new build a replacement names.
    'Lync 2013 (15.0.4569.1506) uninstalled and replaced by Skype for Business 16.0.7571.2109',
    // Installed since a year: still there.
    'Skype for Business 16.0.7571.2109 installed in 2017 and still running.',
    // Now, today.
    'In 2017 the fleet was on 16.0.7766.2060; today Skype for Business reports 16.0.12527.20278.',
    // Another subject's closing: an application hang, not a machine gone.
    'The program lync.exe version 16.0.6965.2058 stopped interacting with Windows and was closed.',
  ])('not gone: %s', (line) => expect(said(line, line.startsWith('In 2017') ? 1 : line.startsWith('Lync') ? 1 : 0)).toBe(false));
});
