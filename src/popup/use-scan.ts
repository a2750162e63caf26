import { useEffect, useRef, useState } from 'preact/hooks';
import type { Thresholds } from '../core/verdict.ts';
import type { ScanClient } from './scan-client.ts';
import type { ScanView } from './scan-view.ts';

/** While typing, wait this long after the last key before scanning. */
export const TYPING_DELAY_MS = 120;

export interface ScanState {
  view: ScanView | undefined;
  /** A newer text is being scanned; `view` still shows the previous one. */
  pending: boolean;
}

/** Scans `text` as it changes; only the newest text's result is ever shown. */
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
    const run = () =>
      client.scan(text, thresholds).then(
        (view) => mine === generation.current && setState({ view, pending: false }),
        () => mine === generation.current && setState({ view: undefined, pending: false }),
      );
    if (immediate) {
      void run();
      return;
    }
    const timer = setTimeout(run, TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [client, text, immediate, thresholds?.online, thresholds?.onprem]);
  return state;
}
