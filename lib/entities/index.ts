// Names in French VNA text: who, which organisation, which place, which country.
//
// Why hand-written and not an NER library: browser-sized French NER (compromise-fr, wink-nlp
// models) is trained on generic European text and misses Vietnamese, Khmer and Lao names, VNA's
// role phrases and its honorifics; models that do better (spaCy/Transformers) are tens of MB and
// not for a content script. A small token matcher + curated knowledge base + French role rules
// is ~40 KB, linear-time, and explains each decision.
//
// Pipeline (one page = title, lead, paragraphs, captions, teasers): entitySteps runs these passes in
// this order, each over the page's shared state (passes/state.ts: the candidate mentions found so
// far, the names learnt to find again), each yielding between small steps (pace.ts):
//   1. makeDocs: tokenize every text (offsets kept; tokens.ts, page-texts.ts)
//   2. mediaNames: media and companies after their noun ("la chaîne Nile TV"), foreign names of
//      bodies ("Qatar Investment Authority"), sources credited with VNA ("-VNA/VI") (media.ts)
//   3. knowledgeBase (passes/knowledge-base.ts): longest match first, checked in context
//      (kb-context.ts); regions of the world with their cardinal point ("Afrique de l'Ouest",
//      regions.ts)
//   4. lowerCaseWords: the words the page writes in lower case, which passes 7 and 8 read as
//      common words when capitalised
//   5. facilitiesAndDistricts: names that go on past a common noun: places ("port de Cai Mep",
//      "Mausolée du Président Hô Chi Minh"), districts (complements.ts)
//   6. organisations (passes/organisations.ts): of a country, by rule ("ministère cambodgien de
//      l'Intérieur", org-rules.ts), abroad ("Association des Vietnamiens en France"), national
//      teams, bodies of other organisations (org-units.ts), ministries sharing one plural head
//      (ministry-lists.ts); acronyms defined in parentheses, which win over the knowledge base's
//      on the page
//   7. capitalisedRuns: places, persons (person-place-rules.ts, roles.ts); a name listed with
//      known places is a place (listed-names.ts)
//   8. shortForms: persons named again by a short form of their name ("Steinmeier a souligné…",
//      family-names.ts)
//   9. namesAgain: names found once are found again everywhere else on the page ("Soc Trang
//      renforce…"); then a place's government named by the place, now found ("l'administration
//      de Hong Kong", passes/organisations.ts)
//  10. rolesAndCountries: roles of the persons no rule gave one (roles.ts, headline-roles.ts,
//      sentence-roles.ts), a bare title's complement said after the name (title-complements.ts);
//      countries of the places of the world the page names
//  11. buildEntities: mentions grouped by id; name, aliases, role and country decided per entity
//      (build.ts)

import { EPITHETS } from '../knowledge/people';
import { runNow, type Steps } from '../slices';
import { fold } from '../text/fold';
import type { Entity } from '../types';
import { buildEntities } from './build';
import { matchFacilities, matchNumberedDistrict, matchNumberedRoad } from './complements';
import { type Cand, candCountry, type Doc } from './doc';
import {
  FAMILY_NAME,
  GIVEN_NAME,
  joinShortMentions,
  LAST_SYLLABLES,
  REGNAL_NAME,
  shortNames,
  storyOf,
} from './family-names';
import { bodyRoles, headlineRoles } from './headline-roles';
import { honorificStart } from './kb-context';
import { ADJ_DICT, keyTokens } from './knowledge';
import { VN_SYLLABLE } from './lexicon';
import { listedCompany, listedGivenNames, listedPlace } from './listed-names';
import { creditSources, foreignOrgName, nameAfterNoun, namesAfterPluralNoun, photoCredits } from './media';
import { CANDS_PER_STEP, pause } from './pace';
import { type EntityTexts, makeDocs } from './page-texts';
import { knowledgeBase } from './passes/knowledge-base';
import { localAdministrations, organisations } from './passes/organisations';
import { type PassState, passState } from './passes/state';
import {
  capitalRuns,
  classifyRun,
  placeTriggerBefore,
  roleComplementPlace,
  roleWordBeforeName,
} from './person-place-rules';
import { joinRoles, roleAfter, roleBefore } from './roles';
import { previousSentenceRoles } from './sentence-roles';
import { withComplementAfterName } from './title-complements';
import type { Token } from './tokens';
import {
  personWordsOf,
  worldPlace,
  worldPlaceAcross,
  worldPlaceAfterArticle,
  worldPlaceCountry,
  worldPlaceWithPoint,
} from './world-places';

