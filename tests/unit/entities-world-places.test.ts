// The world's provinces, prefectures, states and big cities, named bare in VNA text: places with
// their country, unless the page reads the word otherwise (a given name, a French word, a person).
import { describe, expect, it } from 'vitest';
import { KB_KEYS } from '../../lib/entities/knowledge';
import { WORLD_PLACES } from '../../lib/knowledge/world-places.data';
import { foldKey } from '../../lib/text/fold';
import { find, named, names } from '../support/names';

describe('places of the world the knowledge base does not list', () => {
  it('are found bare, with their country when the page names it', () => {
    const es = find(
      "La province de Vinh Long renforce sa coopération avec la préfecture japonaise. Le 24 novembre 2023, Vinh Long et Niigata ont signé un protocole d'accord de coopération.",
      'Plusieurs localités chinoises organisent des événements à Ho Chi Minh-Ville, telles que le Guangdong et le Jilin.',
      "C'est la deuxième ligne aérienne reliant le Vietnam à l'Indonésie, après celle entre Hô Chi Minh-Ville et Denpasar.",
    );
    expect(named(es, 'Niigata')).toMatchObject({ type: 'place', country: 'JP' });
    expect(named(es, 'Guangdong')).toMatchObject({ type: 'place', country: 'CN' });
    expect(named(es, 'Jilin')).toMatchObject({ type: 'place', country: 'CN' });
    expect(named(es, 'Denpasar')).toMatchObject({ type: 'place', country: 'ID' });
  });

  // (dev: le-vietnam-et-la-region-italienne-de-lombardie-renfo-1286027, as stored)
  it('a city of a million people or more whose name is also a French word ("Milan")', () => {
    const es = find(
      'Il a proposé que la Lombardie établisse des coopérations avec plusieurs localités du Vietnam, tout en exprimant sa conviction que la nouvelle liaison aérienne directe entre Hanoï et Milan, capitale de la Lombardie, contribuerait à renforcer la coopération entre le Vietnam et l’Italie.',
    );
    expect(named(es, 'Milan')).toMatchObject({ type: 'place', country: 'IT' });
    // (the bird, written in lower case, is no place)
    expect(names(find('Un milan noir survolait la rizière.'), 'place')).toEqual([]);
  });

  it("every country's capital, whatever its size, in English or in French", () => {
    const es = find(
      "Le cyclone Pam a frappé Port-Vila, la capitale du Vanuatu. L'ambassadeur du Vietnam au Pérou a reçu la délégation à Lima.",
      "L'Estonie a accueilli le forum à Tallinn ; l'Autriche, une réunion à Vienne.",
    );
    expect(named(es, 'Port-Vila')).toMatchObject({ type: 'place', country: 'VU' });
    expect(named(es, 'Lima')).toMatchObject({ type: 'place', country: 'PE' });
    expect(named(es, 'Tallinn')).toMatchObject({ type: 'place', country: 'EE' });
    expect(named(es, 'Vienne')).toMatchObject({ type: 'place', country: 'AT' });
    // dependent territories: places of the state they belong to
    const nc = find(
      "Le vice-ministre s'est rendu en Nouvelle-Calédonie, collectivité française du Pacifique, puis en France et à la Martinique.",
    );
    expect(named(nc, 'Nouvelle-Calédonie')).toMatchObject({ type: 'place', country: 'FR' });
    expect(named(nc, 'Martinique')).toMatchObject({ type: 'place', country: 'FR' });
    // the Vatican, a country the package names only "Cité du Vatican"
    const va = find('Il a rencontré le nonce apostolique du Vatican pour discuter des relations Vietnam-Vatican.');
    expect(named(va, 'Vatican')).toMatchObject({ type: 'country', country: 'VA' });
    // (a Roman numeral after it names a council, not the country)
    expect(named(find("Depuis le concile Vatican II, l'Église a changé."), 'Vatican')).toBeUndefined();
  });

  it('give their country to a place a rule found, when the page names that country too', () => {
    const gauteng = find(
      'Il a rencontré le vice-président du Comité du Parti de la province de Gauteng, en Afrique du Sud.',
    );
    expect(named(gauteng, 'Gauteng')?.country).toBe('ZA');
    // Brest is a region of Belarus in the data, and a French city too: the page says which
    const brest = find('Les assises de la coopération décentralisée se sont tenues à Brest, en France.');
    expect(named(brest, 'Brest')?.type).toBe('place');
    expect(named(brest, 'Brest')?.country ?? null).toBeNull();
  });

  it('are not read into a one-word name after a title, a body, a thing, or a person named on the page', () => {
    const es = find(
      'Le vice-président Rivers a reçu la délégation. Le Roi Sejong est célébré en République de Corée.',
      'Le réalisateur Hayao Miyazaki a présenté son film au Japon. Le film de Miyazaki a été salué.',
      'La Banque Essen et le club Genoa ont signé. Le général de Castries a été reçu.',
      'Paul a pris la parole. Union et solidarité ont été soulignées.',
    );
    expect(names(es, 'place')).toEqual([]);
    expect(named(es, 'Hayao Miyazaki')?.type).toBe('person');
  });

  it('come from data with no Vietnamese name, no name the knowledge base has, no name under four letters', () => {
    const lines = WORLD_PLACES.split('\n');
    expect(lines.length).toBeGreaterThan(150);
    for (const line of lines) {
      expect(line).toMatch(/^[A-Z]{2}:[^|]+(\|[^|]+)*$/);
      expect(line.startsWith('VN:')).toBe(false);
      for (const name of line.slice(3).split('|')) {
        expect(foldKey(name).length).toBeGreaterThanOrEqual(4);
        expect(KB_KEYS.has(foldKey(name))).toBe(false);
      }
    }
  });

  // shaped like le-vietnam-et-el-salvador-renforcent-leur-amitie-tra-1295902 and
  // une-delegation-du-parti-en-visite-de-travail-en-boli-205077 (dev)
  it("a capital that is a big city keeps its name over other countries' subdivisions", () => {
    const es = find(
      "Il a présenté ses lettres de créance au vice-président d'El Salvador dans la capitale San Salvador.",
    );
    expect(named(es, 'San Salvador')?.type).toBe('place');
    expect(named(es, 'San Salvador')?.country).toBe('SV');
  });

  it('a place whose name opens on an article: "La Paz", "La Valette"', () => {
    const es = find(
      'La délégation effectue une visite de travail à La Paz, en Bolivie.',
      "L'ambassadeur a visité La Valette, capitale de Malte.",
    );
    expect(named(es, 'La Paz')?.country).toBe('BO');
    expect(named(es, 'La Valette')?.country).toBe('MT');
    // (the article alone stays out: "La Francophonie" is no place)
    expect(names(es, 'place')).toEqual(['La Paz', 'La Valette']);
  });

  // shaped like laustralie-occidentale-tient-en-haute-estime-la-coop-1292883 and
  // t-centrale-de-son-la-114-milliards-de-kwh-pour-le-re-35871 (dev)
  it('a country hyphened to a word, and a name with its cardinal point, are places of their own', () => {
    const es = find(
      "La délégation de l'Australie-Occidentale a rencontré celle de l'Australie-Méridionale.",
      'Canva, une société de Sydney, dans la Nouvelle-Galles du Sud, investit en Gyeongsang du Nord.',
      'La coopération Vietnam-Laos progresse.',
    );
    expect(names(es, 'place')).toEqual(
      expect.arrayContaining([
        'Australie-Occidentale',
        'Australie-Méridionale',
        'Nouvelle-Galles du Sud',
        'Gyeongsang du Nord',
      ]),
    );
    expect(named(es, 'Australie')).toBeUndefined();
    // (two countries joined by a hyphen stay a pair)
    expect(names(es, 'country')).toEqual(expect.arrayContaining(['Vietnam', 'Laos']));
  });
});
