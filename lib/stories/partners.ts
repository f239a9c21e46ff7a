// Vietnam's partner countries in a story: country names, adjectives in all their forms
// ("cambodgienne", "chinois", "lao"), pairs ("Vietnam-Laos", "sino-vietnamien"), embassies
// ("l'ambassadeur de Cuba"), and the countries of the entities it mentions. Never VN.
// A country named only as the venue of a multilateral event ("Congrès international de la
// justice à Cuba"), only as the post of a Vietnamese envoy ("l'ambassadeur du Vietnam en Angola
// a souligné les acquis des élections") or only through its press ("le journal russe Pravda salue
// la croissance du Vietnam") is not a partner: it says who speaks, not what the story is about.

import { PROFESSIONS, SPEECH, VN_SYLLABLE } from '../entities/lexicon';
import { roleHead } from '../entities/roles';
import { worldPlaceCountry } from '../entities/world-places';
import { COUNTRIES, countryInContext, DPRK_BODY_BEFORE, needsContext, PAIR_PREFIXES } from '../knowledge/countries';
import { CONTINENTS } from '../knowledge/places';
import { composed } from '../text/as-read';
import { fold } from '../text/fold';
import type { Entity } from '../types';
import { attributionSpans, inside } from './attribution';

export interface CountryHit {
  code: string;
  index: number;
  end: number;
  /** named as a place of the event ("à Cuba", "au Cambodge", "en Chine") */
  venue: boolean;
  /** named as the country of a city or a place where something happens ("à Genève, Suisse", "à
   * Bakou, en Azerbaïdjan", "dans la ville russe de Kazan"): a host */
  hosting: boolean;
  /** which form matched */
  form: 'name' | 'adjective' | 'prefix';
  /** named as where a Vietnamese envoy serves ("l'ambassadeur du Vietnam au Mexique") */
  post: boolean;
  /** an adjective of a newspaper or of the press ("le journal russe", "la presse chinoise") */
  press: boolean;
  /** an adjective of one professional who speaks ("un expert australien") */
  speaker: boolean;
  /** inside the citation of a source ("selon X, de l'Université de Tokyo"): who speaks too */
  cited: boolean;
  /** where a visit goes ("effectueront des visites officielles en Australie et en Nouvelle-Zélande") */
  visited: boolean;
  /** a competitor in a ranking ("troisième fournisseur …, derrière la Malaisie et l'Indonésie"), or
   * a neighbour in a sentence of geography ("le pays a des frontières avec le Kazakhstan") */
  ranked: boolean;
  /** a member a group's name is glossed with, in brackets: "le \"P5 + 1\" (Etats-Unis, Chine, Russie…)" */
  member?: boolean;
}

interface Form {
  code: string;
  kind: 'name' | 'adjective' | 'prefix';
  /** acronyms ("EAU", "USA", "RPDC") must match with their case, else "eau" is water */
  exact: string | null;
}

