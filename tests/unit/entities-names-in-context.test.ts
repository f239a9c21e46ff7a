// Names French news gives by what they are ("la chaîne Nile TV", "le Mausolée du Président Hô Chi
// Minh"), bodies named with where they are, and roles that belong to the next person. Sentences
// shaped like the real text of the dev split (batches 1–4); names partly made up.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { findPartners } from '../../lib/stories';
import { find, named, names, partnersOf } from '../support/names';

describe('media and companies', () => {
  it('are named after their noun, past adjectives and an article that opens the title', () => {
    const es = find(
      "L'ambassadeur a donné une interview sur la chaîne internationale Nile TV.",
      'Le quotidien français Le Monde a publié une analyse. La compagnie aérienne Bamboo Airways ouvrira une ligne.',
    );
    for (const n of ['Nile TV', 'Le Monde', 'Bamboo Airways']) expect(named(es, n)?.type).toBe('organization');
  });

  it('are named by a foreign name ending in what the body is, over the place inside it', () => {
    const es = find(
      "L'ouverture du bureau de Dubai Chamber à Hô Chi Minh-Ville et les fonds de la Qatar Investment Authority.",
    );
    expect(named(es, 'Dubai Chamber')?.type).toBe('organization');
    expect(named(es, 'Qatar Investment Authority')?.type).toBe('organization');
    expect(named(es, 'Dubaï')).toBeUndefined();
    expect(named(es, 'Qatar')).toBeUndefined();
  });

  // (batch 95, dev since its one scoring: renforcer-lamitie-et-la-cooperation-entre-les-peuple-353434)
  it('a foreign name opening on a pair of countries joined tight keeps the pair ("Vietnam-UK Network"), not an acronym glossed', () => {
    const es = find(
      'Ben Chapman, ancien député, président fondateur du Vietnam-UK Network pour la période 2013-2018, a parlé.',
      "La Fédération de commerce et d'industrie du Vietnam (VCCI-Vietnam Chamber of Commerce and Industry) a organisé le forum.",
    );
    expect(named(es, 'Vietnam-UK Network')?.type).toBe('organization');
    expect(names(es, 'organization').join()).not.toMatch(/VCCI-Vietnam/);
  });

  // (batch 74, dev since its one scoring: t-le-vrg-commence-a-exploiter-du-caoutchouc-au-cambo-48436-b,
  // vu-van-ninh-acheve-sa-visite-a-singapour-46492)
  it('a board, a committee, a commission end an English name; a country after "de" is no part of it', () => {
    const es = find(
      'Selon Ong Tze-Ch’in, directeur général du Public Utilities Board (PUB), la ville investit.',
      'Il a travaillé avec le Fonds souverain de Singapour Temasek Holdings.',
    );
    expect(named(es, 'Public Utilities Board')).toMatchObject({ type: 'organization', aliases: ['PUB'] });
    expect(names(es, 'place')).not.toContain('Public');
    expect(named(es, 'Temasek Holdings')?.type).toBe('organization');
    expect(names(es, 'organization')).not.toContain('Singapour Temasek Holdings');
  });

  it('a company keeps its legal form after what it is ("Group Co., Ltd"); a syllable "Co" ends no name', () => {
    const es = find(
      'Pham Công Danh, ancien directeur général de Thiên Thanh Group Co., Ltd, a été condamné à 30 ans de prison.',
      'Il a travaillé pour Hoa Sen Trading Co. Ltd pendant dix ans, selon le paysan Nguyen Van Co.',
    );
    expect(named(es, 'Thiên Thanh Group Co., Ltd')?.type).toBe('organization');
    expect(named(es, 'Pham Công Danh')?.role).toBe('ancien directeur général de Thiên Thanh Group Co., Ltd');
    expect(named(es, 'Hoa Sen Trading Co. Ltd')?.type).toBe('organization');
    expect(named(es, 'Nguyen Van Co')?.type).toBe('person');
    expect(es.some((e) => e.name === 'Thiên' || e.name.startsWith('Thanh Group'))).toBe(false);
  });

  it('"Co., Ltd" written whole after any name is the company\'s, named with its noun or not; "Co" alone is not', () => {
    const es = find(
      'Vinamilk a investi avec Angkor Dairy Products Co.Ltd au Cambodge.',
      'La société Haesung Vina Co., Ltd a signé un contrat. La société Ba Co a signé aussi.',
    );
    expect(named(es, 'Angkor Dairy Products Co.Ltd')?.type).toBe('organization');
    expect(named(es, 'Haesung Vina Co., Ltd')?.type).toBe('organization');
    expect(es.some((e) => e.name === 'Haesung Vina Co')).toBe(false);
    expect(named(es, 'Ba Co')?.type).toBe('organization');
  });

  it('English\'s article opens a title ("The Diplomat"); not before a Vietnamese syllable, nor alone', () => {
    const es = find(
      'La délégation comptait des rédacteurs de The Sydney Morning Herald, The Conversation et The Diplomat.',
      'Selon The Hindu, le chanteur The Anh a reçu Nguyên The Trung. Photo : magazine The gioi va Viet Nam',
    );
    for (const n of ['The Sydney Morning Herald', 'The Conversation', 'The Diplomat', 'The Hindu'])
      expect(named(es, n)?.type).toBe('organization');
    expect(named(es, 'The Anh')?.type).toBe('person');
    expect(named(es, 'Nguyên The Trung')?.type).toBe('person');
    expect(es.some((e) => e.name === 'The')).toBe(false);
  });

  it('"The" opens no place the knowledge base knows, no work named by its kind, and the acronym THE stays', () => {
    const es = find(
      'Selon le magazine britannique THE, l’Université de Hanoï progresse.',
      'The Philippines et le Vietnam ont signé un accord. Le roman The Sympathizer a été adapté en série.',
    );
    expect(named(es, 'THE')?.type).toBe('organization');
    expect(named(es, 'Philippines')?.type).toBe('country');
    expect(es.some((e) => e.name.startsWith('The '))).toBe(false);
  });

  it("a newspaper's country is not a partner of the story it reports", () => {
    expect(
      partnersOf('Le Monde souligne les objectifs du Vietnam', 'Le quotidien français Le Monde a publié une analyse.'),
    ).toEqual([]);
  });
});

describe('places named by a common noun', () => {
  it('after a person they are named for, who stays a name of their own', () => {
    const es = find(
      'Les députés iront fleurir le Mausolée du Président Hô Chi Minh.',
      "La délégation est arrivée à l'aéroport international du Roi Khalid.",
    );
    expect(named(es, 'Mausolée du Président Hô Chi Minh')?.type).toBe('place');
    expect(named(es, 'Hô Chi Minh')?.type).toBe('person');
    expect(named(es, 'aéroport international du Roi Khalid')?.type).toBe('place');
  });

  it('a capitalised noun of state, a cemetery, a village whose name reads like a French word', () => {
    const es = find(
      'Il a présenté ses lettres au Palais présidentiel à Dili.',
      'Le président a déposé une gerbe au cimetière national de Truong Son.',
      'Rien que dans le village de Sa Na, les inondations ont balayé 21 maisons.',
    );
    expect(named(es, 'Palais présidentiel')?.type).toBe('place');
    expect(named(es, 'cimetière national de Truong Son')?.type).toBe('place');
    expect(named(es, 'Sa Na')?.type).toBe('place');
    expect(names(es, 'person')).toEqual([]);
  });

  it('not a function held: "au poste de président du Vietnam"', () => {
    const es = find("A l'occasion de l'élection de Nguyen Xuan Phuc au poste de président du Vietnam.");
    expect(es.filter((e) => e.type === 'place')).toEqual([]);
    expect(named(es, 'Nguyen Xuan Phuc')?.role).toBe('président du Vietnam');
  });

  it('a region of the world with its cardinal point', () => {
    const es = find("Le Nigeria est un pays clé de l'Afrique de l'Ouest et de l'Asie du Sud-Ouest.");
    expect(named(es, "Afrique de l'Ouest")?.type).toBe('place');
    expect(named(es, 'Asie du Sud-Ouest')?.type).toBe('place');
  });

  // (batch 97, dev since its one scoring: le-vietnam-fete-la-journee-internationale-de-la-fran-198308;
  // dev le-premier-ministre-mozambicain-termine-sa-visite-au-412777)
  it("a continent's area named by its tongue or its side of the Sahara", () => {
    const es = find("Le Vietnam coopère avec l'Afrique francophone et les pays d'Afrique subsaharienne.");
    expect(named(es, 'Afrique francophone')?.type).toBe('place');
    expect(named(es, 'Afrique subsaharienne')?.type).toBe('place');
    expect(names(es, 'place')).not.toContain('Afrique');
  });
});

describe('places named by what governs or lists them', () => {
  it('one word after "le gouverneur de", before the holder\'s name, is the place', () => {
    const es = find(
      'Le gouverneur de Tottori, Hirai Shinji, a indiqué que la préfecture accueillerait des étudiants.',
      "Le ministre des Affaires étrangères et des Expatriés, Ayman Safadi, a reçu le général de Castries, hôte d'honneur.",
    );
    expect(named(es, 'Tottori')?.type).toBe('place');
    expect(named(es, 'Hirai Shinji')?.role).toBe('gouverneur de Tottori');
    expect(named(es, 'Expatriés')).toBeUndefined();
    expect(named(es, 'Castries')).toBeUndefined();
  });

  it('one word after a company head\'s title is no place ("le directeur général de Hanwha, X")', () => {
    const es = find(
      'Le directeur général de Hanwha, Kim Dong-kwan, a présenté les projets. Le PDG d’Amkor, Giel Rutten, est venu.',
    );
    expect(names(es, 'place')).toEqual([]);
    expect(named(es, 'Kim Dong-kwan')?.role).toBe('directeur général de Hanwha');
  });

  it('a list opened by a place named with its noun is a list of places', () => {
    const es = find("Il a visité trois préfectures japonaises d'Okayama, Tottori et Shimane de la région de Shikoku.");
    expect(names(es, 'place').sort()).toEqual(['Okayama', 'Shikoku', 'Shimane', 'Tottori']);
  });

  // dev: cinq-nouveaux-patrimoines-culturels-immateriels-nati-1308938 (batch 39)
  it('a list that says its preposition again before each item ("des communes de A, de B et de C")', () => {
    const es = find(
      'Le savoir-faire relève des quartiers de Hông Lâm, et de Son Phu, ainsi que des communes de Tân Hoa, de Khoai Lâm et de Tiên Phu, province de Hung Yên.',
    );
    expect(names(es, 'place').sort()).toEqual(
      ['Hung Yen', 'Hông Lâm', 'Khoai Lâm', 'Son Phu', 'Tân Hoa', 'Tiên Phu'].sort(),
    );
  });

  it('…and ends at an item without it; "Son Altesse" is no place', () => {
    const es = find(
      "Lors de sa visite aux communes de Tân Hoa et de Khoai Lâm, Nguyen Van Hung, secrétaire du Comité du Parti, a souligné l'importance de l'agriculture.",
      'Elle a été reçue au palais de Son Altesse Royale le prince héritier.',
    );
    expect(named(es, 'Nguyen Van Hung')).toMatchObject({ type: 'person', role: 'secrétaire du Comité du Parti' });
    expect(names(es, 'place').sort()).toEqual(['Khoai Lâm', 'Tân Hoa']);
  });
});

