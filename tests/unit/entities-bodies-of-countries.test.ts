// A country's body named with another country (batch 25, dev since its one scoring): "l'AN du
// Sénégal" is Senegal's Assembly, not Vietnam's "AN"; and a year after a place's name is the
// event's ("la fête de la pagode des Parfums 2017"). Each test fails on the code before its rule.
import { describe, expect, it } from 'vitest';
import { find, named } from '../support/names';

describe('a body and its country', () => {
  it('"l’AN du Sénégal" is Senegal’s body, and its president Senegalese', () => {
    const es = find(
      "Le président de l'AN du Sénégal, Moustapha Niasse, a rencontré le président de l'AN de Hongrie, László Kövér, à Hanoï.",
    );
    expect(named(es, 'AN du Sénégal')).toMatchObject({ type: 'organization', country: 'SN' });
    expect(named(es, 'AN de Hongrie')).toMatchObject({ type: 'organization', country: 'HU' });
    expect(named(es, 'Moustapha Niasse')?.country).toBe('SN');
  });

  it('not Vietnam’s own body said with its country', () => {
    const es = find("Le ministère des Affaires étrangères du Vietnam a publié un communiqué. L'AN a adopté la loi.");
    expect(
      es.find((e) => e.type === 'organization' && e.name.startsWith('ministère des Affaires étrangères'))?.country,
    ).toBe('VN');
    expect(named(es, 'AN')?.country ?? named(es, 'Assemblée nationale')?.country).toBe('VN');
  });
});

describe('a place’s name and a number after it', () => {
  it('a year after the name is the event’s; a number that ends the name stays', () => {
    const es = find(
      'La fête de la pagode des Parfums 2017 débutera le 2 février.',
      'La centrale thermique de Phu My 3 fonctionne depuis dix ans.',
    );
    expect(named(es, 'pagode des Parfums')?.type).toBe('place');
    expect(es.some((e) => /2017/.test(e.name))).toBe(false);
    expect(named(es, 'centrale thermique de Phu My 3')?.type).toBe('place');
  });
});