export { type EntityTexts, pageTexts } from './page-texts';

export function findEntities(texts: EntityTexts): Entity[] {
  return runNow(entitySteps(texts));
}

/** The folded words of a candidate. */
const keysOf = (c: Cand) => c.doc.toks.slice(c.a, c.b).map((t) => t.f);

/**
 * findEntities as small steps (lib/slices.ts): each pass yields every DOCS_PER_STEP texts. The
 * passes, numbered as in the pipeline above; the passes in this file follow in that order.
 */
export function* entitySteps(texts: EntityTexts): Steps<Entity[]> {
  if (!texts || typeof texts !== 'object') return [];
  const docs = yield* makeDocs(texts); // 1
  const state = passState(docs);
  yield* mediaNames(state); // 2
  yield* knowledgeBase(state); // 3
  const lowerSeen = yield* lowerCaseWords(docs); // 4
  yield* facilitiesAndDistricts(state); // 5
  yield* organisations(state); // 6
  yield* capitalisedRuns(state, lowerSeen); // 7
  const storyBound = shortForms(state, lowerSeen); // 8
  yield* namesAgain(state, storyBound); // 9
  yield* localAdministrations(state); // 9b
  const date = typeof texts.date === 'string' ? texts.date : null;
  yield* rolesAndCountries(state, date); // 10
  return yield* buildEntities(
    state.cands.filter((c) => !c.dropped),
    date,
  ); // 11
}

/**
 * Media, companies and foreign names of bodies win over the places in their names:
 * "le journal Vientiane Mai", "Qatar Investment Authority", "les groupes japonais Toyota et
 * Honda" (media.ts).
 */
function* mediaNames({ docs, push }: PassState): Steps<void> {
  for (const [k, doc] of docs.entries()) {
    if (pause(k)) yield;
    for (let i = 0; i + 1 < doc.toks.length; i++) {
      const t = doc.toks[i] as Token;
      // (each finder opens on one kind of word: looked at here, as this runs on every token)
      if (t.f === 'photo' || t.f === 'photos') for (const credited of photoCredits(doc, i)) push(credited);
      if (t.upper) for (const credited of creditSources(doc, i)) push(credited);
      const listed = doc.used[i] || t.cap || !t.f.endsWith('s') ? null : namesAfterPluralNoun(doc, i);
      if (listed?.length) {
        for (const c of listed) push(c);
        continue;
      }
      const c = doc.used[i] ? null : (nameAfterNoun(doc, i) ?? foreignOrgName(doc, i));
      if (!c) continue;
      push(c);
      i = c.b - 1;
    }
  }
}

/** The words the page writes in lower case: a capitalised one of them is a common word (person-place-rules.ts). */
function* lowerCaseWords(docs: Doc[]): Steps<Set<string>> {
  const lowerSeen = new Set<string>();
  for (const [k, doc] of docs.entries()) {
    if (pause(k)) yield;
    for (const t of doc.toks) if (t.kind === 'w' && !t.cap) lowerSeen.add(t.f);
  }
  return lowerSeen;
}

/**
 * Names that go on past a common noun: places ("port de Cai Mep", "Mausolée du Président Hô Chi
 * Minh"), numbered districts (complements.ts).
 */
function* facilitiesAndDistricts({ docs, push, learn, takeOver }: PassState): Steps<void> {
  for (const [k, doc] of docs.entries()) {
    if (pause(k)) yield;
    for (let i = 0; i < doc.toks.length; i++) {
      const district = matchNumberedDistrict(doc, i);
      if (district) {
        push(district);
        i = district.b - 1;
        continue;
      }
      const road = matchNumberedRoad(doc, i);
      if (road) {
        push(road);
        i = road.b - 1;
        continue;
      }
      const found = matchFacilities(doc, i);
      for (const f of found) {
        takeOver(f);
        // ("fleuve Rouge" is not a reason to find "Rouge" in "Croix-Rouge")
        if (f.alias && keyTokens(f.alias).length > 1) learn(f, keyTokens(f.alias), false);
        i = f.b - 1;
      }
    }
  }
}