const FORMS = new Map<string, Form>();
function addForm(surface: string, code: string, kind: Form['kind']) {
  const key = fold(composed(surface));
  if (!key || FORMS.has(key)) return;
  const exact = /^[A-Z.]{2,}$/.test(surface.replace(/\s/g, '')) ? surface : null;
  FORMS.set(key, { code, kind, exact });
}
for (const c of COUNTRIES) {
  for (const n of c.names) {
    addForm(n, c.code, 'name');
    // (and its name written without its hyphens, as the entities find it: "la Guinée Bissau")
    if (/\p{L}-\p{L}/u.test(n)) addForm(n.replace(/(?<=\p{L})-(?=\p{L})/gu, ' '), c.code, 'name');
  }
  for (const a of c.adjectives) {
    addForm(a, c.code, 'adjective');
    // (a compound written with a space for its hyphen: "le ministre sri lankais", "sud coréen")
    if (a.includes('-')) addForm(a.replace(/-/g, ' '), c.code, 'adjective');
  }
}
for (const [p, code] of PAIR_PREFIXES) addForm(`${p}-`, code, 'prefix');

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALTERNATION = [...FORMS.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join('|');
// A form starts after a non-letter and ends before one (a prefix ends with its hyphen).
const MATCHER = new RegExp(`(?<![\\p{L}\\d])(?:${ALTERNATION})(?:(?<=-)|(?![\\p{L}\\d]))`, 'gu');

// Readings that are not the country.
/** Do two capitalised Vietnamese syllables open `after` (" Phuc Thanh, chef…")? */
function vietnameseNameGoesOn(after: string): boolean {
  const words = /^[\s\u00a0]+(\p{Lu}\p{Ll}+)[\s\u00a0]+(\p{Lu}\p{Ll}+)\b/u.exec(after);
  return !!words && words.slice(1, 3).every((w) => VN_SYLLABLE.test(fold(w)));
}

/** " du Nord", " de l'Est", " du Sud-Ouest" right after a name. */
const CARDINAL_AFTER = /^[\s\u00a0]+(?:du|de l['’])[\s\u00a0]*(?:Nord|Sud|Est|Ouest)(?:-(?:Est|Ouest))?(?!\p{L})/u;

function excluded(text: string, folded: string, start: number, end: number, form: Form, key: string): boolean {
  const before = folded.slice(Math.max(0, start - 24), start);
  const after = folded.slice(end, end + 16);
  if (form.kind === 'prefix') {
    // "sino-vietnamien" yes; "indo-pacifique" no: the prefix must join another country word
    return !/^[\s]*(?:vietnam|viet|cambodg|lao|chin|japon|russ|franc|americ|allem|coree|inde|thai)/.test(after);
  }
  if (key === 'lao' && /^[\s\u00a0]+cai\b/.test(after)) return true; // Lao Cai province
  if (key.startsWith('thai')) {
    if (/^[\s\u00a0]+(?:binh|nguyen|hoa|son)\b/.test(after)) return true; // Thai Binh, Thai Nguyen
    // "rue Nguyên Thai Hoc", "Bui Lê Thai": the bare "Thai" after a capitalised word is a syllable
    // of a Vietnamese name (the country's names, "Thaïlande", are other keys)
    if (
      key === 'thai' &&
      /\p{Lu}\p{Ll}*[\s\u00a0]$/u.test(text.slice(Math.max(0, start - 12), start)) &&
      /\p{Lu}/u.test(text.charAt(start))
    )
      return true;
    // ("Thai Phuc Thanh, chef du comité…": a capitalised "Thai" opening a Vietnamese full name is its
    // family name, Thái)
    if (key === 'thai' && /\p{Lu}/u.test(text.charAt(start)) && vietnameseNameGoesOn(text.slice(end, end + 30)))
      return true;
    if (/(?:ethnie|ethnies|ethnique|groupe|minorite|les|des|peuple)[\s\u00a0]+$/.test(before)) return true;
    // "les savoirs thaïs", "la langue thaïe", "les femmes thaïes": after a word of a people's ways,
    // the Thai people of Vietnam's north-west (after "les touristes", "le marché", "le ministre":
    // Thailand's)
    if (form.kind === 'adjective' && /^thaie?s?$/.test(key) && !/\p{Lu}/u.test(text.charAt(start))) {
      const word = /(\p{L}+)[\s\u00a0]+$/u.exec(before)?.[1] ?? '';
      if (ETHNIC_NOUNS.has(word)) return true;
    }
  }
  if (
    key.startsWith('khmer') &&
    /(?:ethnies?|ethniques?|minorites?|communautes?|habitants?|population)[\s\u00a0]+(?:des[\s\u00a0]+)?$/.test(before)
  )
    return true;
  // "les ethnies minoritaires Công, Mang, La Hu, et Co Lao": a name in a list of Vietnam's peoples
  if (/\p{Lu}/u.test(text.charAt(start)) && ETHNIC_LIST_BEFORE.test(text.slice(Math.max(0, start - 80), start)))
    return true;
  if (key.startsWith('indien') && /ocean[\s\u00a0]+$/.test(before)) return true;
  // "le Groupe des 77 et la Chine", "du G77 et de la Chine": the UN group's name
  if (key === 'chine' && /(?:g77|groupe des 77)[\s\u00a0]+et[\s\u00a0]+(?:de[\s\u00a0]+)?la[\s\u00a0]+$/.test(before))
    return true;
  // "l'Irlande du Nord": a country's name and a cardinal point that make a place of another country
  if (form.kind === 'name') {
    const point = CARDINAL_AFTER.exec(text.slice(end, end + 20))?.[0];
    const place = point ? worldPlaceCountry(text.slice(start, end) + point) : null;
    if (place && place !== form.code) return true;
  }
  // "1,6 milliard de dollars américains", "500 millions de yuans chinois": a currency, no partner
  if (form.kind === 'adjective' && CURRENCY_BEFORE.test(before)) return true;
  // "contre le colonialisme français et l'impérialisme américain", "l'invasion américaine": the
  // enemy of Vietnam's wars, history, not a party to the story
  if (form.kind === 'adjective' && ENEMY_BEFORE.test(before)) return true;
  if (key === 'chine' && /(?:mer|indo)[\s\u00a0-]+(?:de[\s\u00a0]+(?:la[\s\u00a0]+)?)?$/.test(before)) return true;
  if (key.startsWith('chinois') && /nouvel[\s\u00a0]+an[\s\u00a0]+$/.test(before)) return true;
  if (key.startsWith('francais') && /(?:langue|en|le|du|au|parlant)[\s\u00a0]+$/.test(before)) return true;
  // "la Communauté française de Belgique", "la Commission communautaire française de la Région de
  // Bruxelles-Capitale": Belgium's French-speaking community, not France
  if (
    key.startsWith('francais') &&
    /communaut\w*[\s\u00a0]+$/.test(before) &&
    /belgique|bruxelles|wallon/.test(folded.slice(end, end + 60))
  )
    return true;
  // "formés en langue portugaise", "des cours de langue chinoise": a language, spoken in more
  // countries than its own
  if (form.kind === 'adjective' && /(?:^|[^\p{L}])langues?[\s\u00a0]+$/u.test(before)) return true;
  // "latino-américain", "nord-américain": a region, not the country
  if (form.kind === 'adjective' && /(?:latino|sud|nord|centre|afro|euro)-$/.test(before)) return true;
  // "Département d'Asie-Australie": a continent joined to the name after "d'" names a region of the
  // world (a "Sommet Afrique-Japon" is one with Japan)
  if (form.kind === 'name' && CONTINENT_JOINED.test(before)) return true;
  // "Institut d'études indiennes", "études vietnamiennes et chinoises": a field of study, not the
  // country (org-rules.ts keeps such adjectives inside the body's name)
  if (form.kind === 'adjective' && FIELD_OF_STUDY.test(folded.slice(Math.max(0, start - 60), start))) return true;
  return false;
}

const CURRENCY_BEFORE =
  /(?:dollars?|euros?|yuans?|yens?|wons?|roubles?|bahts?|kips?|riels?|roupies?|livres?|francs?|dinars?|ringgits?|pesos?)[\s\u00a0]+$/;

const ENEMY_BEFORE =
  /(?:colonialisme|imperialisme|colonialistes|imperialistes|colonisateurs|envahisseurs|agresseurs|invasion|agression|occupation|occupants|domination)[\s\u00a0]+$/;

/**
 * "ethnies minoritaires Công, Mang, La Hu, et Co": a list of peoples, up to a name's first word (not
 * a name joined by a hyphen, "des ethnies minoritaires Vietnam-Laos-Cambodge": the countries').
 * (each name after a comma or a blank: names that could split anywhere, "ABCD" as "A", "BCD"…, made
 * the pattern exponential on a run of capitals)
 */
const LIST_GAP = String.raw`(?:[\s\u00a0]*,[\s\u00a0]*|[\s\u00a0]+)(?:et[\s\u00a0]+)?`;
const PEOPLE_NAME = String.raw`\p{Lu}[\p{L}'’-]*`;
const ETHNIC_LIST_BEFORE = new RegExp(
  `(?:ethnies?|ethniques?|minoritaires?)(?:${LIST_GAP}${PEOPLE_NAME})*${LIST_GAP}(?:${PEOPLE_NAME}[\\s\\u00a0]+)?$`,
  'u',
);

/** Words of a people's ways and places, before the adjective of an ethnic group: "les savoirs thaïs". */
const ETHNIC_NOUNS = new Set(
  'ethnie ethnies minorite minorites femmes femme hommes savoirs savoir langue langues ecriture danse danses chants chant costume costumes village villages communaute communautes culture cultures peuple peuples groupe groupes maisons maison fete fetes traditions tradition'.split(
    ' ',
  ),
);

const CONTINENT_JOINED = new RegExp(`(?:d'|de[\\s\\u00a0]+l')(?:${CONTINENTS.join('|')})-$`);
const FIELD_OF_STUDY = /etudes(?:[\s\u00a0]+[\p{L}-]+(?:[\s\u00a0]*,|[\s\u00a0]+et)?){0,3}[\s\u00a0]+$/u;

const VENUE_BEFORE =
  /(?:^|[^\p{L}])(?:a|au|aux|en|dans[\s\u00a0]+l[ea']?|vers[\s\u00a0]+l[ea']?|a[\s\u00a0]+l'|de[\s\u00a0]+retour[\s\u00a0]+(?:au|en|de))[\s\u00a0]*(?:la[\s\u00a0]+|l')?$/u;

// Where a visit or a bilateral meeting goes is a partner, even in a story of a multilateral
// event: "visites officielles au Koweït et en Algérie", "activités bilatérales en Afrique du Sud".
// (the destination, or the second of two: "en Australie et en Nouvelle-Zélande")
const TO_PLACE = `[\\s\\u00a0]+(?:(?:au|aux|en|a)[\\s\\u00a0]+[^.;,]{1,25}?[\\s\\u00a0]+et[\\s\\u00a0]+)?(?:au|aux|en|a)[\\s\\u00a0]+(?:la[\\s\\u00a0]+|l')?$`;
const VISITS = `visites?(?:[\\s\\u00a0]+(?:officielles?|d'etat|de[\\s\\u00a0]+travail|d'amitie))?`;
const VISITED_BEFORE = new RegExp(`(?:${VISITS}|bilaterales?)${TO_PLACE}`, 'u');
/** …a visit only, not the bilateral meetings on the side of a conference. */
const VISIT_BEFORE = new RegExp(`${VISITS}${TO_PLACE}`, 'u');
// "…, derrière la Malaisie", "devant Singapour", "juste après les États-Unis": who else is in a
// ranking the sentence states ("troisième fournisseur", "le deuxième partenaire", "au 2e rang")
const RANKED_BEFORE =
  /(?:^|[^\p{L}])(?:derriere|devant|apres)[\s\u00a0]+(?:la[\s\u00a0]+|le[\s\u00a0]+|les[\s\u00a0]+|l')?$/u;
const RANK =
  /\b(?:(?:premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|sixieme|\d+(?:e|eme|er|ere))[\s\u00a0]+(?:plus[\s\u00a0]+(?:grand|gros|important)e?[\s\u00a0]+)?(?:fournisseur|partenaire|investisseur|client|marche|exportateur|importateur|producteur|economie|puissance|destination|source|rang|place|position)s?|(?:\d+(?:e|eme)|deuxieme|troisieme|quatrieme|cinquieme)[\s\u00a0]*,?[\s\u00a0]+(?:derriere|devant|apres)|se[\s\u00a0]+classe|classement)\b/;
// "Le pays a des frontières avec le Kazakhstan et l'Ouzbékistan au nord, avec l'Iran…": a
// country's neighbours, in a sentence of geography that does not speak of Vietnam
const BORDER_SENTENCE =
  /\bfrontieres?\b[^.;]{0,25}\bavec\b|\bfrontali(?:er|ere)s?\b|\blimitrophes?\b|\bbordee?s?[\s\u00a0]+par\b/;
const WITH_BEFORE = /(?:^|[^\p{L}])(?:avec|par|de|du)[\s\u00a0]+(?:la[\s\u00a0]+|le[\s\u00a0]+|les[\s\u00a0]+|l')?$/u;
const LIST_GOES_ON = /^[\s\u00a0]*(?:,|,?[\s\u00a0]+(?:et|ou))[\s\u00a0]+(?:(?:la|le|les|l')[\s\u00a0]*)?$/u;
/** "Au Canada, ", "En France, ": a paragraph of a round-up opening on its country. */
const SECTION_OPENING = /^(?:En|Au|Aux|À)[\s\u00a0]+[^,]{2,40},[\s\u00a0]$/u;
/** Vietnam acting there: its mission, its delegation, its people ("le Consulat général du Vietnam à Vancouver"). */
const VIETNAMESE_ACTOR =
  /\b(?:(?:ambassade|consulat|delegation|mission|representation|bureau)s?(?:[\s\u00a0]+generale?)?[\s\u00a0]+du[\s\u00a0]+vietnam|(?:delegation|communaute|ambassade)[\s\u00a0]+vietnamienne|vietnamiens)\b/;

/** Does a hit from `from` on say the nationality of a country other than Vietnam and `code`? */
function nationalityInSentence(hits: CountryHit[], from: number, code: string): boolean {
  return hits.some((x) => x.form === 'adjective' && x.code !== 'VN' && x.code !== code && x.index >= from);
}

/**
 * Is the country at [start, end) a neighbour of another country, in a sentence of geography from
 * `from` ("Le pays a des frontières avec…", "La Mongolie, limitrophe de…")? Not a Vietnamese
 * province's border ("La province de Tây Ninh, qui a une frontière commune avec le Cambodge"),
 * which is Vietnam's, nor any sentence that names Vietnam.
 */
function neighbourOfAnother(folded: string, from: number, start: number, end: number, hits: CountryHit[]): boolean {
  const sentence = folded.slice(from, start);
  const border = BORDER_SENTENCE.exec(sentence);
  if (!border) return false;
  const saidOf = sentence.slice(0, border.index);
  const ofAnother =
    /^[\s\u00a0]*le[\s\u00a0]+pays\b/.test(saidOf) ||
    hits.some((x) => x.index >= from && x.index < from + saidOf.length && x.code !== 'VN');
  const stop = folded.indexOf('.', end);
  return ofAnother && !/vietnam/.test(folded.slice(from, stop < 0 ? undefined : stop));
}

/** Where the sentence holding `at` starts in the folded text (300 characters back at most). */
function sentenceStart(folded: string, at: number): number {
  const m = /[.!?;][^.!?;]*$/.exec(folded.slice(Math.max(0, at - 300), at));
  return m ? Math.max(0, at - 300) + m.index + 1 : Math.max(0, at - 300);
}

// "à Genève, Suisse", "à Bakou, en Azerbaïdjan": a city, then its country after a comma (as
// written: "à", not the verb "a")
const CITY_THEN_COUNTRY =
  /(?:^|[^\p{L}])(?:à|dans)[\s\u00a0]+\p{Lu}[\p{L}'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’-]*){0,2},[\s\u00a0]*(?:(?:en|au|aux)[\s\u00a0]+)?(?:la[\s\u00a0]+|l'|l’)?$/u;
// "dans la ville russe de", "à la capitale chinoise": a place's noun, the adjective to come its country's
const PLACE_NOUN_BEFORE =
  /(?:^|[^\p{L}])(?:a|au|en|dans)[\s\u00a0]+(?:la[\s\u00a0]+|le[\s\u00a0]+|l')?(?:ville|capitale|cite|province|station[\s\u00a0]+balneaire)[\s\u00a0]+$/u;
// A meeting, which a country hosts (not a mission in the field: "la Mission des Nations unies au Soudan du Sud").
const MEETING =
  /\b(?:reunions?|sommets?|conferences?|sessions?|assemblees?|forums?|congres|dialogues?|seminaires?|colloques?|admm|amm)\b/;
// A story of a multilateral event that tells of Vietnam's dealings with one country there (its
// support to the host as the bloc's chair too: "le soutien du Vietnam accordé au Cambodge en tant
// que président de l'ASEAN").
// Right before a country: a leader's or an official's title, "le Premier ministre (lao)", "les
// dirigeants (du Laos)", "son homologue (brésilien)", "les Premiers ministres (lao et cambodgien)".
const LEADER_BEFORE =
  /\b(?:premiers?[\s\u00a0]+ministres?|presidente?s?|ministres?|dirigeants?|dirigeantes?|homologues?|chefs?[\s\u00a0]+d'etat|chefs?[\s\u00a0]+du[\s\u00a0]+gouvernement|rois?|reines?|sultans?|emirs?)(?:[\s\u00a0]+(?:du|de[\s\u00a0]+la|de[\s\u00a0]+l'|des|d'))?[\s\u00a0]*(?:\p{L}+[\s\u00a0]+et[\s\u00a0]+(?:du[\s\u00a0]+|de[\s\u00a0]+la[\s\u00a0]+)?)?$/u;
const BILATERAL_AT_EVENT =
  /\b(?:en[\s\u00a0]+marge|bilatera\w*|soutien[\s\u00a0]+(?:du[\s\u00a0]+vietnam[\s\u00a0]+)?(?:accorde[\s\u00a0]+)?(?:au|a[\s\u00a0]+la|a[\s\u00a0]+l')|visites?[\s\u00a0]+(?:officielles?|d'etat|de[\s\u00a0]+travail)|s'est[\s\u00a0]+entretenue?|se[\s\u00a0]+sont[\s\u00a0]+entretenus|a[\s\u00a0]+rencontre|ont[\s\u00a0]+rencontre|a[\s\u00a0]+recu|entretiens?[\s\u00a0]+avec|rencontres?[\s\u00a0]+avec)\b/;
/** Is the folded place name said where something happens: "à Kuala Lumpur", "en Savoie"? */
function placedAt(foldedAll: string, name: string): boolean {
  if (name.length < 3) return false;
  let at = foldedAll.indexOf(name);
  while (at >= 0) {
    if (/(?:^|[^\p{L}])(?:a|au|en|dans)[\s\u00a0]+$/u.test(foldedAll.slice(Math.max(0, at - 8), at))) return true;
    at = foldedAll.indexOf(name, at + name.length);
  }
  return false;
}
// "a eu lieu le 6 avril à Pékin (Chine)", "un séisme dans la région du Tibet (Chine)": the
// country of a place, in brackets after its name, says where things happen
const CITY_IN_BRACKETS =
  /(?:^|[^\p{L}])(?:à|a|au|aux|en|dans|du|de|d'|d’|la|le)[\s\u00a0]*\p{Lu}[\p{L}'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’-]*){0,2}[\s\u00a0]*\($/u;

// "l'ambassadeur du Vietnam au", "ambassade du Vietnam en", "consul général du Vietnam à",
// "l'ambassadeur vietnamien à", and the posts held concurrently: "…, accrédité concurremment au",
// "…, également accréditée en".
const POST_BEFORE =
  /(?:(?:ambassadeur|ambassadrice|ambassade|consul|consule|consulat|representant|representante)(?:[\s\u00a0]+general|[\s\u00a0]+generale)?[\s\u00a0]+(?:du[\s\u00a0]+vietnam|vietnamien(?:ne)?)|accredite(?:e)?[\s\u00a0]+(?:concurremment|egalement|aussi)|(?:concurremment|egalement|aussi)[\s\u00a0]+accredite(?:e)?)[\s\u00a0]+(?:au|aux|en|a|dans)[\s\u00a0]+(?:la[\s\u00a0]+|l')?$|\([\s\u00a0]*chargee?[\s\u00a0]+(?:egalement|aussi|concurremment)[\s\u00a0]+(?:du|des|de[\s\u00a0]+la|de[\s\u00a0]+l')[\s\u00a0]*$/u;
// "l'ambassadeur du Japon au", "envoyé spécial … pour le commerce au": an envoy's post, Vietnam among them
// (not a trip: "l'envoyé spécial du président russe s'est rendu au Vietnam, au Laos…")
const REMIT_BEFORE =
  /\b(?:ambassad(?:eur|rice)s?|envoye(?:e|s|es)?|representant(?:e|s|es)?|consul(?:e|s|es)?|delegue(?:e|s|es)?)\b(?:(?!rendu|rend\b|visit|arriv|effectu|voyag)[^.;]){0,70}?[\s\u00a0](?:au|en)[\s\u00a0]+$/u;
// "…, au Népal et au", " et du": the next post of a list of them
const POST_LIST_GOES_ON =
  /^[\s\u00a0]*(?:,|,?[\s\u00a0]+et)[\s\u00a0]+(?:au|aux|en|a|du|des|de)[\s\u00a0]+(?:la[\s\u00a0]+|l')?$/u;
// "la presse russe", "le journal chinois", "des médias japonais", "l'agence de presse cubaine"
// (not "des journalistes chinois en visite": a press exchange is a relation).
const PRESS_BEFORE =
  /(?:presse|journal|journaux|medias?|quotidiens?|hebdomadaires?|magazines?|revues?|chaines?|televisions?|radios?|agences? de presse)[\s\u00a0]+$/u;

// "un expert australien salue…", "l'éminent photojournaliste japonais … a déclaré": one
// professional's nationality says who speaks, not whom Vietnam deals with ("un expert japonais
// aide Hanoï" is a relation; a plural, "des journalistes chinois en visite", is a delegation)
const PROFESSION_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${[...PROFESSIONS].join('|')})[\\s\\u00a0]+$`, 'u');

/** A verb of saying in the rest of the sentence after `end`: the professional is who speaks. */
function speaksAfter(folded: string, end: number): boolean {
  const rest = folded.slice(end, end + 200).split(/[.!?]/)[0] ?? '';
  // ("met en lumière", "met en avant", "met l'accent sur": says what matters)
  if (/\bmet (?:en (?:lumiere|avant|exergue|evidence)|l'accent)\b/.test(rest)) return true;
  for (const w of rest.split(/[^\p{L}]+/u)) if (SPEECH.has(w)) return true;
  return false;
}

/** Every country mention of the text (folded matching, offsets in the original). */
export function findCountries(text: string): CountryHit[] {
  const folded = fold(text);
  const hits: CountryHit[] = [];
  const citations = attributionSpans(text, folded);
  for (const m of folded.matchAll(MATCHER)) {
    const key = m[0];
    const form = FORMS.get(key);
    if (!form) continue;
    const start = m.index;
    const end = start + key.length;
    if (form.exact && text.slice(start, end) !== form.exact) continue;
    if (form.kind === 'name' && needsContext(key) && !countryInContext(text, start, end)) continue;
    if (excluded(text, folded, start, end, form, key)) continue;
    const before = folded.slice(Math.max(0, start - 16), start);
    const near = folded.slice(Math.max(0, start - 80), start);
    const visitedOrMet = form.kind === 'name' && VENUE_BEFORE.test(before) && VISITED_BEFORE.test(near);
    // (Vietnam's visit, not a third country's: "Le vice-Premier ministre lao, qui vient d'effectuer une
    // visite officielle en Chine…" says its visitor's nationality in the sentence before)
    const from = sentenceStart(folded, start);
    // (a trip there to attend a multilateral meeting goes to its venue: "sa visite de travail aux
    // États-Unis pour assister au débat général de l'Assemblée générale des Nations unies")
    const toAttend = visitedOrMet && attendsThere(folded, end);
    const visited =
      visitedOrMet && !toAttend && VISIT_BEFORE.test(near) && !nationalityInSentence(hits, from, form.code);
    const hosting =
      (form.kind === 'name' && CITY_THEN_COUNTRY.test(text.slice(Math.max(0, start - 40), start))) ||
      // ("dans la ville russe de Kazan": the adjective of the place where it happens)
      (form.kind === 'adjective' && PLACE_NOUN_BEFORE.test(near));
    const venue =
      hosting ||
      (form.kind === 'name' &&
        ((VENUE_BEFORE.test(before) && (!visitedOrMet || toAttend)) ||
          LIVED_IN_BEFORE.test(near) ||
          CITY_IN_BRACKETS.test(text.slice(Math.max(0, start - 40), start))));
    const previous = hits[hits.length - 1];
    // (and the posts listed after it: "l'ambassadeur du Vietnam en Inde, au Népal et au Bhoutan")
    // (and the other posts of an envoy to Vietnam: "envoyé spécial du Premier ministre britannique
    // pour le commerce au Vietnam, en Thaïlande, au Cambodge et au Laos")
    const post =
      form.kind === 'name' &&
      (POST_BEFORE.test(near) ||
        (form.code === 'VN' && REMIT_BEFORE.test(near)) ||
        (!!previous?.post && POST_LIST_GOES_ON.test(folded.slice(previous.end, start))));
    const press = form.kind === 'adjective' && PRESS_BEFORE.test(before);
    const speaker = form.kind === 'adjective' && PROFESSION_BEFORE.test(near) && speaksAfter(folded, end);
    const cited = inside(citations, start);
    // a competitor in a ranking the sentence states ("troisième fournisseur…, derrière la Malaisie")
    const ranked =
      RANKED_BEFORE.test(folded.slice(Math.max(0, start - 24), start)) &&
      RANK.test(folded.slice(Math.max(start - 160, from), start));
    // (and the rest of its list: "derrière la Thaïlande, l'Indonésie…", "avec le Kazakhstan et l'Ouzbékistan")
    const listedOn = !!previous?.ranked && LIST_GOES_ON.test(folded.slice(previous.end, start));
    // a neighbour in a sentence of geography about another country ("Le pays a des frontières avec…")
    const bordering =
      WITH_BEFORE.test(folded.slice(Math.max(0, start - 12), start)) &&
      neighbourOfAnother(folded, from, start, end, hits);
    hits.push({
      code: dprkBodyBefore(key, folded, start) ? 'KP' : form.code,
      index: start,
      end,
      venue,
      hosting,
      form: form.kind,
      post,
      press,
      speaker,
      cited,
      visited,
      ranked: ranked || listedOn || bordering,
    });
  }
  markGlossedMembers(text, hits);
  return hits;
}

/**
 * "l'Iran et le \"P5 + 1\" (Etats-Unis, Chine, Russie, France, Royaume-Uni, plus l'Allemagne)": the
 * countries listed alone in brackets after a name that is no country are the members of the group
 * it names, told for the reader — not parties of their own.
 */
function markGlossedMembers(text: string, hits: CountryHit[]): void {
  for (let i = 0; i < hits.length; i++) {
    const first = hits[i] as CountryHit;
    // (read near the hit only: a long page of countries stays linear)
    const from = Math.max(0, first.index - 4);
    const bracket = /\([\s\u00a0]*$/.exec(text.slice(from, first.index));
    if (!bracket) continue;
    const open = from + bracket.index;
    // (the bracket follows a group's name, not a country: "la Chine (Pékin, Shanghai)" lists no members)
    const before = hits[i - 1];
    if (before && before.end <= open && /^[\s\u00a0"»”]*$/.test(text.slice(before.end, open))) continue;
    // (nor a count of countries, which the list names one by one as the story's parties: "dans
    // trois pays (Laos, Cambodge et Thaïlande)", "trois pays d'Europe (Hongrie, …)"; nor a group
    // Vietnam deals with as such, "entre le Vietnam et l'Union économique eurasiatique (Russie, …)",
    // "à la réunion du Mékong-Lancang (Chine, Laos…)")
    const lead = fold(text.slice(Math.max(0, open - 64), open));
    if (COUNTED_COUNTRIES.test(lead) || /\bvietnam\b[^.;()]*$/.test(lead)) continue;
    let j = i;
    while (
      j + 1 < hits.length &&
      LIST_JOINER.test(text.slice((hits[j] as CountryHit).end, (hits[j + 1] as CountryHit).index))
    )
      j++;
    const last = hits[j] as CountryHit;
    if (j === i || !/^[\s\u00a0]*\)/.test(text.slice(last.end))) continue;
    for (let k = i; k <= j; k++) (hits[k] as CountryHit).member = true;
    i = j;
  }
}
const COUNTED_COUNTRIES = /\b(?:pays|nations|etats|partenaires|membres)\b[^.;()]*$/;
const LIST_JOINER = /^[\s\u00a0]*(?:,|,?[\s\u00a0]+(?:et|plus))[\s\u00a0]*(?:(?:la|le|les)[\s\u00a0]+|l['’])?$/u;

// "… pour assister au débat général de la 80e session de l'Assemblée générale des Nations unies",
// "… pour participer à la conférence de l'ONU": a multilateral meeting a trip is for, in the words
// after the country (the same sentence; not one that names the country again, "au sommet
// ASEAN-États-Unis")
const TO_ATTEND =
  /^[^.;]{0,40}?\b(?:pour|afin[\s\u00a0]+d')[\s\u00a0]*(?:assister|participer|prendre[\s\u00a0]+part)[\s\u00a0]+(?:a|au|aux)\b([^.;]{0,140})/;
function attendsThere(folded: string, end: number): boolean {
  const purpose = TO_ATTEND.exec(folded.slice(end, end + 200))?.[1];
  // (multilateral as a story is: "la 12e session du Comité mixte intergouvernemental", "un forum
  // d'affaires" are the relation itself; "du 46e Sommet de l'ASEAN", "de l'AGNU" are not)
  return (
    !!purpose &&
    (MULTILATERAL.test(purpose) || /\b(?:agnu|cop\d+)\b/.test(purpose)) &&
    findCountries(purpose).length === 0
  );
}

// "le Parti du travail de Corée", "l'Armée populaire de Corée": the bodies of the North name it
// "Corée" bare, as its people do; the South's are said "de la République de Corée"
function dprkBodyBefore(key: string, folded: string, start: number): boolean {
  return key === 'coree' && DPRK_BODY_BEFORE.test(folded.slice(Math.max(0, start - 40), start));
}

// A multilateral setting: the host country is a venue, not a partner.
const MULTILATERAL =
  /\b(?:(?:congres|conferences?|forums?|sommets?|sessions?|assemblees?|reunions?|salons?|foires?|expositions?|festivals?|colloques?|seminaires?|symposiums?|championnats?|jeux|coupes?|concours|dialogues?)\b[^.;]{0,60}?\b(?:international|internationale|internationaux|mondial|mondiale|mondiaux|regional|regionale|multilateral|multilaterale|asiatique|de l'asean|des nations unies|de l'association des nations de l'asie du sud-est)|nations unies|\bonu\b|\bunesco\b|\b(?:sommet|conference|assemblee|jeux|forum)s? de la francophonie\b|organisation internationale de la francophonie|\boif\b|\bomc\b|\boms\b|\b(?:congres|conference|sommet|session|assemblee|reunion|conseil|comite)\b[^.;]{0,40}?\b(?:ompi|omm|oit|aiea|fao|unicef|pnud|cnuced|onudi|onudc|oiac|fida|uip|union interparlementaire|organisation mondiale)\b|\bcedaw\b|multilateral|\bg20\b|\bg77\b|groupe des 77|mouvement des non-alignes|\bmna\b|asie[\s\u00a0]*[-\u2013][\s\u00a0]*europe|\basem\b|\baipa\b|\bapec\b|\bbrics\b|\bsea games\b|jeux olympiques|\basiad\b|jeux d'asie|concours (?:miss|de beaute))/;

// A sports competition: the other teams' countries are opponents, not partners. ("bat la Malaisie
// en amical" is a result; "un match amical pour les 50 ans des relations" is a friendship game.)
const COMPETITION =
  /\b(?:sea games|jeux olympiques|asiad|championnats?|coupe du monde|coupe d'asie|tournoi|medailles? d'(?:or|argent)|finale|match final|matchs? (?:contre|face a)|en amical|titre de champion)\b/;
// A country praised for hosting an event: "a félicité l'Indonésie pour l'organisation réussie de…".
const HOSTING_PRAISED = /\bfelicit\w*[^.;]{0,60}\bpour[\s\u00a0]+l'organisation\b/;
// A match's result: a team that beats another, or a score ("l'équipe vietnamienne des moins de
// 19 ans a battu l'équipe thaïlandaise 1-0"). (Not a "victoire": "l'équipe de négociation a
// obtenu une victoire diplomatique avec le Japon"; nor "l'équipe médicale se bat contre…".)
const TEAM = '(?:equipe|onze|selection|u\\d{2})';
const RESULT = "(?:a battu|(?<!se )bat|battue?|s'impose|s'imposent|\\d{1,2}-\\d{1,2})";
const MATCH_RESULT = new RegExp(`\\b(?:${TEAM}\\b[^.;]{0,80}\\b${RESULT}|${RESULT}\\b[^.;]{0,80}\\b${TEAM})\\b`);

// A match's score ("une victoire écrasante … (avec le score 6-0)", "au score de 2-1")
const SCORE =
  /\b(?:score|au score|sur le score)(?:[\s\u00a0]+de)?[\s\u00a0]+\d{1,2}[\s\u00a0]*[-\u2013][\s\u00a0]*\d{1,2}\b/;
// A head about players and their game ("le onze vietnamien", "l'entraîneur … a aligné trois
// joueurs", "U23"): its story's matches, anywhere in it, make it one of sport
const SPORT_HEAD = /\b(?:onze|u\d{2}|entraineurs?|joueurs?|joueuses?|footballeurs?|match|matchs|stade|selectionneur)\b/;

// A trial or a crime in Vietnam: foreigners judged or trafficking across a border are not
// relations with their countries ("un Nigérian condamné à la perpétuité", "dont deux Chinois")
// (the judged, read before folding: "un Chinois condamné mercredi à…", "lourdement condamnés"; not
// "le Vietnam condamne les agissements de…", which is diplomacy; nor "procès-verbal")
// (a sentence, not a condemnation: "Le Vietnam a condamné avec véhémence l'attaque…" is a
// statement, "a" or "ont" right before the participle and no "été"; a court that "a condamné"
// someone is in COURT_HEAD: "la cour d'Osaka a condamné", "un juge chinois a condamné")
const JUDGED =
  /(?<!(?:\b(?:a|ont|avait|avaient|aurait)[\s\u00a0]+(?:\p{L}+ment[\s\u00a0]+)?))(?<!\p{L})condamné(?:e|s|es)?(?!\p{L})/iu;
const COURT_HEAD =
  /\b(?:tribunal|cour\b[^.;]{0,40}\bcondamn\w*|juges?\b[^.;]{0,40}\bcondamn\w*|justice\b[^.;]{0,40}\bcondamn\w*|tribunalpopulaire|proces(?!-)|inculpe\w*|trafiquants?|peines?[\s\u00a0]+de[\s\u00a0]+(?:prison|mort)|perpetuite|trafic\b[^.;]{0,40}\b(?:drogue|stupefiants|heroine|methamphetamine))\b/;

// "Quang Ninh accueille son 3 millionième touriste étranger", "les arrivées étrangères à Ha Long"
const TOURIST_ARRIVALS =
  /\b(?:(?:touristes?|visiteurs?|croisieristes?|vacanciers?|arrivees?)(?:[\s\u00a0]+de[\s\u00a0]+(?:touristes|visiteurs))?[\s\u00a0]+(?:etrangers?|etrangeres?|internationa(?:l|ux|les?))|millioniemes?[\s\u00a0]+(?:touriste|visiteur)s?)\b/;
// "les exportations de produits aquatiques ont atteint…", "le Vietnam a exporté 1,5 milliard de
// dollars de crevettes", "les exportations nationales de riz", "le riz exporté par le Vietnam"
const EXPORT_FIGURES =
  /\b(?:exportations?[\s\u00a0]+(?:nationales[\s\u00a0]+)?(?:de|d')|a[\s\u00a0]+exporte|ont[\s\u00a0]+exporte|exportee?s?[\s\u00a0]+par[\s\u00a0]+le[\s\u00a0]+vietnam|chiffre[\s\u00a0]+d'affaires[\s\u00a0]+(?:a|de)[\s\u00a0]+l'export)/;
// "la province a attiré 170 millions de dollars d'investissement direct étranger", "102 projets
// d'IDE", "des investisseurs nationaux et étrangers se sont engagés à placer…": a place's
// investment figures; the investors' countries its body names are where the money comes from
const INVESTMENT_FIGURES =
  /\b(?:ide|investissements?[\s\u00a0]+directs?[\s\u00a0]+etrangers?|capitaux[\s\u00a0]+etrangers|investisseurs[\s\u00a0]+(?:nationaux[\s\u00a0]+et[\s\u00a0]+)?etrangers|(?:a|ont|a[\s\u00a0]+deja)[\s\u00a0]+attire[^.;]{0,60}\b(?:investissements?|capitaux|dollars|usd))\b/;
const SPACE = '[\\s\\u00a0]+';
// what ties Vietnam to another country in a story
// An interview given to the press is no talks: "un entretien accordé à la VNA", "un entretien
// exclusif", "dans un entretien à la télévision nationale", "entretiens accordés aux médias lao".
const MEDIA = `(?:la${SPACE}|le${SPACE}|les${SPACE}|l')?(?:presse|television|radio|journal|journaux|medias?|chaines?|agence|vna|quotidien|magazine|hebdomadaire|journalistes?|correspondants?|reporters?)`;
const NOT_AN_INTERVIEW = `(?!${SPACE}(?:accordee?s?|exclusifs?|(?:a|au|aux|avec)${SPACE}${MEDIA}))`;
const TIES = `cooperation|bilateral\\w*|accords?|convenu\\w*|memorandums?|partenariat|delegations?|visites?${SPACE}(?:officielles?|de${SPACE}travail|d'etat)|homologues?`;
// what makes such a story one of relations after all
const DIPLOMACY = new RegExp(`\\b(?:ambassad\\w*|consul\\w*|${TIES})\\b`);

// Vietnam's own politics: the Party's congress and its documents, the legislative elections. The
// foreign voices a story of them quotes ("selon l'ambassadeur de Cuba", "la presse russe salue",
// "depuis le Japon, des contributions…") are not countries Vietnam deals with, unless the story
// speaks of relations or ties with them ("… ouvre de nouveaux moteurs pour les relations",
// "Vietnam - France", "une délégation", "son homologue australien"). Not another party's congress
// ("le Congrès du Parti communiste chinois", "du Parti du travail de Corée") nor another
// country's elections ("les élections législatives australiennes", "… au Japon", "ses élections").
const OTHER_PARTY = `(?:(?:communiste|populaire|revolutionnaire|socialiste|democrate|democratique|liberal|travailliste|lao|du${SPACE}(?:peuple|travail)|des|de)(?!\\p{L})|d')`;
const FOREIGN_ELECTIONS = `d'|(?:en|au|aux|dans|du|de)(?!\\p{L})(?!${SPACE}\\d)|\\p{L}+(?:ais|aises?|iens?|iennes?|ains?|aines?|ois|oises?|ols?|oles?)(?!\\p{L})`;
const OWN_POLITICS = new RegExp(
  `\\b(?:congres${SPACE}(?:national${SPACE})?du${SPACE}(?:pcv|parti(?:${SPACE}communiste${SPACE}du${SPACE}vietnam)?)(?!${SPACE}${OTHER_PARTY})|(?<!(?:ses|leurs)${SPACE})elections${SPACE}legislatives(?!${SPACE}(?:${FOREIGN_ELECTIONS}))|projets?${SPACE}de${SPACE}documents|(?:[xvi]+|\\d+)e${SPACE}legislature(?!${SPACE}(?:du|de${SPACE}la|de${SPACE}l')${SPACE}?(?:parlement|senat|chambre|congres|douma|diete)))(?!\\p{L})`,
  'u',
);
// A body named after the relations it handles ("le Département des relations internationales du
// Parti libéral-démocrate", "la Commission des relations extérieures"): its name tells of no relation.
const BODY_OF_RELATIONS =
  /\b(?:departements?|commissions?|bureaux?|bureau|directions?|services?|comites?)[\s\u00a0]+(?:centrale?s?[\s\u00a0]+)?des[\s\u00a0]+relations[\s\u00a0]+(?:internationales|exterieures)\b/g;
function withoutBodiesOfRelations(folded: string): string {
  return folded.replace(BODY_OF_RELATIONS, ' ');
}
const RELATIONS = new RegExp(
  `\\b(?:${TIES}|relations?|amitie|liens|entretiens?${NOT_AN_INTERVIEW}|vietnam[\\s\\u00a0]*[-\\u2013][\\s\\u00a0]*\\p{L}+|\\p{L}+[\\s\\u00a0]*[-\\u2013][\\s\\u00a0]*vietnam)(?!\\p{L})`,
  'u',
);

// Foreign voices on Vietnam's own affairs, named by what they are: "experts étrangers confiants en
// la nouvelle ère du Vietnam", "la presse internationale salue…". Their countries say who speaks.
const FOREIGN_VOICES =
  /\b(?:experts?|observateurs?|universitaires?|chercheurs?|analystes?|specialistes?|intellectuels|personnalites|amis|medias|presse|journaux|opinion)[\s\u00a0]+(?:etrangers?|etrangeres?|internationa(?:l|ux|les?)|mondia(?:l|ux|les?)|du[\s\u00a0]+monde)\b/;

/**
 * A story of foreign views on Vietnam: its head names the voices by what they are ("des experts
 * étrangers confiants en la nouvelle ère du Vietnam") and it speaks of no relation with anyone.
 * (One named voice's nationality is a speaker's: findCountries.)
 */
function foreignViewOnly(foldedHead: string, foldedAll: string, title: string | null | undefined): boolean {
  if (RELATIONS.test(withoutBodiesOfRelations(foldedAll))) return false;
  // one voice named by what it is, its nationality, then what it says: the title's subject (and
  // the title names no other country: "… salue la visite du président en Chine" speaks of China)
  if (ONE_VOICE.test(fold(title ?? ''))) {
    const foreign = findCountries(title ?? '').filter((h) => h.code !== 'VN');
    return foreign.length <= 1 && foreign.every((h) => h.form === 'adjective');
  }
  return (
    FOREIGN_VOICES.test(foldedHead) &&
    // (the voices on a foreign country's doings speak of it: "la presse étrangère salue la visite
    // du président chinois")
    findCountries(title ?? '').every((h) => h.code === 'VN')
  );
}

// "Un expert australien salue les performances de l'Assemblée nationale", "L'ancien ambassadeur
// australien souligne les opportunités…": one foreign voice on Vietnam's affairs, told by what it says
// (not by what it does: "un expert japonais aide Hanoï…"; nor an envoy in office, who speaks for
// his country: "l'ambassadeur japonais souligne…", "l'ambassadeur du Vietnam au Japon souligne…")
const ONE_VOICE =
  /^(?:un|une|l'|le|la)[\s\u00a0]*(?:experte?|ancien(?:ne)?[\s\u00a0]+(?:ambassadeur|ambassadrice|diplomate)|professeure?|chercheur|chercheuse|universitaire|journaliste|analyste|specialiste|economiste|historien(?:ne)?|politologue)[\s\u00a0]+(?!(?:du|de|des|d|au|aux|en|a|vietnamien(?:ne)?)\b)[\p{L}-]+(?:[\s\u00a0]+\p{L}+)?[\s\u00a0]+(?:salue|souligne|met[\s\u00a0]+en[\s\u00a0]+(?:lumiere|avant|exergue)|apprecie|loue|evoque|commente|analyse|estime|affirme|partage)\b/u;

// Vietnam's citizens abroad, their safety told: the country they are in is where it happens, not a
// partner ("L'ambassade du Vietnam prête à assurer la protection de ses citoyens en Syrie",
// "Japon : cinq Vietnamiens emportés par les vagues, protection consulaire activée", "18
// ressortissants vietnamiens évacués d'Iran", "Visite consulaire de l'ambassade du Vietnam auprès de
// pêcheurs détenus" — a consular visit is that protection; its workers evacuated, its victims counted or none
// found: "évacuer les travailleurs vietnamiens en Libye", "Aucun bilan des victimes vietnamiennes …
// après un séisme au large d'Aomori"; not the victims others help, "aide aux victimes vietnamiennes
// du typhon")
const CITIZENS_ABROAD = new RegExp(
  `\\b(?:protection${SPACE}consulaire|visites?${SPACE}consulaires?|assistance${SPACE}consulaire|proteger${SPACE}(?:ses|les|nos)${SPACE}(?:citoyens|ressortissants)|protection${SPACE}(?:de${SPACE}ses|des)${SPACE}(?:citoyens|ressortissants)|(?:citoyens|ressortissants)${SPACE}vietnamiens|securite${SPACE}des${SPACE}(?:touristes|citoyens|ressortissants|travailleurs)${SPACE}vietnamiens|(?:aucune?|pas${SPACE}de|bilan${SPACE}des)${SPACE}victimes?${SPACE}vietnamiennes?|(?:evacuer|evacue|evacuation)${SPACE}(?:de${SPACE})?(?:les|ses|des|nos)${SPACE}(?:travailleurs|etudiants)${SPACE}vietnamiens|(?:travailleurs|etudiants)${SPACE}vietnamiens${SPACE}evacues)\\b`,
);
// (Vietnam's sending of workers suspended, its own decision: "suspendre provisoirement l'envoi de
// travailleurs vietnamiens au Moyen-Orient"; not a partner's, "La République de Corée envisage de
// suspendre l'envoi de travailleurs vietnamiens via le programme EPS", a thing the two states discuss)
const SENDING_SUSPENDED = new RegExp(
  `\\b(?:suspendre|suspend|suspendu|suspension)(?:${SPACE}provisoirement)?${SPACE}(?:de${SPACE})?l'envoi${SPACE}de${SPACE}travailleurs\\b`,
);
function ownSendingSuspended(foldedHead: string): boolean {
  const m = SENDING_SUSPENDED.exec(foldedHead);
  if (!m) return false;
  const start = foldedHead.lastIndexOf('.', m.index) + 1;
  return findCountries(foldedHead.slice(start, m.index)).every((h) => h.code === 'VN');
}
// (unless a state hands them over: "63 citoyens vietnamiens remis par le Cambodge", "… remis par
// les autorités cambodgiennes" — a thing two states do together)
const HANDED_OVER = new RegExp(`\\b(?:remis|remises|extrades?|renvoyes)${SPACE}par${SPACE}`, 'g');
function handedOverBy(foldedAll: string): boolean {
  for (const m of foldedAll.matchAll(HANDED_OVER)) {
    const after = foldedAll.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (findCountries(after).some((h) => h.code !== 'VN' && h.index <= 20)) return true;
  }
  return false;
}
// A story about the Vietnamese community abroad, as its head says (its festivals, its meetings):
// the countries it lives in are where it happens, not partners ("la communauté vietnamienne en
// France se rassemble", "la diaspora vietnamienne en Russie"), unless the story is one of talks or
// a visit ("Dans le cadre de sa visite en Inde, le Premier ministre…") or names the pair
// ("Vietnam-Nouvelle-Zélande"). (Not the business community at home: "la communauté vietnamienne
// des affaires".)
// ("les Vietnamiens à l'étranger", "… de l'étranger" and their language abroad are the community
// too; not the state body "pour les Vietnamiens à l'étranger", which deals with other states)
// ("la diaspora" said bare is Vietnam's, as VNA writes; not another people's, "la diaspora
// chinoise", "… russe", "… lao": any nationality but Vietnam's after it)
const OTHER_PEOPLES = COUNTRIES.filter((c) => c.code !== 'VN')
  .flatMap((c) => c.adjectives.map((a) => fold(composed(a))))
  .filter((a) => /^[a-z][a-z' -]*$/.test(a))
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/ /g, SPACE))
  .join('|');
const COMMUNITY = `communautes?${SPACE}vietnamiennes?(?!${SPACE}(?:des|d')${SPACE}?affaires)|diaspora(?:${SPACE}vietnamienne)?(?!${SPACE}(?:${OTHER_PEOPLES})\\b)|vietnamiens${SPACE}d'outre-mer|viet${SPACE}kieu|(?<!pour${SPACE})(?:les|des|aux)${SPACE}vietnamiens${SPACE}(?:a|de)${SPACE}l'etranger|(?:langue${SPACE}vietnamienne|(?:du|le)${SPACE}vietnamien)${SPACE}a${SPACE}l'etranger`;
// (the community named by its associations or by where its people live: "l'Association des
// Vietnamiens en République tchèque", "l'Union générale des Vietnamiens de France", "les
// Vietnamiens résidant en France", "des Vietnamiens vivant en Suisse", "la communauté des Vietnamiens")
// ("l'Association des entrepreneurs vietnamiens en Angola", "l'Union des étudiants vietnamiens en
// France": its members named by what they do, where they live)
const COMMUNITY_NAMED = `(?:unions?|associations?|communautes?|federations?)(?:${SPACE}generales?)?${SPACE}des${SPACE}vietnamiens|(?:unions?|associations?|federations?|clubs?)${SPACE}des${SPACE}(?:entrepreneurs|entreprises|commercants|hommes${SPACE}d'affaires|etudiants(?:${SPACE}et${SPACE}jeunes)?|intellectuels|scientifiques|medecins|femmes|jeunes|artistes|anciens${SPACE}combattants)${SPACE}vietnamien(?:ne)?s${SPACE}(?:en|au|aux|a|de|d'|du)|vietnamiens${SPACE}(?:residant|vivant|installes|etablis)${SPACE}(?:en|au|aux|a|dans)`;
const COMMUNITY_ABROAD = new RegExp(`\\b(?:${COMMUNITY}|${COMMUNITY_NAMED})\\b`);
// (meeting the community, or the embassy's staff, and no one else, is no talks: "a rencontré le
// personnel de l'ambassade ainsi que la communauté vietnamienne"; not "… la communauté vietnamienne
// et le maire de Budapest", nor the business community of the country)
const MEETS_OWN_PEOPLE = new RegExp(
  `\\ba${SPACE}rencontre${SPACE}(?:le${SPACE}personnel${SPACE}de${SPACE}l'ambassade|la${SPACE}communaute${SPACE}vietnamienne|des${SPACE}vietnamiens)[^.;]*`,
  'g',
);
/** Someone of the country met, or what talks are for, in the rest of a meeting's sentence. */
const OFFICIALS =
  /\b(?:maires?|ministres?|ministeres?|gouverneurs?|presidents?|presidente|representants?|autorites|responsables|dirigeants?|deputes?|homologues?|discuter|entretien)\b/;
/** The text without the meetings of the community alone (blanked out). */
const withoutOwnPeopleMeetings = (folded: string) =>
  folded.replace(MEETS_OWN_PEOPLE, (m) => (OFFICIALS.test(m) ? m : ' '));
// (a visit, not one of a place there: "lors de sa visite du Centre commercial de Sapa")
const VISIT = new RegExp(
  `\\b(?:visites?(?!${SPACE}(?:du|de${SPACE}la|de${SPACE}l'|des|au|aux|a${SPACE}la|a${SPACE}l')${SPACE}?(?:entreprises?|societes?|compagnies?|centres?|marches?|sites?|musees?|usines?|temples?|pagodes?|ecoles?|quartiers?|villages?|expositions?|foires?|stands?|chantiers?|parcs?|fermes?|magasins?|restaurants?|monuments?)\\b)|tournees?|voyages?${SPACE}officiels?)\\b`,
);
// (a visit made for the community is no visit to the country: "a effectué … une visite en Malaisie
// pour se renseigner sur la situation de la diaspora vietnamienne dans ce pays")
const VISIT_FOR_COMMUNITY = new RegExp(`\\bvisites?\\b[^.;]{0,60}\\bpour\\b[^.;]{0,80}\\b(?:${COMMUNITY})`);
/** An office of the state just before a foreign nationality: "le vice-ministre malaisien de l'Intérieur". */
const OFFICE_BEFORE =
  /\b(?:ministres?|ministeres?|gouverneurs?|maires?|presidents?|presidente|secretaires?|autorites|responsables|dirigeants?|deputes?|parlementaires|gouvernement)(?:[\s\u00a0]+(?:d'etat|general|generale|adjoint|adjointe))?[\s\u00a0]+$/;
/** Does the folded text name an official of a foreign country ("le vice-ministre malaisien…")? */
function foreignOfficialNamed(folded: string): boolean {
  return findCountries(folded).some(
    (h) =>
      h.code !== 'VN' && h.form === 'adjective' && OFFICE_BEFORE.test(folded.slice(Math.max(0, h.index - 40), h.index)),
  );
}
// "Vietnam-Laos", "Nouvelle-Zélande - Vietnam": the pair of countries, Vietnam first or second
// (not a half of the country, "du Sud-Vietnam", "Nord-Vietnam"; but "Corée du Sud-Vietnam")
const VIETNAM_FIRST = /\bvietnam[\s\u00a0]*[-\u2013][\s\u00a0]*\p{L}/u;
const VIETNAM_SECOND = /(\p{L}+)[\s\u00a0]*[-\u2013][\s\u00a0]*vietnam\b/gu;
const HALVES = new Set(['nord', 'sud', 'centre']);
const COUNTRIES_OF_A_HALF = /\b(?:afrique|coree|soudan)[\s\u00a0]+du[\s\u00a0]*$/;
// ("ses contributions à l'amitié Vietnam - Hongrie", "à la solidarité spéciale Vietnam - Laos", "à
// l'amitié et à la coopération Vietnam - Hongrie": the friendship a community serves is a value of its
// own doings, not the two states dealing with each other; not a body named by it, "le Groupe
// parlementaire d'amitié Pologne - Vietnam", "l'Association d'amitié Vietnam - République tchèque")
const QUALITIES = 'speciale|traditionnelle|fidele|grande|profonde|etroite';
const BOND = `(?:amitie|solidarite)(?:[\\s\\u00a0]+(?:${QUALITIES}))*`;
const SECOND_BOND = `(?:amitie|solidarite|cooperation)(?:[\\s\\u00a0]+(?:${QUALITIES}|multiforme|integrale))*`;
const FRIENDSHIP_PAIR = new RegExp(
  `(?<!d'|de[\\s\\u00a0]l')\\b(?:grande[\\s\\u00a0]+)?${BOND}(?:[\\s\\u00a0]+et[\\s\\u00a0]+(?:(?:a[\\s\\u00a0]+)?(?:la[\\s\\u00a0]+|l'))?${SECOND_BOND})?[\\s\\u00a0]+(?:vietnam[\\s\\u00a0]*[-\\u2013][\\s\\u00a0]*\\p{L}+|\\p{L}+[\\s\\u00a0]*[-\\u2013][\\s\\u00a0]*vietnam\\b)`,
  'gu',
);
/** Does the folded text name Vietnam and another country as a pair? */
function namesPair(folded: string): boolean {
  if (VIETNAM_FIRST.test(folded)) return true;
  for (const m of folded.matchAll(VIETNAM_SECOND)) {
    const word = m[1] ?? '';
    if (!HALVES.has(word) || COUNTRIES_OF_A_HALF.test(folded.slice(0, m.index))) return true;
  }
  return false;
}
// (receiving someone, not something: "a reçu un large soutien", "nous avons reçu près de 20.000 euros")
const NOT_A_GUEST = `(?!${SPACE}(?:(?:un|une|des|du|de|le|la|les)${SPACE}|d'|l')?(?:large|vif|soutien|aide|dons?|somme|montant|financement|pres|plus|environ|\\d|prix|medailles?|titre|distinction|ordre|lettres?|messages?|felicitations|appui|commandes?)\\b)`;
// (what makes it talks between the two countries after all: a visit, an envoy received or met, a
// call, a partnership — "a reçu l'ambassadeur d'Angola", "s'est entretenu par téléphone avec…"; not an
// embassy's hotline, "lignes d'assistance téléphonique")
const TALKS = new RegExp(
  `\\b(?:homologues?|entretiens?${NOT_AN_INTERVIEW}|entretenue?s?|s'entretient|visites?${SPACE}(?:officielles?|d'etat|de${SPACE}travail)|accords?|partenariat|(?:recu|recoit|recevant)${NOT_A_GUEST}|a${SPACE}rencontre|(?:appel|conversation)${SPACE}telephonique|remercie)\\b`,
);

// (the two states discussing their citizens' protection is a relation: "tiennent des consultations
// sur l'assistance consulaire", "une séance de travail avec l'ambassadeur de Chine sur…", "… et le
// ministère malaisien de l'Intérieur discutent des visites consulaires")
const CONSULAR_TALKS = new RegExp(
  `\\b(?:consultations?${NOT_AN_INTERVIEW}|seances?${SPACE}de${SPACE}travail${SPACE}avec|discut(?:e|ent|ons|er)|s'engagent)\\b`,
);

export function isMultilateral(foldedText: string): boolean {
  return MULTILATERAL.test(foldedText);
}

// Vietnamese people abroad: the country they live in is a venue, not a partner
// ("la communauté vietnamienne au Japon", "protection des citoyens vietnamiens en Israël").
// ("l'Union des Vietnamiens en Allemagne", "des Vietnamiens travaillant ou étudiant en Allemagne",
// "la diaspora vietnamienne")
// (the community itself as COMMUNITY_ABROAD says it: not the business community at home)
const DIASPORA = new RegExp(
  `(?:${COMMUNITY}|vietnamiens (?:de l'etranger|residant|vivant|installes|travaillant|etudiant|a l'etranger)|(?:citoyens|ressortissants|travailleurs|etudiants) vietnamiens|protection des vietnamiens|(?:unions?|associations?|federations?|communautes?) des vietnamiens (?:en|au|aux|a|d'|de|du))`,
);

// "les Vietnamiens d'Allemagne", "des Vietnamiens de la République tchèque": where they live
const LIVED_IN_BEFORE =
  /vietnamiens[\s\u00a0]+(?:d'|de[\s\u00a0]+l'|de[\s\u00a0]+la[\s\u00a0]+|du[\s\u00a0]+|des[\s\u00a0]+)$/;
// "aux Vietnamiens d'Allemagne", "les Vietnamiens en France": the people, capitalised, and the
// country they live in
const PEOPLE_ABROAD =
  /\bVietnamiens[\s\u00a0]+(?:d'|d’|de[\s\u00a0]+l|du[\s\u00a0]|des[\s\u00a0]|en[\s\u00a0]|au[\s\u00a0]|aux[\s\u00a0])/u;

/**
 * ISO codes of Vietnam's partners in a story's texts, in order of first mention. Countries
 * mentioned only as venues of a multilateral event, or as where Vietnamese people abroad live,
 * are dropped; a sports competition has opponents, not partners; the entities mentioned in the
 * story add their countries (people, organisations, countries; places only outside multilateral
 * settings).
 */
export function findPartners(
  texts: (string | null | undefined)[],
  entities?: Entity[],
  options: { head?: number } = {},
): string[] {
  const all = texts.filter((t): t is string => Boolean(t)).join('\n');
  const foldedAll = fold(all);
  // a story about a competition (its title, its lead's first sentence), not one that mentions the
  // SEA Games in passing
  const headTexts =
    options.head === undefined
      ? []
      : texts
          .slice(0, options.head)
          .filter((t): t is string => Boolean(t))
          .map((t) => t.split(/(?<=[.!?])(?=\s|\p{Lu})/u)[0] ?? '');
  const headText = headTexts.join('\n');
  const head = options.head === undefined ? foldedAll : fold(headText);
  // (not the praise of a country for hosting one: "a félicité l'Indonésie pour l'organisation
  // réussie … des Jeux asiatiques")
  if ((COMPETITION.test(head) && !HOSTING_PRAISED.test(head)) || MATCH_RESULT.test(head) || SCORE.test(head)) return [];
  if (
    SPORT_HEAD.test(head) &&
    (COMPETITION.test(foldedAll) || MATCH_RESULT.test(foldedAll) || SCORE.test(foldedAll)) &&
    !DIPLOMACY.test(foldedAll)
  )
    return [];
  if (
    options.head !== undefined &&
    (COURT_HEAD.test(head) || JUDGED.test(composed(headText))) &&
    !DIPLOMACY.test(foldedAll)
  )
    return [];
  if (OWN_POLITICS.test(head) && !RELATIONS.test(withoutBodiesOfRelations(foldedAll))) return [];
  if (
    (CITIZENS_ABROAD.test(head) || ownSendingSuspended(head)) &&
    !TALKS.test(foldedAll) &&
    !CONSULAR_TALKS.test(foldedAll) &&
    !handedOverBy(foldedAll)
  )
    return [];
  // (a teaser's head is its title: its summary may name the community as buyers of a trade story)
  const isTeaser = options.head === undefined;
  const aboutCommunity = COMMUNITY_ABROAD.test(isTeaser ? fold(texts[0] ?? '') : head);
  if (
    aboutCommunity &&
    !TALKS.test(withoutOwnPeopleMeetings(foldedAll)) &&
    (!VISIT.test(foldedAll) || (VISIT_FOR_COMMUNITY.test(head) && !foreignOfficialNamed(foldedAll))) &&
    !namesPair(foldedAll.replace(FRIENDSHIP_PAIR, ' '))
  )
    return [];
  if (foreignViewOnly(head, foldedAll, texts[0])) return [];
  // an article on foreign visitors arriving: their countries are where they come from
  if (options.head !== undefined && TOURIST_ARRIVALS.test(head) && !DIPLOMACY.test(foldedAll)) return [];
  // an article on the country's exports of a good, whose head names no country: the countries
  // its body names are its markets ("les exportations de riz vers les Philippines" is about one)
  if (
    options.head !== undefined &&
    (EXPORT_FIGURES.test(head) || INVESTMENT_FIGURES.test(head)) &&
    !DIPLOMACY.test(foldedAll) &&
    findCountries(head).every((h) => h.code === 'VN')
  )
    return [];
  const multilateral = isMultilateral(foldedAll);
  const venuesOnly = multilateral || DIASPORA.test(foldedAll) || PEOPLE_ABROAD.test(all);
  const firstAt = new Map<string, number>();
  const substantive = new Set<string>();
  /** countries named at least once as hosts: a city's or a place's where something happens */
  const venues = new Set<string>();
  const hits = new Map<string, number>();
  const inHead = new Set<string>();
  /** countries named at least once otherwise than as an envoy's post or through their press */
  const namedBeyondPostOrPress = new Set<string>();
  /** countries named only through their press: their newspapers are not partners either */
  const pressOnly = new Set<string>();
  // when the head names a group of countries ("de nombreux pays africains", "le CPTPP"), the
  // members the body enumerates ("notamment l'Algérie, l'Angola, l'Égypte…")
  const groupHead = options.head !== undefined && COUNTRY_GROUP.test(head);
  // (at a bloc's meeting, the list of its members or partners is who sits there, not whom Vietnam
  // deals with: enumeratedIn leaves it)
  const blocHead = groupHead && onlyBlocs(head);
  const enumerated = new Set<string>();
  /** countries named by their leaders or officials: "le Premier ministre lao", "les dirigeants du Laos" */
  const led = new Set<string>();
  let vietnamNamed = false;
  let vietnamInTitle = false;
  /** countries listed with Vietnam as one of several: its peers, not whom it deals with */
  const peers = new Set<string>();
  /** countries a teaser's title names */
  const inTitle = new Set<string>();
  let offset = 0;
  for (const [i, t] of texts.entries()) {
    if (!t) continue;
    const found = findCountries(t);
    if (groupHead) for (const code of enumeratedIn(t, found, blocHead)) enumerated.add(code);
    for (const code of listedWithVietnam(t, found)) peers.add(code);
    for (const h of found) {
      if (h.code === 'VN') {
        vietnamNamed = true;
        if (i === 0) vietnamInTitle = true;
        continue;
      }
      if (!firstAt.has(h.code)) firstAt.set(h.code, offset + h.index);
      if (!h.venue) substantive.add(h.code);
      if (h.hosting) venues.add(h.code);
      // a title is about what it names, the post of an envoy included ("L'ambassade du Vietnam en
      // R. de Corée réagit…")
      // (one professional's nationality names no partner; the entities of the story may: "un expert
      // japonais de la JICA")
      if ((!h.post || i === 0) && !h.press && !h.speaker && !h.cited && !h.ranked && !h.member)
        namedBeyondPostOrPress.add(h.code);
      if (h.press) pressOnly.add(h.code);
      if (LEADER_BEFORE.test(fold(t.slice(Math.max(0, h.index - 40), h.index)))) led.add(h.code);
      hits.set(h.code, (hits.get(h.code) ?? 0) + 1);
      if (options.head !== undefined && i < options.head) inHead.add(h.code);
      if (i === 0) inTitle.add(h.code);
      // (a country a visit of the story goes to is one of its partners, wherever it is said)
      if (h.visited && !h.cited) enumerated.add(h.code);
      // (and so is one a paragraph of a round-up opens on: "Au Canada, le 30 août, le Consulat…")
      if (
        options.head !== undefined &&
        i >= options.head &&
        h.index <= 5 &&
        SECTION_OPENING.test(t.slice(0, h.end + 2)) &&
        // (a round-up's part is Vietnam's doing there: "Au Canada, le Consulat général du Vietnam…";
        // not a comparison, "En Allemagne, les énergies renouvelables représentent…")
        VIETNAMESE_ACTOR.test(fold(t))
      ) {
        enumerated.add(h.code);
        substantive.add(h.code);
      }
    }
    offset += t.length + 1;
  }
  // An article is about the countries its title or lead names, or that it names more than once;
  // one mention deep in the body ("visitors from Japan, the Philippines…") is in passing.
  // (or it is a member the body enumerates under a group the head names)
  // A head about one partner ("Le Vietnam et le Bhoutan promeuvent leur coopération"): the other
  // countries its body names are where things happen or whom else an envoy serves, unless the head
  // speaks of several countries ("de nouveaux ambassadeurs", "deux pays") or the story is multilateral
  const headPartners = [...inHead].filter((c) => namedBeyondPostOrPress.has(c) && substantive.has(c));
  const focused =
    options.head !== undefined && headPartners.length === 1 && !multilateral && !SEVERAL_COUNTRIES.test(head);
  // A teaser whose title pairs Vietnam with one partner ("Le Vietnam et le Laos boostent leur
  // coopération en matière de défense") is about that one: the countries its summary lists with
  // Vietnam and that partner are who else sits at a meeting the two plan ("… la réunion des
  // ministres de la Défense du Vietnam, du Laos et du Cambodge"); a country said otherwise stays
  // ("… tandis que les investissements de la République de Corée ont dépassé…")
  const titlePartners = [...inTitle].filter((c) => namedBeyondPostOrPress.has(c) && substantive.has(c));
  const teaserFocused =
    options.head === undefined &&
    titlePartners.length === 1 &&
    vietnamInTitle &&
    !multilateral &&
    !SEVERAL_COUNTRIES.test(fold(texts[0] ?? ''));
  const aboutIt = (code: string) =>
    (options.head === undefined && (!teaserFocused || !peers.has(code) || inTitle.has(code))) ||
    inHead.has(code) ||
    (!focused && (hits.get(code) ?? 0) >= 2) ||
    enumerated.has(code);
  const related = RELATION.test(foldedAll);
  // (judged only when the story's entities are given: without them, who takes part is not known;
  // and a relation needs two parties: one foreign country said to sign, meet or cooperate has
  // Vietnam for the other, "l'ambassadeur de Corée a signé un accord avec la province")
  // (one foreign country alone, with no word of a relation, is news of that country: "Les
  // exportations thaïlandaises progressent…", "L'Indonésie recherche de nouvelles sources…")
  if (
    entities &&
    !vietnamNamed &&
    (firstAt.size > 1 || (firstAt.size === 1 && !related && !tradedWith(foldedAll, [...firstAt.keys()][0] ?? ''))) &&
    !ENVOYS.test(foldedAll) &&
    !entities.some(isVietnameseParty) &&
    !namesOwnOffice(foldedAll, foreignPeople(entities))
  )
    return [];
  // (a story of countries that lists Vietnam among them, with no word of a relation, is of them
  // all alike: "… cinq économies clés : la Malaisie, l'Indonésie, … et le Vietnam")
  if (entities && firstAt.size && [...firstAt.keys()].every((c) => peers.has(c)) && !related && !AMONG.test(foldedAll))
    return [];
  // (the press of the one country a story names, covering a visit: "La visite du Premier ministre
  // massivement couverte par les médias algériens" is about the visit there)
  const [pressCode] = pressOnly;
  if (
    pressCode &&
    firstAt.size === 1 &&
    !namedBeyondPostOrPress.has(pressCode) &&
    LEADERS_VISIT.test(head) &&
    !VISIT_AT_HOME.test(options.head === undefined ? all : headText)
  )
    namedBeyondPostOrPress.add(pressCode);
  for (const code of namedBeyondPostOrPress) pressOnly.delete(code);
  // The host of a multilateral event, its chair or its leader who invites included ("sous la
  // présidence du ministre azerbaïdjanais", "à l'invitation du président Vladimir Poutine, président
  // des BRICS"), is where it happens, unless the story tells of Vietnam's dealings with it there
  // ("en marge du sommet, le Premier ministre a rencontré…"), not with another country the head
  // names ("… rencontre la conseillère d'État du Myanmar … en marge des sommets de l'ASEAN au Laos")
  // (a story whose head is the event: not one that mentions the UN in passing)
  const atEvent = isMultilateral(head) && MEETING.test(head);
  if (atEvent)
    for (const e of entities ?? [])
      if (e.type === 'place' && e.country && e.aliases.concat(e.name).some((n) => placedAt(foldedAll, fold(n))))
        venues.add(e.country.toUpperCase());
  // (…unless the host is one of them: its leaders or officials named, "les Premiers ministres lao
  // et cambodgien", "le président brésilien Lula", "les dirigeants du Laos")
  const dealings = BILATERAL_AT_EVENT.test(foldedAll);
  const dealtWithAnother = [...inHead].some((c) => !venues.has(c) && substantive.has(c));
  const event = atEvent && (!dealings || dealtWithAnother);
  const hostMet = (code: string) =>
    led.has(code) || (entities ?? []).some((e) => e.type === 'person' && e.country === code);
  const host = (code: string) => event && venues.has(code) && !enumerated.has(code) && !(dealings && hostMet(code));
  const codes = [...firstAt.entries()]
    .filter(
      ([code]) =>
        // (the members a group head's story lists are its subject, posts of one envoy included:
        // "l'ambassadeur du Vietnam en Tanzanie, au Kenya, en Éthiopie…" under "l'Afrique")
        (namedBeyondPostOrPress.has(code) || enumerated.has(code)) &&
        (!venuesOnly || substantive.has(code)) &&
        !host(code) &&
        aboutIt(code),
    )
    .sort((a, b) => a[1] - b[1])
    .map(([code]) => code);
  const cited = attributionSpans(all, foldedAll);
  for (const e of entities ?? []) {
    const code = e.country?.toUpperCase();
    if (!code || code === 'VN' || codes.includes(code) || host(code)) continue;
    // (a source's place or body, "selon X, de l'Université de Tokyo", says who speaks)
    if (e.type !== 'person' && cited.length && onlyCited(e, all, foldedAll, cited)) continue;
    // named only as a post or through its press: its mentions, the dateline of the envoy's city
    // ("Sydney (VNA) - L'ambassadeur du Vietnam en Australie…") and its newspapers do not make it one
    const datelineOnly = e.type === 'place' && e.mentions.every((m) => m.start <= 1);
    if (
      firstAt.has(code) &&
      !namedBeyondPostOrPress.has(code) &&
      (e.type === 'country' || datelineOnly || pressOnly.has(code))
    )
      continue;
    // named only as the venue of a multilateral event: its name does not make it one either
    if (e.type === 'country' && venuesOnly && firstAt.has(code) && !substantive.has(code)) continue;
    // (in a story of Vietnamese people abroad, a city is where they live, "à Paris", "à Berlin",
    // and so is their own association, "l'Union des Vietnamiens en Allemagne"; the cities of a
    // country the story names otherwise stay: "… à Vientiane, avec le ministre lao")
    if (e.type === 'place' && (multilateral || (venuesOnly && !substantive.has(code)))) continue;
    if (e.type === 'organization' && DIASPORA.test(fold(e.name))) continue;
    // a journalist's or an expert's nationality says who speaks (their body's country stays)
    if (e.type === 'person' && isProfession(e.role)) continue;
    if (
      e.type === 'country' ? !aboutIt(code) : options.head !== undefined && !entityAboutIt(e, hits.get(code) ?? 0, all)
    )
      continue;
    // (a body the head names is about it too: "… avec l'aide de la JICA"; not a place, where
    // things happen: "… ont signé à Tokyo")
    if (
      focused &&
      !inHead.has(code) &&
      !enumerated.has(code) &&
      !(e.type === 'organization' && namedInHead(e, options.head))
    )
      continue;
    codes.push(code);
  }
  // ("Un expert indien salue la solidarité entre le Vietnam et Cuba": one voice on a relation the
  // title names; its nationality says who speaks)
  const voice = oneVoiceOnOtherCountry(texts[0]);
  return voice ? codes.filter((c) => c !== voice) : codes;
}

/** The country of the one voice a title opens on, when the title names another foreign country; else null. */
function oneVoiceOnOtherCountry(title: string | null | undefined): string | null {
  if (!title || !ONE_VOICE.test(fold(title))) return null;
  const foreign = findCountries(title).filter((h) => h.code !== 'VN');
  const voice = foreign.find((h) => h.form === 'adjective')?.code;
  return voice && foreign.some((h) => h.code !== voice) ? voice : null;
}

/**
 * Does the entity make Vietnam a party to the story: a Vietnamese person, body or place, named
 * otherwise than as the dateline's city ("Hanoï (VNA) - Singapour et la Malaisie ont convenu…")
 * or as the agency that reports it? News between other countries that VNA relays names none, and
 * has no partner of Vietnam ("Singapour et la Malaisie ont convenu…", "Les touristes indiens
 * affluent vers les pays d'Asie du Sud-Est"). (One foreign country alone is not judged so: VNA
 * leaves Vietnam's side unnamed, "La vice-ministre a félicité le Cambodge".)
 */
function isVietnameseParty(e: Entity): boolean {
  if (e.country !== 'VN') return false;
  if (e.type === 'organization' && e.aliases.includes('VNA')) return false;
  return e.type !== 'place' || e.mentions.some((m) => m.start > 1 || m.in === 'title' || m.field === 'title');
}

// "la visite du Premier ministre Pham Minh Chinh", "la visite d'État du président": a leader's visit
const LEADERS_VISIT = new RegExp(
  `\\bvisites?(?:${SPACE}(?:officielles?|d'etat|de${SPACE}travail))?${SPACE}(?:du|de${SPACE}la)${SPACE}(?:vice-)?(?:premier${SPACE}ministre|pm|presidente?|secretaire${SPACE}general|chef)\\b`,
);
// "…la visite du Secrétaire général à Hô Chi Minh-Ville": a visit inside Vietnam, a place named after it
// (read as written: "à" the preposition, not "a" the verb)
const VISIT_AT_HOME =
  /\bvisites?\b[^.;]{0,80}?[\s\u00a0](?:à|au|dans)[\s\u00a0]+(?:la[\s\u00a0]+province[\s\u00a0]+de[\s\u00a0]+)?\p{Lu}/u;

// (a foreign envoy VNA speaks of is accredited to Vietnam: "Les ambassadeurs du Tchad et de la
// Dominique ont présenté leurs lettres")
const ENVOYS = /\b(?:ambassad\w*|consul\w*|lettres de creance)\b/;

/**
 * Words of a relation between two parties: one foreign country said to sign, meet or cooperate has
 * Vietnam for the other. (Not its aid, support, investments, trade or exports, which a country has
 * of its own — "La Malaisie soutient les entreprises exportatrices" — nor a market, a conference,
 * a summit, a meeting, a visit, arrivals or a turnout it has at home; but goods sent to it or coming
 * from it, said with the country, name the other party: tradedWith.)
 */
const RELATION = new RegExp(
  `\\b(?:${TIES}|signe\\w*|rencontr\\w*|recu|recoit|entretiens?${NOT_AN_INTERVIEW}|don|dons|offert|remis\\w*|partenaires?|amitie|echanges?|jumel\\w*|felicit\\w*|salu\\w*|remerci\\w*|condoleances|messages?|protocoles?|deux${SPACE}(?:pays|partis|parties|nations|peuples))\\b`,
);
/** Goods going to or coming from somewhere: "exportations de riz vers les Philippines", "… en provenance de Russie". */
const TRADE_DIRECTION = new RegExp(
  `(?:export|import|expedi|livraison)\\w*[^.;]{0,80}?\\b(?:vers|en${SPACE}provenance${SPACE}(?:d'|de|du|des)|a${SPACE}destination${SPACE}(?:d'|de|du|des))(?!\\p{L})`,
  'gu',
);
/** "les États-Unis restent le premier marché des crevettes": a country first among the markets of goods. */
const FIRST_MARKET = new RegExp(
  `(?:premiers?|principa(?:l|ux)|deuxiemes?|troisiemes?)${SPACE}marches?(?!${SPACE}(?:mondial|mondiaux|du${SPACE}monde|interieur|automobile))(?!\\p{L})`,
);
/**
 * Is the one foreign country `code` where goods go or come from, said right after the direction
 * ("… vers les Philippines"), or the first market? (Not "exportations de riz de la Thaïlande vers
 * l'Afrique": the country is the exporter.)
 */
function tradedWith(foldedAll: string, code: string): boolean {
  if (FIRST_MARKET.test(foldedAll)) return true;
  for (const m of foldedAll.matchAll(TRADE_DIRECTION)) {
    const next = foldedAll.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (findCountries(next).some((h) => h.code === code && h.index <= 6)) return true;
  }
  return false;
}
/**
 * …and among countries listed together, what they do together: meet ("La réunion annuelle des
 * ministres de la Défense du Vietnam, du Laos et du Cambodge"), discuss, patrol, exercise (not "un
 * point commun", "dans l'ensemble", "une conférence de presse").
 */
const AMONG = new RegExp(
  `\\b(?:reuni\\w*|reunions?|conferences?(?!${SPACE}de${SPACE}presse)|coordination|conjoint\\w*|(?<!l')ensemble|trilatera\\w*|trois${SPACE}(?:pays|parties|nations|partis)|discut\\w*|negoci\\w*|patrouilles?)\\b`,
);

// An office VNA names bare is Vietnam's ("Le PM reçoit l'ambassadeur du Japon"); another country's
// is said with its adjective or its name ("le Premier ministre thaïlandais", "… de Malaisie").
const OWN_OFFICE =
  /\b(?:le|du|au|la|de la|les|des|aux)[\s\u00a0]+(?:vice-)?(?:pm|premier[\s\u00a0]+ministre|presidente?|secretaire[\s\u00a0]+general|chef[\s\u00a0]+de[\s\u00a0]+l'etat|ministres?|ministeres?|gouvernement|dirigeants|autorites|comite[\s\u00a0]+populaire|province|delegation)(?!\p{L})/gu;

const ATTACHED_TO = /\b(?:rattache(?:e|s|es)?|relevant|dependant)[\s\u00a0]+(?:au|du|de la|a la|aux|des)[\s\u00a0]/;

// (the office's own complement, then the bloc: "des Affaires étrangères de l'ASEAN"; not a place
// the clause goes to, "à la réunion de l'ASEAN", nor bodies after "et", "les agences des Nations unies")
const BLOC_AFTER = new RegExp(
  `^${SPACE}(?:(?:des|du|de${SPACE}la|de${SPACE}l')${SPACE}?(?:(?!\\b(?:a|au|aux|en|pour|avec|et|sur)\\b)[^,;.]){0,30}?${SPACE})?(?:de${SPACE}l'(?:asean|ue|onu|apec|otan|union${SPACE}europeenne|union${SPACE}africaine|association${SPACE}des${SPACE}nations${SPACE}de${SPACE}l'asie${SPACE}du${SPACE}sud-est)|du${SPACE}g(?:7|20)|des${SPACE}nations${SPACE}unies)(?!\\p{L})`,
);

/** A country other than Vietnam named earlier in the sentence that ends at `at`. */
function foreignInSentence(foldedAll: string, at: number): boolean {
  const start = Math.max(foldedAll.lastIndexOf('.', at), foldedAll.lastIndexOf('\n', at)) + 1;
  return findCountries(foldedAll.slice(start, at)).some((h) => h.code !== 'VN');
}

function namesOwnOffice(foldedAll: string, foreigners: readonly string[]): boolean {
  for (const m of foldedAll.matchAll(OWN_OFFICE)) {
    // (within the words after it: "le ministre thaïlandais", "le ministère des Finances de Singapour")
    const after = foldedAll.slice(m.index + m[0].length, m.index + m[0].length + 40).split(/[,.;:]/)[0] ?? '';
    // (the office of the foreigner named right after it: "le Premier ministre Sonexay Siphandone")
    const holder = after.trimStart();
    if (foreigners.some((name) => holder.startsWith(name))) continue;
    // (an office a body named before is attached to is that body's country's: "… (TPSO), rattaché
    // au ministère du Commerce", "… relevant du ministère")
    if (
      ATTACHED_TO.test(foldedAll.slice(Math.max(0, m.index - 24), m.index + 4)) &&
      foreignInSentence(foldedAll, m.index)
    )
      continue;
    // (a province named is a place, Vietnam's or not as the place is: "la province de Sulawesi",
    // "la province du Yunnan")
    if (/province$/.test(m[0]) && /^[\s\u00a0]+(?:de|d'|du|des)/.test(after)) continue;
    // (a bloc's: "les ministres des Affaires étrangères de l'ASEAN", "… de l'UE")
    if (BLOC_AFTER.test(after)) continue;
    // (the country of the office itself: its adjective or "de X" right after it, not a country
    // the clause goes on to, "le vice-Premier ministre participe au Sommet Afrique-Japon"; an
    // adjective spelt as the country's name is one too, "les autorités philippines")
    const own = findCountries(after).some(
      (h) =>
        h.index <= 24 &&
        (h.form === 'adjective' ||
          !after.slice(0, h.index).trim() ||
          /(?:de|du|des|d')[\s\u00a0']*(?:la[\s\u00a0]+|l')?$/.test(after.slice(0, h.index))),
    );
    if (!own) return true;
  }
  return false;
}

/** The folded names of the people of another country than Vietnam the story names (said so). */
function foreignPeople(entities: readonly Entity[]): string[] {
  return entities
    .filter((e) => e.type === 'person' && e.country && e.country !== 'VN')
    .flatMap((e) => [e.name, ...e.aliases].map((n) => fold(n)));
}

/** A head that speaks of several countries: their envoys, their leaders, a count of countries, a trilateral. */
const SEVERAL_COUNTRIES =
  /\b(?:ambassadeurs|ambassadrices|pays|nations|homologues|dirigeants|partenaires|delegations|chefs d'etat|trilatera\w*)\b/;

/** Is the entity named in the story's head: its title or lead (its first paragraph when it has neither)? */
function namedInHead(e: Entity, head: number | undefined): boolean {
  return inTitleOrLead(e) || (head === 3 && e.mentions.some((m) => m.in === 'paragraph' && m.index === 0));
}

function inTitleOrLead(e: Entity): boolean {
  return e.mentions.some((m) => m.in === 'title' || m.in === 'lead');
}

// Groups of countries a story's head may name: regions and their peoples, and blocs.
// (not seas, rivers or a country that names a region: "Asie-Pacifique", "delta du Mékong",
// "Afrique du Sud")
const REGIONS =
  "afrique(?![\\s\\u00a0]+du[\\s\\u00a0]+sud)|(?:pays|nations|etats)[\\s\\u00a0]+(?:africains|arabes|insulaires|amis|europeens|latino-americains|d'afrique|d'amerique latine|du golfe)|nombreux pays";
/** Blocs of countries, which meet as such: their members at a summit are not partners one by one. */
const BLOCS = 'asean|cptpp|rcep|brics|apec|union europeenne|francophonie';
const COUNTRY_GROUP = new RegExp(`\\b(?:${REGIONS}|${BLOCS})\\b`);
const REGION_GROUP = new RegExp(`\\b(?:${REGIONS})\\b`);

/**
 * Under a head that names a bloc, a list of countries whose sentence seats them at a meeting or
 * counts them as members is who sits there ("a réuni les ministres … de l'Australie, de la Chine…",
 * "prendra part aux sommets entre l'ASEAN et ses principaux partenaires, notamment…", "l'ASEAN regroupe
 * Brunei, le Cambodge…", "huit pays membres …, dont Brunei, … ont assisté à la réunion"), unless the
 * sentence also says talks or trade with them ("des rencontres bilatérales avec les dirigeants …
 * notamment le Japon…", "… sont ses trois premiers partenaires commerciaux").
 */
function seatedList(text: string, first: CountryHit, last: CountryHit): boolean {
  const sentence = `${
    fold(text.slice(Math.max(0, first.index - 160), first.index))
      .split(/[.!?;]/)
      .pop() ?? ''
  } ${fold(text.slice(last.end, last.end + 160)).split(/[.!?;]/)[0] ?? ''}`;
  return SEATED.test(sentence) && !TALKS.test(sentence) && !BILATERAL_OR_TRADE.test(sentence);
}
const SEATED =
  /\b(?:reuni|reunit|reunissent|assiste|assistent|participe|participent|pris part|prendra part|prennent part|sommets?|conferences?|reunion|regroupe|rassemble|membres)\b/;
const BILATERAL_OR_TRADE =
  /\b(?:rencontres?|reunions?|entretiens?|echanges?|consultations?|discussions?)[\s\u00a0]+bilaterau?[xl]?e?s?\b|\bbilateralement\b|\b(?:commerci\w*|export\w*|import\w*|invest\w*)/;

/** Does the head name groups of countries only as blocs (no region, no "pays africains")? */
function onlyBlocs(head: string): boolean {
  return !REGION_GROUP.test(head);
}

/** What stands between two names of a list: a comma or "et", then up to two articles or prepositions. */
const LIST_SEPARATOR =
  /^(?:\s*,\s*|\s+et\s+|\s*,\s*et\s+)(?:(?:l'|l’|la\s+|le\s+|les\s+|d'|d’|de\s+|du\s+|des\s+|aux?\s+|en\s+)\s*){0,2}$/iu;

/**
 * Countries of an enumeration in a text: three or more names in a row, joined only by commas, "et"
 * and articles ("l'Algérie, l'Angola, l'Égypte, le Tchad et le Gabon").
 */
function enumeratedIn(text: string, found: CountryHit[], blocHead = false): Set<string> {
  const out = new Set<string>();
  for (const run of countryLists(text, found))
    if (run.length >= 3 && !(blocHead && seatedList(text, run[0] as CountryHit, run[run.length - 1] as CountryHit)))
      for (const h of run) out.add(h.code);
  return out;
}

/** The runs of country names the text lists one after another ("la Malaisie, l'Indonésie et le Vietnam"). */
function countryLists(text: string, found: CountryHit[]): CountryHit[][] {
  const runs: CountryHit[][] = [];
  let run: CountryHit[] = [];
  for (const h of found) {
    if (h.form !== 'name') continue;
    const last = run[run.length - 1];
    if (last && !LIST_SEPARATOR.test(text.slice(last.end, h.index))) {
      runs.push(run);
      run = [];
    }
    run.push(h);
  }
  if (run.length) runs.push(run);
  return runs;
}

/**
 * The countries listed with Vietnam as one of three or more ("cinq économies clés : la Malaisie,
 * l'Indonésie, la Thaïlande, les Philippines et le Vietnam", "les rituels du Vietnam, du Cambodge,
 * de la République de Corée et des Philippines"): Vietnam's peers in what the list says of them all.
 */
function listedWithVietnam(text: string, found: CountryHit[]): Set<string> {
  const out = new Set<string>();
  for (const run of countryLists(text, found))
    if (run.length >= 3 && run.some((h) => h.code === 'VN')) for (const h of run) if (h.code !== 'VN') out.add(h.code);
  return out;
}

/** "selon la ", "d'après l'": right before a name, the name is the source itself. */
const CITED_AS_SOURCE = /(?:selon|d'apres)[\s\u00a0]+(?:(?:la|le|les)[\s\u00a0]+|l')?$/;

/**
 * Is every occurrence of the entity's mentions in `all` inside a citation of a source? (Whole words
 * only: "Inde" is not in "Indonésie". An entity `all` does not hold, named past the story's first
 * characters, is not cited.)
 */
function onlyCited(e: Entity, all: string, foldedAll: string, cited: [number, number][]): boolean {
  const surfaces = new Set(e.mentions.map((m) => m.text).filter((t) => t.length > 1));
  let found = false;
  for (const surface of surfaces)
    for (let at = all.indexOf(surface); at >= 0; at = all.indexOf(surface, at + 1)) {
      if (/\p{L}/u.test(all.charAt(at - 1)) || /\p{L}/u.test(all.charAt(at + surface.length))) continue;
      found = true;
      // (a body that is itself the source, "selon la KOICA", may be a state's: it keeps its country)
      if (!inside(cited, at) || CITED_AS_SOURCE.test(foldedAll.slice(Math.max(0, at - 16), at))) return false;
    }
  return found;
}

/** A role that is a profession ("photojournaliste"), not a function. */
function isProfession(role: string | null | undefined): boolean {
  return PROFESSIONS.has(roleHead(role));
}

/** What two people do together in a photo: meet, talk, receive, sign, shake hands, cut a ribbon, hand over. */
const TOGETHER = new RegExp(
  `\\b(?:rencontr\\w*|entretien\\w*|s'entretien\\w*|recoit|recu|recoivent|accueill\\w*|signe\\w*|signature|serrent${SPACE}la${SPACE}main|poignee${SPACE}de${SPACE}main|coupe\\w*${SPACE}(?:le${SPACE})?ruban|inaugur\\w*|remet\\w*|remis\\w*|offre\\w*|homologues?|echange\\w*)\\b`,
);

/**
 * An entity gives its country when the title or lead names it, or its country is named twice in
 * all (`all`: the story's texts, one a line, where a caption-only entity's caption is looked up).
 */
function entityAboutIt(e: Entity, countryHits: number, all: string): boolean {
  if (inTitleOrLead(e)) return true;
  // (named in a photo's caption only, "…, et l'ambassadeur de Palestine, X. Photo: VNA", it is
  // someone in the picture, unless the caption says what they did together, "lors de la rencontre
  // avec son homologue thaïlandais X": else its country must be named twice elsewhere too)
  if (e.mentions.every((m) => m.in === 'caption')) {
    const caption = all.split('\n').find((line) => line.includes(e.name));
    if (!caption || !TOGETHER.test(fold(caption))) return countryHits >= 2 + e.mentions.length;
  }
  return e.mentions.length + countryHits >= 2;
}
