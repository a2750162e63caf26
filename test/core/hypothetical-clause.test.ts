import { describe, expect, test } from 'vitest';
import { hypotheticalClause } from '../../src/core/hypothetical-clause.ts';

/** Whether the (first) build in `line` is spoken of as what would be. */
const said = (line: string) => {
  const m = /\d+\.\d+\.\d+\.\d+/.exec(line)!;
  return hypotheticalClause(line, m.index, m.index + m[0].length);
};

describe('what would be, not what is', () => {
  test.each([
    'We ought to get everyone onto Skype for Business 16.0.8431.2079 by the end of Q3.',
    'If we get them to 16.0.7070.2026 of SfB, offline IM should be on for the whole floor.',
    'Once CAB signs off we\'ll take Lync users straight to Skype for Business 16.0.10325.20118.',
    'Skype for Business wird morgen auf 16.0.7070.2036 aktualisiert.',
    'Skype для бизнеса должен быть 16.0.9126.2116 после обновления',
    // A question about what to do, and the present state said of another client before the comma.
    'Could we pilot Skype for Business 16.0.8067.2115 on the HR floor first?',
    "When's skype biz 16.0.8201.2102 hitting Semi-Annual? anyone know?",
    'Reception is on Lync at the moment, plan is SfB 16.0.7766.2060 after the refresh.',
    // A condition before a comma, counterfactuals and futures in other languages.
    'If the stars align, Skype for Business 16.0.8229.2103 lands on Tuesday.',
    'Hätten wir Skype for Business 16.0.7070.2036, wäre das Problem gelöst.',
    'Cuando todos tengan Skype Empresarial 16.0.8201.2102, activaremos la directiva.',
    'Faut-il monter Skype Entreprise en 16.0.7070.2036 ou la 16.0.6965.2058 suffirait-elle ?',
    // Wishes for the build: its complement ("installed") is no present state.
    'The user wants Skype for Business 16.0.8431.2079 installed on his new laptop.',
    'Пользователь хочет Skype для бизнеса 16.0.12527.20278 на новом ноутбуке.',
  ])('a supposition or a plan: %s', (line) => expect(said(line)).toBe(true));

  test.each([
    // The clause says what is there now.
    'Once the update ran, Skype for Business is on 16.0.8431.2079.',
    'Skype for Business 16.0.7070.2036 is installed, the rest will follow next week',
    // A question asks for the build's answer.
    'Would 16.0.7070.2026 be enough for Skype for Business?',
    'Can I check why Skype for Business 16.0.7070.2036 drops offline IMs?',
    // A hedge offers the build; a copula states it; a modal after "and" has another subject.
    'If you need it, the client version is Skype for Business 16.0.7070.2036.',
    'Si besoin : lync.exe version de fichier 16.0.8431.2079.',
    "If you look at his Skype for Business About box it's 16.0.6868.2067.",
    'The CEO cannot receive offline IMs on his Skype for Business 16.0.6965.2058 and would like an answer today.',
    'Once I remoted in I saw Skype for Business 16.0.7167.2060 in About.',
    'The user wants to know why Skype for Business 16.0.6741.2021 drops missed IMs.',
    'Si ça peut aider : Skype Entreprise 16.0.8431.2079.',
    // The modal is in another clause.
    'Skype for Business 16.0.7070.2036 on PC-12. We will update the others tomorrow.',
    // "if" after the build is no condition on it.
    'my lync keeps saying blah, version is 16.0.8827.2148 if that helps',
    // A table's row: cells, not a sentence.
    'PC-07,Skype for Business,16.0.7070.2036,Will be updated',
    'PC-07\tSkype for Business\t16.0.7070.2036\twill update',
  ])('not: %s', (line) => expect(said(line)).toBe(false));

  test('a huge line is read only within a sentence\'s reach of the build', () => {
    // The modal word stands 100,000 characters away: no longer the build's sentence.
    expect(said(`We will ${'x '.repeat(50_000)}Skype for Business 16.0.7070.2036 works`)).toBe(false);
    expect(said(`We will move to Skype for Business 16.0.7070.2036 ${'x '.repeat(50_000)}`)).toBe(true);
  });
});
