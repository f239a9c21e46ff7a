// The error classes of issue 12, each on sentences shaped like the real VNA text of the dev split
// (written for these tests; names are mostly made up), with the wrong reading each rule replaces.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities/index';
import { findPartners } from '../../lib/stories';
import { find, named, names, page } from '../support/names';

describe('1 organisations keep their complement', () => {
  it('a dashed pair of countries after the head', () => {
    const es = find(
      "La 12e réunion du Comité mixte Vietnam - Mongolie s'est tenue à Oulan-Bator.",
      "Le Conseil d'affaires Vietnam-Brésil a présenté ses projets.",
    );
    expect(named(es, 'Comité mixte Vietnam - Mongolie')?.type).toBe('organization');
    expect(named(es, "Conseil d'affaires Vietnam-Brésil")?.type).toBe('organization');
    expect(names(es, 'organization')).not.toContain('Comité mixte');
  });

  it('"de" + a country, and a nationality adjective after the complement', () => {
    const es = find(
      "Le président de l'Union des écrivains de Pologne est arrivé.",
      "Le Fonds d'investissement direct roumain financera l'usine.",
      "Une délégation de l'Assemblée nationale du Cambodge a visité Hanoï.",
    );
    expect(named(es, 'Union des écrivains de Pologne')?.country).toBe('PL');
    const fund = named(es, "Fonds d'investissement direct roumain");
    expect(fund?.type).toBe('organization');
    expect(fund?.country).toBe('RO');
    expect(named(es, 'Assemblée nationale du Cambodge')?.country).toBe('KH');
  });
});

describe("1 a region's adjective ending a body's name", () => {
  // (dev, as stored: forum-daffaires-vietnamburkina-faso-46419, entre-le-vietnam-et-la-roumanie-une-cooperation-fruc-1119846)
  it('is part of it: "ouest-africaine", and the knowledge base knows the OTAN by its full name', () => {
    const es = find(
      "Le Burkina Faso est membre de l'Union économique et monétaire ouest-africaine (UEMOA).",
      "La Roumanie a adhéré à l'Organisation du traité de l'Atlantique Nord (OTAN) en 2004.",
      'La Banque ouest-africaine de développement a prêté.',
    );
    expect(names(es, 'organization')).toEqual(
      expect.arrayContaining([
        'Union économique et monétaire ouest-africaine',
        "Organisation du traité de l'Atlantique Nord",
        'Banque ouest-africaine de développement',
      ]),
    );
    expect(named(es, "Organisation du traité de l'Atlantique Nord")?.aliases).toContain('OTAN');
  });
});

describe('1 a body numbered at the end of its name', () => {
  // shaped like lhopital-de-campagne-de-niveau-2-n2-veut-devenir-une-129841,
  // vietnamsierra-leone-cooperation-dans-lagriculture-27500 and
  // plus-de-4000-ponts-construits-dans-les-regions-demun-post60387 (dev)
  it('a number, a number sign and its number end the name; a count does not', () => {
    const es = find(
      "L'Hôpital de campagne de niveau 2 N°2 a relevé l'Hôpital de campagne de niveau 2 N° 1 au Soudan du Sud.",
      "L'Institut d'aquaculture N°1 a signé avec la Compagnie générale de la construction des ouvrages de communication 5.",
      'La Commission des finances 12 membres a voté.',
      // (R50: the number sign in lower case, as French typography writes it)
      "L'Hôpital de campagne de niveau 2 n°3 du Vietnam est arrivé.",
    );
    expect(named(es, 'Hôpital de campagne de niveau 2 n°3 du Vietnam')?.type).toBe('organization');
    expect(named(es, 'Hôpital de campagne de niveau 2 N°2')?.type).toBe('organization');
    expect(named(es, 'Hôpital de campagne de niveau 2 N° 1')?.type).toBe('organization');
    expect(named(es, "Institut d'aquaculture N°1")?.type).toBe('organization');
    expect(named(es, 'Compagnie générale de la construction des ouvrages de communication 5')?.type).toBe(
      'organization',
    );
    expect(names(es, 'organization')).toContain('Commission des finances');
  });
});

describe('1 a purpose whose adjectives are negated', () => {
  // shaped like t-crevettes-le-vietnam-devient-le-4e-exportateur-dan-62007 and
  // t-vietnam-slovaquie-renforcement-de-la-cooperation-d-post39904 (dev)
  it('"la pêche illicite, non déclarée et non réglementée" stays in the body\'s name', () => {
    const es = find(
      'Le Comité national de pilotage de la lutte contre la pêche illicite, non déclarée et non réglementée a tenu sa réunion.',
      'Le Comité directeur chargé de la lutte contre la migration illégale, non déclarée et non encadrée a siégé.',
    );
    expect(
      named(es, 'Comité national de pilotage de la lutte contre la pêche illicite, non déclarée et non réglementée')
        ?.type,
    ).toBe('organization');
    expect(
      named(es, 'Comité directeur chargé de la lutte contre la migration illégale, non déclarée et non encadrée')?.type,
    ).toBe('organization');
  });
});

describe("1 an international body's office, named by where it sits", () => {
  // shaped like seminaire-sur-les-investissements-dans-lasean-au-cap-297500 and
  // le-vietnam-promeut-la-cooperation-entre-les-pays-de-1275019 (dev)
  it('"Comité de l\'ASEAN à Pretoria", "Bureau de l\'UNESCO à Hanoï"; not a country\'s own body', () => {
    const es = find(
      "Le Comité de l'ASEAN à Pretoria a organisé un séminaire sur les investissements.",
      "Le Bureau de l'UNESCO à Hanoï a salué le projet. Le Comité du Parti à Hanoï a approuvé le plan.",
    );
    expect(named(es, "Comité de l'ASEAN à Pretoria")?.type).toBe('organization');
    expect(named(es, "Bureau de l'UNESCO à Hanoï")?.type).toBe('organization');
    // (R50: an adjective between the head and the body)
    expect(
      named(find("Le Bureau régional de l'OMS à Manille a aidé."), "Bureau régional de l'OMS à Manille")?.type,
    ).toBe('organization');
    expect(names(es, 'organization')).not.toContain('Comité du Parti à Hanoï');
  });
});

describe('1 an office named by the region it serves', () => {
  // shaped like remise-de-la-bourse-valofrase-a-30-etudiants-29766 (dev, batch 71) and
  // les-relations-bangladeshvietnam-se-developpent-dans-196667 (dev)
  it('"Bureau Asie-Pacifique de l\'OIF", "Département Asie du Sud-Est": the region, then the body it is of', () => {
    const es = find(
      "Le Bureau Asie-Pacifique de l'OIF a remis les bourses aux étudiants.",
      'Le directeur du Département Asie du Sud-Est du ministère bangladais des AE a reçu la délégation.',
      "L'Asie-Pacifique reste le moteur de la croissance.",
    );
    expect(named(es, "Bureau Asie-Pacifique de l'OIF")?.type).toBe('organization');
    expect(named(es, 'Département Asie du Sud-Est')?.type).toBe('organization');
    expect(named(es, 'Asie-Pacifique')?.type).toBe('place');
  });

  it('regions joined by "et"; never a heading (R50)', () => {
    const es = find(
      'La Direction Afrique et Moyen-Orient du ministère a reçu la délégation.',
      "Le Bureau Europe de l'Est et Asie centrale de la Banque mondiale a publié son rapport.",
      "Direction Asie-Pacifique : le ministre s'est envolé pour Canberra.",
    );
    expect(named(es, 'Direction Afrique et Moyen-Orient')?.type).toBe('organization');
    expect(named(es, "Bureau Europe de l'Est et Asie centrale de la Banque mondiale")?.type).toBe('organization');
    expect(names(es, 'organization')).not.toContain('Direction Asie-Pacifique');
  });
});

describe('1 a standing meeting of two regions of the world', () => {
  // shaped like vietnam-et-espagne-renforcent-les-liens-bilateraux-50392 and
  // colloque-sur-les-relations-vietnammyanmar-79208 (dev)
  it('"le Sommet Asie-Europe (ASEM)", "le Forum de coopération Asie-Europe" are bodies, not places', () => {
    const es = find(
      "Les deux pays coopèrent dans le cadre de l'ONU et du Sommet Asie-Europe (ASEM).",
      "Le Vietnam soutient l'adhésion du Myanmar au Forum de coopération Asie-Europe.",
      "Le Forum Asie s'est ouvert. L'Asie-Europe est un espace d'échanges.",
    );
    expect(named(es, 'Sommet Asie-Europe')?.type).toBe('organization');
    expect(named(es, 'Forum de coopération Asie-Europe')?.type).toBe('organization');
    expect(names(es, 'organization')).not.toContain('Forum Asie');
  });
});

