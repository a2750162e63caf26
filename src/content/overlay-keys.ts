// Where the content script keeps its overlay and the "injected on request"
// flag: symbol keys on its own global (the isolated world in Chrome, the
// sandbox in Firefox). Element ids and page globals are string keys, so a
// page can never clobber these.
export const OVERLAY_KEY = Symbol.for('offline-im-build-checker/overlay');
export const INJECTED_KEY = Symbol.for('offline-im-build-checker/injected');
