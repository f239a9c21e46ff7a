// Names a fresh batch of real VNA text taught (real corpus batch 43, scored once held out, then
// dev): each rule on sentences shaped like its text (written for these tests), with the wrong
// reading it replaces. Each test fails on the code before its rule.
import { describe, expect, it } from 'vitest';
import { findPartners } from '../../lib/stories';
import { find, named, names } from '../support/names';

describe('a Vietnamese person named again by the given name', () => {
  it('"M. Ca" after "Trân Minh Ca" in the same story is the same person', () => {
    const es = find(
      'Selon Trân Minh Ca, vice-président du Comité populaire de la province, le festival attire des voyageurs.',
      "D'après M. Ca, l'exposition présentera des numéros d'arts traditionnels.",
    );
    expect(names(es, 'person')).toEqual(['Trân Minh Ca']);
    expect(named(es, 'Trân Minh Ca')?.aliases).toContain('Ca');
  });

  it('two persons whose names end on the same syllable leave "M. Thanh" alone', () => {
    const es = find(
      'Nguyên Van Thanh et Lê Duc Thanh ont présidé la séance.',
      'Selon M. Thanh, la coopération progresse.',
    );
    expect(names(es, 'person')).toContain('Thanh');
  });
});

describe('persons written with a short given name', () => {
  it('a given name that is also a particle opens a name after a function: "Ben Chapman"', () => {
    const es = find(
      "Il a rencontré le président de l'Association d'amitié Grande-Bretagne-Vietnam, Ben Chapman, et assisté à une réception.",
    );
    expect(named(es, 'Ben Chapman')?.role).toBe("président de l'Association d'amitié Grande-Bretagne-Vietnam");
  });

  // (batch 95, dev since its one scoring: prague-prete-a-partager-ses-experiences-avec-hanoi-21775)
  it('and one that closes a name, capitalised, is a surname: "Pavel Ben, maire de Prague"', () => {
    const es = find(
      'Pavel Ben, maire de Prague, a reçu la délégation de Hanoï.',
      'Le président Zine el-Abidine Ben Ali a parlé.',
    );
    expect(named(es, 'Pavel Ben')?.role).toBe('maire de Prague');
    expect(named(es, 'Zine el-Abidine Ben Ali')?.type).toBe('person');
  });

  // (batch 95, dev since its one scoring: renforcer-lamitie-et-la-cooperation-entre-les-peuple-353434, as stored)
  it('"à" a given name, one more in a list of recipients, is a person; "à George Town" after a journey stays a place', () => {
    const es = find(
      "Le 4 décembre, la délégation a décerné l'insigne \"Pour la paix et l'amitié entre les nations\" à Ben Chapman, ancien député ; à Warwick Morris, ancien ambassadeur du Royaume-Uni au Vietnam ; et à Paul Smith, homme d'affaires, ancien vice-président fondateur du Vietnam-UK Network.",
      'Il a remis des cadeaux à Nguyen Van A puis s’est rendu à George Town, capitale de Penang.',
    );
    expect(named(es, 'Paul Smith')?.type).toBe('person');
    expect(named(es, 'George Town')?.type).toBe('place');
  });

  it('"Md." (Mohammad written short) opens the name, as initials do', () => {
    const es = find("Il a salué le ministre d'État aux AE Md. Shahriar Alam et le ministre des AE A.K. Abdul Momen.");
    expect(named(es, 'Md. Shahriar Alam')?.role).toBe("ministre d'État aux AE");
  });
});

describe('names of things named after someone or somewhere', () => {
  it('a road named after a person is a place, and no mention of the person', () => {
    const es = find('Le pont de Nam Can et la route Hô Chi Minh créeront un réseau de circulation complet.');
    expect(named(es, 'route Hô Chi Minh')?.type).toBe('place');
    expect(names(es, 'person')).toEqual([]);
  });

  it('a foundation named after a person is an organisation', () => {
    const es = find('Il a apprécié le fonctionnement de la Fondation Heydar Aliyev et sa coopération.');
    expect(named(es, 'Fondation Heydar Aliyev')?.type).toBe('organization');
    expect(names(es, 'person')).toEqual([]);
  });

  it('"l\'Irlande du Nord" is a place of the United Kingdom, not Ireland', () => {
    const text =
      "Le vice-Premier ministre a effectué une visite officielle en Grande-Bretagne et en Irlande du Nord, sur l'invitation du gouvernement britannique.";
    const es = find(text);
    expect(named(es, 'Irlande du Nord')?.type).toBe('place');
    expect(names(es, 'country')).not.toContain('Irlande');
    expect(findPartners([text], es)).toEqual(['GB']);
  });
});

