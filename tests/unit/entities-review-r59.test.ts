// The second reviewer's read of the fifty-first round's rules (R59): each probe sentence a rule of the
// round read wrong, and what a careful reader finds there.
import { describe, expect, it } from 'vitest';
import { find, named, names } from '../support/names';

describe("the round's rules on sentences they were not written for (R59)", () => {
  it("a place's government spending in recent years is today's, not another age's", () => {
    const es = find(
      "L'administration de Hanoï a dépensé ces dernières années plus de 1.000 milliards de dongs pour les écoles.",
    );
    expect(named(es, 'administration de Hanoï')?.type).toBe('organization');
  });

  it('a slash between two bodies known apart joins nothing', () => {
    const es = find(
      'Les sociétés Viettel, FPT/CMC et VNPT ont participé au salon technologique de Da Nang.',
      'Le groupe de travail ASEAN/UE sur le commerce se réunit à Bruxelles.',
    );
    expect(names(es, 'organization').join()).not.toMatch(/\//);
    expect(names(es, 'organization')).toEqual(expect.arrayContaining(['FPT', 'Union européenne']));
  });

  it("a body's noun glued to its complement, or a spacing the page also writes, is no brand", () => {
    const es = find(
      "Le président de l'AssociationVietnam-France, Nguyen Van Binh, a rendu visite à la délégation française.",
      "La société Masan Group a annoncé des bénéfices record. La MasanGroup prévoit d'investir.",
    );
    expect(names(es, 'organization')).toEqual(expect.arrayContaining(['Association Vietnam-France', 'Masan Group']));
  });

  it('two words after "de" are the place a local office or a particle says, not a family name', () => {
    const es = find(
      "Le gouverneur Romeu Zema de Minas Gerais a reçu une délégation d'entreprises vietnamiennes.",
      'Le ministre Eduardo Leite de Rio Grande do Sul a signé un accord avec la province de Dong Thap.',
    );
    expect(named(es, 'Romeu Zema')?.type).toBe('person');
    expect(named(es, 'Eduardo Leite')?.role).toBe('ministre');
  });

  it('an unnamed port of a province is no place; the province is', () => {
    const es = find('Le port en eau profonde de la province de Quang Ninh accueillera des porte-conteneurs géants.');
    expect(named(es, 'Quang Ninh')?.country).toBe('VN');
    expect(names(es, 'place').join()).not.toMatch(/port/);
  });

  it('"général" after a noun of a function keeps a role', () => {
    const es = find('Le rapporteur général Nguyen Thi Thanh a présenté le projet de loi à l’Assemblée nationale.');
    expect(named(es, 'Nguyen Thi Thanh')?.role).not.toBeNull();
  });

  it("a plural adjective after a continent is its countries', not the continent's", () => {
    const es = find(
      "Le Vietnam souhaite renforcer sa coopération avec les pays d'Afrique francophones dans l'agriculture.",
    );
    expect(names(es, 'place')).toEqual(['Afrique']);
  });

  it('a region named in apposition that goes on past a dash keeps no cut alias', () => {
    const es = find('Ils ont renforcé la coopération de la région Mékong-Lancang.');
    expect(es.flatMap((e) => e.aliases)).not.toContain('région Mékong');
  });
});