describe("1 a foreign country's mission", () => {
  // shaped like vietnam-portugal… and la-georgie-va-ouvrir-son-ambassade-au-vi… (dev: "l'ambassade
  // du Portugal à Hanoï", "l'ambassade de Géorgie à Hanoï")
  it("is named by its country and where it is; not Vietnam's own missions, nor a plural", () => {
    const es = find(
      "Il remercie l'ambassade de Suède au Vietnam et l'ambassade du Portugal à Hanoï pour leur aide.",
      "L'ambassade tchèque au Vietnam et le consulat général d'Australie à Hô Chi Minh-Ville ont organisé la fête.",
      "L'ambassade des Philippines en Iran et en Syrie suit la situation. L'ambassade d'Iran à Beyrouth, au Liban, a été visée.",
      "L'ambassade du Vietnam au Laos a reçu la délégation. Les ambassades de Chine et du Japon ont répondu.",
    );
    expect(named(es, 'ambassade de Suède au Vietnam')?.country).toBe('SE');
    expect(named(es, 'ambassade du Portugal à Hanoï')?.country).toBe('PT');
    expect(named(es, 'ambassade tchèque au Vietnam')?.country).toBe('CZ');
    expect(named(es, "consulat général d'Australie à Hô Chi Minh-Ville")?.country).toBe('AU');
    expect(named(es, 'ambassade des Philippines en Iran et en Syrie')?.country).toBe('PH');
    // (a comma says where the city is: the mission ends on the city)
    expect(named(es, "ambassade d'Iran à Beyrouth")?.country).toBe('IR');
    expect(names(es, 'organization').filter((n) => /vietnam au laos|ambassades/i.test(n))).toEqual([]);
  });
});

describe("1 a ministry's adjectives; a body's complement and the name after it", () => {
  // shaped like lindonesie-rapatrie-un-grand-nombre-de-pecheurs-viet-353262 and
  // la-visite-du-president-mongol-au-vietnam-constitue-u-214892 (dev, batch 70)
  it('"des Affaires maritimes et de la Pêche"; "président du Conseil des ministres Yumjaagiin Tsedenbal"', () => {
    const es = find(
      'Le ministère indonésien des Affaires maritimes et de la Pêche a rapatrié les pêcheurs.',
      'La visite du président du Conseil des ministres Yumjaagiin Tsedenbal en 1954 a marqué les relations.',
    );
    expect(named(es, 'ministère des Affaires maritimes et de la Pêche')?.country).toBe('ID');
    expect(named(es, 'Yumjaagiin Tsedenbal')?.role).toBe('président du Conseil des ministres');
    expect(named(es, 'Conseil des ministres')?.type).toBe('organization');
  });

  // (batch 77, dev since its one scoring: le-vietnam-pret-a-evacuer-ses-travailleurs-de-la-lib-24390)
  it("a known field of government is the ministry's whole name, its lower-case words and comma included", () => {
    const es = find(
      "Le ministère du Travail, des Invalides de guerre et des Affaires sociales a annoncé l'évacuation.",
      'Le ministère du Travail, des Invalides, des milliers de familles attendent.',
    );
    expect(names(es, 'organization')).toContain(
      'ministère du Travail, des Invalides de guerre et des Affaires sociales',
    );
    expect(names(es, 'organization')).not.toContain('ministère du Travail, des Invalides, des milliers de familles');
  });
});

describe('1 complements written as compounds or purposes', () => {
  it('a name joined by a hyphen to a known place or country stays one complement', () => {
    const es = find(
      "L'Association des Vietnamiens de Berlin-Brandebourg a organisé une fête.",
      "L'Association des entreprises Okayama-Vietnam a signé un accord avec la province.",
      "Selon l'Association des entrepreneurs du golfe Guangdong-Hong Kong-Macao, les échanges croissent.",
    );
    expect(named(es, 'Association des Vietnamiens de Berlin-Brandebourg')?.country).toBe('DE');
    expect(named(es, 'Association des entreprises Okayama-Vietnam')?.type).toBe('organization');
    expect(named(es, 'Association des entrepreneurs du golfe Guangdong-Hong Kong-Macao')?.type).toBe('organization');
    expect(names(es, 'organization')).not.toContain('Association des Vietnamiens de Berlin');
  });

  it('"pour" and another body, its year, or a portfolio', () => {
    const es = find(
      "Le Comité national pour l'APEC 2027 a tenu sa première réunion.",
      "L'Agence nationale pour l'Education de Finlande coopère avec Hanoï.",
    );
    expect(named(es, "Comité national pour l'APEC 2027")?.type).toBe('organization');
    expect(named(es, "Agence nationale pour l'Education de Finlande")?.country).toBe('FI');
    expect(names(es, 'organization')).not.toContain('Agence nationale');
  });

  // batch 36's "recompenses-pour-les-athletes-vietnamiennes-medaille-208571" (dev since its one scoring)
  it('a noun of action and its object after "au"/"aux"; never after the verb "a"', () => {
    const es = find(
      'Le Fonds de soutien aux jeunes talents a remis des prix.',
      'Le Centre de réponse aux urgences informatiques du Vietnam a alerté les entreprises.',
      'Le Fonds de soutien a versé 10 millions de dôngs.',
    );
    expect(named(es, 'Fonds de soutien aux jeunes talents')?.type).toBe('organization');
    expect(named(es, 'Centre de réponse aux urgences informatiques du Vietnam')?.country).toBe('VN');
    expect(names(es, 'organization').join(' ')).not.toMatch(/versé/);
  });

  // (dev: breve-biographie-du-secretaire-general-du-14e-comite-424760, les-universites-francaises-…-post51276)
  it('a purpose\'s nouns listed with their articles and closed by "et"; not a list the sentence makes', () => {
    const es = find(
      'Le Comité de pilotage central pour la prévention et la lutte contre la corruption, le gaspillage et la négativité a tenu sa réunion.',
      "L'Agence française pour la promotion de l’enseignement supérieur, l’accueil et la mobilité internationale a ouvert un bureau.",
      'Le Comité de coordination des sciences, les techniciens et les ingénieurs ont signé.',
      'Il a étudié à l’Académie de la sécurité populaire d’aujourd’hui.',
    );
    expect(
      named(
        es,
        'Comité de pilotage central pour la prévention et la lutte contre la corruption, le gaspillage et la négativité',
      )?.type,
    ).toBe('organization');
    expect(
      named(
        es,
        "Agence française pour la promotion de l'enseignement supérieur, l'accueil et la mobilité internationale",
      )?.country,
    ).toBe('FR');
    expect(named(es, 'Comité de coordination des sciences')?.type).toBe('organization');
    expect(named(es, 'Académie de la sécurité populaire')?.type).toBe('organization');
  });

  // (dev: consultation-politique-vietnam-serbie-a-belgrade-1283636, vietnam-finlande-les-ministeres-des-ae-…-1293479)
  it('"les ministères des AE (des deux pays)" names no body; with the countries listed, one each', () => {
    const es = find(
      'Les ministères des Affaires étrangères des deux pays jouent un rôle important.',
      'Les ministères des AE plaident pour la coopération.',
      'Les ministères des Finances du Vietnam et du Laos ont coopéré.',
    );
    expect(names(es, 'organization').filter((n) => /Affaires étrangères|AE/.test(n))).toEqual([]);
    expect(named(es, 'ministère des Finances du Vietnam')?.country).toBe('VN');
    expect(named(es, 'ministère des Finances du Laos')?.country).toBe('LA');
  });

  // (dev: celebration-des-50-ans-des-relations-diplomatiques-e-211427, ceremonie-daccueil-du-premier-ministre-lao-…-176256)
  it('a joint body is named by its pair or its subject; alone or "des deux pays" it names none', () => {
    const es = find(
      'Le Comité intergouvernemental a tenu sa session. La Commission mixte se réunira en mai.',
      'Le Comité intergouvernemental des deux pays se réunira.',
      'Le Comité mixte Vietnam-Egypte a tenu sa session. Le Comité intergouvernemental Vietnam-Laos aussi.',
    );
    expect(names(es, 'organization').sort()).toEqual([
      'Comité intergouvernemental Vietnam-Laos',
      'Comité mixte Vietnam-Egypte',
    ]);
  });

  // (batch 37, dev since its one scoring: lukraine-souhaite-resserrer-ses-relations-avec-le-vi-151166)
  it('a body of another one is named by the country it is in', () => {
    const es = find("Les deux parties ont convenu de créer le Comité de l’ASEAN en Ukraine l'an prochain.");
    expect(named(es, "Comité de l'ASEAN en Ukraine")?.country).toBe('UA');
    expect(names(es, 'organization')).not.toContain("Comité de l'ASEAN");
  });

  it('a Vietnamese name glued by a hyphen stays a person (a second reader’s probe)', () => {
    const es = find('Le Comité populaire de Hanoï-Nguyen Duc Chung a signé le document.');
    expect(named(es, 'Nguyen Duc Chung')?.type).toBe('person');
  });

  it('leaves a vote for a body and a sentence’s hyphen alone', () => {
    const es = find("Le pays a voté pour l'ASEAN.", 'Le Comité populaire de Hanoï - Vietnam a reçu la délégation.');
    expect(names(es, 'organization')).not.toContain("pays a voté pour l'ASEAN");
    expect(named(es, 'Comité populaire de Hanoï')?.type).toBe('organization');
  });
});

