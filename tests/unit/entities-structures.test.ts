// How French VNA text builds names and roles out of smaller ones: diplomatic missions, units of an
// organisation, complements joined by "contre"/"avec", asides inside a role, and countries that
// only say who speaks. Sentences shaped like the real text of the dev split (names made up).
import { describe, expect, it } from 'vitest';
import { type EntityTexts, findEntities } from '../../lib/entities/index';
import { findPartners } from '../../lib/stories';
import { foldKey } from '../../lib/text/fold';
import type { Entity } from '../../lib/types';

const page = (...paragraphs: string[]): EntityTexts => ({
  title: '',
  lead: null,
  paragraphs,
  captions: [],
  related: [],
});
const find = (...paragraphs: string[]) => findEntities(page(...paragraphs));
const named = (es: Entity[], name: string) =>
  es.find((e) => [e.name, ...e.aliases].some((n) => foldKey(n) === foldKey(name)));
const partnersOf = (title: string, summary: string) => {
  const texts = { ...page(summary), title };
  return findPartners([title, summary], findEntities(texts));
};

describe('diplomatic missions', () => {
  it('are organisations of the sending state, named with where they are', () => {
    const es = find(
      "L'ambassade de Pologne au Vietnam a organisé une réception.",
      "Le 3 mai, l'ambassade du Vietnam en Égypte a remis des cadeaux.",
      'Le consulat général du Vietnam à Vientiane et l’ambassade vietnamienne aux Philippines.',
    );
    const pl = named(es, 'ambassade de Pologne au Vietnam');
    expect(pl?.type).toBe('organization');
    expect(pl?.country).toBe('PL');
    expect(named(es, 'ambassade du Vietnam en Égypte')?.country).toBe('VN');
    expect(named(es, 'consulat général du Vietnam à Vientiane')?.type).toBe('organization');
    expect(named(es, 'ambassade vietnamienne aux Philippines')?.country).toBe('VN');
  });

  it('keep the host country a country of its own, and one mission however the host is spelt', () => {
    const es = find(
      "L'ambassade du Vietnam en République de Corée réagit.",
      "Selon l'ambassade du Vietnam en R. de Corée, l'affaire est close.",
    );
    const missions = es.filter((e) => e.type === 'organization');
    expect(missions).toHaveLength(1);
    expect(missions[0]?.mentions).toHaveLength(2);
    expect(es.some((e) => e.type === 'country' && e.country === 'KR')).toBe(true);
  });

  it('need a sending state: "l’ambassade a dit" names none', () => {
    const es = find("L'ambassade a indiqué que la cérémonie aura lieu à Hanoï.");
    expect(es.filter((e) => e.type === 'organization')).toHaveLength(0);
  });
});

describe('a unit of an organisation', () => {
  it('is named with the organisation it belongs to, its short name an alias, the parent an entity too', () => {
    const es = find(
      'Une délégation de la Direction des affaires consulaires des Forces armées royales thaïlandaises est arrivée.',
      "Le Département de l'Asie du Sud du ministère indien des Affaires extérieures a reçu la délégation.",
    );
    const unit = named(es, 'Direction des affaires consulaires des Forces armées royales thaïlandaises');
    expect(unit?.type).toBe('organization');
    expect(unit?.aliases).toContain('Direction des affaires consulaires');
    expect(unit?.country).toBe('TH');
    expect(named(es, 'Forces armées royales thaïlandaises')?.type).toBe('organization');
  });

  it('but not a unit of an acronym or of a generic body ("du Comité central")', () => {
    const es = find(
      'La Commission de sensibilisation du PCV et la Commission des affaires ethniques du Comité central.',
    );
    expect(named(es, 'Commission de sensibilisation du PCV')).toBeUndefined();
    expect(named(es, 'Commission des affaires ethniques')?.type).toBe('organization');
  });
});

describe('complements joined by another preposition', () => {
  it('"contre", "avec", "pour" carry a lower-case complement inside the name', () => {
    const es = find(
      'Le Comité de prévention et de lutte contre les épidémies de la province de Dong Nai a publié un avis.',
      "L'Institut chilien d'amitié avec les peuples a organisé la rencontre.",
    );
    // the province it is of is part of its name, as in the real text
    const committee = named(es, 'Comité de prévention et de lutte contre les épidémies de la province de Dong Nai');
    expect(committee?.type).toBe('organization');
    expect(committee?.country).toBe('VN');
    expect(named(es, "Institut chilien d'amitié avec les peuples")?.country).toBe('CL');
  });

  it('not after a ministry, whose complement is capitalised', () => {
    const es = find('Le ministère de la Santé avec les provinces a lancé la campagne.');
    expect(named(es, 'ministère de la Santé')?.type).toBe('organization');
  });
});

describe('roles stated around asides', () => {
  it('an aside in parentheses between role and name is not part of the role', () => {
    const es = find('Feu le président du Conseil des ministres (aujourd’hui Premier ministre) Do Van Hoa a œuvré.');
    expect(named(es, 'Do Van Hoa')?.role).toBe('président du Conseil des ministres');
  });

  it('a participle’s apposition stays inside the role', () => {
    const es = find(
      "L'ambassadeur du Vietnam au Pérou, accrédité concurremment en Bolivie, Tran Quoc Hung, a présenté ses lettres.",
    );
    expect(named(es, 'Tran Quoc Hung')?.role).toBe(
      'ambassadeur du Vietnam au Pérou, accrédité concurremment en Bolivie',
    );
  });

  it('the function stated before a rank wins over the rank', () => {
    const es = find('Le vice-ministre de la Sécurité publique, le général Luong Van Hai, a reçu la délégation.');
    expect(named(es, 'Luong Van Hai')?.role).toBe('vice-ministre de la Sécurité publique');
  });

  it('"le Président Hô Chi Minh" names the founder; it states no role', () => {
    const es = find(
      'La délégation a visité le Mausolée du Président Hô Chi Minh, puis le président Luong Cuong l’a reçue.',
    );
    expect(named(es, 'Hô Chi Minh')?.role).toBeNull();
    expect(named(es, 'Luong Cuong')?.role).toBe('président');
  });
});

describe('countries that say who speaks, not what the story is about', () => {
  it('the post of a Vietnamese envoy is not a partner', () => {
    expect(
      partnersOf(
        'Législatives : un signal de stabilité politique',
        'L’ambassadeur du Vietnam en Zambie, Le Van Tam, a souligné les acquis majeurs de la législature.',
      ),
    ).toEqual([]);
    expect(
      partnersOf(
        'Le Vietnam renforce ses liens avec le Honduras',
        'L’ambassadeur du Vietnam au Mexique, accrédité concurremment au Honduras, a présenté ses lettres de créance au président hondurien.',
      ),
    ).toEqual(['HN']);
  });

  it('unless the title names it', () => {
    expect(
      partnersOf('L’ambassade du Vietnam au Japon réagit à des propos offensants', 'Elle a demandé des excuses.'),
    ).toEqual(['JP']);
  });

  it('a newspaper of a country, or its press, is not a partner', () => {
    expect(
      partnersOf(
        'Congrès du Parti : la presse indienne salue la croissance du Vietnam',
        'Le journal indien The Hindu a salué la croissance et les progrès sociaux du Vietnam.',
      ),
    ).toEqual([]);
    expect(
      partnersOf('Le Vietnam et l’Inde renforcent leur coopération', 'Le journal indien The Hindu en a rendu compte.'),
    ).toEqual(['IN']);
  });
});
