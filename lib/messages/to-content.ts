// What the content script receives, from the background and the popup.
// Adding a message: one entry here, one handler line in entrypoints/content.ts.

import type { CompleteAction, CompleteStatus } from '../listing/session';
import type { Settings } from '../settings';
import type { Analysis } from '../types';

/** request → response */
export interface ToContent {
  /** run the analysis again and answer with it */
  'content:analyse': { req: Record<string, never>; res: { analysis: Analysis | null } };
  /** the settings changed (highlighting on/off) */
  'settings:changed': { req: { settings: Settings }; res: { ok: boolean } };
  /** from the popup: start, follow or cancel "Compléter la chronologie" in this VNA tab */
  'content:complete-timeline': { req: { action: CompleteAction }; res: CompleteStatus };
}
