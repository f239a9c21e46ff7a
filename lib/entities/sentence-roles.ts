// A function stated at the end of one sentence with no name, held by the person the next sentence
// opens on: "Ngo Duc Manh a présenté ses lettres de créance à la présidente de l'Assemblée nationale
// du Turkménistan (ou Mejlis). Guslat Mamedowa a souligné…". French news names the function, then
// the person as the next sentence's subject; the reader joins them, and so do the annotators.
// Read once every person of the page and their stated roles are known: a person the page gives a
// function anywhere keeps it.

import type { Cand, Doc } from './doc';
import { roleEndingSentence } from './roles';

export function previousSentenceRoles(docs: Doc[], cands: Cand[]): void {
  // (a paragraph's first sentence follows the paragraph before's last)
  const before = new Map<Doc, Doc>();
  for (let k = 1; k < docs.length; k++) {
    const [prev, doc] = [docs[k - 1] as Doc, docs[k] as Doc];
    if (doc.in === 'paragraph' && prev.in === 'paragraph') before.set(doc, prev);
  }
  const roled = new Set<string>();
  for (const c of cands) if (c.type === 'person' && !c.dropped && c.role) roled.add(c.id);
  for (const c of cands) {
    if (c.type !== 'person' || c.dropped || c.role || roled.has(c.id)) continue;
    const prev = c.a === 0 ? before.get(c.doc) : undefined;
    const r = prev ? roleEndingSentence(prev, prev.toks.length - 1) : roleEndingSentence(c.doc, c.a - 1);
    if (!r?.role) continue;
    // (a function of another country is someone else's)
    if (r.country && c.country && r.country !== c.country) continue;
    c.role = r.role;
    c.country = c.country ?? r.country;
    roled.add(c.id);
  }
}