describe('organisations named with where they are', () => {
  // (batch 91, dev since its one scoring: ho-chi-minhville-celebre-la-fete-de-lindependance-de-129918,
  // cultiver-lamitie-populaire-entre-ho-chi-minhville-et-127952, as stored)
  it("a friendship association's chapter: its pair, then the place it is of", () => {
    const es = find(
      'Nguyen Dang Cuong, président de l’Association d’amitié Vietnam-Pologne de Ho Chi Minh-Ville, a rappelé le soutien de la Pologne.',
      'L’Association d’amitié Vietnam-Slovaquie de Hô Chi Minh-Ville a organisé une cérémonie.',
    );
    expect(named(es, 'Association d’amitié Vietnam-Pologne de Ho Chi Minh-Ville')?.type).toBe('organization');
    expect(named(es, 'Association d’amitié Vietnam-Slovaquie de Hô Chi Minh-Ville')?.type).toBe('organization');
    expect(names(es, 'organization')).not.toContain("Association d'amitié Vietnam-Pologne");
  });

  // (dev: le-vietnam-et-hong-kong-boostent-leur-cooperation-da-post228742,
  // kon-tum-renforce-sa-cooperation-avec-la-province-lao-191093, letat-de-californie-…-1279482, as stored)
  it('a place\'s government in lower case, named by the place: "l\'administration de Hong Kong"', () => {
    const es = find(
      'Pour sa part, John Lee Ka-chiu a déclaré que l’administration de Hong Kong attache une grande importance aux relations de coopération avec le Vietnam.',
      "Le mémorandum a été signé par le Comité populaire de la province de Kon Tum et l'administration de la province lao d'Attapeu.",
      'Nguyên Thi Thanh a remercié l’administration de l’État de Californie pour avoir créé des conditions favorables.',
      "Le président du Conseil d'administration de Vinalines a été condamné.",
    );
    for (const body of [
      'administration de Hong Kong',
      "administration de la province lao d'Attapeu",
      "administration de l'État de Californie",
    ])
      expect(named(es, body)?.type, body).toBe('organization');
    expect(names(es, 'organization').join()).not.toMatch(/administration de Vinalines/);
    // (the second reviewer's, R58: Vietnam's own units too; not a place that opens a company's name)
    const more = find(
      'L’administration du district de Ba Vi a mobilisé les habitants.',
      "La société a confié l'administration de Da Nang Port à un nouveau directeur.",
    );
    expect(named(more, 'administration du district de Ba Vi')?.type).toBe('organization');
    expect(names(more, 'organization').join()).not.toMatch(/administration de Da Nang/);
    // (not the act of governing it in another age; the place stays a place)
    const past = find(
      "L'administration de Hanoï au XIXe siècle était confiée aux mandarins.",
      "L'administration de Hué à l'époque coloniale a construit le pont.",
    );
    expect(names(past, 'organization').join()).not.toMatch(/administration/);
    expect(names(past, 'place')).toEqual(expect.arrayContaining(['Hanoï', 'Huê']));
  });

  // (dev: kon-tum-renforce-sa-cooperation-avec-la-province-lao-191093,
  // lao-cai-promeut-la-cooperation-avec-des-partenaires-218337, as stored)
  it('a provincial body of a party named in full, its seat said or not', () => {
    const es = find(
      "Let Saynhaphon, secrétaire du Comité provincial du Parti populaire révolutionnaire du Laos (PPRL) et gouverneur de la province d'Attapeu, ont déclaré apprécier la coopération.",
      'Il est secrétaire du Comité provincial du Parti communiste du Vietnam (PCV) de Lao Cai.',
    );
    expect(named(es, 'Comité provincial du Parti populaire révolutionnaire du Laos')?.type).toBe('organization');
    expect(named(es, 'Comité provincial du Parti communiste du Vietnam (PCV) de Lao Cai')?.type).toBe('organization');
    // (the party's acronym after the body is the party's own mention)
    expect(named(es, 'PPRL')?.type).toBe('organization');
    // (not the Central Committee, which is not a local body)
    expect(names(find('Le Comité central du Parti communiste du Vietnam a décidé.'), 'organization')).not.toContain(
      'Comité central du Parti communiste du Vietnam',
    );
  });

  it('"Comité populaire" of a city is a name; alone it is not', () => {
    const es = find('Le Comité populaire de Hanoï a approuvé le plan. Le Comité populaire a aussi salué.');
    expect(named(es, 'Comité populaire de Hanoï')?.type).toBe('organization');
    expect(named(es, 'Comité populaire')).toBeUndefined();
  });

  it('bodies abroad keep the country they are in; two of them stay two', () => {
    const es = find(
      "L'Association des Vietnamiens au Laos et l'Association des Vietnamiens en France ont signé.",
      "L'Association des vétérans vietnamiens en Russie a célébré l'anniversaire.",
    );
    expect(named(es, 'Association des Vietnamiens au Laos')?.country).toBe('LA');
    expect(named(es, 'Association des Vietnamiens en France')?.country).toBe('FR');
    expect(named(es, 'Association des vétérans vietnamiens en Russie')?.type).toBe('organization');
  });

  // (dev: le-pavillon-vietnamien-marque-les-esprits-lors-du-we-363263, le-senegal-est-pret-a-cooperer-avec-le-vietnam-pour-218705,
  // le-vietnam-a-un-salon-international-du-commerce-et-d-214514, t-textile-une-usine-taiwanaise-a-ha-nam-post51568)
  it("Vietnam's centre and a country's own office are named by where abroad they are", () => {
    const es = find(
      'Le Centre culturel du Vietnam en France a organisé une exposition.',
      // (the second reviewer's, R48: a centre that is not Vietnam's says where something happens;
      // a people's union is not named by the city it meets in)
      "Il a visité le Centre national d'études spatiales en France.",
      "Une délégation de l'Union des femmes de Cuba à Hanoï a été reçue le 5 mai.",
      "Selon la cheffe de l'Office commercial du Vietnam à Hong Kong, le salon est une opportunité.",
      // (at home, "au Vietnam" says where it is built)
      'Le projet du Centre financier international au Vietnam avance.',
    );
    expect(named(es, 'Centre culturel du Vietnam en France')?.type).toBe('organization');
    expect(named(es, "Centre national d'études spatiales")?.type).toBe('organization');
    expect(named(es, 'France')?.type).toBe('country');
    expect(named(es, 'Union des femmes de Cuba')?.country).toBe('CU');
    expect(named(es, 'Office commercial du Vietnam à Hong Kong')?.type).toBe('organization');
    expect(named(es, 'Centre financier international')?.type).toBe('organization');
    expect(named(es, 'Centre financier international au Vietnam')).toBeUndefined();
  });

  // dev sentences: "t-football-de-belles-victoires…", "lambassadeur-du-vietnam-en-russie…", "ho-chi-minh-ville-et-francfort…"
  it('a body of compatriots abroad or a representation is named by its city or province too', () => {
    const es = find(
      "L'Association des étudiants vietnamiens à Wellington a organisé un tournoi.",
      "Le président de l'Association des Vietnamiens dans la province de Krasnodar, Do Minh Chanh, a pris la parole.",
      'Le Bureau de représentation de Francfort à Hô Chi Minh-Ville a ouvert ses portes.',
      "Une réunion organisée par l'Union des femmes vietnamiennes à Hanoï a eu lieu.",
      "L'Association d'amitié Vietnam-France à Paris a fêté son anniversaire.",
    );
    expect(named(es, 'Association des étudiants vietnamiens à Wellington')?.type).toBe('organization');
    expect(named(es, 'Association des Vietnamiens dans la province de Krasnodar')?.type).toBe('organization');
    expect(named(es, 'Bureau de représentation de Francfort à Hô Chi Minh-Ville')?.type).toBe('organization');
    // (Vietnamese women in Hanoi are at home: the city says where the meeting was)
    expect(named(es, 'Union des femmes vietnamiennes à Hanoï')).toBeUndefined();
    expect(named(es, 'Hanoï')?.type).toBe('place');
    // (the second reviewer's: "à" before a person is to whom; "dans l'État de" is a seat)
    const more = find(
      "Des cadeaux de l'Association des étudiants vietnamiens à Nguyen Van Nam ont été remis.",
      "L'Association des Vietnamiens dans l'État de Victoria a fêté le Têt.",
    );
    expect(named(more, 'Nguyen Van Nam')?.type).toBe('person');
    expect(names(more, 'organization').some((n) => n.includes('Nguyen'))).toBe(false);
    expect(named(more, "Association des Vietnamiens dans l'État de Victoria")?.type).toBe('organization');
    // (a friendship association is nobody's compatriots: "à Paris" is not read into its name)
    expect(named(es, "Association d'amitié Vietnam-France à Paris")).toBeUndefined();
  });

  it("a known ministry keeps its coordinated complements and adjectives before its country's name", () => {
    const es = find(
      'Le ministère des Affaires étrangères et de la Coopération internationale du Cambodge a reçu la mission.',
      'Le ministère de la Défense nationale du Laos a répondu.',
    );
    expect(
      named(es, 'ministère des Affaires étrangères et de la Coopération internationale du Cambodge')?.country,
    ).toBe('KH');
    expect(named(es, 'ministère de la Défense nationale du Laos')?.country).toBe('LA');
  });

  it('a city or bay named with its noun, its nationality inside, is where the body is', () => {
    const es = find(
      "Le directeur de l'Agence de promotion de l'investissement de la ville sud-coréenne de Busan est venu.",
      "D'après le Conseil de gestion de la baie de Ha Long, les arrivées augmentent.",
    );
    expect(named(es, "Agence de promotion de l'investissement de la ville sud-coréenne de Busan")?.country).toBe('KR');
    expect(named(es, 'Conseil de gestion de la baie de Ha Long')?.type).toBe('organization');
  });

  it('an authority is a body named by its head ("Autorité de …"); "les autorités" are not', () => {
    const es = find(
      "L'Autorité de gestion des catastrophes et des digues du Vietnam a alerté. Les autorités locales ont aidé. Selon l'Autorité, tout va bien.",
    );
    expect(names(es, 'organization')).toEqual(['Autorité de gestion des catastrophes et des digues du Vietnam']);
  });

  it('a region inside the name stays inside', () => {
    const es = find("La Communauté économique des États de l'Afrique de l'Ouest (CEDEAO) a salué l'accord.");
    expect(named(es, 'CEDEAO')?.name).toBe("Communauté économique des États de l'Afrique de l'Ouest");
  });

  it("ends before the person its head's title names", () => {
    const es = find('Le directeur du Service de la construction Vo Nhu Hung a présenté le projet.');
    expect(named(es, 'Service de la construction')?.type).toBe('organization');
    expect(named(es, 'Vo Nhu Hung')?.role).toBe('directeur du Service de la construction');
  });
});

describe('a foreign name written with its initial', () => {
  // dev: vietnam-azerbaidjan-consultation-politique-entre-les-1281676 (batch 39)
  it('"E. Aliyev" is a person when listed with one, or speaking, as the full name would be', () => {
    const es = find(
      'Lê Thi Thu Hang et E. Aliyev ont indiqué que le commerce bilatéral restait modeste.',
      'Selon K. Petrov, le commerce est faible. R. Guliyev a affirmé sa volonté de coopérer.',
    );
    expect(names(es, 'person').sort()).toEqual(['E. Aliyev', 'K. Petrov', 'Lê Thi Thu Hang', 'R. Guliyev']);
  });

  it('a letter that ends a sentence after its noun is no initial ("la vitamine C. Moderna a déclaré")', () => {
    const es = find(
      'Il a reçu la vitamine C. Moderna a déclaré sa volonté. La zone C. Nam a déclaré la fin des travaux.',
      // (a noun ending in "u" is no participle: "au niveau C.", "le bureau B.")
      'Les ouvriers travaillent au niveau C. Trump a salué le projet.',
    );
    expect(names(es, 'person')).toEqual([]);
  });
});

describe("a company's board and a court's bench", () => {
  // dev: affaire-vinalines-…-48186, ouverture-du-proces-en-appel-de-laffaire-vinalines-51146
  it('are where a function is held, said in the role: the company and the court are the bodies', () => {
    const es = find(
      "Le Conseil de jugement du Tribunal populaire de Hanoï a condamné Duong Van Tam, l'ex-président du Conseil d'administration de Vinalines.",
    );
    expect(names(es, 'organization').sort()).toEqual(['Tribunal populaire de Hanoï', 'Vinalines']);
    expect(named(es, 'Duong Van Tam')?.role).toBe("ex-président du Conseil d'administration de Vinalines");
  });
});

describe('what a body of the Party is not', () => {
  // dev: un-rapport-en-redaction-sur-les-performances-du-comi-1293562, t-la-presidente-de-lan-turkmene-…-29521
  it('its term ("du XIIIe mandat") and a plural adjective agreeing with a noun before it', () => {
    const es = find(
      'Un rapport sur les performances du Comité central du Parti du XIIIe mandat. Le Comité du Parti du XIV e mandat. Le bureau du Parti du XIVᵉ mandat.',
      'Il faut appliquer les directives du Comité central du Parti relatives à l’édification du Parti.',
      'Le Parti socialiste français et les Forces armées royales ont salué.',
    );
    expect(names(es, 'organization').sort()).toEqual(['Forces armées royales', 'Parti socialiste français']);
  });
});

describe('an Arabic given name that is also a title', () => {
  // dev: bui-thanh-son-recoit-le-ministre-detat-aux-affaires-1265718 (batch 40)
  it('"Sultan bin Saad …" opens the name before "bin"; "le sultan Haitham bin Tariq" is the title', () => {
    const es = find(
      "Le ministre d'État aux Affaires étrangères du Qatar, Sultan bin Hamad Al-Thani, a affirmé son soutien.",
      'Le sultan Haitham bin Tariq a reçu le ministre.',
    );
    expect(named(es, 'Sultan bin Hamad Al-Thani')?.role).toBe("ministre d'État aux Affaires étrangères du Qatar");
    expect(named(es, 'Haitham bin Tariq')?.role).toBe('sultan');
  });
});

describe('a navy', () => {
  // dev: un-ancien-commandant-de-la-marine-emprisonne-pour-de-138701 (batch 39), un-navire-naval-…-218124
  it('"la Marine" of a country is a body, and a court of it another', () => {
    const es = find(
      'Nguyen Van Hai, ancien commandant de la Marine populaire du Vietnam, a été condamné par le Tribunal de la Marine populaire du Vietnam.',
      'La Marine indienne a salué la visite. Marine Dupont a chanté.',
    );
    expect(names(es, 'organization').sort()).toEqual(
      ['Marine indienne', 'Marine populaire du Vietnam', 'Tribunal de la Marine populaire du Vietnam'].sort(),
    );
    expect(named(es, 'Marine indienne')?.country).toBe('IN');
  });
});

describe('a compound nationality written with a space', () => {
  // shaped like creation-de-lassociation-parlementaire-damitie-sri-l-post28596 (batch 38, dev)
  it('"sri lankais", "sud coréen" give the country as "sri-lankais" does; a plural portfolio ends the title', () => {
    const es = find(
      'Le ministre sri lankais des Sciences et des Technologies Ravi Perera a été élu.',
      "L'ambassadeur sud coréen Park Min-soo a salué la coopération.",
    );
    expect(named(es, 'Ravi Perera')).toMatchObject({
      type: 'person',
      role: 'ministre des Sciences et des Technologies',
      country: 'LK',
    });
    expect(named(es, 'Park Min-soo')?.country).toBe('KR');
  });
});

