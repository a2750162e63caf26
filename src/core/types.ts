// The engine's vocabulary. Everything here is plain data: it crosses the
// worker boundary, goes into storage and into the CLI's JSON unchanged.

/** Where the user's Exchange mailbox lives; decides which threshold applies. */
export type MailboxLocation = 'online' | 'onprem';
export const MAILBOX_LOCATIONS: readonly MailboxLocation[] = ['online', 'onprem'];

/**
 * `blocked`: the client build would do, but a server switch found in the same
 * input (EnableOfflineIM False for everyone) stops offline IM all the same.
 * Only effective verdicts are ever `blocked`; a client verdict never is.
 */
export type Verdict = 'eligible' | 'upgrade-required' | 'not-supported' | 'unknown' | 'blocked';
export const VERDICTS: readonly Verdict[] = ['eligible', 'upgrade-required', 'blocked', 'not-supported', 'unknown'];

/**
 * Client families (docs/domain.md). Only `win16` can ever be eligible.
 * `win16-msi-range` is a 16.0 build below 6701 from the MSI era (4xxx–5xxx):
 * by number alone it may be MSI or an early Click-to-Run build.
 */
export type FamilyId =
  | 'win16'
  | 'win16-msi-range'
  | 'lync2013'
  | 'lync2010'
  | 'communicator'
  | 'mac'
  | 'mobile'
  | 'web'
  | 'other16'
  /** An OC/UCCAPI agent whose number matches no known client line. */
  | 'unknown';

/** How the build was written where we found it. */
/**
 * The evidence that made the number a client build: standing alone, an About
 * dialog, a client agent token, a client registry value, or a client product
 * named on the line.
 */
export type FindingSource = 'bare' | 'about' | 'user-agent' | 'registry' | 'named';

/** A localisable message: a key in _locales and the values for its {named} slots. */
export interface Message {
  key: string;
  params: Record<string, string>;
}

export interface Finding {
  /** 1-based line number; CRLF, LF and lone CR each end one line. */
  line: number;
  /** UTF-16 offsets into the scanned text: text === input.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** Normalised dotted version (ASCII digits, no leading zeros), never padded. */
  version: string;
  family: FamilyId;
  source: FindingSource;
  /** The effective verdict: the client build's, then raised thresholds and server switches applied. */
  verdicts: Record<MailboxLocation, Verdict>;
  reasons: Record<MailboxLocation, Message>;
  /** The build alone against the thresholds in force (never `blocked`). */
  clientVerdicts: Record<MailboxLocation, Verdict>;
  /** The user named on the finding's line (UPN, SIP address, DOMAIN\\user), when it names one. */
  user?: string;
}

export interface Unrecognized {
  line: number;
  /** The line, shortened to a readable length. */
  text: string;
  /** Why numbers on the line were not taken as client builds, when there were any. */
  note?: Message;
}

export type PrerequisiteKind = 'offline-im-switch' | 'im-auto-archiving';

export interface Prerequisite {
  line: number;
  kind: PrerequisiteKind;
  /** The policy or configuration Identity the value belongs to, when the output named one. */
  identity?: string;
  value: boolean;
  /** True when this value stops offline IM (for everyone or for a policy's senders). */
  blocking: boolean;
  message: Message;
}

export type VerdictCounts = Record<Verdict, number>;

export interface Summary {
  lines: number;
  findings: number;
  distinctBuilds: number;
  unrecognized: number;
  prerequisites: number;
  /** Effective verdicts counted per finding (one client per finding). */
  byLocation: Record<MailboxLocation, VerdictCounts>;
  /** EnableOfflineIM is False for everyone in the input: every would-be eligible client is `blocked`. */
  blocked: boolean;
  /** Client policies whose EnableIMAutoArchiving is False: their senders cannot send offline IM. */
  blockedPolicies: string[];
}

/** What the engine judges against, besides the build itself. */
export interface ScanContext {
  /**
   * Thresholds in force: Microsoft's raised by an organisation minimum
   * (never lowered). Default: Microsoft's.
   */
  thresholds?: Readonly<Record<MailboxLocation, string>>;
}

export interface ScanResult {
  findings: Finding[];
  unrecognized: Unrecognized[];
  prerequisites: Prerequisite[];
  summary: Summary;
}
