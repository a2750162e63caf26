// Plural forms in messages: "{n|one:…|few:…|many:…|other:…}" follows the count, by the language's rules.
import { describe, expect, it } from 'vitest';
import { fillPlurals } from '../../src/core/format-message.ts';

const EN = '{clients} {clients|one:client|other:clients} in {builds} {builds|one:build|other:builds}';
const RU = '{count} {count|one:клиент|few:клиента|many:клиентов|other:клиента}';

describe('fillPlurals', () => {
  it('English: one and other', () => {
    expect(fillPlurals(EN, { clients: 1, builds: 1 }, 'en')).toBe('{clients} client in {builds} build');
    expect(fillPlurals(EN, { clients: 2, builds: 0 }, 'en')).toBe('{clients} clients in {builds} builds');
  });

  it('Russian: one, few and many (21 клиент, 22 клиента, 25 и 11 клиентов)', () => {
    const forms = [1, 2, 5, 11, 21, 22, 25, 100_000].map((count) => fillPlurals(RU, { count }, 'ru').replace('{count} ', `${count} `));
    expect(forms).toEqual(['1 клиент', '2 клиента', '5 клиентов', '11 клиентов', '21 клиент', '22 клиента', '25 клиентов', '100000 клиентов']);
  });

  it('the rules are kept per language: English and Russian asked in turn each keep their own forms, a bad tag stays "other"', () => {
    for (let i = 0; i < 3; i++) {
      expect(fillPlurals('{n|one:row|other:rows}', { n: 21 }, 'en')).toBe('rows');
      expect(fillPlurals(RU, { count: 21 }, 'ru')).toBe('{count} клиент');
      expect(fillPlurals('{n|one:row|other:rows}', { n: 1 }, 'not a language!')).toBe('rows');
    }
  });

  it('a slot without a number stays; a category the slot lacks takes "other"; a bad language tag takes "other"', () => {
    expect(fillPlurals(EN, { clients: 'many' }, 'en')).toBe('{clients} {clients|one:client|other:clients} in {builds} {builds|one:build|other:builds}');
    expect(fillPlurals('{n|other:rows}', { n: 1 }, 'en')).toBe('rows');
    expect(fillPlurals('{n|one:row|other:rows}', { n: 1 }, 'not a language!')).toBe('rows');
  });
});
