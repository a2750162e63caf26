import browser from './browser.ts';

/**
 * The match pattern (permission and content-script "matches") for an origin.
 * Firefox match patterns carry no port, so there the pattern covers the host
 * on every port; Chrome keeps the port. The popup asks for it, the background
 * registers with it and the options page gives it back: all three must agree.
 */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  const firefox = browser.runtime.getURL('/').startsWith('moz-extension:');
  return `${url.protocol}//${firefox ? url.hostname : url.host}/*`;
}
