import { groupByBuild, scan, type ScanResult, type Thresholds, type Unrecognized } from '../core/index.ts';
import { createPieceScan } from './scan-in-pieces.ts';
import { viewOf } from './scan-view-of.ts';
import type { ScanView } from './scan-view.ts';

/** A scan whose text arrives in pieces (a large paste sent from the popup). */
export interface PiecesSession {
  push(piece: string): void;
  /** A view of the pieces so far (`partial: true`). */
  partial(): ScanView;
  /** The whole text's view, as scan() of it gives; the session's text and result become the store's last. */
  end(): ScanView;
}

/** Scans a text and keeps the full result for paging (and, in the worker, CSV export). */
export interface ScanStore {
  /** Scans against the thresholds in force (default: Microsoft's). */
  scan(text: string, thresholds?: Thresholds): ScanView;
  /** Starts a scan of a text that arrives in pieces. */
  begin(thresholds?: Thresholds): PiecesSession;
  unrecognized(from: number, count: number): Unrecognized[];
  /** The last text scanned (joined from its pieces when first read: only an export needs it), its full result and its view. */
  last(): { readonly text: string; result: ScanResult; view: ScanView };
}

export function toView(result: ScanResult): ScanView {
  return viewOf(groupByBuild(result.findings), result);
}

export function createScanStore(): ScanStore {
  // The text as it came: joined only when asked for (an export), not for every scan.
  let parts: string[] = [''];
  let result: ScanResult = scan('');
  let view = toView(result);
  const text = () => {
    if (parts.length > 1) parts = [parts.join('')];
    return parts[0]!;
  };
  const begin = (thresholds?: Thresholds): PiecesSession => {
    const pieces: string[] = [];
    const scanner = createPieceScan(thresholds);
    return {
      push(piece) {
        pieces.push(piece);
        scanner.push(piece);
      },
      partial: () => scanner.partial(),
      end() {
        const whole = () => (pieces.length === 1 ? pieces[0]! : pieces.join(''));
        ({ result, view } = scanner.end(whole));
        parts = pieces.length === 0 ? [''] : pieces;
        return view;
      },
    };
  };
  return {
    scan(next, thresholds) {
      const session = begin(thresholds);
      session.push(next);
      return session.end();
    },
    begin,
    unrecognized(from, count) {
      return result.unrecognized.slice(from, from + count);
    },
    last: () => ({
      get text() {
        return text();
      },
      result,
      view,
    }),
  };
}