describe('persons with no title next to them', () => {
  // (batch 37, dev since its one scoring: sea-games-29-une-journee-faste-pour-le-football-viet-post92404)
  it('what one wears in a photo, in brackets after the name, says a person ("(maillot rouge)")', () => {
    const es = find(
      'Cong Phuong (maillot rouge) a réalisé le coup du chapeau durant le match.',
      'Le Vietnam (en rouge) a battu le Cambodge.',
    );
    expect(named(es, 'Cong Phuong')?.type).toBe('person');
    expect(names(es, 'person')).toEqual(['Cong Phuong']);
  });

  // (batch 92, dev since its one scoring: inauguration-du-centre-de-cooperation-vietnam-singap-602384, as stored)
  it('where one stands in a photo, counted from a side, says a person ("(4e à droite)")', () => {
    const es = find(
      "Teo Chee Hean (4e à droite) et Chu Ngoc Anh (4e à gauche) à la cérémonie d'inauguration du Centre de coopération Vietnam - Singapour.",
    );
    expect(named(es, 'Teo Chee Hean')?.type).toBe('person');
  });

  it('Ede and Jarai names open on "Y" (men) and "H’" (women); a people named "H’Mông" is none', () => {
    const es = find(
      'Il y a 5 ans, Y Drin Niê, un habitant de la ville de Buôn Ma Thuôt, a installé un système d’irrigation.',
      'H’Moan Eban est une autre caféicultrice de Buôn Ma Thuôt. Les H’Mông de Ha Giang vivent du maïs.',
    );
    expect(named(es, 'Y Drin Niê')?.type).toBe('person');
    expect(named(es, 'H’Moan Eban')?.type).toBe('person');
    expect(names(es, 'person')).toHaveLength(2);
  });

  // dev: le-president-de-lan-vuong-dinh-hue-en-route-pour-le-182509
  it('a family name written with an inner apostrophe is one word of the name ("Y Kim Hà Niê K’đăm")', () => {
    const es = find(
      'Il était accompagné du président de la Commission des ethnies Y Kim Hà Niê K’đăm et du président de la Commission de l’économie Vu Hong Thanh.',
    );
    expect(named(es, 'Y Kim Hà Niê K’đăm')).toMatchObject({
      type: 'person',
      role: 'président de la Commission des ethnies',
    });
  });

  it('a given name opens the name, even where a sentence starts', () => {
    const es = find(
      'Le Premier ministre a reçu José Antonio Kast et María José Hoffmann.',
      'Laurent Fabius, ancien ministre, a visité Hanoï.',
    );
    expect(names(es, 'person').sort()).toEqual(['José Antonio Kast', 'Laurent Fabius', 'María José Hoffmann']);
  });

  // (batches 84 and 87, dev since their one scoring; dev: exposition-de-photos-pour-les-relations-vietnamfranc-199725,
  // promouvoir-la-cooperation-commerciale-entre-le-vietn-173701, as stored)
  it('more given names French, German, Arabic and Hebrew text names people by', () => {
    const es = find(
      'Les échanges se sont enrichis avec le témoignage d’un ancien volontaire international, Florent Menard, qui a fait partie de la première promotion.',
      'Les photos ont été prises par Alexandra Benkemoun et Adrien Jean.',
      'Le conseiller commercial a rencontré Ghazi Yacoub au Centre de promotion des exportations.',
    );
    expect(names(es, 'person').sort()).toEqual([
      'Adrien Jean',
      'Alexandra Benkemoun',
      'Florent Menard',
      'Ghazi Yacoub',
    ]);
    // (a region named after a saint is still the region: "Emile-Romagne" is no person)
    expect(names(find("Un séisme a frappé la région d'Emile-Romagne, en Italie."), 'person')).toEqual([]);
    expect(names(find('Les inondations en Emilie-Romagne ont fait des victimes.'), 'person')).toEqual([]);
  });

  it('the person met, or listed with a person, is a person', () => {
    const es = find(
      'Il s’est entretenu avec Thongsing Thammavong.',
      'Le président a rencontré Bounnhang Vorachith et Saleumxay Kommasith.',
    );
    for (const n of ['Thongsing Thammavong', 'Saleumxay Kommasith']) expect(named(es, n)?.type).toBe('person');
  });

  // dev "appel-entre-le-ministre-vietnamien-par-interim…": "ses félicitations à Yvette Cooper pour…"
  it('a name after "à" is the person the page names with it elsewhere, before or after', () => {
    for (const order of [1, -1]) {
      const texts = [
        'Le ministre a eu un entretien avec Yvette Cooper, nouvelle ministre des Affaires étrangères du Royaume-Uni.',
        'Il a adressé ses félicitations à Yvette Cooper pour sa récente nomination.',
      ];
      const es = find(...(order === 1 ? texts : texts.reverse()));
      expect(es.filter((e) => e.name === 'Yvette Cooper').map((e) => e.type)).toEqual(['person']);
      expect(named(es, 'Yvette Cooper')?.mentions).toHaveLength(2);
    }
    // a place after "à" stays one
    expect(named(find('Il a visité la ville et il est allé à Wellington pour la réunion.'), 'Wellington')?.type).toBe(
      'place',
    );
  });

  // (batch 81, dev since its one scoring: mercosur-et-vietnam-lancent-des-negociations-en-vue-418005, as stored)
  it('where an event is held is a place, a particle in its name or not: "tenu à Foz do Iguaçu"', () => {
    const es = find(
      'Le 20 décembre, lors du 67ᵉ Sommet du Marché commun du Sud (Mercosur) tenu à Foz do Iguaçu, le ministre brésilien des Affaires étrangères, Mauro Vieira, a annoncé le lancement des négociations.',
      'La conférence qui a eu lieu à Rio de Janeiro a réuni les délégués.',
    );
    expect(named(es, 'Foz do Iguaçu')?.type).toBe('place');
    expect(named(es, 'Rio de Janeiro')?.type).toBe('place');
    // (a message sent "à" a person with a particle stays a person)
    expect(named(find('Il a adressé un message à Luiz Inácio Lula da Silva.'), 'Luiz Inácio Lula da Silva')?.type).toBe(
      'person',
    );
  });

  // (batch 80, dev since its one scoring: le-secretaire-general-du-pcv-rend-visite-au-groupe-m-1273033, as stored)
  it('and the body the page names with it elsewhere: "a proposé à Petronas d\'élaborer…"', () => {
    const es = find(
      'Le secrétaire général du PCV rend visite au groupe malaisien Petronas',
      "Le dirigeant vietnamien a proposé à Petronas d'élaborer prochainement une stratégie pour promouvoir les investissements.",
    );
    expect(es.filter((e) => e.name === 'Petronas').map((e) => e.type)).toEqual(['organization']);
    expect(named(es, 'Petronas')?.mentions).toHaveLength(2);
  });

  // dev "les-relations-nouvellezelande-vietnam…" (Ardern), "vietnamfrance-promotion…" (Roussel)
  it('a foreign person named in full is the same person named again by the family name alone', () => {
    const es = find(
      'Le président allemand Frank-Walter Steinmeier a reçu la délégation. Le Premier ministre a reçu Jacinda Ardern.',
      "Steinmeier a souligné l'importance des relations. Mme Ardern a salué ces progrès.",
      'Le Premier ministre Pham Minh Chinh a reçu le ministre Nguyen Van Minh. Minh a dit.',
    );
    expect(named(es, 'Frank-Walter Steinmeier')?.mentions.map((m) => m.text)).toEqual([
      'Frank-Walter Steinmeier',
      'Steinmeier',
    ]);
    expect(es.filter((e) => /Ardern/.test(e.name)).map((e) => e.name)).toEqual(['Jacinda Ardern']);
    expect(named(es, 'Jacinda Ardern')?.mentions).toHaveLength(2);
    // a Vietnamese given name is shared by many: not linked to one person
    expect(named(es, 'Nguyen Van Minh')?.mentions).toHaveLength(1);
  });

  // a sport report outside the corpus (vietnamplus 113053, lecourrier 128773)
  it('a Vietnamese person named in full is the same person named again by the last two syllables, in the same story', () => {
    const es = find(
      "Une passe du milieu de terrain Nguyên Quang Hai a trouvé l'attaquant Nguyên Anh Duc.",
      'Anh Duc a marqué à la 6e minute. Le défenseur Tiên Thành commet une bourde.',
      'Le Premier ministre Pham Minh Chinh a reçu Tran Van Nam et Le Van Nam. Van Nam a dit.',
    );
    expect(named(es, 'Nguyên Anh Duc')?.mentions.map((m) => m.text)).toEqual(['Nguyên Anh Duc', 'Anh Duc']);
    expect(named(es, 'Tiên Thành')?.type).toBe('person');
    expect(named(es, 'Tiên Thành')?.role).toBeNull();
    // two persons share the syllables: neither is linked
    expect(named(es, 'Tran Van Nam')?.mentions).toHaveLength(1);
    expect(named(es, 'Le Van Nam')?.mentions).toHaveLength(1);
    // a teaser is another story: its "Quoc Khanh" (the National Day) is not the article's Tran Quoc Khanh
    const page = findEntities({
      title: 'Le ministre Tran Quoc Khanh reçoit une délégation',
      lead: null,
      paragraphs: ['Tran Quoc Khanh a salué la coopération.'],
      captions: [],
      related: [{ title: 'Quoc Khanh : les Vietnamiens de Paris célèbrent la fête', summary: null, caption: null }],
    });
    expect(named(page, 'Tran Quoc Khanh')?.mentions.every((m) => m.in !== 'related')).toBe(true);
  });

  it('initials, regnal numbers and hyphened syllables stay in the name', () => {
    const es = find(
      "Shamsher M. Chowdhury, président de l'Association, a pris la parole.",
      'Le roi Abdullah II Ibn Al Hussein a reçu la délégation.',
      "Lors de l'entretien, Kim Jong-un a réaffirmé son soutien.",
    );
    expect(names(es, 'person').sort()).toEqual(['Abdullah II Ibn Al Hussein', 'Kim Jong-un', 'Shamsher M. Chowdhury']);
  });

  // dev "le-vietnam-et-le-nepal-promeuvent-leur-bonne-relatio-120390": two initials written together
  it('two initials written together open a name; an abbreviation after an article does not', () => {
    const es = find(
      'Le Premier ministre de la République démocratique fédérale du Népal KP Sharma Oli effectuera une visite au Vietnam.',
      'Le PM Nguyen Xuan Phuc a reçu le président de la RD Congo Félix Tshisekedi.',
    );
    expect(named(es, 'KP Sharma Oli')?.role).toBe('Premier ministre de la République démocratique fédérale du Népal');
    expect(named(es, 'Nguyen Xuan Phuc')?.type).toBe('person');
    expect(named(es, 'Félix Tshisekedi')?.country).toBe('CD');
    expect(named(es, 'RD Congo')?.type).toBe('country');
  });

  // (the second reviewer's: two capitals before a Vietnamese name or a known given name abbreviate
  // a title or a trade)
  it('two capitals before a Vietnamese name or a given name are no initials', () => {
    const es = find(
      'Selon GS Tran Van Tho, la croissance restera forte.',
      'Le concert avec DJ Martin Garrix a eu lieu.',
    );
    expect(named(es, 'Tran Van Tho')?.country).toBe('VN');
    expect(named(es, 'Martin Garrix')?.type).toBe('person');
  });

  it('who is said to appreciate or congratulate, after an apposition or an adverb, is a person', () => {
    const es = find(
      "Le président de KMW, premier groupe coréen des télécommunications, Dae-Ik Yoo, a apprécié l'environnement.",
      'Gergely Horvath a également souligné la visite.',
    );
    expect(names(es, 'person').sort()).toEqual(['Dae-Ik Yoo', 'Gergely Horvath']);
  });

  // (batch 88, dev since its one scoring: promouvoir-les-liens-economiques-entre-le-vietnam-et-1280280, as stored)
  it('the place a role ends on, before ", a souligné", is no speaker', () => {
    const es = find(
      'Lors du séminaire, Dinh Hoàng Linh, consul général du Vietnam à Khon Kaen, a souligné que le Nord-Est de la Thaïlande constitue une vaste zone.',
    );
    expect(names(es, 'person')).toEqual(['Dinh Hoàng Linh']);
    expect(named(es, 'Khon Kaen')?.type).toBe('place');
  });

  it('who stands in a photo, or is cited "d\'après", is a person', () => {
    const es = find(
      'Kasit Piromya (à gauche) reçoit la délégation. Photo: VNA',
      "D'après Rajiv Bhatia, la relation est forte. Le pont Nhat Tan (à droite) est illuminé.",
    );
    expect(names(es, 'person').sort()).toEqual(['Kasit Piromya', 'Rajiv Bhatia']);
    expect(named(es, 'pont Nhat Tan')?.type).toBe('place');
  });

  it('a company that appreciates or asks is no person', () => {
    const es = find(
      'Hanwha Aerospace a apprécié le soutien. Interrogé par la presse, Hanwha Aerospace a demandé un délai.',
    );
    expect(names(es, 'person')).toEqual([]);
  });

  it("a ministry ends before a person's double surname (a dash joins no pair of places there)", () => {
    const es = find(
      'Il a remis ses lettres au ministère péruvien des Affaires étrangères Jaime Cacho-Sousa.',
      "Le Comité mixte Hokuriku-Vietnam et le Conseil d'affaires Inde-ASEAN se sont réunis.",
    );
    expect(named(es, 'Jaime Cacho-Sousa')?.type).toBe('person');
    expect(names(es, 'organization')).toContain('Comité mixte Hokuriku-Vietnam');
    expect(names(es, 'organization')).toContain("Conseil d'affaires Inde-ASEAN");
    // (a pair of two names the knowledge base does not know is no body's pair)
    expect(names(find('Le Comité de coopération Lancang-Mékong se réunit.'), 'organization')).toEqual([
      'Comité de coopération Lancang-Mékong',
    ]);
  });

  it("a chain of hyphened syllables and a French name's article stay in the name", () => {
    const es = find(
      'Le Premier ministre thaïlandais Prayut Chan-o-cha a parlé. Le ministre Jean-Yves Le Drian a rencontré Marine Le Pen.',
      'Le Premier vice-président du Parti socialiste unifié du Venezuela, Diosdado Cabello, a écrit.',
    );
    expect(names(es, 'person').sort()).toEqual([
      'Diosdado Cabello',
      'Jean-Yves Le Drian',
      'Marine Le Pen',
      'Prayut Chan-o-cha',
    ]);
    expect(named(es, 'Parti socialiste unifié du Venezuela')?.country).toBe('VE');
  });

  it('a French plural closing the ministry before the name is not part of it', () => {
    const es = find('Le ministre des Affaires étrangères et des Expatriés Ayman Safadi a reçu la délégation.');
    expect(names(es, 'person')).toEqual(['Ayman Safadi']);
  });
});