describe('roles said before the name', () => {
  it('"sous l\'égide conjointe du ministre…": "conjointe" after a noun is the adjective, not a spouse', () => {
    const es = find(
      "La réunion s'est achevée sous l'égide conjointe du ministrevietnamien de la Construction Trinh Dinh Dung, et du ministre algérien.",
    );
    expect(named(es, 'Trinh Dinh Dung')?.role).toBe('ministre de la Construction');
    // (a spouse stays a spouse: her husband's title is not hers)
    const spouse = find('La conjointe du Premier ministre, Mme Tran Nguyet Thu, a visité l’école.');
    expect(named(spouse, 'Tran Nguyet Thu')?.role ?? null).toBeNull();
  });

  it('"à l\'étranger" inside a portfolio\'s name does not end the role', () => {
    const es = find(
      "Le ministre sri-lankais des Affaires étrangères, de l'Emploi à l'étranger et du Tourisme, Vijitha Herath, a salué le développement du Vietnam.",
    );
    expect(named(es, 'Vijitha Herath')?.role).toBe(
      "ministre des Affaires étrangères, de l'Emploi à l'étranger et du Tourisme",
    );
    expect(named(es, 'Vijitha Herath')?.country).toBe('LK');
  });
});

describe('names and roles from dev', () => {
  it('a given name before a country\'s name makes a person whose family name it is: "Cecile La Grenade"', () => {
    const es = find(
      'Il a présenté ses lettres de créance à la gouverneure générale de la Grenade, Cecile La Grenade, lors d’une cérémonie.',
    );
    expect(named(es, 'Cecile La Grenade')?.role).toBe('gouverneure générale de la Grenade');
    expect(names(es, 'country')).toEqual(['Grenade']);
  });

  it('"domicilié en Thaïlande" after an envoy\'s post stays in the role, as "accrédité" does', () => {
    const es = find(
      "Etait présent l'ambassadeur du Portugal au Vietnam, domicilié en Thaïlande, Jorge Torres-Pereira.",
    );
    expect(named(es, 'Jorge Torres-Pereira')?.role).toBe('ambassadeur du Portugal au Vietnam, domicilié en Thaïlande');
  });
});

// Real corpus batches 45 and 46, scored once held out, then dev: sentences shaped like theirs.
describe('functions and forms of address around a name (batches 45-46)', () => {
  it("a player's position and a designer's trade, feminine or plural, are stated roles", () => {
    const es = find(
      "Les Vietnamiennes l'ont emporté grâce à l'attaquante Hai Yen, dont le tir a trompé la gardienne Waraporn Boonsing.",
      "Un défilé de mode autour de l'ao dai des stylistes Trinh Bich Thuy et Lê Hang est prévu.",
    );
    expect(named(es, 'Hai Yen')?.role).toBe('attaquante');
    expect(named(es, 'Waraporn Boonsing')?.role).toBe('gardienne');
    expect(named(es, 'Trinh Bich Thuy')?.role).toBe('styliste');
    expect(named(es, 'Lê Hang')?.role).toBe('styliste');
    // (batch 65, dev since its one scoring: musicians' trades too)
    const more = find(
      'Ce sont la reine de beauté Dô My Linh, le saxophoniste Quyên Van Minh, le rockeur Pham Anh Khoa et le chanteur Duy Khoa.',
    );
    expect(named(more, 'Quyên Van Minh')?.role).toBe('saxophoniste');
    expect(named(more, 'Pham Anh Khoa')?.role).toBe('rockeur');
  });

  it('honorifics between the function and the name are in neither: "Dato’ Seri Utama Haji", "Sri."', () => {
    const es = find(
      'Il a rencontré le ministre malaisien des Affaires étrangères Dato’ Seri Utama Haji Mohamad Bin Haji Hasan à Kuala Lumpur.',
      "L'ambassadeur a rencontré le gouverneur Sri. Pinarayi Vijayan et d'autres officiels.",
    );
    expect(named(es, 'Mohamad Bin Haji Hasan')?.role).toBe('ministre des Affaires étrangères');
    expect(named(es, 'Mohamad Bin Haji Hasan')?.country).toBe('MY');
    expect(named(es, 'Pinarayi Vijayan')?.role).toBe('gouverneur');
    // (Malaysia's "Tan Sri", "Puan Sri" as well; "Tan" alone is a family name: batch 68, dev)
    const pairs = find(
      "Le président de la Chambre des représentants de Malaisie Tan Sri Dato' Ahmad Bin Yusof et son épouse sont arrivés.",
      "L'ambassadeur de Singapour Tan Wei Ming a salué la coopération.",
    );
    expect(names(pairs, 'person')).toEqual(['Ahmad Bin Yusof', 'Tan Wei Ming']);
    expect(named(pairs, 'Ahmad Bin Yusof')?.role).toBe('président de la Chambre des représentants de Malaisie');
  });

  it('"le directeur de l\'hôpital, le Prof-Dr X": the function is the role, the degrees no part of the name', () => {
    const es = find(
      "Le directeur de l'hôpital, le Prof-Dr Nguyên Van Kinh, a proposé d'embaucher du personnel.",
      "Selon le directeur de l'Institut des maladies contagieuses, le docteur Nguyên Dang Manh, l'hôpital est plein.",
    );
    expect(names(es, 'person')).toEqual(['Nguyên Van Kinh', 'Nguyên Dang Manh']);
    expect(named(es, 'Nguyên Van Kinh')?.role).toBe("directeur de l'hôpital");
    expect(named(es, 'Nguyên Dang Manh')?.role).toBe("directeur de l'Institut des maladies contagieuses");
  });

  it('"X, délégué au Conseil populaire de la paroisse de Coche où …": a delegate\'s post, up to the clause', () => {
    const es = find(
      "S'exprimant à l'ouverture, Armando Graterol, délégué au Conseil populaire de la paroisse de Coche où se déroule l'événement, a salué l'amitié.",
    );
    expect(named(es, 'Armando Graterol')?.role).toBe('délégué au Conseil populaire de la paroisse de Coche');
  });
});

