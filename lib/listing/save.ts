// The background's side of 'listing:save': one listing page's stories into the store, in one
// transaction, answered with what was new and what was there already.

import type { Protocol } from '../messages';
import { type LensDatabase, saveListingPage, type WriteResult } from '../store';
import type { Analysis } from '../types';

export async function storeListingPage(
  db: LensDatabase,
  analysis: Analysis,
  noteWrite: (result: WriteResult) => Promise<void>,
): Promise<Protocol['listing:save']['res']> {
  try {
    const result = await saveListingPage(db, analysis);
    await noteWrite(result);
    if (!result.ok) return { error: result.quotaExceeded ? 'QuotaExceededError' : (result.error ?? 'store') };
    return { added: result.added, already: result.already };
  } catch (err) {
    return { error: String(err) };
  }
}
