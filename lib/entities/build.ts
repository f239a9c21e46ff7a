// Entities from candidate mentions: mentions grouped by id (near-identical person names merged),
// then per entity its name (the knowledge base's, else the most diacritic-rich form seen),
// aliases (every other surface form), the fullest stated role and the most stated country.

import { COUNTRIES, DPRK_BODY_NAMED } from '../knowledge/countries';
import type { Steps } from '../slices';
import { visibleText } from '../text/as-read';
import { fold } from '../text/fold';
import type { Entity, EntityType, Mention } from '../types';
import type { Cand } from './doc';
import { COMPANY_NOUNS, ORG_HEADS } from './lexicon';
import { CANDS_PER_STEP, pause } from './pace';
import { referenceRole } from './reference-role';

function diacriticWeight(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) n++;
  return n;
}

/**
 * A role with its gender folded away, word by word ("directrice générale" and "directeur général",
 * "Première ministre" and "Premier ministre", "représentante permanente", "cheffe"): a key that is the
 * same for one function in either gender.
 */
function functionKey(role: string): string {
  return fold(role)
    .split(/\s+/)
    .map((w) =>
      w
        .replace(/rice$/, 'eur')
        .replace(/euse$/, 'eur')
        .replace(/ive$/, 'if')
        .replace(/ere$/, 'er')
        .replace(/ffe$/, 'f')
        .replace(/e+$/, ''),
    )
    .join(' ');
}

const FORMER = /^(?:ancien(?:ne?)?|ex)[\s-]+/;

/** The order a reader meets a page's texts in. */
const READING_ORDER: Record<Mention['in'], number> = { title: 0, lead: 1, paragraph: 2, caption: 3, related: 4 };

/**
 * "vice-président du Comité populaire de Yên Bai" over "vice-président du Comité populaire
 * provincial": the same function opening both, one says of which place or body by its name where
 * the other says it by a common word.
 */