describe('bodies named past their first words (batches 45-46)', () => {
  it('a number that ends the name: "l\'Hôpital central militaire 108 à Hanoï"', () => {
    const es = find("Les patients affluent à l'Hôpital central militaire 108 à Hanoï depuis un mois.");
    expect(names(es, 'organization')).toEqual(['Hôpital central militaire 108']);
  });

  it('"Parti libéral démocrate du Japon": a party\'s adjective no suffix tells', () => {
    const es = find('Nikai Toshihiro, président du Parti libéral démocrate du Japon (LDP), a présenté sa préfecture.');
    // (the knowledge base's party, written without its dash: the text's form is its alias)
    const ldp = named(es, 'Parti libéral-démocrate du Japon');
    expect(ldp?.type).toBe('organization');
    expect(ldp?.aliases).toContain('Parti libéral démocrate du Japon');
    expect(named(es, 'Nikai Toshihiro')?.role).toBe('président du Parti libéral démocrate du Japon (LDP)');
  });
});

describe('places named as VNA figures and lists name them (batches 45-46)', () => {
  it('"Taïwan et Hongkong (Chine)" in an investment ranking are places, and make China no partner', () => {
    const texts = [
      "Les IDE décaissés s'élèvent à 2,7 milliards de dollars",
      "Hanoï (VNA) - Le Japon est en tête avec 52,3% de l'IDE, devant Singapour, la République de Corée, Taïwan et Hongkong (Chine).",
    ];
    const es = find(...texts);
    expect(names(es, 'place')).toEqual(expect.arrayContaining(['Taïwan', 'Hong Kong']));
    expect(findPartners(texts, es, { head: 1 })).not.toContain('CN');
  });

  it('a counted plural of places and "que sont" before their list: "six postes-frontières terrestres que sont X, Y…"', () => {
    const es = find(
      'Lang Son compte six postes-frontières terrestres que sont Huu Nghi, Chi Ma, Tân Thanh et Côc Nam.',
    );
    expect(names(es, 'place')).toEqual(['Lang Son', 'Huu Nghi', 'Chi Ma', 'Tân Thanh', 'Côc Nam']);
  });

  it('"le Théâtre Ho Guom": a theatre named so is a place', () => {
    const es = find("L'exposition s'est ouverte au Théâtre Ho Guom à Hanoï.");
    expect(names(es, 'place')).toContain('Théâtre Ho Guom');
  });
});

