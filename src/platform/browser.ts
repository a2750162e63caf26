// The one place that touches the WebExtension global. webextension-polyfill is
// retired upstream and a no-op where a native promise-based `browser` exists
// (Firefox, Chrome 148+), but enterprise Chrome/Edge below 148 only have
// `chrome`: keep it here so dropping it later is a one-file change.
import browser from 'webextension-polyfill';

export type { Browser, Runtime, Tabs, Menus, Scripting, Storage, Permissions } from 'webextension-polyfill';
export default browser;