describe('2 the surname Lê written "Le"', () => {
  it('is the surname before two Vietnamese syllables, the article elsewhere', () => {
    const es = find(
      'Selon M. Le Thanh Binh, directeur adjoint du service, les travaux avancent.',
      'Le Duc Hieu a présidé la séance. Le Quang Ninh attire des visiteurs.',
    );
    expect(named(es, 'Le Thanh Binh')?.role).toBe('directeur adjoint du service');
    expect(named(es, 'Le Duc Hieu')?.type).toBe('person');
    expect(named(es, 'Thanh Binh')).toBeUndefined();
    expect(named(es, 'Le Quang Ninh')).toBeUndefined();
  });

  // (batch 39, dev since its one scoring: affaire-de-la-pvp-land-trinh-xuan-thanh-condamne-a-l-99359)
  it('is the surname before a known place inside a sentence, where French writes no capital article', () => {
    const es = find(
      'Dinh Manh Thang, de 9 ans ; Le Hoa Binh, ancien président de la compagnie, de 10 ans.',
      'Le tribunal a entendu Trinh Xuan Thanh et Le Thanh Hoa, son adjoint.',
    );
    expect(named(es, 'Le Hoa Binh')?.type).toBe('person');
    expect(named(es, 'Le Thanh Hoa')?.type).toBe('person');
    expect(names(es, 'person').sort()).toEqual(['Dinh Manh Thang', 'Le Hoa Binh', 'Le Thanh Hoa', 'Trinh Xuan Thanh']);
    // (a second reader's probes, R27: with no person's cue, a proper name's "Le"/"La" before a place)
    for (const text of [
      "Les délégués ont dîné à l'hôtel La Ha Long, un établissement réputé.",
      'Le navire de la Marine Le Thanh Hoa a accosté au port.',
      'Les clubs Hanoi FC, Le Hai Phong et Song Lam Nghe An sont qualifiés.',
    ])
      expect(names(find(text), 'person'), text).toEqual([]);
    // (R28: a function or a title before the name, a Vietnamese name listed after it, a relative clause)
    for (const text of [
      "L'ancien vice-ministre Le Thanh Hoa a été arrêté.",
      'Le colonel Le Thanh Hoa a été promu.',
      'Le peintre Le Thanh Hoa expose à Hanoi.',
      "L'accusé Le Thanh Hoa a été condamné à 12 ans de prison.",
      'Ont été condamnés Le Thanh Hoa, Pham Van Duc et Tran Thi Mai.',
      'Les accusés Le Thanh Hoa et Pham Van Duc ont été condamnés.',
      'Les enquêteurs ont interrogé Le Thanh Hoa, qui a reconnu les faits.',
    ])
      expect(named(find(text), 'Le Thanh Hoa')?.type, text).toBe('person');
    // (opening a sentence, "Le" may be the article of the province)
    const opening = find('Le Hoa Binh attire des visiteurs.');
    expect(names(opening, 'person')).toEqual([]);
    expect(named(opening, 'Hoa Binh')?.type).toBe('place');
  });
});

describe('3 foreign names with initials or three parts', () => {
  it('keeps the initial inside the name', () => {
    const es = find("L'ambassadeur russe Andreï V. Kovalenko a reçu Maria Petrovna Sokolova, vice-ministre.");
    expect(named(es, 'Andreï V. Kovalenko')?.country).toBe('RU');
    expect(named(es, 'Maria Petrovna Sokolova')?.role).toBe('vice-ministre');
  });

  // (batch 41, dev since its one scoring: sea-games-33-les-premieres-medailles-dor-du-vietnam-1297243)
  it('keeps a one-letter "Y" (Ý) between two syllables of a Vietnamese name; "Y." is still an initial', () => {
    const es = find(
      "L'équipe composée de Nguyên Phan Khanh Hân et Nguyên Thi Y Binh a remporté l'or.",
      'Le professeur John Y. Smith a parlé.',
    );
    expect(names(es, 'person').sort()).toEqual(['John Y. Smith', 'Nguyên Phan Khanh Hân', 'Nguyên Thi Y Binh']);
  });

  it('keeps "Son" inside a Vietnamese name and a hyphened Korean given name', () => {
    const es = find(
      "M. Tran Hong Son, vice-président de l'association, a accueilli le vice-ministre sud-coréen Lee Sung-ho.",
    );
    expect(named(es, 'Tran Hong Son')?.type).toBe('person');
    expect(named(es, 'Lee Sung-ho')?.country).toBe('KR');
    expect(named(es, 'Tran Hong')).toBeUndefined();
  });

  // shaped like vietnamrpdc-messages-de-felicitations-pour-les-70-an-133045 (dev)
  it('keeps a hyphened given name whose first syllable reads as French: "Kim Il-sung"', () => {
    const es = find(
      "L'amitié nourrie par le Président Hô Chi Minh et le leader Kim Il-sung s'est consolidée. Il a rencontré Ri Il-hwan.",
    );
    expect(named(es, 'Kim Il-sung')?.role).toBe('leader');
    expect(named(es, 'Ri Il-hwan')?.type).toBe('person');
  });

  // (batch 74, dev since its one scoring: rencontre-damitie-vietnamrpdc-28248)
  it('keeps a given name whose second syllable reads as French: "Kim Jong-Il", "Kim Chang-Il"', () => {
    const es = find(
      "La rencontre a eu lieu en présence de l'ambassadeur de la RPDC au Vietnam, Kim Chang-Il. Le dirigeant Kim Jong-Il a été salué.",
      // (the pronoun after a hyphen-free full stop stays a pronoun)
      'Le président a reçu Kim Yong-chol. Il a salué la coopération.',
    );
    expect(named(es, 'Kim Chang-Il')?.role).toBe('ambassadeur de la RPDC au Vietnam');
    expect(named(es, 'Kim Jong-Il')?.role).toBe('dirigeant');
    expect(names(es, 'person')).not.toContain('Kim Jong');
    expect(names(es, 'person')).not.toContain('Kim Chang');
    expect(names(es, 'person')).toContain('Kim Yong-chol');
  });
});

describe('4 honorific titles are never persons', () => {
  it('strips Cambodian honorifics before the name', () => {
    const es = find('Le Premier ministre Samdech Moha Borvor Thipadei Hun Manet a reçu la délégation.');
    expect(names(es, 'person')).toEqual(['Hun Manet']);
    expect(named(es, 'Hun Manet')?.role).toBe('Premier ministre');
  });
});

describe('5 a place glued to the next person', () => {
  it('splits the place a role is of from the person after it', () => {
    const es = find('Le gouverneur du Guizhou Li Bingjun a reçu la délégation vietnamienne.');
    expect(named(es, 'Guizhou')?.type).toBe('place');
    expect(named(es, 'Li Bingjun')?.role).toBe('gouverneur du Guizhou');
    expect(named(es, 'Guizhou Li Bingjun')).toBeUndefined();
  });

  // (dev: la-4e-consultation-politique-entre-le-vietnam-et-le-383623)
  it('splits a region of the world after "de l\'" from the person; a portfolio after it stays the role\'s', () => {
    const es = find(
      "L'assistant du ministre koweïtien des Affaires étrangères chargé de l'Asie Samee Essa Johar Hayat a co-présidé.",
      "Le ministre de l'Intérieur et de l'Immigration Frans Kapofi a reçu la délégation.",
    );
    expect(named(es, 'Samee Essa Johar Hayat')?.role).toBe(
      "assistant du ministre des Affaires étrangères chargé de l'Asie",
    );
    expect(named(es, 'Asie')?.type).toBe('place');
    expect(names(es, 'place')).not.toContain('Immigration');
  });
});

describe('6 countries that are first names or common words', () => {
  it('are countries after an article, not as first names', () => {
    const es = find(
      'Les ambassadeurs de la Dominique et du Tchad ont présenté leurs lettres de créance.',
      'Le photographe Dominique Lefèvre, ambassadeur de bonne volonté, était là.',
    );
    expect(names(es, 'country')).toEqual(expect.arrayContaining(['Dominique', 'Tchad']));
    expect(named(es, 'Dominique')?.type).toBe('country');
    expect(es.filter((e) => e.type === 'country' && e.name === 'Dominique')[0]?.mentions).toHaveLength(1);
  });
});