describe('names and roles batches 47-50 and dev role misses taught', () => {
  it('"Kim Jong Un": a capitalised "Un" after a name\'s word, inside a sentence, ends the name', () => {
    const es = find(
      "To Lam est arrivé à Pyongyang à l'invitation de Kim Jong Un, secrétaire général du Parti du travail de Corée.",
    );
    expect(named(es, 'Kim Jong Un')?.role).toBe('secrétaire général du Parti du travail de Corée');
    expect(names(es, 'person')).not.toContain('Kim Jong');
  });

  it('a purpose clause ends a role: "président de l\'Agence X (TIKA) afin d\'échanger…"', () => {
    const es = find(
      "L'ambassadeur a eu une séance de travail avec Serdar Cam, président de l'Agence turque de coopération et de coordination (TIKA) afin d'échanger sur les possibilités de coopération.",
    );
    expect(named(es, 'Serdar Cam')?.role).toBe("président de l'Agence turque de coopération et de coordination (TIKA)");
  });

  it('"… et à Carlo Coccato, membre…": a second recipient ends the first one\'s role', () => {
    const es = find(
      "Il a remis l'Ordre de l'amitié à Diego Vecchiato, directeur du Département des relations internationales de la région de Vénétie et à Carlo Coccato, membre de la Fédération du travail de Vénétie.",
    );
    expect(named(es, 'Diego Vecchiato')?.role).toBe(
      'directeur du Département des relations internationales de la région de Vénétie',
    );
    expect(named(es, 'Carlo Coccato')?.role).toBe('membre de la Fédération du travail de Vénétie');
  });

  it('a caption\'s verb ends the role before it: "X, membre du Comité central… prend la parole à…"', () => {
    const es = find(
      "Nguyen Duc Loi, membre du Comité central du PCV et directeur général de l'Agence vietnamienne d'information prend la parole à la réunion annuelle du Forum de Sao Paulo.",
    );
    expect(named(es, 'Nguyen Duc Loi')?.role).toBe(
      "membre du Comité central du PCV et directeur général de l'Agence vietnamienne d'information",
    );
  });
});

describe('names batch 51 taught', () => {
  it('a counted plural\'s complement before "que sont": "ses quatre districts frontaliers avec le Laos et le Cambodge que sont Sa Thay, Ia H\'Drai…"', () => {
    const es = find(
      'La province de Kon Tum a décidé d’accorder plus de 66,7 milliards de dôngs à ses quatre districts frontaliers avec le Laos et le Cambodge que sont Sa Thay, Ia H’Drai, Ngoc Hoi et Dak Glei.',
    );
    expect(names(es, 'place')).toEqual(expect.arrayContaining(['Sa Thay', "Ia H'Drai", 'Ngoc Hoi', 'Dak Glei']));
  });

  it('"la maison d\'édition italienne Anteo Edizioni" is a company, not a person; "la maison de Nguyen Van Ba" stays a house', () => {
    const es = find(
      "a déclaré Giulio Chinappi, directeur régional Asie de la maison d'édition italienne Anteo Edizioni et expert du Vietnam.",
    );
    expect(named(es, 'Anteo Edizioni')?.type).toBe('organization');
    expect(names(find('La maison de Nguyen Van Ba est ouverte aux visiteurs.'), 'person')).toEqual(['Nguyen Van Ba']);
  });

  it('a ship\'s name is no person: "la frégate de lutte anti-sous-marine (ASM), George Leygues"; a captain\'s rank is a rank', () => {
    const es = find(
      "Il s'agit de la 2e visite du navire Tonnerre au Vietnam après sa première en 2013 avec la frégate de lutte anti-sous-marine (ASM), George Leygues, à Hô Chi Minh-Ville.",
    );
    expect(names(es, 'person')).toEqual([]);
    const crew = find(
      "Les navires, conduits par le capitaine de vaisseau Rahul Shankar, ont jeté l'ancre au port de Hai Phong.",
    );
    expect(named(crew, 'Rahul Shankar')?.role).toBe('capitaine de vaisseau');
  });
});

