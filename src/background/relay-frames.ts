// Relays messages between the overlays of one tab's frames: a frame's counts
// go to the top frame (with the sender's frame id, which the browser sets, not
// the frame), and the top frame's "remove marks" goes to every frame. Only
// our own content scripts can send these: a page has no way to.
import { FRAME_COUNTS, REMOVE, REMOVE_ALL, type OverlayMessage } from '../content/overlay-messages.ts';
import browser, { type Runtime } from '../platform/browser.ts';

export async function relayFrames(message: OverlayMessage, sender: Runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || frameId === undefined) return;
  if (message.type === FRAME_COUNTS && frameId !== 0) {
    await browser.tabs.sendMessage(tabId, { ...message, frameId }, { frameId: 0 }).catch(() => undefined);
  } else if (message.type === REMOVE_ALL && frameId === 0) {
    await browser.tabs.sendMessage(tabId, { type: REMOVE }).catch(() => undefined);
  }
}