describe('7 roles are functions', () => {
  it('"première visite de" is not a role; a rank gives way to the function stated with it', () => {
    const es = find(
      'Il s’agit de la première visite officielle du président Nguyen Van Tuan au Chili.',
      'Le général Hoang Xuan Chien, vice-ministre de la Défense, a reçu le colonel Park Min-soo, attaché militaire de la République de Corée au Vietnam.',
    );
    expect(named(es, 'Nguyen Van Tuan')?.role).toBe('président');
    expect(named(es, 'Hoang Xuan Chien')?.role).toBe('vice-ministre de la Défense');
    expect(named(es, 'Park Min-soo')?.role).toBe('attaché militaire de la République de Corée au Vietnam');
  });

  it('stops at another person, keeps "ancien", an acronym and a list of functions', () => {
    const es = find(
      'Selon la vice-présidente du comité, membre du Conseil électoral national, Tran Thi Hoa, le vote avance.',
      'Le Premier ministre Pham Minh Chinh et le général Vo Van Ba ont déposé des gerbes.',
      "L'ancien ministre Tran Van Loc, secrétaire général du Parti populaire révolutionnaire lao (PPRL) et président, était là.",
    );
    expect(named(es, 'Vo Van Ba')?.role).toBe('général');
    expect(named(es, 'Tran Van Loc')?.role).toContain('ancien ministre');
    expect(named(es, 'Tran Van Loc')?.role).toContain('(PPRL) et président');
    expect(named(es, 'Tran Thi Hoa')?.role).toBe('vice-présidente du comité, membre du Conseil électoral national');
  });
});

describe('8 places named by a capitalised noun and its complements', () => {
  // (dev: t-le-president-de-lan-vuong-dinh-hue-…-post182416, t-seap-games-1-182212-b,
  // t-condoleances-au-laos-…-51961, le-president-de-lan-hongroise-…-1293478, tennis-de-table-…-91410)
  it('a museum, a memorial, a palace: complements as a body has, a city or country at their end', () => {
    const es = find(
      'Ils ont visité le Musée national de l’Armée et le Musée des beaux-arts du Vietnam.',
      'Le concert a eu lieu au Palais de la Culture d’Abidjan.',
      'Ils ont déposé une gerbe au Monument des héros et martyrs dans la rue Bac Son, puis au Mémorial des morts pour la Patrie.',
      'Le match a eu lieu à la Maison des compétitions Nguyên Du.',
    );
    for (const n of [
      "Musée national de l'Armée",
      'Musée des beaux-arts du Vietnam',
      "Palais de la Culture d'Abidjan",
      'Monument des héros et martyrs',
      'Mémorial des morts pour la Patrie',
      'Maison des compétitions Nguyên Du',
    ])
      expect(named(es, n)?.type, n).toBe('place');
    expect(names(es, 'person')).not.toContain('Nguyên Du');
  });

  // (dev: ouverture-du-20e-congres-provincial-du-parti-de-cao-409163, le-president-bresilien-…-1280218)
  it('a park of a city is named when an adjective says its kind; a market stays described', () => {
    const es = find(
      'Le parc géologique mondial de Cao Bang attire les touristes.',
      "Le Brésil vise le marché dynamique de l'ASEAN et le marché de Hanoï.",
    );
    expect(named(es, 'parc géologique mondial de Cao Bang')?.type).toBe('place');
    expect(names(es, 'place').filter((n) => n.startsWith('marché'))).toEqual([]);
  });

  // (batch 96, dev since its one scoring: ho-chi-minh-ville-et-busan-renforcent-leur-partenari-1288863;
  // dev phnom-penh-propose-a-ba-riavung-tau-douvrir-une-lign-128811)
  it('a port "en eau profonde": its kind said with a preposition before its name', () => {
    const es = find('Il a visité le port en eau profonde de Cai Mep et le port en eau profonde de Bà Ria - Vung Tàu.');
    expect(named(es, 'port en eau profonde de Cai Mep')?.type).toBe('place');
    expect(named(es, 'port en eau profonde de Bà Ria - Vung Tàu')?.type).toBe('place');
  });

  // (batch 96, dev since its one scoring: le-pam-promeut-ses-relations-de-partenariat-avec-le-post72219;
  // dev honorer-des-valeurs-du-geoparc-mondial-de-cao-bang-120439, le-vice-pm-nguyen-chi-dung-…-395423)
  it("a body's line or title is no place named after it; a street named after a body is", () => {
    const es = find(
      'Elle a souhaité que le Vietnam contribue davantage à l’élaboration des politiques et de la ligne du PAM.',
      "Le titre de parc géologique mondial de l'UNESCO a été renouvelé.",
      "Le vice-Premier ministre a inauguré le boulevard de l'APEC à Da Nang.",
    );
    expect(names(es, 'place').join()).not.toMatch(/ligne|parc/);
    expect(named(es, 'PAM')?.type).toBe('organization');
    expect(named(es, "boulevard de l'APEC")?.type).toBe('place');
  });

  // (batch 37, dev since its one scoring: le-patrimoine-culturel-immateriel-vietnamien-setend-219289)
  it('a village and a communal house are places; a house of a person is not', () => {
    const es = find(
      'la fête du village Keo, dans la commune de Kim Son ; la fête de la maison communale de Tuong Phiêu.',
      'Il est né dans la maison de Nguyen Van Ba.',
    );
    expect(named(es, 'village Keo')?.type).toBe('place');
    expect(named(es, 'maison communale de Tuong Phiêu')?.type).toBe('place');
    expect(named(es, 'Nguyen Van Ba')?.type).toBe('person');
  });

  // (dev: le-festival-de-yen-tu-2025-debute-dans-la-province-d-1307793, les-journalistes-etrangers-…-117745)
  it('a World Heritage site named bare is a place, never two syllables of a person', () => {
    const es = find(
      'Le directeur a déclaré que Yên Tu représente un espace culturel et spirituel.',
      'Les journalistes ont visité le site de Tràng An.',
    );
    expect(named(es, 'Yên Tu')?.type).toBe('place');
    expect(named(es, 'Tràng An')?.type).toBe('place');
    expect(names(es, 'person')).toEqual([]);
  });

  it('not a body named by its country alone, nor a sentence glued after the name', () => {
    const es = find('La Maison du Vietnam en Malaisie a ouvert. Le Musée des beaux-arts Le tableau est parti.');
    expect(names(es, 'place')).not.toContain('Maison du Vietnam');
    expect(names(es, 'place').join(' ')).not.toMatch(/beaux-arts Le/);
  });
});

// (batch 78, dev since its one scoring: thua-thien-hue-et-champassak-renforcent-leur-amitie-1269797)
describe('an acronym the knowledge base knows, written as a word', () => {
  // (batch 80, dev since its one scoring: vers-la-communaute-de-lasean-en-2015-17278, as stored)
  it('is the body: "l\'Asean", "l\'Otan"; a short one is not ("An" is no "AN")', () => {
    const es = find(
      "Le 16è Sommet de l'Asean, qui est le premier Sommet des dirigeants aséaniens en 2010, est particulièrement important.",
      "L'Otan a réagi. Nguyen Van An a parlé.",
    );
    expect(named(es, 'Asean')?.type).toBe('organization');
    expect(names(es, 'place')).not.toContain('Asean');
    expect(named(es, 'Otan')?.type).toBe('organization');
    expect(names(es, 'organization')).not.toContain('Assemblée nationale');
  });
});

describe('places the knowledge base knows with a dash between their words', () => {
  it('are found written with a space too: "Thua Thiên Huê", "Ba Ria Vung Tau"; not as two places', () => {
    const es = find(
      'La province de Thua Thiên Huê a reçu une délégation de Champassak. Ba Ria Vung Tau accueille des investisseurs.',
    );
    expect(named(es, 'Thua Thien-Hue')?.aliases).toContain('Thua Thiên Huê');
    expect(named(es, 'Ba Ria-Vung Tau')?.aliases).toContain('Ba Ria Vung Tau');
    expect(names(es, 'place')).not.toContain('Huê');
    expect(names(es, 'place')).not.toContain('Vung Tau');
  });

  // (batch 79, dev since its one scoring: le-vietnam-condamne-lattaque-contre-le-ministere-de-47317)
  it('and so are bodies: "le Haut Commissariat des Nations Unies pour les réfugiés"', () => {
    const es = find('Il a contacté le Haut Commissariat des Nations Unies pour les réfugiés (UNHCR) à Hanoi.');
    expect(named(es, 'Haut-Commissariat des Nations unies pour les réfugiés')?.aliases).toContain(
      'Haut Commissariat des Nations Unies pour les réfugiés',
    );
    expect(names(es, 'organization')).not.toContain('Organisation des Nations unies');
  });

  // (the second reviewer's, R52: the partners read the country's name without its dash too)
  it('a country written without its dash is its partner: "la Guinée Bissau", "la Papouasie Nouvelle Guinée"', () => {
    for (const [title, summary, code] of [
      ['La Guinée Bissau et le Vietnam signent un accord', 'La Guinée Bissau et le Vietnam ont signé un accord.', 'GW'],
      [
        'La Papouasie Nouvelle Guinée et le Vietnam signent un accord',
        'La Papouasie Nouvelle Guinée et le Vietnam ont signé un accord de coopération.',
        'PG',
      ],
    ] as const) {
      const es = findEntities({ title, lead: summary, paragraphs: [], captions: [], related: [] });
      expect(findPartners([title, summary], es)).toEqual([code]);
    }
  });
});