describe('roles of two persons in one sentence', () => {
  it('each keeps its own: the role stops at the next name', () => {
    const es = find(
      "Il a reçu Zubairu Dada, ministre d'État aux Affaires étrangères du Nigeria et Nguyen Minh Vu, vice-ministre des Affaires étrangères du Vietnam.",
    );
    expect(named(es, 'Zubairu Dada')?.role).toBe("ministre d'État aux Affaires étrangères du Nigeria");
    expect(named(es, 'Nguyen Minh Vu')?.role).toBe('vice-ministre des Affaires étrangères du Vietnam');
  });

  it('the title after "au" is the name\'s, not the verb phrase before it', () => {
    const es = find('Le roi a adressé des messages de félicitations au président du Vietnam Luong Cuong.');
    expect(named(es, 'Luong Cuong')?.role).toBe('président du Vietnam');
  });
});

describe('countries joined by "et"', () => {
  it('a name written "-et-" is found written with spaces too, whole, never as a place', () => {
    const es = find(
      "L'ambassadeur Dennis Francis, chef de la délégation permanente de la République de Trinité et Tobago auprès de l'ONU, a signé le communiqué.",
      'Le Vietnam a établi des relations avec Saint-Vincent et les Grenadines.',
    );
    expect(es.find((e) => e.name === 'Trinité-et-Tobago')?.type).toBe('country');
    expect(es.find((e) => e.name === 'Saint-Vincent-et-les-Grenadines')?.type).toBe('country');
    expect(es.some((e) => e.name === 'Tobago' || e.name === 'Grenadines')).toBe(false);
  });
});

describe('partners of an article', () => {
  it("foreign visitors' countries are where they come from, unless the story is one of relations", () => {
    const arrivals = [
      'Quang Ninh accueille son 3 millionième touriste étranger',
      "La province a accueilli un couple américain, arrivé d'un trajet reliant Hong Kong (Chine) à Ha Long.",
      'La majorité des visiteurs étrangers proviennent de la République de Corée et de l’Inde.',
    ];
    expect(findPartners(arrivals, find(...arrivals), { head: 2 })).toEqual([]);
    const relations = [
      'Les arrivées de touristes étrangers en hausse',
      "L'ambassadeur de la République de Corée a signé un accord de coopération touristique avec la province.",
    ];
    expect(findPartners(relations, find(...relations), { head: 2 })).toEqual(['KR']);
    // a minister arriving is no tourist
    const minister = [
      "L'arrivée du ministre des Affaires étrangères de la République de Corée à Hanoï",
      'Il effectue une visite de travail au Vietnam.',
    ];
    expect(findPartners(minister, find(...minister), { head: 2 })).toEqual(['KR']);
  });

  it('the countries of an article on exports of a good are its markets, unless the story is one of relations', () => {
    const exports = [
      "Au premier trimestre, les exportations de produits aquatiques étaient estimées à près de 2 milliards de dollars, selon l'Association des exportateurs (VASEP).",
      'Les exportations vers les Etats-Unis et la Chine ont connu une percée spectaculaire. Plus précisément, les exportations vers les États-Unis ont augmenté de 16% et celles vers la Chine, de plus de 30%.',
    ];
    expect(findPartners(exports, find(...exports), { head: 1 })).toEqual([]);
    const rice = [
      "Jusqu'ici, 64% du volume total de riz exporté par le Vietnam l'est en Asie, a annoncé le ministère.",
      "L'Indonésie et les Philippines restent les deux débouchés majeurs. Viennent ensuite Cuba, la Malaisie et le Bangladesh. La Malaisie et Cuba achètent plus.",
    ];
    expect(findPartners(rice, find(...rice), { head: 1 })).toEqual([]);
    const agreement = [
      'Les exportations de riz vers les Philippines devraient croître',
      "Le Vietnam et les Philippines ont signé un accord sur le commerce du riz lors de la visite d'État du président philippin.",
    ];
    expect(findPartners(agreement, find(...agreement), { head: 1 })).toEqual(['PH']);
    // (a head that names the country the exports go to is about that trade)
    const one = [
      'Les exportations de riz vers les Philippines ont bondi',
      "Un protocole d'entente sur le commerce du riz a été conclu avec le ministre philippin de l'Agriculture.",
    ];
    expect(findPartners(one, find(...one), { head: 1 })).toEqual(['PH']);
  });

  it("a field of study, a region joined to a continent and an envoy's city are no partners", () => {
    const studies = [
      'Le Vietnam et le Pakistan promouvront les mécanismes de coopération',
      "Le vice-directeur de l'Institut d'études indiennes et sud-ouest asiatiques a salué les relations avec le Pakistan.",
    ];
    expect(findPartners(studies, find(...studies), { head: 2 })).toEqual(['PK']);
    const region = [
      'Le Kenya souhaite impulser la coopération avec le Vietnam',
      "Le diplomate a travaillé avec le chef du Département d'Asie-Australie du ministère kényan des Affaires étrangères.",
    ];
    expect(findPartners(region, find(...region), { head: 2 })).toEqual(['KE']);
    const post = [
      'Vietnam-Vanuatu : coopération dans de nouveaux secteurs',
      "Sydney (VNA) - L'ambassadeur du Vietnam en Australie, Nguyen Tat Thanh, a présenté ses lettres de créance au président du Vanuatu.",
    ];
    expect(findPartners(post, find(...post), { head: 2 })).toEqual(['VU']);
    // (batch 65, dev since its one scoring: the envoy's nationality said by its adjective)
    const vietnamese = [
      'Les dirigeants jamaïcains souhaitent développer les relations avec le Vietnam',
      "L'ambassadeur vietnamien à Cuba et en Jamaïque, Nguyen Trung Thanh, a présenté ses lettres de créance aux dirigeants jamaïcains.",
    ];
    expect(findPartners(vietnamese, find(...vietnamese), { head: 2 })).toEqual(['JM']);
  });

  it('the members a body enumerates when the head names their group; not a list in passing', () => {
    const group = [
      'Le Vietnam souhaite renforcer sa coopération avec de nombreux pays africains',
      'Des diplomates de nombreux pays africains se sont réunis à Hanoï.',
      "La rencontre a rassemblé les ambassadeurs de l'Algérie, de l'Angola, de l'Égypte et du Nigeria.",
    ];
    expect(findPartners(group, find(...group), { head: 2 }).sort()).toEqual(['AO', 'DZ', 'EG', 'NG']);
    const passing = [
      'Le Vietnam et le Qatar renforcent leur coopération',
      'Le Premier ministre est arrivé à Doha.',
      "Le Vietnam exporte du riz vers l'Algérie, l'Angola, l'Égypte et le Nigeria.",
    ];
    expect(findPartners(passing, find(...passing), { head: 2 })).toEqual(['QA']);
    // a sea, a river or a country that names a region is no group
    for (const head of [
      'Le delta du Mékong attire les investisseurs étrangers',
      'Coopération Vietnam-Japon dans la région Asie-Pacifique',
      "Le Vietnam et l'Afrique du Sud renforcent leur coopération",
    ]) {
      const texts = [
        head,
        'La province a présenté ses atouts.',
        'Les investisseurs viennent de Chine, de Thaïlande, de Singapour et de Malaisie.',
      ];
      expect(findPartners(texts, find(...texts), { head: 2 })).not.toContain('SG');
    }
  });

  // dev: defense-ouverture-de-la-conference-admm-au-brunei-44299, as stored (no title nor lead)
  it("not a bloc's members or partners at its meeting, where a region's countries would be", () => {
    const summit = [
      null,
      null,
      "La conférence élargie des ministres de la Défense de l'ASEAN (ADMM+) s'est ouverte jeudi matin au Brunei pour discuter de la sécurité régionale et internationale.",
      "Cet événement a réuni les ministres de la Défense et les hauts officiels militaires des 10 pays membres de l'Association des Nations d'Asie du Sud-Est (ASEAN), ainsi que des huit pays partenaires (Australie, Chine, Inde, Japon, Nouvelle-Zélande, Russie, République de Corée et Etats-Unis).",
      'La délégation vietnamienne était conduite par le ministre de la Défense Phung Quang Thanh.',
    ];
    const paragraphs = summit.slice(2) as string[];
    const es = findEntities({ title: '', lead: null, paragraphs, captions: [], related: [] });
    expect(findPartners(summit, es, { head: 3 })).toEqual([]);
    // (the second reviewer's, R46: talks held at the meeting are with partners)
    const talks = [
      "Le Premier ministre participe au 46e Sommet de l'ASEAN en Malaisie",
      "Le Premier ministre Pham Minh Chinh est arrivé à Kuala Lumpur pour participer au 46e Sommet de l'ASEAN.",
      "En marge du sommet, il a eu des entretiens bilatéraux avec les dirigeants du Japon, de l'Inde et de l'Australie, et a signé avec eux plusieurs accords de coopération.",
    ];
    expect(findPartners(talks, find(...talks), { head: 2 })).toEqual(expect.arrayContaining(['JP', 'IN', 'AU']));
    // (R46b: the seats said otherwise, and a trade story that names a meeting in passing)
    const seated = [
      null,
      null,
      "La conférence élargie des ministres de la Défense de l'ASEAN (ADMM+) s'est ouverte jeudi matin au Brunei.",
      "Cet événement a réuni les ministres de la Défense de l'ASEAN et ceux de l'Australie, de la Chine, de l'Inde, du Japon, de la Nouvelle-Zélande, de la Russie, de la République de Corée et des États-Unis.",
    ];
    const seatedParagraphs = seated.slice(2) as string[];
    const seatedEntities = findEntities({
      title: '',
      lead: null,
      paragraphs: seatedParagraphs,
      captions: [],
      related: [],
    });
    expect(findPartners(seated, seatedEntities, { head: 3 })).toEqual([]);
    const trade = [
      "Le commerce entre le Vietnam et l'ASEAN progresse",
      "Le commerce du Vietnam avec les pays de l'ASEAN a atteint 80 milliards de dollars en 2024, en hausse de 12 %.",
      "Parmi les pays membres, la Thaïlande, l'Indonésie et la Malaisie sont ses trois premiers partenaires commerciaux.",
      "Ces chiffres ont été présentés lors de la réunion des ministres de l'Économie de l'ASEAN.",
    ];
    expect(findPartners(trade, find(...trade), { head: 2 })).toEqual(['TH', 'ID', 'MY']);
  });

  // (batch 78, dev since its one scoring: le-premier-ministre-nguyen-xuan-phuc-rencontre-la-co-79671,
  // le-ministre-des-affaires-etrangeres-rencontre-son-ho-196334, as stored)
  it("the host of a bloc's meeting where Vietnam meets another country: a venue, plural summits and the bloc spelled out too", () => {
    const summits = [
      "Le Premier ministre Nguyên Xuân Phuc rencontre la conseillère d'État du Myanmar",
      "Le Premier ministre Nguyên Xuân Phuc a rencontré mercredi la conseillère d'État, ministre des Affaires étrangères du Mynamar, Aung San Suu Kyi, en marge des 28e et 29e sommets de l'ASEAN au Laos.",
      "Vientiane (VNA) – Le Premier ministre Nguyên Xuân Phuc a eu mercredi une rencontre avec la conseillère d'État, ministre des Affaires étrangères du Mynamar, Aung San Suu Kyi, en marge des 28e et 29e sommets de l'ASEAN et des conférences connexes qui se tiennent à Vientiane du Laos.",
    ];
    expect(findPartners(summits, find(...summits), { head: 2 })).toEqual(['MM']);
    const retreat = [
      null,
      null,
      "Jakarta (VNA) – A l'occasion de sa participation à la réunion restreinte des ministres des Affaires étrangères de l'Association des Nations de l'Asie du Sud-Est (ASEAN) en Indonésie, le chef de la diplomatie vietnamienne, Bui Thanh Son, a rencontré le 4 février la ministre des Affaires étrangères et de la Coopération du Timor-Leste, Adaljiza Albertina Xavier Reis Magno.",
    ];
    const paragraphs = retreat.slice(2) as string[];
    const es = findEntities({ title: '', lead: null, paragraphs, captions: [], related: [] });
    expect(findPartners(retreat, es, { head: 3 })).toEqual(['TL']);
    // (dealings with the host itself keep it: "en marge du sommet, il a rencontré le Premier ministre laotien")
    const withHost = [
      "Le Premier ministre au sommet de l'ASEAN au Laos",
      "En marge du 44e sommet de l'ASEAN à Vientiane, le Premier ministre a rencontré son homologue laotien Sonexay Siphandone.",
    ];
    expect(findPartners(withHost, find(...withHost), { head: 2 })).toEqual(['LA']);
    // (the second reviewer's, R52: the host met there with another country stays a partner — its
    // leaders named, by their title and the host's adjective or name)
    const both = [
      'Le Premier ministre rencontre les dirigeants du Laos et du Cambodge',
      'En marge des sommets de l’ASEAN à Vientiane, au Laos, le Premier ministre a rencontré les Premiers ministres lao et cambodgien.',
    ];
    expect(findPartners(both, find(...both), { head: 2 })).toEqual(['LA', 'KH']);
    const g20 = [
      'Le Premier ministre rencontre le Premier ministre indien au G20',
      "En marge du sommet du G20 à Rio de Janeiro, au Brésil, le Premier ministre Pham Minh Chinh a rencontré le Premier ministre indien Narendra Modi. Il s'est aussi entretenu avec le président brésilien Lula.",
    ];
    expect(findPartners(g20, find(...g20), { head: 2 })).toEqual(['IN', 'BR']);
  });

  it('a summit of a continent and a country, an envoy working with a city, a friendly match', () => {
    const summit = [
      'Le vice-Premier ministre participe au 9e Sommet Afrique-Japon',
      'Il est arrivé au Sommet Afrique-Japon à Yokohama.',
    ];
    expect(findPartners(summit, find(...summit), { head: 2 })).toContain('JP');
    const city = [
      'Promotion des produits agricoles vietnamiens à Osaka',
      "L'ambassadeur du Vietnam au Japon a travaillé avec les autorités d'Osaka et de Kobe.",
    ];
    expect(findPartners(city, find(...city), { head: 2 })).toEqual(['JP']);
    const friendly = [
      'Match de football amical pour les 50 ans des relations Vietnam-Japon',
      'Les ambassades du Vietnam et du Japon ont organisé un match amical à Tokyo.',
    ];
    expect(findPartners(friendly, find(...friendly), { head: 2 })).toEqual(['JP']);
  });

  it('a match report has opponents, and the Cook Islands and "Kirghizstan" are partners', () => {
    const match = [
      'Volley-ball : le Vietnam conserve son titre',
      "L'équipe a remporté la coupe après avoir battu le Kazakhstan lors du match final.",
    ];
    expect(findPartners(match, find(...match), { head: 2 })).toEqual([]);
    const islands = ['Le Vietnam et les Îles Cook explorent le potentiel de coopération', null];
    expect(findPartners(islands, find(islands[0] as string), { head: 2 })).toEqual(['CK']);
    const spelling = ['Vietnam et Kirghizstan renforcent leur coopération diplomatique', null];
    expect(findPartners(spelling, find(spelling[0] as string), { head: 2 })).toEqual(['KG']);
  });

  it('a competition named in passing does not make the story a match report', () => {
    const texts = [
      'Le Vietnam souhaite que le Cambodge continue à prêter attention à la communauté',
      null,
      "La vice-ministre a félicité le Cambodge pour l'organisation des SEA Games.",
    ];
    expect(findPartners(texts, find(...texts.filter((t): t is string => !!t)), { head: 2 })).toEqual(['KH']);
    // no title or lead: the first paragraph's first sentence says what the story is (stored text
    // glues its sentences: "…le Cambodge.Dans le cadre…")
    const untitled = [
      '',
      null,
      "Phnom Penh (VNA) - Une mission a visité le Cambodge.Dans le cadre de la visite, elle a salué l'organisation des SEA Games par le Cambodge.",
    ];
    expect(findPartners(untitled, [], { head: 3 })).toEqual(['KH']);
    expect(
      findPartners(['Les SEA Games : le Vietnam bat le Cambodge', null, 'Le Vietnam a battu le Cambodge.'], [], {
        head: 2,
      }),
    ).toEqual([]);
  });
});

