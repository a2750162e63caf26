import { asciiWordIndexAt } from './ascii-word.ts';
import { isBlank, lastNonBlank } from './blank.ts';

/** Longest key of a Format-List "Key : value" line, and of a reg query "Name  REG_SZ  value" line. */
const LIST_KEY_LIMIT = 41;
const REGISTRY_NAME_LIMIT = 61;

/** A letter of a key: Latin (with its accented letters: "Versión"), Greek or Cyrillic («Версия»), as admins label values. */
function isKeyStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x52f)));
}

/** Letters, digits, "_", "." and "-": the characters of a property or value name. */
function isKeyChar(c: number): boolean {
  return isKeyStart(c) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

/**
 * Whether input[lineStart, lineEnd) (one line, no line break) is one field of
 * a record: a Format-List "Key : value" line (the colon followed by a blank
 * or the line's end), a reg query "Name  REG_SZ  value" line, a
 * "Key words: value" line of two words (sigcheck), or the same field as a
 * pretty-printed JSON member or an XML element on its own line. Read by hand,
 * character by character: a regular expression with two bounded alternatives
 * backtracks through the whole key on every line that is neither.
 */
export function isRecordLine(input: string, lineStart: number, lineEnd: number): boolean {
  let i = lineStart;
  while (i < lineEnd && isBlank(input.charCodeAt(i))) i++;
  if (i >= lineEnd) return false;
  const first = input.charCodeAt(i);
  if (first === 34 /* " */) return jsonMember(input, i + 1, lineEnd);
  if (first === 60 /* < */) return xmlElement(input, i + 1, lineEnd);
  if (!isKeyStart(first)) return false;
  const keyStart = i;
  const keyStop = Math.min(lineEnd, keyStart + REGISTRY_NAME_LIMIT);
  for (i++; i < keyStop && isKeyChar(input.charCodeAt(i)); i++);
  let j = i;
  while (j < lineEnd && isBlank(input.charCodeAt(j))) j++;
  if (j < lineEnd && input.charCodeAt(j) === 58 /* : */) return i - keyStart <= LIST_KEY_LIMIT && (j + 1 === lineEnd || isBlank(input.charCodeAt(j + 1)));
  // A MOF property (a WMI or Configuration Manager inventory dump): `VersionToReport = "16.0.x";`.
  if (j < lineEnd && input.charCodeAt(j) === 61 /* = */) return i - keyStart <= LIST_KEY_LIMIT && isBlank(input.charCodeAt(j + 1)) && lastNonBlank(input, j + 1, lineEnd) === 59 /* ; */;
  if (j > i && input.startsWith('REG_', j) && j + 4 <= lineEnd) return true;
  return spacedKeyColon(input, i, lineEnd, keyStart);
}

/**
 * A pretty-printed JSON member, `"VersionToReport": "16.0.x",`, or a value of a registry export (.reg),
 * `"VersionToReport"="16.0.x"` (the key starts at keyStart, after its quote).
 */
function jsonMember(input: string, keyStart: number, lineEnd: number): boolean {
  if (!isKeyStart(input.charCodeAt(keyStart))) return false;
  let i = keyStart + 1;
  const stop = Math.min(lineEnd, keyStart + LIST_KEY_LIMIT);
  while (i < stop && isKeyChar(input.charCodeAt(i))) i++;
  if (input.charCodeAt(i) !== 34 /* " */) return false;
  i++;
  while (i < lineEnd && isBlank(input.charCodeAt(i))) i++;
  return input.charCodeAt(i) === 58 /* : */ || input.charCodeAt(i) === 61 /* = */;
}

/**
 * An XML element alone on its line, `<VersionToReport>16.0.x</VersionToReport>`, `<S N="VersionToReport">16.0.x</S>`
 * (the name starts at nameStart, after "<").
 */
function xmlElement(input: string, nameStart: number, lineEnd: number): boolean {
  if (!isKeyStart(input.charCodeAt(nameStart))) return false;
  let i = nameStart + 1;
  const stop = Math.min(lineEnd, nameStart + LIST_KEY_LIMIT);
  while (i < stop && isKeyChar(input.charCodeAt(i))) i++;
  const nameEnd = i;
  // Attributes, as Export-Clixml writes its fields: <S N="VersionToReport">16.0.x</S>.
  if (isBlank(input.charCodeAt(i))) {
    const attributesStop = Math.min(lineEnd, i + ATTRIBUTES_LIMIT);
    while (i < attributesStop && input.charCodeAt(i) !== 62 && input.charCodeAt(i) !== 60) i++;
  }
  if (input.charCodeAt(i) !== 62 /* > */ || input.charCodeAt(i - 1) === 47 /* a closed "<x />" */) return false;
  let end = lineEnd;
  while (end > i && isBlank(input.charCodeAt(end - 1))) end--;
  const length = nameEnd - nameStart;
  const close = end - length - 3;
  return close > i && input.charCodeAt(close) === 60 && input.charCodeAt(close + 1) === 47 && input.charCodeAt(end - 1) === 62 && input.startsWith(input.slice(nameStart, nameEnd), close + 2);
}

/** Longest run of attributes read in an XML element's opening tag. */
const ATTRIBUTES_LIMIT = 100;

/** Words a key of sigcheck's "Prod version:" or "Signing date:" may have (three, "This product contains:", is prose). */
const SPACED_KEY_WORDS = 2;

/**
 * Whether the key that starts at keyStart and whose first word ends at i goes
 * on with single-spaced words ("Prod version:", "Signing date:") to a colon
 * followed by a blank or the line's end; the same length limit as a
 * Format-List key.
 */
function spacedKeyColon(input: string, i: number, lineEnd: number, keyStart: number): boolean {
  let words = 1;
  while (i < lineEnd && input.charCodeAt(i) === 32 && words < SPACED_KEY_WORDS && isKeyStart(input.charCodeAt(i + 1))) {
    for (i += 2; i < lineEnd && isKeyChar(input.charCodeAt(i)); i++);
    words++;
  }
  if (words === 1 || i - keyStart > LIST_KEY_LIMIT) return false;
  // Blanks before the colon, as a scanner's plugin output aligns its keys ("Installed version : 16.0.x", "Fixed version     : …").
  let colon = i;
  while (colon < lineEnd && input.charCodeAt(colon) === 32) colon++;
  if (input.charCodeAt(colon) !== 58 /* : */ || (colon > i && colon - keyStart > LIST_KEY_LIMIT)) return false;
  return colon + 1 === lineEnd || isBlank(input.charCodeAt(colon + 1));
}

/** Keys whose value names the product a record describes (Win32_Product, Get-Package, the Uninstall key). */
const NAME_KEYS = ['name', 'displayname', 'productname', 'caption', 'packagename', 'softwarename', 'applicationname', 'appname', 'product'];

/**
 * Where the value of a record line whose key names the record's product
 * ("Name : Contoso App", "DisplayName  REG_SZ  Contoso App") starts, or -1
 * for a line with another key. `lineStart, lineEnd` hold a record line.
 */
export function productNameValueAt(input: string, lineStart: number, lineEnd: number): number {
  let i = lineStart;
  while (i < lineEnd && isBlank(input.charCodeAt(i))) i++;
  const keyStart = i;
  while (i < lineEnd && isKeyChar(input.charCodeAt(i))) i++;
  // Compared in place: this runs on every record line that names no product yet.
  if (asciiWordIndexAt(input, keyStart, i, NAME_KEYS) < 0) return -1;
  while (i < lineEnd && isBlank(input.charCodeAt(i))) i++;
  // Format-List's ":", or reg query's value type ("REG_SZ").
  if (input.charCodeAt(i) === 58 /* : */) i++;
  else while (i < lineEnd && !isBlank(input.charCodeAt(i))) i++;
  while (i < lineEnd && isBlank(input.charCodeAt(i))) i++;
  return i;
}
