import { useEffect, useState } from 'preact/hooks';

/** How long a confirmation stays on screen; screen readers hear it at once. */
export const TOAST_MS = 8000;

/**
 * A confirmation ("Summary copied") pinned to the bottom of the popup's
 * window, so it is seen wherever the button was (the popup stops at 600 px
 * and the buttons may sit low). It goes away by itself; the live region stays.
 */
export function Toast({ text, testId, error = false }: { text: string; testId: string; error?: boolean }) {
  const [shown, setShown] = useState(text);
  useEffect(() => {
    setShown(text);
    if (!text) return;
    const timer = setTimeout(() => setShown(''), TOAST_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <p class={`export-status${shown ? ' toast' : ''}${error ? ' toast-error' : ''}`} role="status" data-testid={testId}>
      {shown}
    </p>
  );
}