describe('roles stated around a list or an aside', () => {
  it('a plural title gives each name of its list the function, in the singular', () => {
    const es = find(
      'Il a rendu hommage aux anciens chefs du gouvernement Pham Hung, Vo Van Kiet et Phan Van Khai.',
      'Les visites des présidents du Vietnam Le Duc Anh (mai 1994) et Tran Duc Luong (octobre 2002) ont compté.',
    );
    for (const n of ['Pham Hung', 'Vo Van Kiet', 'Phan Van Khai'])
      expect(named(es, n)?.role).toBe('ancien chef du gouvernement');
    expect(named(es, 'Tran Duc Luong')?.role).toBe('président du Vietnam');
  });

  it('past a civility, "également", and with "par intérim" kept', () => {
    const es = find(
      "Pour sa part, l'ambassadeur danois au Vietnam, Mme Charlotte Laursen, a salué les réalisations.",
      'Hoàng Xuân Chiên, également membre de la Commission militaire centrale, a apprécié le développement.',
      'La présidente par intérim du Vietnam, Vo Thi Anh Xuan, a reçu l’ambassadeur.',
    );
    expect(named(es, 'Charlotte Laursen')?.role).toBe('ambassadeur au Vietnam');
    expect(named(es, 'Charlotte Laursen')?.country).toBe('DK');
    expect(named(es, 'Hoàng Xuân Chiên')?.role).toBe('membre de la Commission militaire centrale');
    expect(named(es, 'Vo Thi Anh Xuan')?.role).toBe('présidente par intérim du Vietnam');
  });

  it('a prince, and one name after an honorific and a title, are persons', () => {
    const es = find(
      'Lors de la visite du prince héritier danois Frederik et de la princesse héritière Mary Elizabeth.',
      "L'ambassadeur a été reçu par la Première ministre Sheikh Hasina.",
    );
    expect(named(es, 'Frederik')?.role).toBe('prince héritier');
    expect(named(es, 'Mary Elizabeth')?.role).toBe('princesse héritière');
    expect(named(es, 'Sheikh Hasina')?.role).toBe('Première ministre');
  });
});

describe('bodies named in their own language or by a credit', () => {
  it("parliaments, a party's own name, the sources credited with VNA", () => {
    const es = find(
      'Le président du Storting et le président du Parti Amanat au pouvoir ont reçu la délégation.',
      'La production a augmenté de 18,4 %. -VNA/VI',
      'Le vice-président reçoit l’ambassadeur. Photo : HNM/CVN',
    );
    expect(named(es, 'Storting')?.country).toBe('NO');
    for (const n of ['Parti Amanat', 'VI', 'HNM']) expect(named(es, n)?.type).toBe('organization');
    // ("CTV", a contributor, names no medium, chained or not: four dev captions)
    expect(named(find('Le kitesurf à Mui Né. Photo: CTV/CVN', 'La course. Photo : CTV'), 'CTV')).toBeUndefined();
  });

  it("a photo's credit names its medium by a medium's shape; not a French word, a web address, a town or the next sentence", () => {
    const es = find(
      'Le Premier ministre singapourien Lawrence Wong. Photo: VietnamPlus',
      "Vi Luong médaillé d'or. Photo: tienphong",
      'Des touristes indiens en Thaïlande. Photo: Reuters',
      'Le PM mongol. Photo: Wikipedia/VNA',
      'Le vice-Premier ministre. Photo : VGP',
      'Le port. Photo : qdnd.vn',
      'La réunion. Photo: internet',
      'Le forum. Photo : VNA Hanoi (VNA) – Le forum a eu lieu.',
      // (the second reviewer's)
      'Les délégués. Photo : Document',
      'Le marché. Photo : Courtoisie',
      'Ils ont visité Sa Pa en hiver. Photo : Sa Pa',
    );
    for (const n of ['VietnamPlus', 'tienphong', 'Reuters', 'Wikipedia', 'VGP'])
      expect(named(es, n)?.type).toBe('organization');
    expect(es.some((e) => /qdnd|internet|VNA Hanoi|Document|Courtoisie/i.test(e.name))).toBe(false);
    expect(names(es, 'person')).not.toContain('Sa Pa');
  });

  it('a body of an international organisation is named with it; the organisation named alone stays one', () => {
    const es = find(
      "Le Conseil des droits de l'homme de l'ONU a adopté la résolution.",
      "L'ONU a salué le Vietnam. L'Assemblée nationale du Vietnam a voté.",
    );
    const council = named(es, "Conseil des droits de l'homme des Nations unies");
    expect(council?.mentions.map((m) => m.text)).toEqual(["Conseil des droits de l'homme de l'ONU"]);
    expect(named(es, 'Organisation des Nations unies')?.mentions.map((m) => m.text)).toEqual(['ONU']);
    expect(named(es, 'Vietnam')?.type).toBe('country');
  });

  it('a body of two countries is named by their compound adjective; a relation so named is none', () => {
    const es = find(
      "L'Association germano-vietnamienne et l'Université vietnamo-allemande ont signé.",
      'La Commission mixte vietnamo-cambodgienne a siégé. La coopération sino-vietnamienne progresse.',
    );
    for (const n of [
      'Association germano-vietnamienne',
      'Université vietnamo-allemande',
      'Commission mixte vietnamo-cambodgienne',
    ])
      expect(named(es, n)?.type).toBe('organization');
    expect(names(es, 'organization')).toHaveLength(3);
  });

  it('a university or a hospital named by its city alone is a body; a committee so named is not', () => {
    const es = find(
      "L'Université de Tokyo a signé avec l'Hôpital de Hué. Le Comité de Hanoi a siégé.",
      "Le Fonds des Nations unies pour l'enfance (UNICEF) a offert des vaccins.",
    );
    expect(named(es, 'Université de Tokyo')?.country).toBe('JP');
    expect(named(es, 'Hôpital de Hué')?.type).toBe('organization');
    expect(names(es, 'organization')).not.toContain('Comité de Hanoi');
    expect(named(es, 'UNICEF')?.name).toBe("Fonds des Nations unies pour l'enfance");
  });

  it('national teams by their country; a team named only by an adjective is not one', () => {
    const es = find(
      "L'équipe U23 du Vietnam a battu la sélection U23 de Malaisie, l'équipe nationale de tir du Vietnam aussi.",
      "L'équipe vietnamienne a gagné.",
    );
    for (const n of ['équipe U23 du Vietnam', 'sélection U23 de Malaisie', 'équipe nationale de tir du Vietnam'])
      expect(named(es, n)?.type).toBe('organization');
    expect(es.filter((e) => e.type === 'organization')).toHaveLength(3);
  });

  it('a region of the world inside a ministry or an institute', () => {
    const es = find(
      "Le ministère français de l'Europe et des Affaires étrangères et l'Institut d'Étude sur l'Amérique latine.",
    );
    expect(named(es, "ministère français de l'Europe et des Affaires étrangères")?.country).toBe('FR');
    expect(named(es, "Institut d'Étude sur l'Amérique latine")?.type).toBe('organization');
  });
});

describe('what these rules must not take (a second reviewer’s sentences)', () => {
  it('"à" + a city says where something happens, not which body it is', () => {
    const es = find("Le Comité d'organisation du festival à Hue a annoncé le programme.");
    expect(named(es, "Comité d'organisation du festival")?.type).toBe('organization');
    expect(named(es, 'Hue')?.type).toBe('place');
  });

  it('a church, a rescue team, a walk, a school named after someone, a letter', () => {
    const es = find(
      "L'Église catholique du Vietnam a salué l'équipe de sauvetage du Vietnam.",
      'La marche de Hô Chi Minh-Ville a réuni les élèves du lycée Marie Curie. Le groupe B a gagné.',
    );
    expect(es.filter((e) => e.type === 'place').map((e) => e.name)).toEqual(['Hô Chi Minh-Ville']);
    expect(es.filter((e) => e.type === 'person')).toEqual([]);
    // (a school named after someone is a body, in lower case too, as the real corpus's truth names
    // "l'école bilingue vietnamo-lao Nguyen Du"; nothing else here is one)
    expect(es.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['lycée Marie Curie']);
  });

  it('a market of a known city, a city after "à", a plain "équipe du Vietnam" (a code reviewer\'s sentences)', () => {
    const es = find(
      'Sur le marché de Hanoï, les prix montent. À George Town, la délégation a visité le port.',
      "L'équipe du Vietnam aux Olympiades de mathématiques a gagné.",
    );
    expect(named(es, 'Hanoï')?.type).toBe('place');
    expect(named(es, 'George Town')?.type).toBe('place');
    expect(named(es, 'Vietnam')?.type).toBe('country');
    expect(es.filter((e) => e.type === 'person' || e.type === 'organization')).toEqual([]);
  });

  it('a post in a country of several words is not a nationality', () => {
    const es = find("La représentante de l'UNICEF en Corée du Sud, Mme Anna Smith, a présenté le rapport.");
    expect(named(es, 'Anna Smith')?.country).toBeNull();
  });

  it("the title after a relative's noun is the relative's", () => {
    const es = find("L'épouse du Premier ministre, Mme Le Thi Bich Tran, a visité l'école.");
    expect(named(es, 'Le Thi Bich Tran')?.role).toBeNull();
  });
});

describe('bodies written in lower case or with a long complement', () => {
  it('a friendship group or association named by two countries joined by a dash', () => {
    const es = find(
      "Le groupe d'amitié parlementaire Vietnam-Hongrie et l'association d'amitié Vietnam-Iran ont signé.",
    );
    expect(named(es, "groupe d'amitié parlementaire Vietnam-Hongrie")?.type).toBe('organization');
    expect(named(es, "association d'amitié Vietnam-Iran")?.type).toBe('organization');
    expect(named(es, 'Hongrie')).toBeUndefined();
  });

  it('"à l\'étranger" and a coordinated joined complement close the name', () => {
    const es = find(
      "Le Comité d'État chargé des Vietnamiens à l'étranger a reçu la délégation.",
      'Le Comité national pour la prévention et la lutte contre les catastrophes a demandé des rapports.',
    );
    expect(named(es, "Comité d'État chargé des Vietnamiens à l'étranger")?.type).toBe('organization');
    expect(named(es, 'Comité national pour la prévention et la lutte contre les catastrophes')?.type).toBe(
      'organization',
    );
  });
});

describe("a body of a party's Central Committee", () => {
  it('is named short, its full form an alias, its country the party’s', () => {
    const es = find(
      'La Commission des relations extérieures du Comité central du Parti communiste du Vietnam et le Département de liaison internationale du Comité central du Parti communiste chinois ont signé un accord.',
      "La Commission d'organisation du Comité central du Parti a présenté son rapport.",
    );
    const vn = es.find((e) => e.name === 'Commission des relations extérieures');
    expect(vn?.aliases).toContain(
      'Commission des relations extérieures du Comité central du Parti communiste du Vietnam',
    );
    expect(vn?.country).toBe('VN');
    const cn = es.find((e) => e.name === 'Département de liaison internationale');
    expect(cn?.aliases).toContain(
      'Département de liaison internationale du Comité central du Parti communiste chinois',
    );
    expect(cn?.country).toBe('CN');
    expect(named(es, "Commission d'organisation du Comité central du Parti")?.name).toBe("Commission d'organisation");
    // the Central Committee itself is no entity, as in the reference truth
    expect(names(es, 'organization').some((n) => /^Comité central/.test(n))).toBe(false);
  });
});

