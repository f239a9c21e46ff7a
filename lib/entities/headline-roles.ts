// A role stated without a name, held by a person the article names without one.
//   In the headline: "Le vice-ministre vietnamien des AE reçoit son homologue colombien", then "Dô
//   Hùng Viêt a exprimé…": news French names the function in the headline and the person in the
//   body.
//   In the body, after the person: "… avec son homologue ouzbek, Ilkhom Khaydarov", then "le
//   vice-ministre ouzbek a proposé…": the function of a nationality names again the one person of
//   that country the article has named without a function.
// The reader joins them, and so do the annotators. Read once every person of the page and their
// stated roles are known.

import type { Steps } from '../slices';
import { fold } from '../text/fold';
import { type Cand, candCountry, type Doc } from './doc';
import { vietnameseName } from './family-names';
import { ADJ_DICT } from './knowledge';
import { pause } from './pace';
import { referenceRole } from './reference-role';
import { roleHead, type StatedRole, unnamedRoleBefore } from './roles';

/**
 * A headline: the page's title, or a teaser's; on a page stored with neither title nor lead, its
 * first paragraph, which says what the story is ("Le nouvel ambassadeur du Vietnam en Egypte a
 * confirmé…", then "l'ambassadeur Dào Thành Chung").
 */
const isHeadline = (d: Doc, headless: boolean): boolean =>
  d.in === 'title' ||
  (d.in === 'related' && d.field === 'title') ||
  (headless && d.in === 'paragraph' && d.index === 0);

/** The texts a headline speaks for: the article's lead and paragraphs, or its teaser's summary and caption. */
const underHeadline = (headline: Doc, d: Doc): boolean =>
  headline.in !== 'related'
    ? d.in === 'lead' || d.in === 'paragraph'
    : d.in === 'related' && d.index === headline.index && d.field !== 'title';

export function headlineRoles(docs: Doc[], cands: Cand[]): void {
  // (most headlines state none: the page's persons are read only when one does)
  const stated: { said: StatedRole; headline: Doc }[] = [];
  const headless = !docs.some((d) => d.in === 'title' || d.in === 'lead');
  for (const doc of docs) {
    if (!isHeadline(doc, headless)) continue;
    const mine: StatedRole[] = [];
    for (let v = 1; v < doc.toks.length; v++) {
      const r = unnamedRoleBefore(doc, v, true);
      // (one function, read to its first verb: not again over it, "l'ambassadrice vietnamienne
      // présente ses lettres…" states "ambassadrice", never "ambassadrice présente")
      const again = mine.find((said) => r?.role?.startsWith(said.role ?? ''));
      // (…but an envoy's post goes on past the place it names: "Le nouvel ambassadeur du Vietnam en
      // Egypte a confirmé…" is read at "en" as a place, then at its verb as the post)
      if (again?.role && r?.role && isEnvoy(r.role) && POST.test(r.role.slice(again.role.length))) {
        again.role = r.role;
        continue;
      }
      if (r?.role && r.country && !again) {
        mine.push(r);
        stated.push({ said: r, headline: doc });
      }
    }
  }
  if (!stated.length) return;
  // in the order the page names them
  const order = new Map(docs.map((d, i) => [d, i]));
  const persons = cands
    .filter((c) => c.type === 'person' && !c.dropped)
    .sort((x, y) => (order.get(x.doc) ?? 0) - (order.get(y.doc) ?? 0) || x.a - y.a);
  // (each teaser's persons, gathered once: a feed of hundreds of teasers is read in one pass)
  const ofTeaser = new Map<number, Cand[]>();
  for (const c of persons) {
    if (c.doc.in !== 'related') continue;
    const list = ofTeaser.get(c.doc.index);
    if (list) list.push(c);
    else ofTeaser.set(c.doc.index, [c]);
  }
  for (const { said, headline } of stated) {
    const { role, country } = said;
    // (the article's headline speaks for the page; a teaser's for its teaser only)
    const story = headline.in !== 'related' ? persons : (ofTeaser.get(headline.index) ?? []);
    // (a person the headline names is not the one it leaves unnamed)
    const inHeadline = new Set(story.filter((c) => c.doc === headline).map((c) => c.id));
    // (a person the page already gives that function holds it: "Le PM vietnamien…", then "le
    // Premier ministre Pham Minh Chinh"; and the one holder named by the bare title says it in
    // full there: "Le ministre chinois de la Défense nationale à Quang Ninh…", then "Le ministre
    // Dong Jun et sa délégation")
    // (another country's holder of that title is not the one: "… accueillis par le général Phan
    // Van Giang, ministre vietnamien de la Défense")
    // (nor a Vietnamese name whose country is not said yet: "Le ministre japonais de la Défense à
    // Hanoï", then "Le ministre Phan Van Giang a reçu son homologue japonais")
    const holders = story.filter(
      (c) =>
        c.role &&
        roleHead(c.role) === roleHead(role) &&
        (c.country ? c.country === country : country === 'VN' || !vietnameseName(c)),
    );
    const one = holders[0]?.id;
    if (
      holders.length &&
      holders.every(
        (c) =>
          c.id === one && [roleHead(role), titleOf(role ?? '')].includes(fold(c.role ?? '')) && !inHeadline.has(c.id),
      )
    ) {
      for (const c of holders) {
        c.role = role;
        c.country ??= country;
      }
      continue;
    }
    if (holders.length) continue;
    // the first person of that country the story names without a role, outside the headline
    const holder = story.find(
      (c) => underHeadline(headline, c.doc) && !c.role && c.country === country && !inHeadline.has(c.id),
    );
    if (!holder) continue;
    for (const c of story) if (c.id === holder.id && !c.role) c.role = role;
  }
}