describe('8 places named by a common noun', () => {
  // (batch 79, dev since its one scoring: le-vietnam-renforce-ses-liens-avec-letat-de-loregon-1290494)
  it('"l\'État de l\'Oregon", "la région de la Grande Baie": the place noun, "de" and the place\'s own article', () => {
    const es = find(
      'Le Vietnam renforce ses liens avec l’État de l’Oregon (États-Unis).',
      'Hong Kong est un pôle de la région de la Grande Baie.',
    );
    expect(named(es, 'Oregon')?.aliases).toContain("État de l'Oregon");
    expect(names(es, 'place').join(' ')).toMatch(/Grande Baie/);
    // (the second reviewer's, R52: after "de la", one capitalised French noun is no place's name)
    const nouns = find('Hanoï, ville de la Paix, accueille le forum. Le district de la Frontière a reçu des aides.');
    expect(names(nouns, 'place')).not.toContain('Paix');
    expect(names(nouns, 'place')).not.toContain('Frontière');
  });

  // (batch 78, dev since its one scoring: le-parc-national-de-tram-chim-2000e-site-ramsar-31539)
  it('"la zone humide de Bàu Sâu", "la zone protégée de X": a kind of land before "de" and the name', () => {
    const es = find(
      'Tram Chim est le 4e site après Xuân Thuy, la zone humide de Bàu Sâu du parc national de Cat Tiên et Ba Be.',
      'La zone protégée de Pu Mat abrite des espèces rares.',
    );
    expect(named(es, 'Bàu Sâu')?.aliases).toContain('zone humide de Bàu Sâu');
    expect(named(es, 'Pu Mat')?.aliases).toContain('zone protégée de Pu Mat');
  });

  // (batch 78, dev since its one scoring: le-pm-nepalais-assiste-a-la-publication-dun-livre-su-120579)
  it('"la pagode Vietnam Phât Quôc": a country right after the noun, then words, names it; "du Vietnam" does not', () => {
    const es = find(
      'Le livre est écrit par le vénérable Thich Huyen Dieu, fondateur de la pagode Vietnam Phât Quôc à Lumbini, au Népal.',
      'Il a visité le marché du Vietnam puis la pagode Vietnam.',
    );
    expect(names(es, 'place')).toContain('pagode Vietnam Phât Quôc');
    expect(names(es, 'person')).not.toContain('Phât Quôc');
    expect(names(es, 'place')).not.toContain('pagode Vietnam');
    expect(names(es, 'country')).toContain('Vietnam');
  });

  it('an island takes its name in apposition as with "de": "les îles Natuna"', () => {
    const es = find(
      'Les 42 pêcheurs avaient été arrêtés près des îles Natuna, en Indonésie.',
      "L'archipel Truong Sa fait partie du territoire vietnamien.",
    );
    expect(named(es, 'Natuna')?.type).toBe('place');
    expect(named(es, 'Natuna')?.aliases).toContain('îles Natuna');
    expect(named(es, 'Truong Sa')?.aliases).toContain('archipel Truong Sa');
  });

  it('islands that are a country are that country, "îles" in lower case or not', () => {
    const es = find('Le ministre des îles Salomon a rencontré son homologue des Îles Marshall.');
    expect(es.filter((e) => e.type === 'country').map((e) => e.country)).toEqual(expect.arrayContaining(['SB', 'MH']));
    expect(names(es, 'person')).toEqual([]);
    expect(names(es, 'place')).toEqual([]);
  });

  // (dev: des-solutions-pour-developper-la-floriculture-a-da-l-15153, lheureuse-reconversion-des-elephants-de-yok-don-126873)
  it('"les hauts plateaux du Centre", in lower case as French writes them, are the region', () => {
    const es = find(
      'La province de Lam Dong, sur les hauts plateaux du Centre, exporte des fleurs.',
      'Les Hauts Plateaux du Centre attirent les touristes. Les plateaux du Centre aussi.',
    );
    expect(named(es, 'Hauts Plateaux du Centre')).toMatchObject({ type: 'place', country: 'VN' });
    expect(named(es, 'Hauts Plateaux du Centre')?.aliases).toContain('hauts plateaux du Centre');
  });

  it('a temple of a line of kings is named by them: "le temple des rois Hung"', () => {
    const es = find('Le festival du temple des rois Hung attire des milliers de visiteurs à Phu Tho.');
    expect(named(es, 'temple des rois Hung')?.type).toBe('place');
    expect(names(es, 'person')).toEqual([]);
  });

  it('takes the noun in, the short form as alias', () => {
    const es = find(
      "L'aéroport international de Long Thanh accueillera 25 millions de passagers.",
      'La centrale thermique de Vinh Tan 4 et le pont de l’amitié Vietnam - Laos ont été inaugurés.',
      'Les rues Hang Bai, Trang Tien et Ba Trieu ont été inondées près de la rivière To Lich.',
    );
    const airport = named(es, 'aéroport international de Long Thanh');
    expect(airport?.type).toBe('place');
    expect(airport?.aliases).toContain('Long Thanh');
    expect(named(es, 'centrale thermique de Vinh Tan 4')?.type).toBe('place');
    expect(named(es, "pont de l'amitié Vietnam - Laos")?.type).toBe('place');
    for (const street of ['Hang Bai', 'Trang Tien', 'Ba Trieu', 'rivière To Lich'])
      expect(named(es, street)?.type, street).toBe('place');
    expect(names(es, 'person')).toEqual([]);
  });

  it('a number ending the name after a place noun is part of it ("hameau de Kinh 4")', () => {
    const es = find(
      "L'eau a avancé dans la zone de Binh Giang 2 et le hameau de Kinh 4. La province de Lao Cai compte 2 fois plus de touristes.",
    );
    expect(named(es, 'Kinh 4')?.aliases).toContain('hameau de Kinh 4');
    expect(named(es, 'Binh Giang 2')?.type).toBe('place');
    expect(named(es, 'Lao Cai')?.type).toBe('place');
  });

  it('a zone named right after its kind, with no "de"; not a zone described', () => {
    const es = find(
      'La zone urbaine Linh Dam a été inondée. Le groupe investit dans la zone industrielle Amata.',
      'Les habitants de la zone rurale Hanoï ont été évacués.',
    );
    expect(named(es, 'Linh Dam')?.aliases).toContain('zone urbaine Linh Dam');
    expect(named(es, 'Amata')?.aliases).toContain('zone industrielle Amata');
    expect(named(es, 'Hanoï')?.aliases ?? []).not.toContain('zone rurale Hanoï');
  });

  // shaped like la-zi-de-binh-xuyen-ii-a-vinh-phuc-un-modele-de-reus-150464 and
  // la-ze-de-dung-quat-draine-plus-de-105-milliards-de-d-78824 (dev)
  it('a zone whose kind is glossed by its acronym in brackets: "zone industrielle (ZI) de X"', () => {
    const es = find(
      "L'usine se trouve dans la zone industrielle (ZI) de Binh Xuyên II, près de la zone économique (ZE) de Dung Quât.",
      'Le groupe investit dans la zone industrielle (ZI) Amata.',
      // (a bracket that glosses nothing of the noun before it is no such gloss)
      'Les délégués de la province (PCV) de Long An sont venus.',
    );
    expect(named(es, 'Binh Xuyên II')?.aliases).toContain('zone industrielle (ZI) de Binh Xuyên II');
    expect(named(es, 'Dung Quât')?.aliases).toContain('zone économique (ZE) de Dung Quât');
    expect(named(es, 'Amata')?.aliases).toContain('zone industrielle (ZI) Amata');
    expect(named(es, 'Long An')?.aliases ?? []).not.toContain('province (PCV) de Long An');
  });

  // shaped like thai-binh-attire-plus-dun-milliard-dusd-dide-pour-la-1274269,
  // promotion-des-relations-entre-le-vietnam-et-les-loca-44379 and dong-nai-pres-de-178-millions-de-dollars-dide-en-jan-49071 (dev)
  it('a zone of a known province is a place within it, not its other name; a zone spoken of, only the province', () => {
    const es = find(
      'La zone économique de Thai Binh, d’une superficie de 30.000 ha, attire les investisseurs.',
      'Une zone humide protégée de Nam Dinh accueille des oiseaux.',
      'Les ZI de Dong Nai planifient d’attirer 900 millions de dollars.',
      'La zone spéciale de Phu Quôc accueillera l’APEC.',
    );
    expect(names(es, 'place')).toContain('zone économique de Thai Binh');
    expect(named(es, 'Nam Dinh')?.aliases ?? []).not.toContain('zone humide protégée de Nam Dinh');
    expect(named(es, 'Dong Nai')?.aliases ?? []).toEqual([]);
    // (a special zone is the place's administrative kind: another name of it)
    expect(named(es, 'Phu Quôc')?.aliases).toContain('zone spéciale de Phu Quôc');
  });

  // shaped like bientot-un-festival-des-cultures-des-groupes-ethniqu-214640,
  // dak-lak-accueillera-la-9e-edition-du-festival-du-caf-388012 and
  // le-6e-festival-culturel-de-lethnie-cham-promet-son-l-1264316 (dev)
  it('a square named with "du", capitalised or by a date; not "à la place de" someone', () => {
    const es = find(
      'Le festival aura lieu sur la Place du Peuple, puis à la place du 10-Mars et sur la Place du 16 avril.',
      'Il a pris la place de son frère. Le ministre a parlé à la place du Premier ministre Pham Minh Chinh.',
    );
    expect(named(es, 'Place du Peuple')?.type).toBe('place');
    expect(named(es, 'place du 10-Mars')?.type).toBe('place');
    expect(named(es, 'Place du 16 avril')?.type).toBe('place');
    expect(names(es, 'place').filter((n) => /^place/i.test(n))).toHaveLength(3);
  });

  // shaped like le-premier-ministre-approuve-la-construction-de-troi-155881 (dev)
  it('a zone written by its acronym alone: "la ZI de Tan Duc", "la ZE de Nghi Son"', () => {
    const es = find("Les ZI de Tan Duc et de Co Chien s'étendent; la ZE de Nghi Son aussi. La ZI de Song Lo II ouvre.");
    expect(named(es, 'Song Lo II')?.aliases).toContain('ZI de Song Lo II');
    expect(named(es, 'Nghi Son')?.aliases).toContain('ZE de Nghi Son');
  });

  // shaped like dong-nai-mise-en-chantier-de-trois-autoroutes-strate-1289111,
  // le-premier-ministre-inaugure-plusieurs-ouvrages-a-ca-163769 and
  // inondations-et-glissements-de-terrain-14-morts-et-di-1295549 (dev)
  it('a road named by its number: "la Nationale 20", "la route nationale 1A", "l\'autoroute 13"', () => {
    const es = find(
      "Le projet désengorgera la Nationale 20 et l'expansion de la route nationale 1A vers Cà Mau.",
      "L'autoroute 13 est fermée, comme le col de Khanh Lê (Nationale 27C).",
      // (a count, a year: no road)
      "La route 2 voies sera élargie. L'Assemblée nationale 2024 a voté.",
      // (R50: a noun's complement, a generation, a bigger or decimal number, a plural noun counted)
      'Le Vietnam a adopté une feuille de route 5G et publié la feuille de route 4.0.',
      "L'autoroute 20 000 milliards de dôngs et l'autoroute 6 à 8 voies. Sur la route 3 camions se sont renversés.",
    );
    expect(named(es, 'Nationale 20')?.type).toBe('place');
    expect(named(es, 'route nationale 1A')?.type).toBe('place');
    expect(named(es, 'autoroute 13')?.type).toBe('place');
    expect(named(es, 'Nationale 27C')?.type).toBe('place');
    expect(names(es, 'place').filter((n) => /route (?:2|3|4|5|6|20)\b|nationale 2024/i.test(n))).toEqual([]);
  });

  it('a name right after the noun takes in the city after it, which stays a place of its own', () => {
    const es = find(
      "Le président est arrivé à l'aéroport international Jorge Chavez de Lima, au Pérou.",
      "La délégation a atterri à l'aéroport international Ferenc Liszt de Budapest.",
    );
    const lima = named(es, 'aéroport international Jorge Chavez de Lima');
    expect(lima?.type).toBe('place');
    expect(lima?.aliases).toContain('Jorge Chavez');
    expect(named(es, 'aéroport international Ferenc Liszt de Budapest')?.type).toBe('place');
    expect(named(es, 'Lima')).toMatchObject({ type: 'place', country: 'PE' });
    expect(named(es, 'Budapest')?.type).toBe('place');
    // (dev: t-nguyen-thanh-phong-reelu-president-du-comite-popul-post160814: a name with initials)
    const tambo = find("Le Premier ministre est arrivé à l'aéroport O.R. Tambo de Johannesburg.");
    expect(named(tambo, 'aéroport O.R. Tambo')).toMatchObject({ type: 'place' });
    expect(named(tambo, 'aéroport O.R. Tambo')?.aliases).toContain('O.R. Tambo');
    // (the second reviewer's, R46: one initial may end a sentence, and the place with it)
    const deep = find('Le groupe a ouvert une usine au parc industriel Deep C. Environ 150 entreprises y opèrent.');
    expect(names(deep, 'place').some((n) => n.includes('Environ'))).toBe(false);
    // (R46b: one alone after a given name is inside the name)
    const jfk = find("Il est arrivé à l'aéroport international John F. Kennedy de New York.");
    expect(named(jfk, 'aéroport international John F. Kennedy')?.aliases).toContain('John F. Kennedy');
  });

  // shaped like bons-signes-pour-les-exportations…-363874, intensification-des-relations-avec-le-sri-lanka-87801,
  // le-vicepm-hoang-trung-hai-se-rend-a-quang-ngai-60151 (dev)
  it('seas, gulfs, straits, streams and refineries are places; a sea named by an adjective has no short form', () => {
    const es = find(
      'Les navires évitent la mer Rouge et passent par le détroit de Malacca, puis le golfe de Thaïlande.',
      'La raffinerie de Nghi Son a repris. Le ruisseau de Nâm Pan a débordé. La Croix-Rouge aide.',
      'Les combats dans la bande de Gaza inquiètent.',
    );
    for (const place of [
      'mer Rouge',
      'détroit de Malacca',
      'raffinerie de Nghi Son',
      'ruisseau de Nâm Pan',
      'bande de Gaza',
    ])
      expect(named(es, place)?.type, place).toBe('place');
    expect(named(es, 'mer Rouge')?.aliases).toEqual([]);
    expect(named(es, 'Croix-Rouge')?.type).toBe('organization');
  });
});