describe('a body of a party, named with the party', () => {
  // dev sentences: "le-comite-central-du-parti-du-14e-mandat…", "renforcement-de-la-cooperation-entre-le-pcv-et-le-pc…"
  it('has its full form, up to the party, as an alias', () => {
    const es = find(
      "Le Comité central a élu le chef de la Commission centrale du contrôle du Parti et le Secrétariat du Comité central du Parti communiste du Vietnam s'est réuni.",
      'Il a rencontré un membre du Bureau politique du Parti communiste français (PCF).',
      'La Commission centrale de l’organisation du Parti sain et fort a présenté son rapport.',
    );
    expect(named(es, 'Commission centrale du contrôle du Parti')?.name).toBe('Commission centrale du contrôle');
    expect(named(es, 'Secrétariat du Comité central du Parti communiste du Vietnam')?.type).toBe('organization');
    expect(named(es, 'Bureau politique du Parti communiste français')?.type).toBe('organization');
    // (a party said to be of some kind is no party's name: the full form stops at "Parti")
    expect(named(es, 'Commission centrale de l’organisation du Parti')?.type).toBe('organization');
    expect(names(es, 'organization').some((n) => /sain/.test(n))).toBe(false);
    expect(es.flatMap((e) => e.aliases).some((a) => /sain/.test(a))).toBe(false);
  });
});

describe('ministries of two countries with one name', () => {
  it('are two entities, each with its country', () => {
    const es = find(
      'Le ministère vietnamien des Affaires étrangères et le ministère cubain des Affaires étrangères ont signé un accord. Le ministère des Affaires étrangères a publié un communiqué.',
    );
    const ministries = es.filter((e) => e.name === 'ministère des Affaires étrangères');
    expect(ministries.map((e) => e.country).sort()).toEqual(['CU', 'VN']);
    expect(named(es, 'ministère cubain des Affaires étrangères')?.country).toBe('CU');
  });

  it('stay one entity when a single country is stated', () => {
    const es = find(
      "Le ministère cambodgien de l'Intérieur a reçu la délégation. Le ministère de l'Intérieur a remercié le Vietnam.",
    );
    expect(es.filter((e) => e.name === "ministère de l'Intérieur")).toHaveLength(1);
  });
});

describe('capitalised words that are no place', () => {
  it('a body named by its head after a role is an organisation, and the person after it stays whole', () => {
    const es = find(
      'Il a rencontré plusieurs dirigeants, dont la présidente du Sénat Sue Lines et le président du Parlement Gerry Brownlee.',
    );
    expect(named(es, 'Sénat')?.type).toBe('organization');
    expect(named(es, 'Parlement')?.type).toBe('organization');
    expect(names(es, 'place')).toEqual([]);
    expect(named(es, 'Sue Lines')?.role).toBe('présidente du Sénat');
  });

  it('an adverb opening a sentence before a figure is no dateline; a city before a date is', () => {
    const es = find(
      'Actuellement, 3.000 entreprises sud-coréennes investissent à Ho Chi Minh-Ville.',
      'Kampot, 12 mai (VNA) – La province a accueilli des investisseurs.',
    );
    expect(named(es, 'Actuellement')).toBeUndefined();
    expect(named(es, 'Kampot')?.type).toBe('place');
  });

  it('a party named by any adjective of its own stays named ("Parti justicialiste", "Parti socialiste unifié")', () => {
    const es = find('Les dirigeants du Parti justicialiste et du Parti socialiste unifié ont salué le congrès.');
    expect(names(es, 'organization')).toEqual(
      expect.arrayContaining(['Parti justicialiste', 'Parti socialiste unifié']),
    );
  });

  it('"du Parti" said to be healthy or affiliated is the unnamed Party, not a party named so', () => {
    const es = find(
      'Il a appelé à la construction du Parti sain et puissant.',
      'Les organisations du Parti affiliées au Comité ont tenu leur congrès. Le Parti travailliste a salué le résultat.',
    );
    expect(names(es, 'organization')).not.toContain('Parti sain');
    expect(names(es, 'organization')).not.toContain('Parti affiliées');
    expect(names(es, 'organization')).toContain('Parti travailliste');
  });
});

describe('a unit written in lower case', () => {
  it('is named with the body it belongs to, which stays an entity of its own', () => {
    const es = find(
      'Il a été interpellé par l’agence de police d’enquête du ministère de la Sécurité publique.',
      'Le président de la chambre basse du Parlement indien a félicité son homologue.',
    );
    const agency = named(es, 'agence de police d’enquête du ministère de la Sécurité publique');
    expect(agency?.type).toBe('organization');
    expect(agency?.aliases).toContain('agence de police d’enquête');
    expect(named(es, 'ministère de la Sécurité publique')?.type).toBe('organization');
    expect(named(es, 'chambre basse du Parlement indien')?.country).toBe('IN');
    expect(named(es, 'Parlement indien')?.type).toBe('organization');
  });

  it('"relevant du ministère…" names the body it reports to; the unit is named by its own words', () => {
    const es = find(
      'Le département des Affaires extérieures relevant du ministère des Affaires étrangères a organisé le dialogue.',
    );
    expect(named(es, 'département des Affaires extérieures')?.type).toBe('organization');
    expect(names(es, 'organization').some((n) => n.includes('relevant'))).toBe(false);
  });

  it('is no act or leadership of a person: "sous la direction du secrétaire général…", "l\'inspection des projets"', () => {
    const es = find(
      'Sous la direction du secrétaire général du Comité central du Parti communiste du Vietnam, le pays avance.',
      "Lors de l'inspection des projets du ministère de la Construction, il a demandé des comptes.",
    );
    expect(names(es, 'organization').filter((n) => /^(?:direction|inspection)\b/.test(n))).toEqual([]);
  });

  it('is no name without words of its own before the body, or with an adjective alone', () => {
    const es = find(
      'Sous la direction du Parti communiste du Vietnam, le pays a progressé.',
      'Il était directeur général adjoint de département général du ministère de la Sécurité publique.',
      'Il a servi au service du peuple.',
    );
    expect(names(es, 'organization').filter((n) => /^(?:direction|département|service)\b/.test(n))).toEqual([]);
  });
});

