import { useEffect, useRef, useState } from 'preact/hooks';
import type { Thresholds } from '../core/verdict.ts';
import type { ScanClient } from './scan-client.ts';
import type { ScanView } from './scan-view.ts';

/** While typing, wait this long after the last key before scanning. */
export const TYPING_DELAY_MS = 120;

export interface ScanState {
  view: ScanView | undefined;
  /** A newer text is being scanned; `view` still shows the previous one, or the new one's first part (`view.partial`). */
  pending: boolean;
}

/** Scans `text` as it changes; only the newest text's result (or, on the way, its partial views) is ever shown. */
export function useScan(client: ScanClient, text: string, immediate: boolean, thresholds?: Thresholds): ScanState {
  const [state, setState] = useState<ScanState>({ view: undefined, pending: false });
  const generation = useRef(0);
  useEffect(() => {
    const mine = ++generation.current;
    if (text.trim() === '') {
      setState({ view: undefined, pending: false });
      return;
    }
    setState((s) => ({ view: s.view, pending: true }));
    const newest = () => mine === generation.current;
    const run = () => {
      // Settles both ways, so there is nothing left to handle.
      void client.scan(text, thresholds, (view) => newest() && setState({ view, pending: true })).then(
        (view) => newest() && setState({ view, pending: false }),
        () => newest() && setState({ view: undefined, pending: false }),
      );
    };
    if (immediate) {
      run();
      return;
    }
    const timer = setTimeout(run, TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [client, text, immediate, thresholds?.online, thresholds?.onprem]);
  return state;
}
