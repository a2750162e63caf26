import type { FamilyId, Finding, MailboxLocation, Message, Verdict } from './types.ts';

/** All findings of one build: what the popup shows as a row and the CLI as a table line. */
export interface BuildGroup {
  version: string;
  family: FamilyId;
  count: number;
  /** Line numbers in order of appearance, each once. */
  lines: number[];
  /** One example of how the build was written. */
  text: string;
  verdicts: Record<MailboxLocation, Verdict>;
  reasons: Record<MailboxLocation, Message>;
}

/**
 * Groups findings by version, family and verdicts, in order of first
 * appearance: the same build with other evidence (a bare line and a sentence)
 * or another server switch gets its own row, never the first one's verdict.
 */
export function groupByBuild(findings: readonly Finding[]): BuildGroup[] {
  const grouper = createBuildGrouper();
  grouper.add(findings);
  return grouper.groups();
}

/** groupByBuild over findings that arrive in parts (a scan in slices): the same groups as one call on all of them. */
export interface BuildGrouper {
  add(findings: readonly Finding[]): void;
  /** The groups so far, in order of first appearance (live objects: later adds update them). */
  groups(): BuildGroup[];
}

export function createBuildGrouper(): BuildGrouper {
  const groups = new Map<string, BuildGroup>();
  return {
    add(findings) {
      for (const f of findings) {
        const key = `${f.family}|${f.version}|${f.verdicts.online}|${f.verdicts.onprem}`;
        const g = groups.get(key);
        if (!g) {
          groups.set(key, { version: f.version, family: f.family, count: 1, lines: [f.line], text: f.text, verdicts: f.verdicts, reasons: f.reasons });
        } else {
          g.count++;
          if (g.lines[g.lines.length - 1] !== f.line) g.lines.push(f.line);
        }
      }
    },
    groups: () => [...groups.values()],
  };
}