describe('places named by where they stand in the text', () => {
  it('a place of the world with a small word inside, bare or after a facility noun', () => {
    const es = find('Le navire est arrivé au port de Dar es Salaam. La délégation a visité Rio de Janeiro.');
    expect(named(es, 'port de Dar es Salaam')?.type).toBe('place');
    expect(named(es, 'Rio de Janeiro')?.type).toBe('place');
    expect(names(es, 'place')).not.toContain('Dar');
  });

  it('a road named after a person right after its noun; two regions of the world joined', () => {
    const es = find(
      "Le convoi emprunte l'autoroute Ho Chi Minh vers le Nord.",
      "L'association œuvre dans la région Asie-Afrique et dans la région Afrique-Moyen-Orient.",
    );
    expect(named(es, 'autoroute Ho Chi Minh')?.type).toBe('place');
    expect(names(es, 'person')).toEqual([]);
    expect(named(es, 'Asie-Afrique')?.type).toBe('place');
    expect(named(es, 'Afrique-Moyen-Orient')?.type).toBe('place');
    expect(names(es, 'place')).not.toContain('Asie');
  });

  it('a centre named by what it hosts is a venue, a place; a centre of research or advice is a body', () => {
    const es = find(
      'La foire se tient au Centre d’exposition du Vietnam, puis au Centre commercial Dong Xuan.',
      'Le Centre des conférences et des expositions de la province de Quang Ngai a accueilli le forum.',
      'Le Centre de conseil pour le développement économique et commercial du Vietnam et le Centre financier international ont signé.',
    );
    expect(named(es, "Centre d'exposition du Vietnam")?.type).toBe('place');
    expect(named(es, 'Centre commercial Dong Xuan')?.type).toBe('place');
    expect(named(es, 'Centre des conférences et des expositions de la province de Quang Ngai')?.type).toBe('place');
    expect(named(es, 'Centre de conseil pour le développement économique et commercial du Vietnam')?.type).toBe(
      'organization',
    );
    expect(named(es, 'Centre financier international')?.type).toBe('organization');
    expect(names(es, 'person')).toEqual([]);
  });

  it('a house named by its complement, its adjective or its number is a place; houses, a year or a count are not', () => {
    const es = find(
      'Les députés se réunissent à la Maison de l’Assemblée nationale. Il a visité la Maison allemande dans la même ville.',
      'Le corps a été transporté à la maison funéraire 268 dans la ville de Hanoi. Ils ont visité la Maison 67 avant le Têt.',
      'Douze maisons ont été détruites. Une maison de 2 étages. La maison commune du village. Le marché vietnamien 2025 a progressé.',
    );
    for (const n of ["Maison de l'Assemblée nationale", 'Maison allemande', 'maison funéraire 268', 'Maison 67'])
      expect(named(es, n)?.type).toBe('place');
    expect(names(es, 'place').filter((n) => /maison|marché/i.test(n))).toHaveLength(4);
    // a sanctuary too (lecourrier 412655, outside the corpus)
    expect(named(find('Les vestiges de Huê et le sanctuaire de My Son.'), 'sanctuaire de My Son')?.type).toBe('place');
  });

  it('a special or administrative zone names its place ("Van" there is no middle name)', () => {
    const es = find(
      'La zone économique spéciale de Van Don attire les investisseurs de la région administrative spéciale de Macao.',
    );
    expect(named(es, 'Van Don')?.type).toBe('place');
    expect(named(es, 'Macao')?.type).toBe('place');
    expect(names(es, 'person')).toEqual([]);
  });

  it("not a house's owner, a count, a kind of place or a research centre (the second reviewer's sentences)", () => {
    const es = find(
      'Il a visité la maison de Nguyen Van Ba. Le gouvernement a approuvé la centrale solaire 50 MW de Ninh Thuan.',
      "L'hôtel international 5 étoiles accueille les délégués. Le stade national 40 000 places accueille la finale.",
      'Au Parc national, les guides ont été formés. Le Port maritime et l’aéroport ont été modernisés.',
      "Le Centre d'exposition et de recherche sur l'art contemporain a publié une étude.",
      'Le directeur du Centre commercial Dong Xuan Nguyen Van Hung a indiqué.',
    );
    expect(named(es, 'Nguyen Van Ba')?.type).toBe('person');
    expect(named(es, 'Nguyen Van Hung')?.type).toBe('person');
    expect(named(es, "Centre d'exposition et de recherche")?.type).toBe('organization');
    expect(names(es, 'place').sort()).toEqual(['Centre commercial Dong Xuan', 'Ninh Thuan']);
  });

  it("a country's body followed by an international organisation is not one of its bodies", () => {
    const es = find("L'Assemblée nationale de l'ASEAN a adopté la déclaration.");
    expect(names(es, 'organization').sort()).toEqual([
      'Assemblée nationale',
      "Association des nations de l'Asie du Sud-Est",
    ]);
  });

  it('a known name the knowledge base also lists in lower case matches in lower case', () => {
    const es = find('Les navires patrouillent dans la mer Orientale. La Mer Orientale est une route maritime.');
    expect(named(es, 'Mer Orientale')?.mentions).toHaveLength(2);
  });

  it('a square, a hill and a prison are named places; "à la place de" is "instead of"', () => {
    const es = find(
      'Le défilé a eu lieu sur la place Ba Dinh, près de la prison de Con Dao et de la colline de Him Lam.',
      'À la place de Nguyen Van An, le vice-ministre a pris la parole.',
    );
    expect(named(es, 'place Ba Dinh')?.type).toBe('place');
    expect(named(es, 'prison de Con Dao')?.type).toBe('place');
    expect(named(es, 'colline de Him Lam')?.type).toBe('place');
    expect(named(es, 'Nguyen Van An')?.type).toBe('person');
    const notSquares = find(
      'À la place de Nguyen Van An, le vice-ministre a parlé.',
      'Dépêché sur place Tran Van Lam a constaté les dégâts.',
      'Les autorités ont mis en place Zalo comme canal officiel.',
    );
    expect(names(notSquares, 'place')).toEqual([]);
  });

  it('after "à", a surname in -er is no place (the world\'s places name the cities)', () => {
    const es = find('Le prix a été remis à Fischer lors de la cérémonie à Vancouver.');
    expect(named(es, 'Fischer')).toBeUndefined();
    expect(named(es, 'Vancouver')?.type).toBe('place');
  });

  it('the stops of a route set apart by dashes, after a known place', () => {
    const es = find('Le navire suit l’itinéraire Singapour – Laemchabang – Phu My – Chan May – Ha Long – Hong Kong.');
    for (const stop of ['Laemchabang', 'Phu My', 'Chan May']) expect(named(es, stop)?.type).toBe('place');
    expect(es.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('a dash after a country makes no route when no dash follows', () => {
    const es = find('Le match amical Vietnam – Arsenal aura lieu au stade My Dinh.');
    expect(names(es, 'place')).not.toContain('Arsenal');
  });
});

describe('names of people with a particle or a long hyphened syllable', () => {
  it('a Korean given name hyphened to a five-letter syllable; a family name after "de"', () => {
    const es = find(
      'Le Premier ministre nord-coréen Kim Jae-ryong a fait de même.',
      'Le président du Portugal Marcelo Rebelo de Sousa a adressé ses félicitations.',
      "Angela Merkel de Berlin n'est pas venue à Hô Chi Minh-ville.",
    );
    expect(named(es, 'Kim Jae-ryong')?.type).toBe('person');
    expect(named(es, 'Marcelo Rebelo de Sousa')?.role).toBe('président du Portugal');
    expect(named(es, 'Angela Merkel')?.type).toBe('person');
    expect(named(es, 'Berlin')?.type).toBe('place');
  });

  // (batch 97, dev since its one scoring: france-et-vietnam-promeuvent-leur-cooperation-decent-198530; dev
  // le-vietnam-entretient-des-relations-solides-avec-les-216953, ho-chi-minh-ville-et-le-yunnan-…-306724, as stored)
  it('a region or a city named in apposition after its noun ("la région Nouvelle-Aquitaine") is a place', () => {
    const es = find(
      'Étaient présents la maire de Poitiers et le représentant des autorités de la région Nouvelle-Aquitaine, M. Pascal Duforestel, ainsi que de nombreux amis.',
      "Le maire de la ville Montevideo s'était engagé à construire un espace culturel vietnamien.",
      'Il a reçu Mme le vice-gouveneur de la province Yunnan, Li Jiang, le 10 mai à Hô Chi Minh-Ville.',
      'Ils ont signé le protocole entre le Vietnam et la région Wallonie-Bruxelles pour la période 2025-2027.',
    );
    expect(named(es, 'Nouvelle-Aquitaine')?.type).toBe('place');
    expect(named(es, 'Pascal Duforestel')?.role).toBe('représentant des autorités de la région Nouvelle-Aquitaine');
    expect(named(es, 'Montevideo')?.type).toBe('place');
    // (one province, then a person: no list of places; a name going on past a dash is not cut)
    expect(names(es, 'place')).not.toContain('Li Jiang');
    expect(names(es, 'place')).not.toContain('Wallonie');
  });

  // (batch 97, dev since its one scoring: celebration-des-30-ans-des-relations-vietnambresil-a-120504, as stored)
  it('a family name of two words after "de", the function said before or after the name', () => {
    const es = find(
      'L’événement a eu lieu en présence de Reinaldo José de Almeida Salgado, vice-ministre brésilien des Affaires étrangères, de plusieurs sénateurs et députés brésiliens.',
    );
    expect(named(es, 'Reinaldo José de Almeida Salgado')?.role).toBe('vice-ministre des Affaires étrangères');
    expect(names(es, 'person')).toEqual(['Reinaldo José de Almeida Salgado']);
    // (not a place after "de", nor a Vietnamese name, nor anyone without a state's function)
    const others = find(
      'Le ministre Kwame Asante de Ghana a reçu la délégation.',
      'Le président du Comité populaire Tran Van Nam de Ha Nam a souligné les résultats.',
      'Le joueur Marco Rossi de Juventus a marqué.',
    );
    expect(named(others, 'Kwame Asante')?.type).toBe('person');
    expect(named(others, 'Ha Nam')?.type).toBe('place');
    expect(names(others, 'person')).toEqual(expect.arrayContaining(['Kwame Asante', 'Tran Van Nam', 'Marco Rossi']));
  });

  // (batch 88, dev since its one scoring: la-r-de-coree-veut-organiser-la-world-culture-expo-2-208808, as stored)
  it('a Korean syllable of six letters ending on "ng" ("Hong Jong-kyoung")', () => {
    const es = find(
      'Lors de la séance de travail le 2 décembre, le chef de la délégation sud-coréenne, Hong Jong-kyoung, a affirmé le souhait que la World Culture Expo 2017 se tienne en novembre.',
    );
    expect(named(es, 'Hong Jong-kyoung')?.role).toBe('chef de la délégation');
    expect(names(es, 'person')).not.toContain('Hong Jong');
  });

  it('given names without a family name, listed with a person or after a plural noun of people', () => {
    const es = find(
      "Les sportifs vietnamiens Phuoc Hai et Khanh Phong ont été médaillés d'or, Vi Long et Xuan Thien pour le saut.",
      'Le Premier ministre a visité Ha Long et Bac Ninh.',
    );
    for (const name of ['Phuoc Hai', 'Khanh Phong', 'Vi Long', 'Xuan Thien'])
      expect(named(es, name)?.type).toBe('person');
    expect(named(es, 'Bac Ninh')?.type).toBe('place');
    // (beside a person in a sentence about no such people, two syllables are a town or a company)
    const towns = find(
      'Selon Nguyen Van Hai, Tan Uyen et Bau Bang attirent les investisseurs.',
      "Le contrat a été signé entre Song Da et Tran Van Hai, directeur de l'agence.",
    );
    expect(names(towns, 'person').sort()).toEqual(['Nguyen Van Hai', 'Tran Van Hai']);
  });

  it('a name listed after a person known only by the shape of a Vietnamese name', () => {
    // (the dev split's shapes, batches 31–32: a court's list, a doubles pair)
    const es = find(
      'Trois trafiquants vietnamiens Phung Hông Huy, Pham Hông Thai et cambodgien Lim Sothea ont été condamnés à mort.',
      'Ils ont vaincu les Malaisiens Lai Yong Ren et Chan Yi Jack 3-1.',
      'Les lutteurs vietnamiens Nguyen Van Cong, Can Tat Du et Nguyen Thi My Hanh ont rapporté trois médailles.',
    );
    for (const name of ['Lim Sothea', 'Chan Yi Jack', 'Can Tat Du']) expect(named(es, name)?.type).toBe('person');
    expect(named(es, 'Lim Sothea')?.country).toBe('KH');
  });

  it('a name set off by commas after a title whose complement is long, or said where it comes from', () => {
    const es = find(
      "Il a adressé une lettre au président du Comité des Nations Unies pour l'exercice des droits inaliénables du peuple palestinien, Coly Seck, ainsi qu'au président de l'État de Palestine.",
      'Cinq autres comprenant Buy Bunly originaire du Cambodge ont été condamnés.',
      'Depuis 2017, le Vietnam a nommé King Mulenga Augustus Ceasor, de nationalité ougandaise, consul honoraire.',
      'Le pongiste sud-coréen Park Chan Hyoek a battu son coéquipier Kang Dong Soo en finale.',
    );
    for (const name of ['Coly Seck', 'Buy Bunly', 'King Mulenga Augustus Ceasor', 'Kang Dong Soo'])
      expect(named(es, name)?.type).toBe('person');
    // ("coéquipier" says how two players relate: no function)
    expect(named(es, 'Kang Dong Soo')?.role).toBeNull();
    // (a clause's verb between the title and the comma: the title is its subject's)
    const towns = find('Le ministre a visité le port de Haiphong, Cai Lan et Dinh Vu.');
    expect(named(towns, 'Cai Lan')?.type).not.toBe('person');
  });

  it('a role in parentheses after a birth year; a state palace after an article', () => {
    const es = find(
      'Parmi les accusés, Trân Tùng (né en 1978, ancien vice-directeur du Service des affaires étrangères de la province de Thai Nguyen), est poursuivi.',
      'La cérémonie a eu lieu au palais présidentiel.',
    );
    expect(named(es, 'Trân Tùng')?.role).toBe(
      'ancien vice-directeur du Service des affaires étrangères de la province de Thai Nguyen',
    );
    expect(named(es, 'palais présidentiel')?.type).toBe('place');
  });
});

describe('organisations named by their field or their pair', () => {
  it('after "études", the adjectives of the field stay inside the name', () => {
    const es = find("Le vice-directeur de l'Institut d'études indiennes et sud-ouest asiatiques (VIISAS) a parlé.");
    expect(named(es, "Institut d'études indiennes et sud-ouest asiatiques")?.type).toBe('organization');
    expect(names(es, 'organization')).not.toContain("Institut d'études");
  });

  it('a head followed by a pair of countries, and a ministry of "la République de" a country', () => {
    const es = find(
      'Maily Anna Nguyen, présidente de la Fondation Italie-Vietnam, a reçu le vice-ministre.',
      'Il a rencontré des responsables du ministère des Affaires étrangères de la République de Panama.',
    );
    expect(named(es, 'Fondation Italie-Vietnam')?.type).toBe('organization');
    expect(named(es, 'ministère des Affaires étrangères de la République de Panama')?.country).toBe('PA');
  });
});

describe('names given as examples of a kind', () => {
  it('after "à savoir", "telles que", "comme": organisations after companies, places after localities', () => {
    const es = find(
      "Plusieurs autres entreprises sud-coréennes, à savoir Interflex, Young Poong Electronics et Korea Circuit, prévoient d'investir.",
      'Plusieurs localités chinoises organisent des événements de promotion, telles que le Guangdong et le Jilin.',
    );
    for (const org of ['Interflex', 'Young Poong Electronics', 'Korea Circuit'])
      expect(named(es, org)?.type).toBe('organization');
    expect(named(es, 'Guangdong')?.type).toBe('place');
    expect(named(es, 'Jilin')?.type).toBe('place');
  });

  it('not after peoples: "des groupes ethniques tels que les Hmong et les Dao"', () => {
    const es = find('Des groupes ethniques tels que les Thai, les Hmong et les Dao vivent dans la province.');
    expect(names(es, 'organization')).toEqual([]);
  });

  it('not after a kind of person, and "comme" ends a role', () => {
    const es = find('Des dirigeants comme Nguyen Van Binh et Tran Quoc Huy ont pris la parole.');
    expect(named(es, 'Nguyen Van Binh')?.type).toBe('person');
    expect(named(es, 'Nguyen Van Binh')?.role ?? null).toBeNull();
  });

  it('a verb in -ient ends a name ("le Front de la Patrie soutient…")', () => {
    const es = find('Le Front de la Patrie soutient les sinistrés des provinces du Centre.');
    expect(names(es, 'organization')).not.toContain('Front de la Patrie soutient');
  });

  // (batches 90 and 91, dev since their one scoring: vietnaminde-disposent-denormes-potentiels-pour-devel-176205,
  // vietnam-destination-de-choix-pour-les-investisseurs-18796, as stored; des-entreprises-de-chicago-…-28436)
  it('a finite verb ends a name: a few by name, and a word its object follows ("… réajustent actuellement le mécanisme")', () => {
    const es = find(
      'Le Conseil indien des relations culturelles peut ouvrir des bureaux au sein d’universités vietnamiennes.',
      "Le MPI et l'Agence singapourienne de développement économique réajustent actuellement le mécanisme de délivrance des certificats d'investissement.",
      "L'Université de Loyala déploie un programme d'échanges.",
    );
    expect(names(es, 'organization')).toEqual(
      expect.arrayContaining([
        'Conseil indien des relations culturelles',
        'Agence singapourienne de développement économique',
        'Université de Loyala',
      ]),
    );
    // (an adjective before a date or a time, and a complement after "contre", go on being the name's)
    const kept = find(
      'La cérémonie a eu lieu au siège du ministère israélien des Affaires étrangères le 22 janvier.',
      'Le Comité de lutte contre les catastrophes naturelles a tenu sa réunion.',
      'Il a présenté les performances de l’Organisation internationale de police criminelle cette année.',
    );
    for (const body of [
      'ministère israélien des Affaires étrangères',
      'Comité de lutte contre les catastrophes naturelles',
      'Organisation internationale de police criminelle',
    ])
      expect(named(kept, body)?.type, body).toBe('organization');
  });
});

// Sentences of batches 12 and 14 (dev since the eighth round): "les-intemperies-font-douze-morts…",
// "le-plateau-calcaire-de-dong-van…", "ninh-binh-brille…", "t-entrevue-entre-le-pm-vietnamien…"
describe('places and bodies with words the short form leaves out', () => {
  // (batch 92, dev since its one scoring: des-vietnamiens-de-thailande-se-souviennent-du-secre-372325;
  // dev: inauguration-du-musee-ho-chi-minh-au-nord-de-la-thai-107632, as stored)
  it('a memorial of any noun is a place ("la zone commémorative du Président Ho Chi Minh"), not one counted among others', () => {
    const es = find(
      'Il a apporté 30 milliards de dongs pour soutenir la construction d’une zone commémorative du Président Ho Chi Minh dans la province de Nakhon Phanom.',
      'Il s’agit du troisième site commémoratif du président Ho Chi Minh en Thaïlande.',
      'La maison de Nguyen Van Ba est ancienne.',
    );
    expect(named(es, 'zone commémorative du Président Ho Chi Minh')?.type).toBe('place');
    expect(names(es, 'place').join()).not.toMatch(/site commémoratif/);
    expect(names(es, 'place').join()).not.toMatch(/maison/);
  });

  it('a place noun and an adjective of the kind of place, then the name', () => {
    const es = find(
      'Les intempéries ont fait douze morts dans le district suburbain de Chuong My.',
      'Le plateau calcaire de Dông Van a été reconnu géoparc mondial.',
      'Le complexe paysager pittoresque de Tràng An attire les touristes.',
    );
    expect(named(es, 'district suburbain de Chuong My')?.type).toBe('place');
    expect(named(es, 'plateau calcaire de Dông Van')?.type).toBe('place');
    expect(named(es, 'complexe paysager pittoresque de Tràng An')?.type).toBe('place');
  });

  it('a country after an adjective French puts before its noun is a word of the body’s name', () => {
    const es = find(
      'Il a rencontré le vice-président du Parti du Nouvel Azerbaïdjan.',
      'Prabowo Subianto est président du Parti du mouvement de la Grande Indonésie (Gerindra).',
      "La Nouvelle-Zélande et l'Azerbaïdjan ont signé.",
    );
    expect(named(es, 'Parti du Nouvel Azerbaïdjan')?.type).toBe('organization');
    expect(named(es, 'Parti du mouvement de la Grande Indonésie')?.type).toBe('organization');
    expect(named(es, 'Azerbaïdjan')?.type).toBe('country');
    expect(named(es, 'Nouvelle-Zélande')?.type).toBe('country');
  });
});

// Sentences of batch 15 (dev since its one scoring): "le-typhon-nari…", "quatre-accuses-dans-une-affaire…",
// "hong-kong-chine-souhaite…", "le-premier-ministre-pham-minh-chinh-est-arrive-aux-e…"
describe('bodies written in lower case or known by their name alone', () => {
  it('a people’s committee or court in lower case is a body when a named place follows', () => {
    const es = find(
      'Le comité populaire de Dà Nang assiste au mieux la population.',
      'Le tribunal populaire de Hanoï a annoncé des condamnations contre des fonctionnaires du comité populaire de la province de Quang Nam.',
      // (without a place it is any of them)
      'Le comité populaire a décidé de reloger les habitants.',
    );
    expect(named(es, 'comité populaire de Dà Nang')?.type).toBe('organization');
    expect(named(es, 'tribunal populaire de Hanoï')?.type).toBe('organization');
    expect(named(es, 'comité populaire de la province de Quang Nam')?.type).toBe('organization');
    expect(named(es, 'comité populaire')).toBeUndefined();
    // (a person after "de" is whose committee it is said to be, no place: the second reviewer's)
    expect(names(find('Le comité populaire de Mme Nguyen Thi Lan a été félicité.'), 'organization')).toEqual([]);
  });

  it('two adjectives joined by "et" stay in the body’s name, the second one compound too', () => {
    const es = find(
      'Il a parlé au Centre américain pour les études stratégiques et internationales à Washington.',
      "L'Institut d'études africaines et moyen-orientales de l'Académie des sciences sociales du Vietnam a organisé un colloque.",
      // (a verb after "et" is the sentence's: "… stratégiques et coopère")
      'Le Centre de recherches stratégiques et le ministère ont signé.',
    );
    expect(named(es, 'Centre américain pour les études stratégiques et internationales')?.country).toBe('US');
    expect(named(es, "Institut d'études africaines et moyen-orientales")?.type).toBe('organization');
    expect(named(es, 'Centre de recherches stratégiques')?.type).toBe('organization');
  });

  it('a generic body of a country the text names is named: "la Chambre haute du Japon"', () => {
    const es = find(
      'Le président de l’AN a rencontré des dirigeants de la Chambre haute du Japon.',
      'Il a rencontré le président du Mazhilis (Chambre basse), Yerlan Koshanov.',
      'La Commission des relations extérieures du Comité central du Laos a reçu la délégation.',
    );
    expect(named(es, 'Chambre haute du Japon')?.country).toBe('JP');
    // (a chamber glossed after its parliament's name is no body of its own; nor is a Central
    // Committee, which the reference truth does not name apart from its party)
    expect(named(es, 'Chambre basse')).toBeUndefined();
    expect(names(es, 'organization').some((n) => /^Comité central/.test(n))).toBe(false);
  });

  it('a company named after its noun has the noun in an alias', () => {
    const es = find('Il a rencontré Jonathan Choi, président du groupe Sunwah, et la coopérative Sinh Duoc.');
    expect(named(es, 'Sunwah')?.aliases).toContain('groupe Sunwah');
    expect(named(es, 'coopérative Sinh Duoc')?.type).toBe('organization');
  });

  it('well-known companies and sports bodies are known by their name', () => {
    const es = find(
      'Le Premier ministre a rencontré les dirigeants d’Intel, Apple et Google.',
      "Le Vietnam est qualifié pour la Coupe d'Asie de l'AFC, selon la FIFA.",
    );
    for (const n of ['Intel', 'Apple', 'Google', 'AFC', 'FIFA']) expect(named(es, n)?.type).toBe('organization');
  });
});

// "coupe-dasie-afc-u23…", "sea-games-33-la-delegation-sportive…" (batch 15, dev)
describe('a national team named by its age group', () => {
  it('is a body, with the nationality before it; nationality and sport alone describe a team', () => {
    const es = find(
      "L'équipe vietnamienne des moins de 23 ans a battu la Jordanie.",
      "L'équipe masculine des moins de 22 ans a remporté l'or.",
      "L'équipe féminine vietnamienne de football a gagné.",
    );
    expect(named(es, 'équipe vietnamienne des moins de 23 ans')?.country).toBe('VN');
    expect(named(es, 'équipe masculine des moins de 22 ans')?.type).toBe('organization');
    expect(names(es, 'organization').some((n) => n.includes('féminine'))).toBe(false);
  });
});

describe('companies listed with companies', () => {
  // dev: lambassadeur-du-danemark-a-lhonneur-184791 (as stored)
  it('an unknown name listed with a known company is a company', () => {
    const es = find(
      'son rôle dans la promotion des investissements danois au Vietnam avec l’arrivée de LEGO et Pandora en 2022.',
    );
    expect(names(es, 'organization')).toEqual(['Lego', 'Pandora']);
  });

  it('not when the list holds a place too', () => {
    const es = find('Les visiteurs ont cité Masan, Hanoï et Brightstar.');
    expect(names(es, 'organization')).toEqual(['Masan']);
  });
});

// shaped like sea-games-33-la-lutte-propulse-le-vietnam-au-cap-des-1307757 (batch 27, dev)
describe('an athlete named after the sport she competes in', () => {
  it('a sport noun and a nationality introduce a foreign person, who holds no function', () => {
    const es = find(
      'La nageuse vietnamienne Nguyên Thi Lan a devancé la nageuse thaïlandaise Kanokwan Sirirat Pholsri en finale.',
      "Le boxeur philippin Rogen Ladon Mabulac a perdu face à l'haltérophile Trân Van Hoa.",
    );
    expect(named(es, 'Kanokwan Sirirat Pholsri')).toMatchObject({ type: 'person', country: 'TH', role: null });
    expect(named(es, 'Rogen Ladon Mabulac')).toMatchObject({ type: 'person', country: 'PH', role: null });
  });
});

// sea-games-le-vietnam-conserve-sa-troisieme-place-64331 (batch 34, dev)
describe('persons paired by a spaced dash', () => {
  it('a duo or a crew written "A - B" is two persons; a place written so stays one place', () => {
    const es = find(
      'Les autres sont revenues au duo Lê Thi Hoa - Pham Thi Hông en deux de couple, et à Nguyên Thi Mai - Dao Van Tuân - Cao Thi Lan en quatre.',
      'Les touristes de la province de Ba Ria - Vung Tau visitent Phan Rang - Thap Cham.',
    );
    for (const n of ['Lê Thi Hoa', 'Pham Thi Hông', 'Nguyên Thi Mai', 'Dao Van Tuân', 'Cao Thi Lan'])
      expect(named(es, n)?.type).toBe('person');
    expect(named(es, 'Ba Ria-Vung Tau')?.type).toBe('place');
    expect(named(es, 'Phan Rang-Thap Cham')?.type).toBe('place');
    expect(es.filter((e) => e.type === 'person')).toHaveLength(5);
  });
});

// trafic-de-drogue-un-nigerian-condamne-a-la-perpetuit-20930 (batch 34, dev)
describe('a person described in brackets', () => {
  it('an age or a nationality in brackets after a foreign name makes it a person; a count of years does not', () => {
    const es = find(
      'Le tribunal a condamné à 19 ans de prison ferme Tersa Guiyab Nepomuk (43 ans, de nationalité philippine) et Okonkwo Ezeani Obiora (de nationalité nigériane).',
      "La société Hoa Phat (30 ans d'existence) s'est installée à Long Bien.",
    );
    expect(named(es, 'Tersa Guiyab Nepomuk')?.type).toBe('person');
    expect(named(es, 'Okonkwo Ezeani Obiora')?.type).toBe('person');
    expect(named(es, 'Hoa Phat')?.type).toBe('organization');
  });
});

// batch 35 (dev since its one scoring): hanoi-et-saintdomingue…-199031, lambassadeur-vietnamien-
// presente-la-lettre…-post166727, celebrations-du-tet-2025…-386808
describe('names read by the words around them (batch 35)', () => {
  it("the name before an incise's comma is not its speaker when the speaker follows the verb", () => {
    const es = find(
      'Les échanges se développent entre les deux capitales, Hanoï et Saint-Domingue, a souligné l’ambassadeur dominicain.',
      "Le président de KMW, premier groupe coréen, Dae-Ik Yoo, a apprécié l'environnement.",
    );
    expect(named(es, 'Saint-Domingue')?.type).toBe('place');
    expect(named(es, 'Dae-Ik Yoo')?.type).toBe('person');
  });

  // (the second reviewer's: one thanked, greeted or congratulated after the comma is the verb's object)
  it('a name before a comma then a verb of greeting is the subject, whatever title follows', () => {
    const es = find(
      'Pour sa part, Mbaye Ndiaye, a remercié le ministre pour son soutien.',
      'Lors de la réunion, Kwabena Osei, a félicité le Premier ministre pour ses succès.',
      'À cette occasion, Tshering Wangdi, a salué le président pour son accueil.',
    );
    expect(named(es, 'Mbaye Ndiaye')?.type).toBe('person');
    expect(named(es, 'Kwabena Osei')?.type).toBe('person');
    expect(named(es, 'Tshering Wangdi')?.type).toBe('person');
  });

  // (the second reviewer's: a place the quoted words end on is no subject)
  it('a place before a comma then a verb of greeting stays a place', () => {
    const es = find(
      "Les investisseurs vietnamiens sont nombreux à Puerto Plata, a salué l'ambassadeur dominicain.",
      'Le projet a été lancé à Punta Arenas, a apprécié le ministre chilien.',
    );
    expect(named(es, 'Puerto Plata')?.type).toBe('place');
    expect(named(es, 'Punta Arenas')?.type).toBe('place');
  });

  it('a counterpart keeps the "de" of a double family name', () => {
    const es = find(
      'Il a présenté la lettre de créance à son homologue portugais Marcelo Rebelo de Sousa. La cérémonie a eu lieu.',
    );
    expect(named(es, 'Marcelo Rebelo de Sousa')?.type).toBe('person');
  });

  it('two Vietnamese syllables after "à" are a place, unless something is sent or paid to them', () => {
    const es = find(
      'Le spectacle aura lieu sur la place de la province, à Lam Ha, ville de Phu Ly. La fête aura lieu à Ly Nhan (le 11 février).',
      'Le président a rendu visite à Lê Duan. Le Premier ministre a adressé un message à Tô Lâm.',
    );
    expect(named(es, 'Lam Ha')?.type).toBe('place');
    expect(named(es, 'Ly Nhan')?.type).toBe('place');
    expect(named(es, 'Lê Duan')?.type).toBe('person');
    expect(named(es, 'Tô Lâm')?.type).toBe('person');
  });

  // (the second reviewer's: a person the sentence then describes, or one a prize goes to)
  it('a person after "à" stays one when described, or when a prize goes to them', () => {
    const es = find(
      'La récolte a rapporté 200 millions de dôngs à Trân Vinh, un agriculteur de 45 ans de la commune.',
      'La médaille a été attribuée à Nguyen Hoa pour ses travaux. Le titre a été attribué à Pham Lan lors de la cérémonie.',
      'Les délégués se sont rendus à Lam Ha, une commune de montagne.',
    );
    expect(named(es, 'Trân Vinh')?.type).toBe('person');
    expect(named(es, 'Nguyen Hoa')?.type).toBe('person');
    expect(named(es, 'Pham Lan')?.type).toBe('person');
    expect(named(es, 'Lam Ha')?.type).toBe('place');
  });

  // (the second reviewer's: things have ages too, and one returns to a place)
  it('a place after "à" stays one when its apposition ages a thing, or one returns there', () => {
    const es = find(
      'Les touristes affluent à Tay Phuong, une pagode de 400 ans.',
      'Le calme est revenu à Lang Nu après les crues.',
    );
    expect(named(es, 'Tay Phuong')?.type).toBe('place');
    expect(named(es, 'Lang Nu')?.type).toBe('place');
  });
});

// la-guyane-souhaite-renforcer-ses-relations-multiform-198562 (batch 28, dev)
describe('Guyana as VNA writes it', () => {
  it('"Guyane" and "guyanais" are Guyana, and end the role before the envoy\'s name', () => {
    const es = find(
      "L'ambassadeur du Vietnam au Brésil et en Guyane Trân Van Minh a présenté ses lettres de créance. Le ministre guyanais du Commerce, Oneidge Walrond, l'a reçu.",
    );
    expect(named(es, 'Trân Van Minh')?.role).toBe('ambassadeur du Vietnam au Brésil et en Guyane');
    expect(named(es, 'Guyana')?.type).toBe('country');
    expect(named(es, 'Oneidge Walrond')?.country).toBe('GY');
  });
});

// a second reviewer's probes of this round's rules
describe("what the round's rules leave alone", () => {
  it('"la Guyane française" is France\'s; a hospital named after someone stays a body', () => {
    const es = find(
      'La Guyane française accueille le centre spatial de Kourou.',
      "Le directeur de l'Hôpital Jean Verdier a reçu les médecins vietnamiens.",
    );
    expect(names(es, 'country')).not.toContain('Guyana');
    expect(named(es, 'Hôpital Jean Verdier')?.type).toBe('organization');
  });
});

describe('places of Palestine', () => {
  // batch 69, dev: le-vietnam-se-dit-pret-a-participer-a-la-reconstruct-1341760
  it('Gaza, East Jerusalem and Ramallah are places; Gaza and Jerusalem with no country of their own', () => {
    const es = find(
      'Le Vietnam se dit prêt à participer à la reconstruction de Gaza.',
      "Il soutient un État palestinien avec Jérusalem-Est pour capitale. L'ambassadeur a été accueilli à Ramallah.",
    );
    expect(names(es, 'place')).toEqual(['Gaza', 'Jérusalem-Est', 'Ramallah']);
    expect(named(es, 'Gaza')?.country ?? null).toBeNull();
    expect(named(es, 'Ramallah')?.country).toBe('PS');
  });
});

describe('the bodies of the UN system and the groups Vietnam sits in', () => {
  // (batch 75, dev since its one scoring: le-vietnam-et-lonu-femmes-scellent-un-projet-36118,
  // le-vietnam-apportera-des-contributions-positives-au-1271584, nouvelle-consultation-politique-vietnamrussie-32295)
  it('are named whole, not as the UN, a place or a country inside their names', () => {
    const es = find(
      "Le Vietnam et l'ONU Femmes ont signé un projet.",
      'Le Vietnam contribuera au travail du Groupe des 77 et de la Chine à New York.',
      "Le vice-ministre a assisté au Sommet de l'Asie de l'Est (EAS).",
    );
    expect(names(es, 'organization')).toEqual(
      expect.arrayContaining([
        "Entité des Nations unies pour l'égalité des sexes et l'autonomisation des femmes",
        'Groupe des 77 et la Chine',
        "Sommet de l'Asie de l'Est",
      ]),
    );
    expect(names(es, 'organization')).not.toContain('Organisation des Nations unies');
    expect(names(es, 'place')).not.toContain("Asie de l'Est");
  });
});