function sameFunctionNamedBetter(a: string, b: string): boolean {
  const [fa, fb] = [fold(a), fold(b)];
  const head = (f: string) => f.split(/\s+(?:de|du|des|d')\b/)[0] ?? f;
  if (head(fa) !== head(fb)) return false;
  const names = (s: string) => (s.slice(1).match(/(?<![\p{L}-])\p{Lu}\p{Ll}/gu) ?? []).length;
  // (not over a list of functions: "… provincial et chef du comité d'organisation" says more)
  return names(a) > names(b) && !fb.startsWith(fa) && !fa.startsWith(fb) && !/,|\set\s/.test(fb);
}

/**
 * "chef du gouvernement (vietnamien)", "chef de l'État": the office a title names ("Premier
 * ministre", "président") said by what it is. The page's title for it names it better.
 */
const PERIPHRASES: [RegExp, RegExp][] = [
  [/^(ancien(?:ne)? |ex-)?chef(fe)? du gouvernement$/, /^(ancien(?:ne)? |ex-)?premiere? ministre$/],
  [/^(ancien(?:ne)? |ex-)?chef(fe)? de l'etat$/, /^(ancien(?:ne)? |ex-)?presidente?( de la republique)?$/],
];
function titleOfPeriphrasis(title: string, periphrasis: string): boolean {
  const [ft, fp] = [fold(title), fold(periphrasis)];
  return PERIPHRASES.some(([p, t]) => p.test(fp) && t.test(ft));
}

/** "ancien ministre" and "ministre": one function, held then or now. */
function formerOf(a: string, b: string): boolean {
  return a.replace(FORMER, '') === b.replace(FORMER, '');
}

/** Remove characters that must never reach the UI as part of a name. */
function clean(s: string): string {
  return visibleText(s).replace(/[<>]/g, '').replace(/\s+/g, ' ').trim();
}

/** "mengjiangzhu" vs "mengjianzhu": one letter added or dropped, or a glued/truncated form. */
function nearlySame(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length < 9 || l.length - s.length > 1) return false;
  if (l.length === s.length) return false;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

/**
 * "le Comité de coopération" after "le Comité de coopération Vietnam-Japon": a rule-found
 * organisation whose name begins another one's on the page is that one, named short. Each name's
 * word prefixes are indexed once: linear in the words of the names.
 */
function mergeShortOrganisations(groups: Map<string, Cand[]>): void {
  const orgs = [...groups.entries()].filter(([id, g]) => id.startsWith('organization:') && !g.some((c) => c.kb));
  const longest = new Map<string, string>();
  for (const [id] of orgs) {
    const words = id.slice(13).split('-');
    for (let n = 2; n < words.length; n++) {
      const prefix = words.slice(0, n).join('-');
      const had = longest.get(prefix);
      if (!had || had.length < id.length) longest.set(prefix, id);
    }
  }
  const countryOf = (g: Cand[]) => g.find((c) => c.country)?.country ?? null;
  for (const [id, g] of orgs) {
    const into = longest.get(id.slice(13));
    const target = into ? groups.get(into) : undefined;
    if (!into || !target || into === id) continue;
    // "le ministère cambodgien de l'Intérieur" is not "le ministère de l'Intérieur du Laos"
    const [a, b] = [countryOf(g), countryOf(target)];
    if (a && b && a !== b) continue;
    const canonical = target[0]?.canonical ?? '';
    for (const c of g) target.push({ ...c, id: into, canonical });
    groups.delete(id);
  }
}

/**
 * "le ministère vietnamien des Affaires étrangères et le ministère cubain des Affaires étrangères":
 * a ministry is named without its country ("ministère des Affaires étrangères"), so two countries'
 * ministries share a name: they are two entities, one per stated country. The knowledge base's
 * country (else the first stated in the text) keeps the name's id and entry; mentions that state
 * none stay with it.
 */
function splitMinistriesByCountry(groups: Map<string, Cand[]>): void {
  for (const [id, g] of [...groups]) {
    if (!id.startsWith('organization:ministere')) continue;
    const inText = [...g].sort((x, y) => textOrder(x) - textOrder(y) || x.a - y.a);
    const countries = [...new Set(inText.map((c) => c.country).filter((x): x is string => !!x))];
    if (countries.length < 2) continue;
    const kbCountry = g.find((c) => c.kb)?.kb?.country;
    const keep = kbCountry && countries.includes(kbCountry) ? kbCountry : (countries[0] as string);
    for (const code of countries) {
      if (code === keep) continue;
      const theirs = g.filter((c) => c.country === code);
      // (named by its field, never by the other country's name: "ministère des Affaires
      // étrangères", the text's "ministère cubain des…" an alias)
      const other = `${id}-${code.toLowerCase()}`;
      const field = withoutCountry((theirs[0] as Cand).canonical);
      groups.set(
        other,
        theirs.map((c) => ({ ...c, id: other, kb: null, canonical: field })),
      );
    }
    groups.set(
      id,
      g.filter((c) => !c.country || c.country === keep),
    );
  }
  joinMinistriesNamedWithCountry(groups);
}

/**
 * "le ministère cubain des Affaires étrangères … le ministère des Affaires étrangères de Cuba": a
 * ministry of one country, named without it, is the one the page names with it.
 */
function joinMinistriesNamedWithCountry(groups: Map<string, Cand[]>): void {
  // (each group's field read once, the named ones indexed by field and country: a page may name
  // thousands of ministries)
  const named = new Map<string, string>();
  const others: [string, Cand[], string][] = [];
  for (const [id, g] of groups) {
    if (!id.startsWith('organization:ministere')) continue;
    const field = fieldOf(g[0] as Cand);
    if (namesCountry(g[0] as Cand)) {
      for (const c of g) if (c.country) named.set(`${field}|${c.country}`, id);
    } else others.push([id, g, field]);
  }
  for (const [id, g, field] of others) {
    const codes = [...new Set(g.map((c) => c.country).filter(Boolean))];
    const target = codes.length === 1 ? named.get(`${field}|${codes[0]}`) : undefined;
    const into = target ? groups.get(target) : undefined;
    if (!target || !into) continue;
    into.push(...g.map((c) => ({ ...c, id: target, kb: null })));
    groups.delete(id);
  }
}

/** " de Cuba", " du Vietnam", " des Philippines" closing a name: the country a body is of (built once). */
let countryTail: RegExp | null = null;
function countryTailRe(): RegExp {
  countryTail ??= new RegExp(
    ` (?:du|de la|de l'|de|des|d')\\s*(?:${COUNTRIES.flatMap((x) => x.names.map((n) => fold(n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('|')})$`,
  );
  return countryTail;
}

/** Nationality adjectives, folded ("cubain", "vietnamienne"), built once. */
let adjectives: Set<string> | null = null;
function nationalityAdjectives(): Set<string> {
  adjectives ??= new Set(COUNTRIES.flatMap((x) => x.adjectives.map(fold)));
  return adjectives;
}

/** A ministry's field, without the country it is of: "ministere des affaires etrangeres". */
function fieldOf(c: Cand): string {
  // (and without the adjective that says it: "ministère cubain des…")
  return fold(c.canonical)
    .replace(countryTailRe(), '')
    .replace(/^(\S+) (\S+) /, (m, head: string, word: string) => (nationalityAdjectives().has(word) ? `${head} ` : m));
}

/** Is a ministry named with the country it is of ("… de Cuba")? */
function namesCountry(c: Cand): boolean {
  return countryTailRe().test(fold(c.canonical));
}

/** A ministry's name without the country complement that closes it (fold keeps offsets). */
function withoutCountry(name: string): string {
  const m = countryTailRe().exec(fold(name));
  return m ? name.slice(0, m.index) : name;
}

const FIELD_ORDER: Record<string, number> = { title: 0, lead: 1, paragraph: 2, caption: 3, related: 4 };
/** Where a mention's text comes on the page (title, lead, paragraphs, captions, feed). */
function textOrder(c: Cand): number {
  return (FIELD_ORDER[c.doc.in] ?? 5) * 100_000 + c.doc.index;
}

/** Past this many distinct person names, near-identical ones are not merged (it compares pairs). */
const MAX_MERGED_PERSONS = 600;

/** `date`: the page's publication date (ISO 8601), which dates a known person's reference role. */
export function* buildEntities(cands: Cand[], date: string | null = null): Steps<Entity[]> {
  const groups = new Map<string, Cand[]>();
  for (const c of cands) {
    const g = groups.get(c.id);
    if (g) g.push(c);
    else groups.set(c.id, [c]);
  }
  // Merge near-identical rule-found persons into one ("Tran Quang Phuon" → "Tran Quang Phuong").
  // Every pair is compared: past MAX_MERGED_PERSONS names (no article has that many) it is skipped,
  // as 14,000 names took 12 s; squashed forms are computed once, not once per pair.
  const allPersonIds = [...groups.keys()].filter((id) => id.startsWith('person:'));
  const personIds = allPersonIds.length <= MAX_MERGED_PERSONS ? allPersonIds : [];
  const squashed = personIds.map((id) => id.slice(7).replace(/-/g, ''));
  for (let i = 0; i < personIds.length; i++) {
    if (pause(i, 50)) yield;
    for (let j = i + 1; j < personIds.length; j++) {
      const a = personIds[i] as string;
      const b = personIds[j] as string;
      const ga = groups.get(a);
      const gb = groups.get(b);
      if (!ga || !gb || !nearlySame(squashed[i] as string, squashed[j] as string)) continue;
      const [keep, drop] = ga.some((c) => c.kb) || ga.length >= gb.length ? [a, b] : [b, a];
      const gk = groups.get(keep) as Cand[];
      for (const c of groups.get(drop) as Cand[]) gk.push({ ...c, id: keep });
      groups.delete(drop);
    }
  }

  mergeShortOrganisations(groups);
  splitMinistriesByCountry(groups);
  const out: Entity[] = [];
  let g = 0;
  for (const [id, group] of groups) {
    if (pause(g++, 100)) yield;
    const first = group[0] as Cand;
    const kb = group.find((c) => c.kb)?.kb ?? null;
    const type: EntityType = first.type;
    const surfaces: string[] = [];
    const mentions: Mention[] = [];
    for (const [k, c] of group.entries()) {
      if (pause(k, CANDS_PER_STEP)) yield;
      const t0 = c.doc.toks[c.a];
      const t1 = c.doc.toks[c.b - 1];
      if (!t0 || !t1) continue;
      const text = c.doc.text.slice(t0.s, t1.e);
      // (offsets in the page's own string: a decomposed one was read composed)
      const { source, origin } = c.doc;
      const [start, end] = origin ? [origin[t0.s] as number, origin[t1.e] as number] : [t0.s, t1.e];
      const m: Mention = {
        in: c.doc.in,
        index: c.doc.index,
        start,
        end,
        text: source ? source.slice(start, end) : text,
      };
      if (c.doc.field) m.field = c.doc.field;
      mentions.push(m);
      if (!c.shared) surfaces.push(text);
      if (c.honorific) surfaces.push(c.honorific);
      if (c.alias) surfaces.push(c.alias);
    }
    let name: string;
    if (kb) name = kb.name;
    else {
      // Most diacritic-rich canonical form seen (rules propose the canonical: no adjective).
      const forms = group.map((c) => c.canonical);
      name = forms.reduce((best, f) => (diacriticWeight(f) > diacriticWeight(best) ? f : best), forms[0] ?? '');
      // (a body's name written in camel case is its brand, "VietJet Air", "VinaCapital": as written,
      // not parted where the case changes as a glued person's name is, "MaoZédong")
      // (the spacing the page also writes wins: "Masan Group" once, "MasanGroup" once)
      // (as read: soft hyphens and zero-width spaces inside a word are no part of its spelling)
      if (type === 'organization') {
        const read = surfaces.map(visibleText);
        if (!read.includes(name)) name = read.find((s) => camelSpelling(s, name)) ?? name;
      }
    }
    name = clean(name);
    if (!name) continue;
    // (each spelling cleaned once: a country is mentioned hundreds of times on a long page)
    const aliases = [...new Set([...new Set(surfaces)].map(clean))].filter((s) => s && s !== name);
    // The fullest role stated on the page ("secrétaire général du Parti…" over "SG"); a function
    // only added to it later ("qui est également chef de…") when none other is stated.
    // (one function said several ways counts once: "l'ambassadeur X" twice then "l'ambassadrice X";
    // "le président X", then "l'ancien président X")
    const fullest = (added: boolean) => {
      // (in the page's order: "the first" below is the first the reader meets)
      const said = group
        .filter((c) => c.role && !!c.roleAdded === added)
        .sort((x, y) => READING_ORDER[x.doc.in] - READING_ORDER[y.doc.in] || x.doc.index - y.doc.index || x.a - y.a)
        .map((c) => ({ role: c.role as string, key: functionKey(c.role as string) }));
      const written = new Map<string, number>();
      for (const { role } of said) written.set(role, (written.get(role) ?? 0) + 1);
      let best: (typeof said)[number] | null = null;
      for (const r of said) {
        if (!best) best = r;
        // (a gender said otherwise once: the way the page writes it most)
        else if (r.key === best.key) {
          if ((written.get(r.role) ?? 0) > (written.get(best.role) ?? 0)) best = r;
        }
        // ("ancien" said or not: the person is a former holder — "le président X avait effectué…",
        // then "l'ancien président X est décédé")
        else if (formerOf(r.key, best.key)) {
          if (FORMER.test(r.key)) best = r;
        }
        // (an office said by its title and by what it is: the title, "le Premier ministre X", then
        // "le chef du gouvernement vietnamien X")
        else if (titleOfPeriphrasis(r.role, best.role)) best = r;
        else if (titleOfPeriphrasis(best.role, r.role)) continue;
        else if (
          sameFunctionNamedBetter(r.role, best.role) ||
          (!sameFunctionNamedBetter(best.role, r.role) && r.role.length > best.role.length)
        )
          best = r;
      }
      return best?.role ?? null;
    };
    // (an added one that goes on from the main one says the same function more fully: "l'ambassadrice
    // du Vietnam X", then "X pour sa prise de fonctions en tant qu'ambassadrice du Vietnam au Paraguay")
    const [main, added] = [fullest(false), fullest(true)];
    const stated = main && added && fold(added).startsWith(`${fold(main)} `) ? added : (main ?? added);
    // (none stated: the knowledge base's, for the page's date)
    const role = stated ? clean(stated) : referenceRole(kb, date);
    // Country: most frequent stated country, else the knowledge base's.
    const votes = new Map<string, number>();
    for (const c of group) if (c.country) votes.set(c.country, (votes.get(c.country) ?? 0) + 1);
    let country: string | null = null;
    let best = 0;
    for (const [code, n] of votes) {
      if (n > best) {
        best = n;
        country = code;
      }
    }
    if (type === 'country') country = kb?.country ?? country;
    else country = country ?? kb?.country ?? null;
    // ("l'Armée populaire de Corée", "chef d'état-major de l'Armée populaire de Corée": the North's)
    if (country === 'KR' && DPRK_BODY_NAMED.test(fold(type === 'person' ? (role ?? '') : name))) country = 'KP';
    out.push({ id, name, type, aliases, role, country, mentions });
  }
  return out;
}

/** Is `written` the name `parted` without the spaces put where the case changes ("VietJet" for "Viet Jet")? */
function camelSpelling(written: string, parted: string): boolean {
  if (written === parted || written.replace(/\s+/g, '') !== parted.replace(/\s+/g, '')) return false;
  // (every space dropped was between a lower-case letter and a capital, after a part that opens on
  // a capital: "Viet|Jet"; not a small word glued to the next, "laRPDC")
  const [w, p] = [[...written], [...parted]];
  for (let i = 0, j = 0; j < p.length; j++) {
    if (w[i] === p[j]) {
      i++;
      continue;
    }
    const part = /(\S+)$/u.exec(p.slice(0, j).join(''))?.[1] ?? '';
    if (!/\s/u.test(p[j] ?? '') || !/^\p{Lu}.*\p{Ll}$/u.test(part) || !/\p{Lu}/u.test(p[j + 1] ?? '')) return false;
    // (a body's noun glued to its complement is the stored text's slip: "AssociationVietnam-France")
    if (ORG_HEADS.has(fold(part)) || COMPANY_NOUNS.has(fold(part))) return false;
  }
  return true;
}