/** An envoy's title: its post follows it, a country or a body named, "en Egypte", "au Laos", "auprès de l'ONU" (not "en tournée de travail à Busan"). */
const isEnvoy = (role: string): boolean => /^(?:nouvel?le? )?(?:ambassad|consul|charge d'affaires)/.test(fold(role));
const POST = /^\s+(?:(?:en|au|aux|à|a)\s+(?:l['’])?|auprès\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+))\p{Lu}/u;

/** A function's title without its complement, folded: "secrétaire général du PCV" → "secretaire general". */
function titleOf(role: string): string {
  return fold(role).split(/\s+(?:de|du|des|d'|au|aux|en|a|pour|charge)(?:\s|$)/)[0] ?? '';
}

/**
 * For each token of the doc, the last token at or before it that is a nationality adjective or a
 * country the page names (-1 if none): a role among the six tokens before v may say whose.
 */
function countriesBefore(doc: Doc): Int32Array {
  const last = new Int32Array(doc.toks.length).fill(-1);
  let seen = -1;
  for (let k = 0; k < doc.toks.length; k++) {
    const t = doc.toks[k];
    if (doc.used[k]?.type === 'country' || (t?.kind === 'w' && !t.cap && ADJ_DICT.match(doc.toks, k))) seen = k;
    last[k] = seen;
  }
  return last;
}

/** One office said two ways: "le chef du gouvernement éthiopien" is its Premier ministre. */
const OFFICE_NAMES: [RegExp, string][] = [
  [/^chef du gouvernement\b/, 'premier'],
  [/^chef de l'etat\b/, 'president'],
];
function office(role: string): string {
  const folded = fold(role);
  return OFFICE_NAMES.find(([re]) => re.test(folded))?.[1] ?? roleHead(role);
}

/**
 * Is the person named as someone's counterpart or addressed ("son homologue ouzbek, X", "M. X")?
 * So VNA names the official a later function speaks of; an athlete or an artist of that country
 * named bare ("la nageuse singapourienne X") is no one's counterpart.
 */
function namedAsOfficial(c: Cand): boolean {
  const toks = c.doc.toks;
  // (past the counterpart's country: "son homologue du Salvador, X")
  for (let k = c.a - 1; k >= 0 && k >= c.a - 6; k--) {
    const f = toks[k]?.f ?? '';
    if (/^homologues?$/.test(f) || ((f === 'm' || f === 'mme') && toks[k]?.cap)) return true;
    if (toks[k]?.kind === 'w' && toks[k]?.cap && c.doc.used[k]?.type !== 'country') break;
  }
  return false;
}

/** `date`: the page's publication date, which dates the knowledge base's roles (reference-role.ts). */
export function* bodyRoles(docs: Doc[], cands: Cand[], date: string | null = null): Steps<void> {
  const persons = cands.filter((c) => c.type === 'person' && !c.dropped);
  // (a role stated or known at the page's date: "Sar Sokha" keeps the knowledge base's)
  const roled = new Set(persons.filter((c) => c.role || referenceRole(c.kb, date)).map((c) => c.id));
  const official = new Set(persons.filter(namedAsOfficial).map((c) => c.id));
  // the offices persons of each country hold, and the persons of each country without one
  const held = new Map<string | null, Set<string>>();
  const without = new Map<string | null, Cand[]>();
  for (const c of persons) {
    const country = candCountry(c);
    if (c.role) held.set(country, (held.get(country) ?? new Set()).add(office(c.role)));
    else if (!roled.has(c.id) && country !== 'VN') without.set(country, [...(without.get(country) ?? []), c]);
  }
  // (only while a foreign counterpart is still without a function: most pages have none, and the
  // tokens are then not read at all)
  const waiting = () => [...without.values()].some((list) => list.some((c) => !roled.has(c.id) && official.has(c.id)));
  if (!waiting()) return;
  const body = docs.filter((d) => d.in === 'lead' || d.in === 'paragraph');
  const at = new Map(body.map((d, i) => [d, i]));
  for (const [i, doc] of body.entries()) {
    if (pause(i)) yield;
    const before = countriesBefore(doc);
    for (let v = 1; v < doc.toks.length; v++) {
      const t = doc.toks[v];
      if (t?.kind !== 'w' || t.cap || doc.used[v] || (before[v - 1] ?? -1) < v - 6) continue;
      const r = unnamedRoleBefore(doc, v);
      if (!r?.role || !r.country || r.country === 'VN' || !(without.has(r.country) || without.has(null))) continue;
      // (the role goes on past v: "le vice-ministre ouzbek des Affaires étrangères a proposé" is read
      // at its verb, not at "des")
      if (unnamedRoleBefore(doc, v + 1)?.role?.startsWith(r.role)) continue;
      const { role, country } = r;
      // (the page already gives a person of that country the function: it is theirs)
      if (held.get(country)?.has(office(role))) continue;
      // the one person of that country named before without a function: two would leave it open
      const named = (of: string | null) =>
        new Set(
          (without.get(of) ?? [])
            .filter((c) => {
              const j = at.get(c.doc);
              return !roled.has(c.id) && j !== undefined && (j < i || (j === i && c.b <= v));
            })
            .map((c) => c.id),
        );
      // (else the one person whose country the page does not say: "M. Lim Hng Kiang a ajouté…",
      // then "le ministre singapourien a affirmé…"; none of that country may be without a function)
      let ids = named(country);
      if (!ids.size) ids = named(null);
      if (ids.size !== 1 || ![...ids].every((id) => official.has(id))) continue;
      for (const c of persons)
        if (ids.has(c.id)) {
          c.role = role;
          c.country ??= country;
        }
      for (const id of ids) roled.add(id);
      held.set(country, (held.get(country) ?? new Set()).add(office(role)));
      if (!waiting()) return;
    }
  }
}
