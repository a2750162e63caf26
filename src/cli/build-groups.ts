// The table's "by build" view in bounded memory: counts per build and the
// first few line numbers, never every line. Same shape as the engine's
// groupByBuild (lines is the sample), so the policy-rule generator takes it.
import type { BuildGroup } from '../core/group-by-build.ts';
import type { Finding, Message } from '../core/types.ts';
import { MAILBOX_LOCATIONS } from '../core/types.ts';

/** Line numbers kept per build. */
export const LINE_SAMPLE = 10;

export interface SampledGroup extends BuildGroup {
  /** Distinct lines the build was found on (lines holds the first LINE_SAMPLE). */
  lineCount: number;
  /** The last line counted. */
  lastLine: number;
}

export class BuildGroups {
  private groups = new Map<string, SampledGroup>();

  /** The group of a judgement: findings of one build share their reasons object, so most lookups need no key. */
  private byReasons = new WeakMap<object, SampledGroup>();

  add(findings: readonly Finding[]): void {
    for (const f of findings) {
      let g = this.byReasons.get(f.reasons);
      if (!g) {
        // Findings of a build before a late server switch and after it differ in verdict: two groups.
        const key = `${f.family}|${f.version}|${f.verdicts.online}|${f.verdicts.onprem}`;
        g = this.groups.get(key);
        if (g) this.byReasons.set(f.reasons, g);
      }
      if (!g) {
        const key = `${f.family}|${f.version}|${f.verdicts.online}|${f.verdicts.onprem}`;
        g = { version: f.version, family: f.family, count: 1, lines: [f.line], lineCount: 1, lastLine: f.line, text: f.text, verdicts: f.verdicts, reasons: f.reasons };
        this.groups.set(key, g);
        this.byReasons.set(f.reasons, g);
      } else {
        g.count++;
        if (g.lastLine !== f.line) {
          g.lineCount++;
          if (g.lines.length < LINE_SAMPLE) g.lines.push(f.line);
        }
        g.lastLine = f.line;
      }
    }
  }

  /** The groups of a later part of the input (lines counted from 1 there), `lineBase` lines further on. */
  merge(parts: readonly SampledGroup[], lineBase: number): void {
    for (const p of parts) {
      const key = `${p.family}|${p.version}|${p.verdicts.online}|${p.verdicts.onprem}`;
      const lines = p.lines.map((l) => l + lineBase);
      const g = this.groups.get(key);
      if (!g) {
        this.groups.set(key, { ...p, lines, lastLine: p.lastLine + lineBase });
        continue;
      }
      g.count += p.count;
      // A build on the last line of one part and the first of the next is on two different lines: parts end at line breaks.
      g.lineCount += p.lineCount;
      for (const l of lines) if (g.lines.length < LINE_SAMPLE) g.lines.push(l);
      g.lastLine = p.lastLine + lineBase;
    }
  }

  /** The groups as found so far (plain data, for a worker's reply). */
  raw(): SampledGroup[] {
    return [...this.groups.values()];
  }

  /** The groups in order of first appearance; with offline IM off for everyone, eligible ones are blocked. */
  list(offlineImOff?: Message): SampledGroup[] {
    const out: SampledGroup[] = [];
    const merged = new Map<string, SampledGroup>();
    for (const g of this.groups.values()) {
      let verdicts = g.verdicts;
      let reasons = g.reasons;
      if (offlineImOff && MAILBOX_LOCATIONS.some((l) => verdicts[l] === 'eligible')) {
        verdicts = { ...verdicts };
        reasons = { ...reasons };
        for (const l of MAILBOX_LOCATIONS) {
          if (verdicts[l] !== 'eligible') continue;
          verdicts[l] = 'blocked';
          reasons[l] = offlineImOff;
        }
      }
      const key = `${g.family}|${g.version}|${verdicts.online}|${verdicts.onprem}`;
      const same = merged.get(key);
      if (same) {
        same.count += g.count;
        same.lineCount += g.lineCount;
        same.lines = [...same.lines, ...g.lines].sort((a, b) => a - b).slice(0, LINE_SAMPLE);
      } else {
        const copy = { ...g, verdicts, reasons, lines: [...g.lines] };
        merged.set(key, copy);
        out.push(copy);
      }
    }
    return out;
  }
}
