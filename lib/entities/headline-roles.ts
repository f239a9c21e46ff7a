// A role the headline states without a name ("Le vice-ministre vietnamien des AE reçoit son
// homologue colombien"), held by the person the article then names without one ("Dô Hùng Viêt a
// exprimé…"). News French names the function in the headline and the person in the body; the
// reader joins them, and so do the annotators. Read once every person of the page and their
// stated roles are known.

import type { Cand, Doc } from './doc';
import { roleHead, type StatedRole, unnamedRoleBefore } from './roles';

export function headlineRoles(docs: Doc[], cands: Cand[]): void {
  // (most headlines state none: the page's persons are read only when one does)
  const stated: StatedRole[] = [];
  for (const doc of docs) {
    if (doc.in !== 'title') continue;
    for (let v = 1; v < doc.toks.length; v++) {
      const r = unnamedRoleBefore(doc, v);
      if (r?.role && r.country) stated.push(r);
    }
  }
  if (!stated.length) return;
  // in the order the page names them
  const order = new Map(docs.map((d, i) => [d, i]));
  const persons = cands
    .filter((c) => c.type === 'person' && !c.dropped)
    .sort((x, y) => (order.get(x.doc) ?? 0) - (order.get(y.doc) ?? 0) || x.a - y.a);
  // (a person the headline names is not the one it leaves unnamed)
  const inHeadline = new Set(persons.filter((c) => c.doc.in === 'title').map((c) => c.id));
  for (const { role, country } of stated) {
    // (a person the page already gives that function holds it: "Le PM vietnamien…", then "le
    // Premier ministre Pham Minh Chinh")
    if (persons.some((c) => c.role && roleHead(c.role) === roleHead(role))) continue;
    // the first person of that country the article names without a role, outside the headline
    const holder = persons.find(
      (c) =>
        (c.doc.in === 'lead' || c.doc.in === 'paragraph') && !c.role && c.country === country && !inHeadline.has(c.id),
    );
    if (!holder) continue;
    for (const c of persons) if (c.id === holder.id && !c.role) c.role = role;
  }
}
