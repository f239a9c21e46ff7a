// Opening the popup: the tab it is about, what was found there and the timeline's first page, in
// one message to the background.

import { isVnaUrl } from '@/lib/hosts';
import { ask, type Transport } from '@/lib/messages';
import { isShownAnalysis } from '@/lib/timeline';
import type { PopupState } from '../Popup';
import type { Opening } from './state';
import { FIRST_PAGE } from './view';

/** `whileWaiting`: work done during the background's answer (not during the render). */
export async function openPopup(
  send: Transport,
  targetTab: () => Promise<{ id: number; url?: string } | null>,
  whileWaiting: () => void = () => undefined,
): Promise<Opening> {
  let tabId: number | null = null;
  try {
    const tab = await targetTab();
    if (tab === null) return { tabId, state: { status: 'not-vna' }, timeline: null };
    tabId = tab.id;
    const asked = ask(send, 'tab:analysis', { tabId: tab.id, timeline: FIRST_PAGE });
    whileWaiting();
    const { analysis, timeline } = await asked;
    if (timeline) performance.mark('vna-lens:data');
    // We hold host permission for every VNA host, so a tab whose address we cannot see is not one.
    const state: PopupState = !analysis
      ? { status: isVnaUrl(tab.url) ? 'nothing-yet' : 'not-vna' }
      : isShownAnalysis(analysis)
        ? { status: 'ready', analysis }
        : { status: 'not-vna' };
    return { tabId, state, timeline: timeline ?? null };
  } catch {
    return { tabId, state: { status: 'nothing-yet' }, timeline: null };
  }
}