/**
 * Places and persons from capitalised runs (person-place-rules.ts, roles.ts); a name listed with
 * known places is a place (listed-names.ts).
 */
function* capitalisedRuns({ docs, cands, push, learnt, learn }: PassState, lowerSeen: Set<string>): Steps<void> {
  const shapedOnly: Cand[] = [];
  /** runs nothing named: given names listed with persons are read once the persons are known */
  const unnamed: [Doc, number, number][] = [];
  const worldOnly: Cand[] = [];
  for (const [k, doc] of docs.entries()) {
    if (pause(k)) yield;
    const runs = capitalRuns(doc);
    for (let r = 0; r < runs.length; r++) {
      const [a0, b] = runs[r] as [number, number];
      // "Dar es Salaam", "Rio de Janeiro": a place of the world whose name has a small word inside
      const joined = worldPlaceAcross(doc, a0, b, runs[r + 1], lowerSeen);
      if (joined) {
        worldOnly.push(joined);
        r++;
        continue;
      }
      // "Nouvelle-Galles du Sud": and with a cardinal point (a run of its own or not)
      // (after "province de" its rule reads the whole designation as an alias)
      const pointed = placeTriggerBefore(doc, a0) < 0 ? worldPlaceWithPoint(doc, a0, b, lowerSeen) : null;
      if (pointed) {
        worldOnly.push(pointed);
        while ((runs[r + 1]?.[0] ?? Number.POSITIVE_INFINITY) < pointed.b) r++;
        continue;
      }
      const place = roleComplementPlace(doc, a0, b);
      if (place) {
        push(place);
        learn(place, [doc.toks[a0]?.f ?? ''], false);
      }
      const a = place || roleWordBeforeName(doc, a0, b) ? a0 + 1 : a0;
      const c = classifyRun(doc, a, b, lowerSeen);
      if (!c) {
        // a place of the world waits until every person of the page is known
        const w = worldPlace(doc, a, b, lowerSeen) ?? worldPlaceAfterArticle(doc, a, b, lowerSeen);
        if (w) worldOnly.push(w);
        else unnamed.push([doc, a, b]);
        continue;
      }
      // a person only by the shape of the name waits until every place of the page is known
      if (c.via === 'vn-shape' && !c.role) {
        shapedOnly.push(c);
        continue;
      }
      push(c);
      learn(c, keysOf(c), false);
    }
  }
  // "aux habitants de Quan Son" after "le district de Quan Son": a name the page gives as a place
  // is that place, wherever it comes on the page
  for (const [n, c] of shapedOnly.entries()) {
    if (pause(n, CANDS_PER_STEP)) yield;
    const known = learnt.match(c.doc.toks, c.a, (j) => !c.doc.used[j]);
    if (known && known.end === c.b && known.ref.type === 'place') continue;
    push(c);
    learn(c, keysOf(c), false);
  }
  // "les Malaisiens Lai Yong Ren et Chan Yi Jack", "Phung Hông Huy, Pham Hông Thai et cambodgien Lim
  // Sothea": a run listed after a person known only now (by the shape of the name, just above) is
  // read again, as the rules listing names with a person would have read it
  if (shapedOnly.length) {
    for (const [n, run] of unnamed.entries()) {
      if (pause(n, CANDS_PER_STEP)) yield;
      const [doc, a, b] = run;
      // (two Vietnamese syllables beside a person are a town or a company as often: "Selon Nguyen
      // Van Hai, Tan Uyen et Bau Bang attirent…")
      if (!personListedBefore(doc, a) || twoSyllables(doc, a, b)) continue;
      const c = classifyRun(doc, a, b, lowerSeen);
      if (c?.type !== 'person') continue;
      push(c);
      learn(c, keysOf(c), false);
      run[2] = a; // read: no rule below takes it
    }
  }
  for (const [n, [doc, a, b]] of unnamed.entries()) {
    if (pause(n, CANDS_PER_STEP)) yield;
    if (a >= b) continue;
    const c = listedGivenNames(doc, a, b);
    if (c) push(c);
  }
  const personWords = worldOnly.length ? personWordsOf(cands) : null;
  for (const [n, c] of worldOnly.entries()) {
    if (pause(n, CANDS_PER_STEP)) yield;
    if (c.b - c.a === 1 && personWords?.has(c.doc.toks[c.a]?.f ?? '')) continue;
    push(c);
  }
  // (after the places of the world: a list's known places are counted)
  for (const [n, [doc, a, b]] of unnamed.entries()) {
    if (pause(n, CANDS_PER_STEP)) yield;
    if (a >= b) continue;
    const c = listedPlace(doc, a, b) ?? listedCompany(doc, a, b);
    if (c) push(c);
  }
}