describe('8 a list of places after a colon', () => {
  it('each listed place is one, of the country of those the knowledge base knows (as many as the others)', () => {
    const es = find(
      'La nouvelle zone comprendra sept villes : Ha Long, Câm Pha, Uông Bi, Mong Cai, Dông Triêu, Quang Yên et Vân Dôn.',
    );
    for (const n of ['Dông Triêu', 'Quang Yên', 'Vân Dôn']) {
      expect(named(es, n)?.type).toBe('place');
      expect(named(es, n)?.country).toBe('VN');
    }
    expect(names(es, 'person')).toEqual([]);
  });

  it('not after a capitalised noun or without a place noun', () => {
    const es = find('Les invités : Nguyen Van Dung, Tran Thi Mai et Le Van Hoa.');
    expect(names(es, 'person')).toContain('Nguyen Van Dung');
    expect(names(es, 'place')).toEqual([]);
  });

  // (a second reader's probes: each wrong right after the rule landed)
  it('not without a count: the colon then opens a sentence', () => {
    const es = find(
      "La situation s'est améliorée dans les villages : Nguyen Van Nam, directeur du Département de l'agriculture, a déclaré que les récoltes augmentent.",
      'Le succès se voit dans les communes : Chaque famille a un emploi.',
    );
    expect(named(es, 'Nguyen Van Nam')?.type).toBe('person');
    expect(names(es, 'place')).toEqual([]);
  });

  it('a list across a border gets no country from its one known place', () => {
    const es = find('Les trois provinces : Dien Bien, Phongsaly et Luang Namtha ont signé un accord.');
    expect(named(es, 'Phongsaly')?.country ?? null).not.toBe('VN');
  });
});