describe('dev role misses the thirty-sixth round taught', () => {
  it('"X, en charge de …" states a remit as a title does, after a comma or "qui est"', () => {
    const es = find(
      "L'ambassadeur a rencontré Paul Ndungu, qui est en charge des affaires avec l'Asie au ministère kényan des Affaires étrangères.",
      "La délégation a travaillé avec Roberto Marcato, en charge de l'économie et de l'énergie de la région de Vénétie.",
    );
    expect(named(es, 'Paul Ndungu')?.role).toBe(
      "en charge des affaires avec l'Asie au ministère kényan des Affaires étrangères",
    );
    expect(named(es, 'Roberto Marcato')?.role).toBe("en charge de l'économie et de l'énergie de la région de Vénétie");
  });

  it('"avec l\'Asie et l\'Australie": a place after "et" and an article goes on the remit; its countries are not the holder\'s', () => {
    const es = find(
      "L'ambassadeur a rencontré Paul Ndungu, en charge des affaires avec l'Asie et l'Australie au ministère kényan des Affaires étrangères.",
    );
    expect(named(es, 'Paul Ndungu')?.role).toBe(
      "en charge des affaires avec l'Asie et l'Australie au ministère kényan des Affaires étrangères",
    );
    expect(named(es, 'Paul Ndungu')?.country).toBe('KE');
  });

  it('"et" and an article before a person still end the role: "X, ministre des Affaires étrangères, et la délégation…"', () => {
    const es = find('Il a reçu Tran Van An, ministre des Affaires étrangères et la délégation du Laos.');
    expect(named(es, 'Tran Van An')?.role).toBe('ministre des Affaires étrangères');
  });
  it('a body\'s name quoted after "du" goes on the role, with its quotes as written', () => {
    const es = find(
      'Il a reçu Jean-Charles Nègre, membre de la Coordination nationale et chargé du "Pôle moyens" au Parti communiste français (PCF).',
    );
    expect(named(es, 'Jean-Charles Nègre')?.role).toBe(
      'membre de la Coordination nationale et chargé du "Pôle moyens" au Parti communiste français (PCF)',
    );
  });

  it('the last dot of an initialism before a name does not end the role; before "Le …" it ends the sentence', () => {
    const es = find('Vincent Clerc, directeur du groupe A.P. Moller - Maersk, a rencontré la délégation.');
    expect(named(es, 'Vincent Clerc')?.role).toMatch(/^directeur du groupe A\.P\. Moller ?- ?Maersk$/);
    const ends = find('Il a rencontré Nguyen Van Ba, président de la société H.T. Le ministre a salué ses efforts.');
    expect(named(ends, 'Nguyen Van Ba')?.role).toBe('président de la société H.T');
  });

  it("a verb in the future ends an organisation's name: \"l'Association d'amitié Nagasaki-Vietnam aidera…\"", () => {
    const es = find("L'Association d'amitié Nagasaki-Vietnam aidera également les Vietnamiens de la préfecture.");
    expect(names(es, 'organization')).toEqual(["Association d'amitié Nagasaki-Vietnam"]);
  });
});

// Batch 55 (scored once held out on d5e8209, then dev)
describe('a head of state named by the family name or after who leads', () => {
  it('one family name after a title and a compound nationality: "le président sri-lankais Dissanayake"', () => {
    const es = find('Elle a rappelé la visite du président sri-lankais Dissanayake au Vietnam en mai dernier.');
    expect(named(es, 'Dissanayake')?.role).toBe('président');
    expect(named(es, 'Dissanayake')?.country).toBe('LK');
  });

  it('"sous la direction de X", "à l\'invitation d\'X" govern a person; a body there stays a body', () => {
    const es = find(
      'Elle a exprimé sa confiance que sous la direction de Anura Kumara Dissanayake, le pays surmontera les difficultés.',
      "Il est arrivé à l'invitation d'Ilham Heydar Aliyev, puis a visité une usine sous la direction du Comité populaire de Hanoï.",
    );
    expect(names(es, 'person')).toEqual(['Anura Kumara Dissanayake', 'Ilham Heydar Aliyev']);
    expect(names(es, 'organization')).toEqual(['Comité populaire de Hanoï']);
  });
});

describe('a language is not its country', () => {
  it('"formés en langue portugaise" in a story of Mozambique names no Portuguese partner', () => {
    const text =
      'Par ailleurs, 20 cadres vietnamiens, formés en langue portugaise et en techniques agricoles, partiront cette année au Mozambique pour un projet de coopération rizicole.';
    expect(findPartners([text], find(text))).toEqual(['MZ']);
  });
});