const twoSyllables = (doc: Doc, a: number, b: number): boolean =>
  b - a === 2 && VN_SYLLABLE.test(doc.toks[a]?.f ?? '') && VN_SYLLABLE.test(doc.toks[a + 1]?.f ?? '');

/**
 * A person named right before the run at a, across "et" or a comma and at most a nationality
 * adjective ("X et Y", "X, Y", "X et cambodgien Y").
 */
function personListedBefore(doc: Doc, a: number): boolean {
  for (let k = a - 1; k >= a - 3 && k > 0; k--) {
    const sep = doc.toks[k]?.f;
    if (sep === 'et' || sep === ',') return doc.used[k - 1]?.type === 'person';
  }
  return false;
}

/**
 * Persons named again by a short form of their name (family-names.ts), learnt for namesAgain: the
 * family name, a sovereign's given name, a Vietnamese name's last two syllables. Gives the short
 * forms read only in the story that names them.
 */
function shortForms({ cands, learn }: PassState, lowerSeen: Set<string>): Map<Cand, string> {
  // "Steinmeier a souligné…", "Mme Ardern": a foreign person named again by the family name alone
  // (family-names.ts); namesAgain finds its other mentions
  const families = shortNames(cands, FAMILY_NAME, lowerSeen);
  joinShortMentions(cands, FAMILY_NAME, families);
  for (const s of families.values()) learn(s.owner, s.words, false);
  const regnal = shortNames(cands, REGNAL_NAME, lowerSeen);
  joinShortMentions(cands, REGNAL_NAME, regnal);
  for (const s of regnal.values()) learn(s.owner, s.words, false);
  // "Nguyên Anh Duc… Anh Duc a marqué": a Vietnamese person named again by the last two syllables,
  // in the same story only (a teaser's "Quoc Khanh" is the National Day, not the article's minister)
  const syllables = shortNames(cands, LAST_SYLLABLES, lowerSeen);
  joinShortMentions(cands, LAST_SYLLABLES, syllables);
  // "Trân Minh Ca… D'après M. Ca": a one-word person, found so by its civility, is the one person of
  // the story whose name ends on that syllable (never learnt: "Minh" alone is no one)
  joinShortMentions(cands, GIVEN_NAME, shortNames(cands, GIVEN_NAME, lowerSeen));
  const storyBound = new Map<Cand, string>();
  for (const s of syllables.values()) {
    learn(s.owner, s.words, false);
    storyBound.set(s.owner, s.scope);
  }
  return storyBound;
}

/**
 * Names found once, found again: "Soc Trang renforce…", "le ministre Tea Banh"; then a short name
 * read as a place after "à" is the person the page names so elsewhere.
 */
function* namesAgain({ docs, cands, push, learnt }: PassState, storyBound: Map<Cand, string>): Steps<void> {
  for (const [k, doc] of docs.entries()) {
    if (pause(k)) yield;
    for (let i = 0; i < doc.toks.length; ) {
      const m = doc.used[i] ? null : learnt.match(doc.toks, i, (j) => !doc.used[j]);
      if (!m) {
        i++;
        continue;
      }
      // (a short form learnt in one story is read in that story only)
      const bound = storyBound.get(m.ref);
      if (bound !== undefined && bound !== storyOf(doc)) {
        i++;
        continue;
      }
      // Do not take the first words of a longer capitalised name.
      const next = doc.toks[m.end];
      if (next && next.kind === 'w' && next.cap && !doc.used[m.end] && m.ref.type === 'person' && m.end - i > 1) {
        i = m.end;
        continue;
      }
      const src = m.ref;
      const c: Cand = {
        ...src,
        doc,
        a: i,
        b: m.end,
        role: null,
        country: null,
        honorific: null,
        via: `again:${src.via}`,
      };
      if (src.kb) c.kb = src.kb;
      push(c);
      i = m.end;
    }
  }

  // "ses félicitations à Yvette Cooper pour…", "a proposé à Petronas d'élaborer…": a short name
  // read as a place only because "à" comes before it is the person or the body the page names with
  // it elsewhere ("le groupe malaisien Petronas") (the page's persons and bodies are keyed only when
  // there is such a place)
  const afterA = cands.filter((c) => c.type === 'place' && (c.via === 'place-a' || c.via === 'again:place-a'));
  const named = new Map<string, Cand>();
  if (afterA.length)
    for (const c of cands)
      if ((c.type === 'person' || c.type === 'organization') && !c.dropped) named.set(keysOf(c).join(' '), c);
  for (const [k, c] of afterA.entries()) {
    if (pause(k, CANDS_PER_STEP)) yield;
    const other = named.get(keysOf(c).join(' '));
    if (!other) continue;
    Object.assign(c, { type: other.type, id: other.id, kb: other.kb, canonical: other.canonical, alias: null });
    c.country ??= other.country;
    c.via = `again:${other.via}`;
  }
}