// The second reviewer's sentences on the twenty-fifth round's rules (R25): each fails on the code
// the review read.
describe("what the twenty-fifth round's rules leave alone", () => {
  it('an industrial park, a primary forest, a birthplace, a traditional house are described, not named', () => {
    const es = find(
      'Le parc industriel de Bac Ninh a attiré des investisseurs. La forêt primaire de Lâm Dông est protégée.',
      'La maison natale de Nguyên Du se trouve à Ha Tinh. La maison traditionnelle de M. Nguyen Van Ba est ouverte.',
    );
    expect(names(es, 'place')).not.toContain('parc industriel de Bac Ninh');
    expect(named(es, 'Bac Ninh')?.type).toBe('place');
    expect(names(es, 'place').join(' ')).not.toMatch(/maison/);
    expect(named(es, 'Nguyên Du')?.type).toBe('person');
  });

  it('a capitalised place noun stops before a count or a place noun of the sentence', () => {
    const es = find(
      'Au Palais de la Culture de nombreux artistes ont présenté leurs oeuvres.',
      "Au Musée de l'Armée des centaines de visiteurs se sont rendus. Le Monument des héros et martyrs de la commune a été rénové.",
    );
    expect(names(es, 'place')).toEqual(
      expect.arrayContaining(['Palais de la Culture', "Musée de l'Armée", 'Monument des héros et martyrs']),
    );
    expect(names(es, 'place').join(' ')).not.toMatch(/artistes|visiteurs|commune/);
  });

  it('nationalities before a plural title are not its holders’; a list of subjects is no body’s object; an adjective after a portfolio is no person', () => {
    const es = find(
      "Les entreprises vietnamiennes et japonaises ont signé 20 accords en présence des vice-ministres de l'Industrie et du Commerce, Nguyen Sinh Nhat Tan et Phan Thi Thang.",
      'Le Centre de lutte contre la pauvreté, les entreprises et les donateurs ont offert des cadeaux.',
      'Le ministre des Affaires étrangères Cambodgien, Prak Sokhonn, a rencontré la délégation.',
    );
    expect(named(es, 'Phan Thi Thang')?.country).toBe('VN');
    expect(named(es, 'Centre de lutte contre la pauvreté')?.type).toBe('organization');
    expect(names(es, 'person')).not.toContain('Cambodgien');
  });

  it('talks about citizens abroad keep the partner: an envoy received, a call, a conversation', () => {
    expect(
      findPartners(
        [
          "Le Vietnam et l'Angola discutent de la sécurité des ressortissants vietnamiens",
          "Le vice-ministre a reçu mardi l'ambassadeur d'Angola.",
        ],
        [],
        { head: 2 },
      ),
    ).toEqual(['AO']);
    expect(
      findPartners(
        [
          'Le Vietnam remercie la Thaïlande pour son aide aux ressortissants vietnamiens',
          "Le ministre s'est entretenu par téléphone avec son homologue thaïlandais.",
        ],
        [],
        { head: 2 },
      ),
    ).toEqual(['TH']);
  });
});

