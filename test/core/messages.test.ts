// Every message the engine can emit exists in both catalogues, and the engine
// fills every {slot} the English and Russian texts use.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAMILY_MESSAGE, MAILBOX_LOCATIONS, VERDICTS, formatMessage, scan, type Message } from '../../src/core/index.ts';
import { BUILD_CASES, NOT_A_BUILD } from '../cases.ts';

type Catalogue = Record<string, { message: string }>;
const root = new URL('../../', import.meta.url);
const catalogues: Record<'en' | 'ru', Catalogue> = {
  en: JSON.parse(readFileSync(new URL('_locales/en/messages.json', root), 'utf8')),
  ru: JSON.parse(readFileSync(new URL('_locales/ru/messages.json', root), 'utf8')),
};

const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/** A corpus that makes the engine emit every kind of message it has. */
const CORPUS = [
  ...BUILD_CASES.map((c) => c.input),
  ...NOT_A_BUILD,
  '16.0.6701',
  '16.0.6920',
  '16.0.6600.1000',
  '2.0.6362.111',
  'LWA/15.0.4481.1000',
  'OC/9.1.2.3',
  '99.1.2.3000',
  '6.0.9319.0',
  '15.0.1497.2',
  'Skype for Business from 16.0.6568.2025 to 16.0.6920.1000 or later',
  'Skype for Business upgraded from 16.0.6568.2025 last week',
  'Skype for Business is not on 16.0.6568.2025',
  'PC-0401;Skype for Business;16.0.9126.2116;Scheduled',
  '',
  'Microsoft Office Professional Plus 2016  16.0.4266.1001',
  'Microsoft Skype for Business 2016  16.0.4266.1001',
  '',
  '16.0.0.0',
  'Skype for Business 2016 - en-us             16.0.1252…',
  'Microsoft SharePoint Server 2019,16.0.10337.12109',
  'Microsoft Outlook 16.0.17928.20114',
  'Version 15.20 (Build 7472.19)',
  'Skype for Business 2016 (16.0.17928.20114) MSO (16.0.17928.20110) 32-bit',
  'Offline IM needs 16.0.6920.1000 or later',
  '',
  'Microsoft 365 Apps for enterprise 16.0.17928.20114',
  'Microsoft Office Professional Plus 2016 16.0.4266.1001',
  '',
  '16.0.17928.20114; minimum 16.0.6920.1000',
  'Users on Skype for Business 16.0.17928.20114 need a newer patch',
  'Bob has 16.0.17928.20114',
  'We ought to get everyone onto Skype for Business 16.0.17928.20114 by the end of Q3.',
  'In this demo we are using Skype for Business 2016 (16.0.7766.2060) with an Exchange Online mailbox.',
  '[13:20] Raj: sfb 16.0.7167.2606',
  '[13:21] Raj: sorry typo, 16.0.7167.2060',
  'The old VDI golden image had Skype for Business 16.0.17928.20114 but that image was deleted.',
  'Skype for Business 16.0.17928.20114 ยังรออนุมัติ',
  'Outlook or Skype? The user read 16.0.17928.20114 to me.',
  'sip:h.weber@fabrikam.de\tUCCAPI/16.0.7571.2109\tOC',
  'EnableOfflineIM : False',
  'EnableOfflineIM : True',
  'EnableIMAutoArchiving : False',
  'EnableIMAutoArchiving : True',
].join('\n');

function emitted(): Message[] {
  // Without the server switches too: EnableOfflineIM False turns every eligible client blocked.
  const builds = CORPUS.split('\n').filter((l) => !l.startsWith('Enable')).join('\n');
  return [...messagesOf(CORPUS), ...messagesOf(builds), ...messagesOf(`${builds}\nEnableOfflineIM : False`)];
}

function messagesOf(text: string): Message[] {
  const r = scan(text);
  return [
    ...r.findings.flatMap((f) => MAILBOX_LOCATIONS.map((l) => f.reasons[l])),
    ...r.unrecognized.flatMap((u) => (u.note ? [u.note] : [])),
    ...r.prerequisites.map((p) => p.message),
  ];
}

/** Message keys written as literals in the engine's source. */
function sourceKeys(): string[] {
  const dir = new URL('src/core/', root);
  const keys = new Set<string>();
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.ts') || file === 'policy-rules.ts') continue;
    for (const m of readFileSync(new URL(file, dir), 'utf8').matchAll(/'((?:reason|family|ignored|prereq)_[A-Za-z0-9_]+)'/g)) keys.add(m[1]!);
  }
  return [...keys];
}

describe('engine messages', () => {
  const messages = emitted();

  it('the corpus reaches every family of message', () => {
    const keys = new Set(messages.map((m) => m.key));
    for (const key of sourceKeys().filter((k) => !k.startsWith('family_'))) expect(keys, key).toContain(key);
  });

  it.each(['en', 'ru'] as const)('every emitted key exists in %s and every slot it uses is filled', (lang) => {
    for (const m of messages) {
      const entry = catalogues[lang][m.key];
      expect(entry, `${lang}: ${m.key}`).toBeDefined();
      for (const slot of slots(entry!.message)) expect(m.params, `${lang}: ${m.key} {${slot}}`).toHaveProperty(slot);
      const text = formatMessage(catalogues[lang], m);
      expect(text, `${lang}: ${m.key}`).not.toMatch(/\{\w+\}/);
    }
  });

  it.each(['en', 'ru'] as const)('every key written in src/core exists in %s', (lang) => {
    const keys = sourceKeys();
    expect(keys.length).toBeGreaterThan(20);
    for (const key of keys) expect(catalogues[lang], `${lang}: ${key}`).toHaveProperty(key);
  });

  it.each(['en', 'ru'] as const)('family, verdict and location names exist in %s', (lang) => {
    for (const key of Object.values(FAMILY_MESSAGE)) expect(catalogues[lang], key).toHaveProperty(key);
    for (const v of VERDICTS) expect(catalogues[lang]).toHaveProperty(`verdict_${v.replace(/-/g, '_')}`);
    for (const l of MAILBOX_LOCATIONS) expect(catalogues[lang]).toHaveProperty(`location_${l}`);
  });

  it('formatMessage falls back to the key and leaves unknown slots visible', () => {
    expect(formatMessage(catalogues.en, { key: 'no_such_key', params: {} })).toBe('no_such_key');
    expect(formatMessage({ k: { message: 'a {x} b {y}' } }, { key: 'k', params: { x: '1' } })).toBe('a 1 b {y}');
  });
});
