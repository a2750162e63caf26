import type { Mention } from './evidence.ts';
import type { Message } from './types.ts';
import { afterChange, NO_HEADINGS, type HeadingChange, type HeadingState } from './headings.ts';
import { afterVertical, NO_VERTICAL, type VerticalChange, type VerticalState } from './vertical-run.ts';

// What one part of a text hands to the next, for a reader that scans parts
// out of order (the CLI's worker threads): the headings in force
// (headings.ts) and the Format-List / reg query record under way. A part
// scanned before what stands above it is known reports what it did to both,
// whatever stood above it, and whether any answer it gave could have been
// another with the state above it; such a part is scanned again from it.

/** The Format-List / reg query record under way: what its lines named so far, and the build it gave as its client. */
export interface RecordState {
  /** Another product (or an app, Windows, a client left out) named earlier in the record. */
  other: Mention | undefined;
  /** A client named earlier in the record. */
  client: boolean;
  /** The Office suite named earlier in the record (its build is the client's only where the client is installed). */
  suite: boolean;
  /** The record leaves the client out of the install (ExcludedApps lists it; its product has none). */
  leftOut: boolean;
  /** The record is a client version policy's rule (RuleId, CompareOp, UserAgentFullName): its builds are the rule's. */
  rule: boolean;
  /** The build the record gave as its client: a record describes one thing (FileVersion and ProductVersion, VersionToReport and ClientVersionToReport), so the same build again is the same client. */
  found: string | undefined;
}

/**
 * The block under way (the lines since the last blank line: a table, a list of installed programs): the builds its
 * clients gave and their lines, the last BLOCK_KEPT, so that the suite's row of a client's build is not a second client.
 */
export interface BlockState {
  versions: string[];
  lines: number[];
  /** A hash of each row's first cell when it is one word ("FIN-PC647" in a report of products per computer), 0 for none. */
  keys: number[];
}

export const BLOCK_KEPT = 16;

/** Another Office app's build noted on a line (its About line), for an About line or a build just below it. */
export interface AppNote {
  note: Message;
  line: number;
}

/**
 * Another app's About build noted above, whether a unified diff's hunk is under way, and the end of the line above
 * (a sentence wrapped onto the part's first line), as scan.ts keeps them.
 */
export interface LineMarks {
  app: AppNote | undefined;
  diff: boolean;
  above: string;
}

/** The state at a part's start. */
export interface PartStart {
  headings: HeadingState;
  /** A grid copied one cell per line under way (vertical-run.ts). */
  vertical: VerticalState;
  records: RecordState;
  block: BlockState;
  marks: LineMarks;
}

/** What a part did: `reset`, a line that is no record line ended the record above it; the record fields are the part's own. */
export interface PartChange {
  headings: HeadingChange;
  vertical: VerticalChange;
  records: RecordState & { reset: boolean };
  /** `blank`: the part holds a blank line, which ended the block above it; the block fields are the part's own. */
  block: BlockState & { blank: boolean };
  /** The marks after the part; `appSet` / `diffSet` / `aboveSet`: the part set or cleared them (else those above go on). */
  marks: LineMarks & { appSet: boolean; diffSet: boolean; aboveSet: boolean };
}

export const NO_RECORD: RecordState = { other: undefined, client: false, suite: false, leftOut: false, rule: false, found: undefined };

export const NO_BLOCK: BlockState = { versions: [], lines: [], keys: [] };

/** The start of a text: nothing above it. */
export const NO_MARKS: LineMarks = { app: undefined, diff: false, above: '' };

export const TEXT_START: PartStart = { headings: NO_HEADINGS, vertical: NO_VERTICAL, records: NO_RECORD, block: NO_BLOCK, marks: NO_MARKS };

/** The state after a part that made `change`, when `before` was the state at its start. */
export function afterPart(before: PartStart, change: PartChange): PartStart {
  const r = change.records;
  const b = before.records;
  const records = r.reset
    ? { other: r.other, client: r.client, suite: r.suite, leftOut: r.leftOut, rule: r.rule, found: r.found }
    : // The record above goes on: what it named first stays, what the part named is added.
      { other: b.other ?? r.other, client: b.client || r.client, suite: b.suite || r.suite, leftOut: b.leftOut || r.leftOut, rule: b.rule || r.rule, found: r.found ?? b.found };
  const k = change.block;
  const above = before.block;
  const block = k.blank
    ? { versions: k.versions, lines: k.lines, keys: k.keys }
    : { versions: [...above.versions, ...k.versions].slice(-BLOCK_KEPT), lines: [...above.lines, ...k.lines].slice(-BLOCK_KEPT), keys: [...above.keys, ...k.keys].slice(-BLOCK_KEPT) };
  const m = change.marks;
  const marks = { app: m.appSet ? m.app : before.marks.app, diff: m.diffSet ? m.diff : before.marks.diff, above: m.aboveSet ? m.above : before.marks.above };
  return { headings: afterChange(before.headings, change.headings), vertical: afterVertical(before.vertical, change.vertical), records, block, marks };
}
