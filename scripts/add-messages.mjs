#!/usr/bin/env node
// Adds or replaces messages in _locales/en and _locales/ru in one step, so that
// the two catalogues never drift. Input: a JSON file (or -) shaped
//   { "key": { "en": "…", "ru": "…", "description": "…" }, … }
// Keys stay sorted so that diffs are small.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/add-messages.mjs FILE.json|-');
  process.exit(2);
}
const additions = JSON.parse(readFileSync(source === '-' ? 0 : source, 'utf8'));
for (const lang of ['en', 'ru']) {
  const file = `${root}_locales/${lang}/messages.json`;
  let catalogue = {};
  try {
    catalogue = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // A missing catalogue starts empty.
  }
  for (const [key, value] of Object.entries(additions)) {
    if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`bad message key ${key}`);
    if (typeof value[lang] !== 'string') throw new Error(`${key} has no ${lang} text`);
    catalogue[key] = { message: value[lang], ...(value.description ? { description: value.description } : {}) };
  }
  const sorted = Object.fromEntries(Object.entries(catalogue).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
}
console.log(`added ${Object.keys(additions).length} messages`);