/**
 * Roles for the persons no rule gave one (knowledge-base persons, mentions found again), a
 * headline's role; countries of the places of the world the page names.
 */
function* rolesAndCountries({ docs, cands }: PassState, date: string | null): Steps<void> {
  // Roles for KB persons and repeated mentions (rules already set theirs).
  for (const [k, c] of cands.entries()) {
    if (pause(k, CANDS_PER_STEP)) yield;
    if (c.type !== 'person' || c.role || c.dropped) continue;
    const h = honorificStart(c.doc, c.a);
    const before = roleBefore(c.doc, h);
    const after = roleAfter(c.doc, c.b, c.a);
    // "le Président Hô Chi Minh" (the epithet, capitalised or not, "le président Hô Chi Minh")
    // states no role; "le président vietnamien Hô Chi Minh" (a nationality said) does
    const epithet = c.kb ? EPITHETS.get(c.kb.id) : undefined;
    const asEpithet =
      !!epithet && !!before.role && fold(before.role) === epithet && (/^\p{Lu}/u.test(before.role) || !before.country);
    const joined = joinRoles(asEpithet ? null : before.role, after);
    c.role = joined.role;
    c.roleAdded = joined.added;
    c.country = c.country ?? before.country ?? after.country;
  }
  // "la gouverneure Linda Dessau de l'Etat de Victoria": the title's complement after the name
  for (const c of cands) if (c.type === 'person' && c.role && !c.dropped) c.role = withComplementAfterName(c);
  // "Le vice-ministre vietnamien des AE reçoit…": a headline's role without a name is the function
  // of the person the article names without one
  headlineRoles(docs, cands);
  // "… son homologue ouzbek, Ilkhom Khaydarov", then "le vice-ministre ouzbek a proposé…": a
  // function of a nationality said later names again the one person of that country without one
  yield* bodyRoles(docs, cands, date);
  // "… à la présidente de l'Assemblée nationale du Turkménistan. Guslat Mamedowa a souligné…": a
  // function ending the sentence before, held by the person the next one opens on
  previousSentenceRoles(docs, cands);
  // "la province de Gauteng": a place a rule found, or a place of the world, takes the country the
  // world's places give it when the page names that country too ("Brest" is a region of Belarus in
  // the data and a French city). The world's countries were kept apart until now, so no mention
  // took them over and none can confirm itself.
  // (the page's countries are gathered only when a place waits for one: pages with none skip the scan)
  const waiting = new Map<Cand, string>();
  for (const [k, c] of cands.entries()) {
    if (pause(k, CANDS_PER_STEP)) yield;
    if (c.type !== 'place' || c.kb || c.dropped || c.country) continue;
    const code = c.worldCountry ?? worldPlaceCountry(c.canonical);
    if (code) waiting.set(c, code);
  }
  if (waiting.size) {
    const named = new Set<string>();
    for (const [k, doc] of docs.entries()) {
      if (pause(k)) yield;
      for (let i = 0; i < doc.toks.length; i++) {
        const adj = doc.toks[i]?.kind === 'w' ? ADJ_DICT.match(doc.toks, i) : null;
        if (adj) named.add(adj.ref);
      }
    }
    for (const c of cands) {
      const code = c.dropped ? null : candCountry(c);
      if (code) named.add(code);
    }
    for (const [c, code] of waiting) if (named.has(code)) c.country = code;
  }
}
