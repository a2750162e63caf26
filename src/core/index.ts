// The verdict engine: builds, families, rules and verdicts. No DOM and no
// browser API, so the popup, the overlay, the background worker and the CLI
// all share it.
export * from './types.ts';
export { scan, newScanCarry, type ScanOptions, type ScanCarry } from './scan.ts';
export { judge, effective, thresholdsWith, type Judgement, type Evidence, type Thresholds, type ServerSwitches } from './verdict.ts';
export { serverSwitches, blockedPolicies } from './server-switches.ts';
export { emptyCounts, emptyLocationCounts } from './verdict-counts.ts';
export { csvCell, csvRow } from './csv.ts';
export { THRESHOLDS } from './thresholds.ts';
export { FAMILY_MESSAGE, familyOfNumber } from './families.ts';
export { VERDICT_MESSAGE } from './verdict-message.ts';
export { parseVersion, compareKnown, comparePart, canonicalPart, formatVersion, type Parts } from './version.ts';
export { groupByBuild, createBuildGrouper, type BuildGroup, type BuildGrouper } from './group-by-build.ts';
export { summarize } from './summarize.ts';
export { fillPlurals, fillSlots, formatMessage, type Catalogue, type MessageParams } from './format-message.ts';
export { decodeBytes, type Decoded } from './decode-bytes.ts';