describe('9 partners', () => {
  it('a teaser takes its partners from title, summary and caption together', () => {
    const texts = [
      'Le président reçoit de nouveaux ambassadeurs',
      "Les ambassadeurs du Cambodge, d'Arabie saoudite et de la Dominique ont présenté leurs lettres.",
      'Photo: VNA',
    ];
    expect(findPartners(texts).sort()).toEqual(['DM', 'KH', 'SA']);
  });

  it("an article's partners are in its title or lead, or named more than once", () => {
    const texts = [
      'Le Vietnam et le Chili renforcent leur coopération commerciale',
      'Les deux pays veulent doubler leurs échanges.',
      'Le Chili est le 4e partenaire du Vietnam en Amérique latine.',
      'Les exportations vers le Japon, cité en exemple, ont augmenté.',
    ];
    expect(findPartners(texts, [], { head: 2 })).toEqual(['CL']);
    expect(findPartners(texts)).toEqual(['CL', 'JP']);
  });

  // (dev: lambassade-du-vietnam-prete-a-assurer-la-protection-post236762, tensions-israel-iran-…-1285127,
  // t-laustralie-privilegie-le-developpement-economique-27641)
  it("Vietnam's citizens abroad kept safe: where they are is no partner, unless the two countries hold talks", () => {
    const syria = [
      "L'ambassade du Vietnam prête à assurer la protection de ses citoyens en Syrie",
      "L'ambassade du Vietnam en Iran et en Syrie a déclaré qu'elle suivait de près la situation en Syrie.",
      'Elle appelle les citoyens vietnamiens à rester prudents.',
    ];
    expect(findPartners(syria, [], { head: 2 })).toEqual([]);
    const teaser = [
      'Japon : cinq Vietnamiens emportés par les vagues, protection consulaire activée',
      'Cinq Vietnamiens ont été emportés par les vagues près de Sakai, préfecture de Fukui (Japon).',
    ];
    expect(findPartners(teaser)).toEqual([]);
    const talks = [
      'Le Vietnam et le Japon discutent de la protection des citoyens vietnamiens',
      'Le vice-ministre a eu un entretien avec son homologue japonais sur la sécurité des travailleurs.',
    ];
    expect(findPartners(talks, [], { head: 2 })).toEqual(['JP']);
    // (batch 90, dev since its one scoring: visite-consulaire-de-lambassade-du-vietnam-aupres-de-1294144, as stored)
    const consular = [
      "Visite consulaire de l'ambassade du Vietnam auprès de pêcheurs détenus",
      "L'ambassade du Vietnam en Malaisie a récemment effectué une visite consulaire auprès de 11 pêcheurs vietnamiens détenus pour pêche illégale dans l'État de Sabah.",
      "Selon le premier secrétaire de l'ambassade, Nguyen Tran Trung, ce déplacement a été réalisé en coordination avec les autorités fédérales malaisiennes et l'État de Sabah, et avec leur soutien.",
    ];
    expect(findPartners(consular, [], { head: 2 })).toEqual([]);
    // (the second reviewer's, R58: the two states discussing that protection is a relation)
    expect(
      findPartners(
        [
          "Le vice-ministre des Affaires étrangères a eu une séance de travail avec l'ambassadeur de Chine sur l'assistance consulaire aux pêcheurs vietnamiens détenus à Hainan.",
        ],
        [],
        { head: 1 },
      ),
    ).toEqual(['CN']);
    expect(
      findPartners(
        [
          "Le Vietnam et la République de Corée tiennent des consultations sur l'assistance consulaire aux citoyens.",
          'Les deux parties ont discuté de la coopération consulaire.',
        ],
        [],
        { head: 1 },
      ),
    ).toEqual(['KR']);
  });

  // (batch 86, dev since its one scoring: soutien-actif-aux-ethnies-les-moins-representees-93067, as stored)
  it("a name in a list of Vietnam's peoples is no country: 'les ethnies minoritaires Công, Mang, La Hu, et Co Lao'", () => {
    const peoples = [
      'Le plan gouvernemental sur le développement socio-économique pour la période 2011-2020 a offert aux régions des ethnies minoritaires Công, Mang, La Hu, et Co Lao de nombreuses opportunités de développement',
      'La province de Lai Châu compte de nombreux villages.',
    ];
    expect(findPartners(peoples, [], { head: 1 })).toEqual([]);
    expect(findPartners(['Les ethnies Thai, Hoa et Khmer célèbrent la fête du Têt.'], [], { head: 1 })).toEqual([]);
    // (the second reviewer's, R56: countries joined by hyphens after "ethnies" are the countries)
    expect(
      findPartners(
        [
          'Festival culturel des ethnies minoritaires Vietnam-Laos-Cambodge à Kon Tum',
          'Des artistes des provinces frontalières du Vietnam, du Laos et du Cambodge se sont produits dans le cadre de la coopération du Triangle de développement.',
        ],
        [],
        { head: 1 },
      ),
    ).toEqual(['LA', 'KH']);
    // (the country itself, said with its peoples, still is)
    expect(
      findPartners(['Les minorités ethniques du Laos et du Vietnam renforcent leurs échanges culturels.'], [], {
        head: 1,
      }),
    ).toEqual(['LA']);
  });

  // (dev: le-vietnam-pret-a-evacuer-ses-travailleurs-de-la-lib-24390, le-vietnam-suspend-lenvoi-de-travailleurs-vers-le-mo-432251,
  // t-ha-giang-plus-de-33-millions-de-dollars-contre-la-post59894, as stored)
  it('its workers evacuated or no longer sent, its victims counted: where they are is no partner either', () => {
    const libya = [
      "Le gouvernement a pris des mesures pour garantir la sécurité et évacuer les travailleurs vietnamiens en Libye en cas d'urgence, a annoncé mercredi Nguyen Ngoc Quynh, chef du Département de gestion des travailleurs à l'étranger.",
      "Nguyen Xuan Vui, directeur général d'Airserco, qui compte près de 200 travailleurs à Benghazi, a fait savoir que Airserco avait travaillé avec son partenaire chinois, China State Construction Engineering Corp. Celui-ci a donné deux plans d'évacuation des travailleurs en cas d'urgence, l'un par voie maritime en passant par la Grèce et l'autre par l'aviation chinoise (avec les travailleurs chinois).",
    ];
    expect(findPartners(libya, [], { head: 1 })).toEqual([]);
    const suspended = [
      'Le Département de la gestion de la main-d’œuvre à l’étranger a demandé aux entreprises concernées de suspendre provisoirement l’envoi de travailleurs vietnamiens au Moyen-Orient jusqu’à ce que la situation soit maîtrisée et stabilisée.',
      'Dans une dépêche officielle adressée le 1er mars aux entreprises de placement, le Département, relevant du ministère de l’Intérieur, a pris cette décision dans le contexte des frappes aériennes menées par les États-Unis et Israël sur le territoire iranien, suivies de ripostes de l’Iran visant plusieurs cibles au Moyen-Orient.',
      'Selon les statistiques, environ 10.000 travailleurs vietnamiens exercent actuellement dans la région, dont près de 6.000 en Arabie saoudite, environ 4.000 aux Émirats arabes unis, 500 au Qatar et près de 100 à Bahreïn.',
    ];
    expect(findPartners(suspended, [], { head: 1 })).toEqual([]);
    const quake = [
      'Aucun bilan des victimes vietnamiennes n’était disponible après un séisme au large d’Aomori',
      'Le séisme, dont l’épicentre se situait à environ 80 km au large des côtes de la préfecture d’Aomori, dans le nord-est du Japon, a provoqué de fortes secousses dans toute la région.',
    ];
    expect(findPartners(quake)).toEqual([]);
    // (the second reviewer's, R56: victims others help, a partner's own suspension, are relations)
    const aid = [
      "Les Etats-Unis s'engagent à poursuivre leur soutien aux victimes vietnamiennes de l'agent orange/dioxine",
      "L'USAID et le ministère vietnamien de la Défense ont lancé un nouveau projet financé à hauteur de 65 millions de dollars par les Etats-Unis.",
    ];
    expect(findPartners(aid, [], { head: 1 })).toEqual(['US']);
    expect(
      findPartners(
        [
          "Le Japon offre une aide d'urgence aux victimes vietnamiennes du typhon Yagi",
          "Le gouvernement japonais a décidé d'accorder une aide d'urgence de 3 millions de dollars au Vietnam.",
        ],
        [],
        { head: 1 },
      ),
    ).toEqual(['JP']);
    expect(
      findPartners(
        [
          'Le Vietnam et le Cambodge coopèrent pour rapatrier les victimes vietnamiennes de la traite',
          'Les polices vietnamienne et cambodgienne ont signé un plan de coopération.',
        ],
        [],
        { head: 1 },
      ),
    ).toEqual(['KH']);
    expect(
      findPartners(
        [
          "La République de Corée envisage de suspendre l'envoi de travailleurs vietnamiens via le programme EPS",
          "Le ministère sud-coréen de l'Emploi et du Travail et le ministère vietnamien du Travail ont discuté des mesures.",
        ],
        [],
        { head: 1 },
      ),
    ).toEqual(['KR']);
    // (workers whom two countries talk about are theirs: "Vietnam-Malaisie… dans le domaine du travail")
    const labour = [
      'Le Vietnam et la Malaisie ont discuté de plusieurs problèmes concernant l’emploi de travailleurs vietnamiens en Malaisie.',
      'Le vice-ministre a eu un entretien avec son homologue malaisien.',
    ];
    expect(findPartners(labour, [], { head: 1 })).toEqual(['MY']);
  });

  // (batch 86, dev since its one scoring: une-delegation-de-la-commission-detat-des-vietnamien-191659, as stored)
  it('a visit made for the community is no visit to the country, unless its officials are met', () => {
    const visit = [
      'Hanoï (VNA) – Une délégation de la Commission d’Etat des Vietnamiens d’outre-mer, conduite par son chef adjoint Mai Phan Dung, a effectué du 3 au 5 novembre une visite en Malaisie pour se renseigner sur la situation de la diaspora vietnamienne dans ce pays.',
      'Durant son séjour, la délégation a travaillé avec l’ambassade du Vietnam et des Vietnamiens en Malaisie, visité des entreprises de Vietnamiens dans ce pays.',
    ];
    expect(findPartners(visit, [], { head: 1 })).toEqual([]);
    const officials = [
      ...visit,
      'La délégation a eu un entretien avec le vice-ministre malaisien des Affaires étrangères.',
    ];
    expect(findPartners(officials, [], { head: 1 })).toEqual(['MY']);
    // (the second reviewer's, R56: an official of the country met, in words the talks list lacks)
    const worked = [
      'La vice-ministre Le Thi Thu Hang en visite en Malaisie pour s’enquérir de la situation de la communauté vietnamienne',
      'Lors de sa visite, la vice-ministre a eu une séance de travail avec le vice-ministre malaisien de l’Intérieur sur le statut juridique des Vietnamiens résidant en Malaisie.',
    ];
    expect(findPartners(worked, [], { head: 1 })).toEqual(['MY']);
  });

  // (dev: t-bac-ninh-mise-en-chantier-dun-grand-projet-infrast-26052-b, rencontre-avec-la-communaute-
  // vietnamienne-a-berlin-a-188353, t-les-zi-essaient-dattirer-les-pme-japonaises-31555)
  it('the Vietnamese community abroad, as the head says: where it lives is no partner, unless the two countries hold talks', () => {
    const tet = [
      'Au premier jour du Têt 2026, la communauté vietnamienne en France se rassemble',
      'À l’occasion du premier jour du Nouvel An lunaire du Cheval 2026, l’ambassadeur du Vietnam en France, Trinh Duc Hai, et de nombreux membres de la diaspora se sont recueillis dans des lieux bouddhistes en région parisienne, illustrant l’attachement des Vietnamiens de France à leurs racines et leur volonté de contribuer au renforcement des liens d’amitié entre le Vietnam et la France.',
    ];
    expect(findPartners(tet)).toEqual([]);
    // a trade story whose summary names the community as buyers is about France
    const products = [
      "Produits vietnamiens prêts pour la période des fêtes de fin d'année en France",
      'À l’approche du Nouvel An lunaire 2026, une large gamme de produits traditionnels vietnamiens est arrivée sur le marché français afin de répondre à la demande croissante de la communauté vietnamienne et de consommateurs français.',
    ];
    expect(findPartners(products)).toEqual(['FR']);
    const talks = [
      'Le président rencontre la communauté vietnamienne en Allemagne',
      "Il s'est entretenu avec son homologue allemand, Frank-Walter Steinmeier, avant de rencontrer la communauté vietnamienne en Allemagne.",
    ];
    expect(findPartners(talks, [], { head: 2 })).toEqual(['DE']);
    const pair = [
      '50 ans des relations Vietnam-Nouvelle-Zélande : la communauté vietnamienne en fête à Wellington',
      'La communauté vietnamienne de Nouvelle-Zélande a célébré le 50e anniversaire des relations.',
    ];
    expect(findPartners(pair)).toEqual(['NZ']);
    // "Sud-Vietnam", "Nord-Vietnam" name a half of Vietnam, not a pair of countries
    const south = [
      'La communauté vietnamienne de Belgique célèbre les 50 ans de la libération du Sud-Vietnam',
      'La communauté vietnamienne en Belgique a organisé une rencontre à Bruxelles.',
    ];
    expect(findPartners(south)).toEqual([]);
    const southAfrica = [
      '30 ans des relations Afrique du Sud-Vietnam : la communauté vietnamienne en fête à Pretoria',
      'La communauté vietnamienne en Afrique du Sud a célébré l’anniversaire.',
    ];
    expect(findPartners(southAfrica)).toEqual(['ZA']);
    // meeting the community and the embassy's staff is no talks with the country they live in
    const meeting = [
      'Le PM Pham Minh Chinh rencontre la communauté vietnamienne en Afrique du Sud',
      'Dans le cadre de sa participation au Sommet du G20 et de ses activités bilatérales en Afrique du Sud, le Premier ministre Pham Minh Chinh a rencontré le personnel de l’ambassade du Vietnam ainsi que la communauté vietnamienne en Afrique du Sud.',
    ];
    expect(findPartners(meeting)).toEqual([]);
  });
});

describe('short names of the same organisation, photo credits', () => {
  it('merges an organisation named short with its full name on the page', () => {
    const es = find(
      'Ils ont co-présidé la 5e session du Comité de coopération entre les deux pays.',
      'Le Comité de coopération Vietnam-Pologne se réunira en 2026.',
    );
    const orgs = es.filter((e) => e.type === 'organization');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.name).toBe('Comité de coopération Vietnam-Pologne');
    expect(orgs[0]?.mentions).toHaveLength(2);
  });

  it('reads the photographer of a credit to VNA or its outlets', () => {
    const es = findEntities({ ...page('Texte.'), captions: ['Une rue inondée. Photo : Minh Quyet/CVN'] });
    expect(named(es, 'Minh Quyet')?.type).toBe('person');
  });
});