// Batch 56 (scored once held out on d5e8209, then dev)
describe('names batch 56 taught', () => {
  it('"M. Le Dung": after a form of address, "Le" and one syllable are the surname Lê and a name', () => {
    const es = find(
      'La production atteindra 500.000 tonnes, selon le vice-président du Comité populaire provincial, M. Le Dung.',
    );
    expect(named(es, 'Le Dung')?.role).toBe('vice-président du Comité populaire provincial');
  });

  it('a body of compatriots named by the continent they live in: "… des Vietnamiens en Europe"', () => {
    const es = find("Il a rencontré des responsables de l'Union des associations des Vietnamiens en Europe.");
    expect(names(es, 'organization')).toEqual(['Union des associations des Vietnamiens en Europe']);
    // (another body "en Europe" says where something happens)
    expect(names(find('Le Comité populaire de Hanoï en Europe a signé un accord.'), 'organization')).toEqual([
      'Comité populaire de Hanoï',
    ]);
  });
});

// Batch 57 (scored once held out on d5e8209, then dev)
describe('a region named by its river', () => {
  it('"le delta du fleuve Rouge" is one place, the region, with the river its alias; the river alone stays the river', () => {
    const es = find('Les provinces du Delta du fleuve Rouge attirent les investisseurs.');
    expect(names(es, 'place')).toEqual(['Delta du fleuve Rouge']);
    expect(named(es, 'Delta du fleuve Rouge')?.aliases).toContain('fleuve Rouge');
    expect(names(find('La pollution du fleuve Rouge inquiète les habitants.'), 'place')).toEqual(['fleuve Rouge']);
  });
});

describe('forms of address in the plural', () => {
  // shaped like mission-devaluation-de-la-cooperation-entre-wallonie-29448 (batch 69, dev)
  it('"Mesdames X, fonction, Y, fonction" addresses each, and is no part of the first name', () => {
    const es = find(
      'La mission sera menée par Mesdames Claire Dumont, chef de cabinet du ministre-président de la Wallonie, et Anne Lefort, directrice du département.',
      'Messieurs Paul Renard et Marc Olivier ont parlé.',
    );
    expect(names(es, 'person')).toEqual(['Claire Dumont', 'Anne Lefort', 'Paul Renard', 'Marc Olivier']);
    expect(named(es, 'Claire Dumont')?.role).toBe('chef de cabinet du ministre-président de la Wallonie');
  });
});

describe('portfolios before a name', () => {
  // shaped like programme-printemps-de-la-patrie-a-vancouver-218631 (batch 69, dev)
  it('"le ministre des Forêts X": the portfolio is the role\'s, not the name\'s first word', () => {
    const es = find(
      'Au nom du gouvernement provincial, le ministre des Forêts Bruce Allen a salué le rôle de la communauté.',
      "La ministre de l'Énergie Anna Berg et le ministre de la Jeunesse Paul Meyer ont parlé.",
    );
    expect(names(es, 'person')).toEqual(['Bruce Allen', 'Anna Berg', 'Paul Meyer']);
    expect(named(es, 'Bruce Allen')?.role).toBe('ministre des Forêts');
    expect(named(es, 'Anna Berg')?.role).toBe("ministre de l'Énergie");
  });
});

describe("the second reviewer's cases (R49)", () => {
  it('a person after Malaysian honorifics is found without them', () => {
    const es = find(
      'Le Premier ministre malaisien et son épouse Toh Puan Rosmah Mansor sont arrivés à Hanoï.',
      'Il a reçu Tan Sri Muhyiddin Yassin.',
    );
    expect(names(es, 'person')).toEqual(['Rosmah Mansor', 'Muhyiddin Yassin']);
  });
  it('a place of two words ends a body; a third word is a name that follows', () => {
    const es = find("L'Association d'amitié de la préfecture de Gunma Kenji Sato a salué la délégation.");
    expect(named(es, 'Kenji Sato')?.type).toBe('person');
  });
  it("a remit after a body is an international agency's, not a purpose", () => {
    const es = find("Il a envoyé le rapport au Bureau de l'Assemblée nationale pour la synthèse des avis.");
    expect(named(es, "Bureau de l'Assemblée nationale")?.type).toBe('organization');
  });
  it('"secrétaire à" a portfolio only for a sous-secrétaire; a visitor\'s capacity past "en Chine"', () => {
    const es = find(
      "Il a été accueilli par le secrétaire à l'aéroport, Nguyen Van Minh, puis il est parti.",
      'La première visite de M. Ahmed Attaf en Chine en sa qualité de ministre des Affaires étrangères a été saluée.',
    );
    expect(named(es, 'Nguyen Van Minh')?.role ?? null).not.toBe("secrétaire à l'aéroport");
    expect(named(es, 'Ahmed Attaf')?.role).toBe('ministre des Affaires étrangères');
  });
});
