import { describe, expect, it } from 'vitest';
import { casesFromTruth, evaluateStories, expectedTeaserDate } from '../../eval/stories';
import { findEntities } from '../../lib/entities';
import {
  buildStories,
  canonicalUrl,
  findCountries,
  findDomains,
  findPartners,
  isCooperationStory,
  storyId,
  titleKey,
  urlKey,
} from '../../lib/stories';
import type { Entity, RelatedItem } from '../../lib/types';
import { partnersOf } from '../support/names';

const cases = casesFromTruth();
const byName = (n: string) => {
  const c = cases.find((x) => x.name === n);
  if (!c) throw new Error(`no case ${n}`);
  return c;
};

describe('partners', () => {
  it('reads adjectives in all genders and numbers, never VN', () => {
    expect(
      findPartners(['Le ministère vietnamien de la Sécurité publique et le ministère cambodgien de l’Intérieur']),
    ).toEqual(['KH']);
    expect(
      findPartners(['Les gardes-frontières vietnamiens et chinois lancent leur patrouille conjointe 2026']),
    ).toEqual(['CN']);
    expect(findPartners(['la vice-PM cambodgienne'])).toEqual(['KH']);
    expect(findPartners(['le président lao Thongloun Sisoulith'])).toEqual(['LA']);
    expect(findPartners(['Commission de la sécurité nationale du Parlement hongrois'])).toEqual(['HU']);
    expect(findPartners(['le Vietnam, Viêt Nam, les Vietnamiens'])).toEqual([]);
  });

  it('reads pairs, embassies and several partners in order', () => {
    expect(findPartners(['Vietnam–Laos : une relation spéciale'])).toEqual(['LA']);
    expect(findPartners(['Le chef de la Commission reçoit l’ambassadeur de Cuba'])).toEqual(['CU']);
    expect(findPartners(["L'ambassade du Vietnam en R. de Corée réagit"])).toEqual(['KR']);
    expect(findPartners(['les relations sino-vietnamiennes'])).toEqual(['CN']);
    expect(findPartners(['Coopération Vietnam–Laos–Cambodge avec la Thaïlande'])).toEqual(['LA', 'KH', 'TH']);
  });

  it('does not read Vietnamese places, ethnic groups or seas as countries', () => {
    expect(findPartners(['la province de Lào Cai et la province de Thai Binh, Thai Nguyen'])).toEqual([]);
    expect(findPartners(['les zones habitées par des ethnies khmères'])).toEqual([]);
    // "Thai" a syllable of a Vietnamese name, not the adjective
    expect(findPartners(['le musée, situé au 66 rue Nguyên Thai Hoc, à Hanoi'])).toEqual([]);
    expect(findPartners(['le Premier ministre thaï a salué la visite'])).toEqual(['TH']);
    // (dev: t-phu-quoc-figure-parmi-les-meilleures-destinations-48105) the Thai people of Nghê An
    expect(findPartners(['Les savoirs thaïs comme vecteur du tourisme communautaire à Nghê An'])).toEqual([]);
    // (a second reviewer's sentences: after any other noun, Thailand's)
    for (const t of [
      'Les touristes thaïs affluent à Da Nang.',
      'Le marché thaï est le premier débouché du riz vietnamien.',
      'La société thaïe SCG a inauguré une usine.',
      'Le ministre des Affaires étrangères thaï a reçu son homologue.',
    ])
      expect(findPartners([t])).toEqual(['TH']);
    expect(findPartners(['En Thaïlande, le ministre a signé.', 'La Thaïlande et le Vietnam ont signé.'])).toEqual([
      'TH',
    ]);
    expect(
      findPartners(["L'ambassadeur du Vietnam en Hongrie, Bui Lê Thai, a rencontré le ministre hongrois."]),
    ).toEqual(['HU']);
    // (batch 96, dev since its one scoring: lefficacite-des-relations-vietnammalaisie-en-matiere-198643)
    expect(
      findPartners([
        'La coopération entre le Vietnam et la Malaisie dans le domaine du travail se développe, a déclaré Thai Phuc Thanh, chef du comité de gestion du travail.',
      ]),
    ).toEqual(['MY']);
    expect(findPartners(["l'océan Indien", 'de l’eau potable'])).toEqual([]);
  });

  it('reads the Francophonie as multilateral only in its events and its organisation', () => {
    expect(findPartners(['Ils ont évoqué la Francophonie et les relations avec la France.'])).toEqual(['FR']);
  });

  it('drops a country that is only the venue of a multilateral event', () => {
    // (dev: t-2e-congres-de-lassociation-damitie-vietnamslovaqui-24746) a summit of the Francophonie
    expect(
      findPartners([
        'Les deux responsables ont échangé sur la coopération entre le Vietnam et la Francophonie ainsi que sur la préparation du 20ᵉ Sommet de la Francophonie prévu en 2026 au Cambodge.',
      ]),
    ).toEqual([]);
    const t = ['Le Vietnam assiste au Congrès international de la justice à Cuba', 'défis juridiques mondiaux'];
    expect(findPartners(t)).toEqual([]);
    // a bilateral visit to the same country keeps it
    expect(findPartners(['Le Premier ministre en visite officielle à Cuba'])).toEqual(['CU']);
    // and a multilateral story keeps a country that is more than a venue
    expect(findPartners(['Au forum international à Pékin, entretien avec le Premier ministre chinois'])).toEqual([
      'CN',
    ]);
    // where a visit or a bilateral meeting goes is a partner, beside a multilateral summit
    const tour =
      'Le Premier ministre a achevé ses visites officielles au Koweït et en Algérie, ainsi que sa participation au Sommet du G20 et ses activités bilatérales en Afrique du Sud.';
    expect(findPartners([tour])).toEqual(['KW', 'DZ', 'ZA']);
    expect(findPartners(['Le Premier ministre participe au Sommet du G20 en Afrique du Sud.'])).toEqual([]);
    // (the assemblies of the UN's agencies and of the Inter-Parliamentary Union: batch 69, dev)
    expect(
      findPartners([
        "Le Vietnam participe à la 51e Assemblée générale de l'OMPI",
        'La délégation vietnamienne a assisté à la session, qui a eu lieu du 23 septembre au 2 octobre à Genève (Suisse).',
      ]),
    ).toEqual([]);
    expect(findPartners(["Le Vietnam à la 148e Assemblée de l'Union interparlementaire à Genève, en Suisse"])).toEqual(
      [],
    );
  });

  it('drops the country where Vietnamese people abroad live, not a real partner', () => {
    expect(findPartners(['La communauté vietnamienne au Japon célèbre le Têt'])).toEqual([]);
    expect(findPartners(['La communauté vietnamienne au Japon reçoit le ministre japonais'])).toEqual(['JP']);
    // (its associations named by what their members do, and a local official's visit of a place
    // there: batch 69, dev)
    expect(
      findPartners([
        "L'Association des entrepreneurs vietnamiens au Mozambique voit le jour",
        'Le diplomate a souhaité que le Mozambique crée des conditions favorables.',
      ]),
    ).toEqual([]);
    expect(
      findPartners([
        "Le maire de Varsovie a salué l'intégration de la communauté vietnamienne en Pologne.",
        'Les Vietnamiens se sont bien intégrés dans la société polonaise, a-t-il déclaré lors de sa visite du Centre commercial de Wolka.',
      ]),
    ).toEqual([]);
    expect(
      findPartners(['La communauté vietnamienne en Pologne accueille la visite officielle du président polonais']),
    ).toEqual(['PL']);
    // (the friendship of the two peoples it serves names no talks: batch 71, dev; a pair named
    // otherwise still does)
    expect(
      findPartners([
        "L'Association des Vietnamiens en Hongrie tient son troisième congrès",
        "L'ambassadrice a salué ses grandes contributions à la patrie et à l'amitié Vietnam - Hongrie.",
      ]),
    ).toEqual([]);
    expect(
      findPartners([
        "L'Association des Vietnamiens en Hongrie tient son troisième congrès",
        'Le congrès a salué le partenariat intégral Vietnam - Hongrie.',
      ]),
    ).toEqual(['HU']);
    // (R50: the everyday variants of that friendship; a body named by a friendship is no value)
    for (const value of [
      "à l'amitié spéciale Vietnam - Laos",
      "à l'amitié et à la coopération Vietnam - Laos",
      'à la solidarité spéciale Vietnam - Laos',
    ])
      expect(findPartners(['La communauté vietnamienne au Laos célèbre le Têt', `Elle a contribué ${value}.`])).toEqual(
        [],
      );
    expect(
      findPartners([
        'La communauté vietnamienne en Pologne célèbre le Têt',
        "Le président du Groupe parlementaire d'amitié Pologne - Vietnam, Jan Kowalski, était présent.",
      ]),
    ).toEqual(['PL']);
  });

  // dev teasers of batches 12 and 14: "t-gala-des-etudiants-vietnamiens-a-sydney…", "t-ha-giang-semaine…"
  // the second reviewer's sentences (round 8)
  it('keeps a city of a country the diaspora story names otherwise, and an agency of a state', () => {
    const partners = (title: string, ...paragraphs: string[]) =>
      findPartners([title, ...paragraphs], findEntities({ title, lead: null, paragraphs, captions: [], related: [] }), {
        head: 2,
      });
    expect(
      partners(
        'Des étudiants vietnamiens reçoivent des bourses',
        "Une délégation s'est rendue à Vientiane pour rencontrer le ministre lao de l'Éducation.",
      ),
    ).toEqual(['LA']);
    // (one expert's nationality names no partner; the Japanese agency he works for does)
    expect(partners('Un expert japonais de la JICA salue les progrès du Vietnam', "L'expert a visité Hanoï.")).toEqual([
      'JP',
    ]);
  });

  it('drops their association abroad and its city too, and the venue of a beauty contest', () => {
    const partners = (title: string, ...paragraphs: string[]) =>
      findPartners([title, ...paragraphs], findEntities({ title, lead: null, paragraphs, captions: [], related: [] }), {
        head: 2,
      });
    const title = "Congrès de l'Union des Vietnamiens en Allemagne";
    const congress =
      "L'Union des Vietnamiens en Allemagne a tenu son congrès le 3 décembre à Berlin, avec 300 délégués.";
    expect(partners(title, congress)).toEqual([]);
    // (the minister of the country they live in makes it a partner still)
    expect(partners(title, congress, 'Le ministre allemand des Affaires étrangères a reçu la délégation.')).toEqual([
      'DE',
    ]);
    expect(
      partners(
        'La Vietnamienne Trinh My Anh est Miss Terre – Eau 2025',
        'La représentante vietnamienne a été couronnée Miss Terre – Eau lors du concours Miss Terre 2025, qui s’est tenu le 5 novembre à Manille, aux Philippines.',
      ),
    ).toEqual([]);
    // (a contest's venue is no partner; a country that organises one with Vietnam is)
    expect(
      partners('Le Vietnam et la République de Corée coorganisent un concours de beauté', 'Il aura lieu à Hanoï.'),
    ).toEqual(['KR']);
  });

  // dev teaser "t-des-rencontres-au-sommet-vietnamchili…" (batch 14) and batch 15's expert teaser
  it('takes no partner from one professional’s nationality; a delegation of them is one', () => {
    expect(
      findPartners(
        [
          'La VNA fournit "systématiquement des informations précises et objectives"',
          'Nakamura Goro, éminent photojournaliste japonais ayant des liens avec le Vietnam, a déclaré que la VNA remplissait son rôle.',
        ],
        [],
        { head: 2 },
      ),
    ).toEqual([]);
    expect(findPartners(['Un expert australien salue les performances de l’Assemblée nationale'])).toEqual([]);
    expect(findPartners(['Des journalistes chinois en visite au Vietnam'])).toEqual(['CN']);
    // (the second reviewer's: one who acts rather than speaks is a relation)
    expect(findPartners(['Un expert japonais aide Hanoï à traiter ses eaux usées'])).toEqual(['JP']);
    // batch 22's "t-le-president-du-majilis…post61439" teaser (dev since its one scoring): "met en
    // lumière" says, as "salue" does; a Party congress seen from abroad has no partner
    expect(
      findPartners([
        'Un expert chinois met en lumière l’importance du 14ᵉ Congrès national du Parti pour le Vietnam',
        'Xu Ningning, président du Comité de coopération industrielle du Partenariat économique régional global (RCEP), a souligné que le Congrès permettra de dégager un large consensus national.',
      ]),
    ).toEqual([]);
    expect(findPartners(['Un expert japonais met en œuvre un projet à Hanoï'])).toEqual(['JP']);
    // (dev: t-politique-1046-page-389, as stored: one voice on a relation its title names, the
    // voice's country says who speaks)
    expect(
      findPartners([
        'Un expert indien salue la solidarité particulière entre le Vietnam et Cuba',
        'Le Vietnam et Cuba entretiennent une relation spéciale, pure et fidèle, ce qui est rare dans les relations internationales, a déclaré Vijay Sakhuja, directeur du Centre de recherche sur les politiques publiques du Conseil indien des affaires mondiales dans un article publié sur le site reporteasia.com.',
      ]),
    ).toEqual(['CU']);
    // (the voice's own country's relation with Vietnam is its story)
    expect(findPartners(['Un expert indien salue les relations entre le Vietnam et l’Inde'])).toEqual(['IN']);
  });

  // batch 34's "trafic-de-drogue-un-nigerian…-20930" (dev since its one scoring) and older dev articles
  it('takes no partner from a trial in Vietnam, nor from a match told after its players', () => {
    const partners = (...paragraphs: string[]) =>
      findPartners(
        [null, null, ...paragraphs],
        findEntities({ title: '', lead: null, paragraphs, captions: [], related: [] }),
        {
          head: 3,
        },
      );
    expect(
      partners(
        'Le Tribunal populaire de Hô Chi Minh-Ville a condamné le Nigérian Okafor Bello à la prison à perpétuité pour trafic de drogue.',
        "Le réseau transportait de l'héroïne de l'Inde au Vietnam, à destination de la Chine.",
      ),
    ).toEqual([]);
    // (a trial with a treaty or a cooperation behind it is one of relations)
    expect(
      partners(
        'Le Tribunal populaire de Hanoï a condamné deux Chinois pour trafic de drogue.',
        'La coopération judiciaire entre le Vietnam et la Chine a permis leur arrestation.',
      ),
    ).toEqual(['CN']);
    // (the second reviewer's: a country condemning acts, and the minutes of a meeting, are no trial)
    expect(
      partners(
        'Hanoï (VNA) - Le Vietnam condamne fermement les agissements de la Chine en mer Orientale, a déclaré la porte-parole.',
      ),
    ).toEqual(['CN']);
    expect(
      partners(
        'Hanoï (VNA) - Le Vietnam et le Laos ont signé le procès-verbal de la réunion du Comité intergouvernemental.',
      ),
    ).toEqual(['LA']);
    expect(
      partners('Hô Chi Minh-Ville (VNA) - Un Nigérian a été condamné à la prison à perpétuité pour trafic de drogue.'),
    ).toEqual([]);
    // (the second reviewer's: the judged form in any order; a country that condemns "à nouveau")
    expect(partners('Hanoï (VNA) - Un Chinois condamné mercredi à 18 ans de prison pour espionnage.')).toEqual([]);
    expect(partners('Hanoï (VNA) - Deux Chinois ont été lourdement condamnés lundi.')).toEqual([]);
    expect(partners('Hanoï (VNA) - Le Vietnam condamne à nouveau les actes de la Chine en mer Orientale.')).toEqual([
      'CN',
    ]);
    // (batch 79, dev since its one scoring: le-vietnam-condamne-lattaque-terroriste-au-burkina-f-71398 —
    // "a condamné", the past of a statement, is no sentence; "a été condamné" is)
    expect(
      partners(
        'Hanoi (VNA) - Le Vietnam a condamné avec véhémence la sanglante attaque à Ouagadougou au Burkina Faso, qui a fait au moins 29 morts.',
      ),
    ).toEqual(['BF']);
    expect(partners('Hanoï (VNA) - Un Burkinabé a été condamné à dix ans de prison pour trafic.')).toEqual([]);
    // (the second reviewer's, R52: a court that "a condamné" someone passes a sentence)
    expect(
      partners(
        "Tokyo (VNA) - La cour d'Osaka a condamné mercredi une stagiaire vietnamienne à trois ans de prison pour vol.",
      ),
    ).toEqual([]);
    expect(partners('Pékin (VNA) - Un juge chinois a condamné quatre Vietnamiens à cinq ans de prison.')).toEqual([]);
    expect(
      partners(
        "Face à l'équipe du Brunei, le Onze vietnamien a facilement eu une victoire écrasante lundi au stade Binan de Manille, aux Philippines (avec le score 6-0).",
      ),
    ).toEqual([]);
    expect(
      partners(
        "L'entraîneur sud-coréen Park Hang-seo a aligné trois joueurs dès le début du match.",
        "L'équipe vietnamienne a battu les Philippines 2-1 en demi-finale.",
      ),
    ).toEqual([]);
  });

  // dev "le-vietnam-et-le-bhoutan-promeuvent…", "les-palaos-veulent…", "seisme-au-tibet-chine…"
  it('an article whose title names one partner is about it; the other countries of its body are in passing', () => {
    const partners = (title: string, ...paragraphs: string[]) =>
      findPartners(
        [title, null, ...paragraphs],
        findEntities({ title, lead: null, paragraphs, captions: [], related: [] }),
        {
          head: 2,
        },
      );
    const body = [
      "L'ambassadeur du Vietnam en Inde, chargé également du Bhoutan, a rencontré le ministre bhoutanais du Commerce.",
      'Les deux parties ont évoqué le tourisme, la Thaïlande servant de porte d’entrée aux touristes, et les vols via la Thaïlande.',
    ];
    expect(partners('Le Vietnam et le Bhoutan promeuvent leur coopération', ...body)).toEqual(['BT']);
    // (the second reviewer's: not a place the lead names, where things happen)
    const title = "Le Vietnam et le Laos renforcent leur coopération dans l'éducation";
    const lead = 'Les deux ministres ont signé mardi à Tokyo un mémorandum sur la formation des enseignants.';
    const paragraphs = ['Le programme formera 300 enseignants.'];
    expect(
      findPartners([title, lead, ...paragraphs], findEntities({ title, lead, paragraphs, captions: [], related: [] }), {
        head: 2,
      }),
    ).toEqual(['LA']);
    // (the second reviewer's: a body the head names gives its country, "l'aide de la JICA")
    expect(
      partners(
        "Le Vietnam et le Laos forment des médecins avec l'aide de la JICA",
        'Le programme, lancé en 2020, a formé 300 médecins.',
        'Des experts de Thaïlande y ont aussi participé.',
      ),
    ).toEqual(['LA', 'JP']);
    // (nor is a trilateral cooperation about one partner)
    expect(
      partners(
        'Le Vietnam renforce la coopération trilatérale avec le Laos',
        'Le Vietnam, le Laos et le Japon ont signé un accord. Le Japon financera le projet.',
      ),
    ).toEqual(['LA', 'JP']);
    // (a title about several countries keeps them all)
    expect(
      partners(
        'Le président reçoit de nouveaux ambassadeurs',
        "Il a reçu les lettres de créance des ambassadeurs de Namibie et du Lesotho. L'ambassadeur de Namibie puis celui du Lesotho ont salué les relations.",
      ),
    ).toEqual(['NA', 'LS']);
    // (a country in brackets after a place is where things happen: in a story of Vietnamese
    // citizens abroad, not a partner)
    expect(
      partners(
        'Séisme au Tibet (Chine) : aucune victime vietnamienne',
        'Répondant à une question sur la présence de citoyens vietnamiens lors du séisme au Tibet (Chine), la porte-parole a déclaré que, selon l’ambassade du Vietnam en Chine, aucune victime vietnamienne n’est signalée.',
      ),
    ).toEqual([]);
  });

  // batch 34's "t-glissement-de-terrain…-51509" teaser (dev since its one scoring)
  it('takes no partner from foreign voices named by what they are, unless the story speaks of relations', () => {
    const voices = 'Des experts étrangers confiants en la nouvelle ère du Vietnam';
    const said =
      'Li Wei, directrice du Centre d’études de l’Académie chinoise des sciences sociales, a déclaré que la nouvelle direction fait preuve de continuité.';
    expect(partnersOf(voices, said)).toEqual([]);
    expect(partnersOf(voices, `${said} Elle a salué les relations sino-vietnamiennes.`)).toEqual(['CN']);
    // (the second reviewer's: the foreign press on a foreign leader's visit speaks of that country)
    expect(findPartners(['La presse étrangère salue la visite du président chinois au Vietnam'])).toEqual(['CN']);
  });

  // dev teasers "t-le-president-de-lassemblee-nationale-se-rendra-a-s-post235403" and
  // "t-vietnamportugal-renforcement-des-relations-de-coop-30801": one foreign voice, and its body
  it('takes no partner from one foreign voice on Vietnam’s affairs, named by what it is', () => {
    expect(
      findPartners([
        'Un expert australien salue les performances de la 15e Assemblée nationale',
        'La 15e Assemblée nationale a adopté 51 lois, a déclaré le professeur Carl Thayer, de l’Académie des forces de défense australiennes.',
      ]),
    ).toEqual([]);
    expect(
      findPartners([
        'L’ancien ambassadeur australien souligne les opportunités liées aux objectifs de développement du Vietnam',
        'a déclaré Andrew Goledzinowski, ancien ambassadeur d’Australie au Vietnam, dans un entretien accordé à la VNA en Australie.',
      ]),
    ).toEqual([]);
    // (the second reviewer's: an envoy in office speaks for his country; a title naming the country
    // is about it; "France-Vietnam" is a relation)
    expect(
      findPartners(['L’ambassadeur chinois salue le succès de la visite du président Vo Van Thuong en Chine']),
    ).toEqual(['CN']);
    expect(findPartners(['Un expert russe salue la visite du secrétaire général To Lam en Russie'])).toEqual(['RU']);
    expect(findPartners(['Un journaliste cubain salue l’aide du Vietnam à Cuba'])).toEqual(['CU']);
    expect(
      findPartners(['L’ancienne ambassadrice française salue le succès du Festival culturel France-Vietnam']),
    ).toEqual(['FR']);
    // (the voice on relations speaks of a partner; a Vietnamese envoy's words are about where he serves)
    expect(findPartners(['Un expert japonais salue les relations Vietnam - Japon'])).toEqual(['JP']);
    expect(
      findPartners(["L'ambassadeur du Vietnam au Japon souligne l'importance des investissements japonais"]),
    ).toEqual(['JP']);
  });

  // batch 17's "coupe-de-bangkok-les-vietnamiens-simposent…" (dev since its one scoring)
  it('takes no partner from a match: the other team is an opponent', () => {
    expect(
      findPartners(
        [
          null,
          null,
          'Bangkok (VNA) - L’équipe vietnamienne des moins de 19 ans a battu l’équipe thaïlandaise 1-0, au bout d’un match pénible, à la Coupe GSB de Bangkok, en Thaïlande.',
          "Ses efforts ont permis au nouvel entraîneur français Philippe Troussier de marquer son premier match. Le Thaïlande s'incline.",
        ],
        [],
        { head: 3 },
      ),
    ).toEqual([]);
    expect(findPartners(['Football : le Vietnam bat la Malaisie en amical'])).toEqual([]);
    // a "victoire" is not always a match, nor is a fight
    expect(findPartners(["L'équipe médicale vietnamienne se bat contre l'épidémie avec l'aide du Japon."])).toEqual([
      'JP',
    ]);
    expect(
      findPartners(["L'équipe de négociation du Vietnam a obtenu une victoire diplomatique avec le Japon."]),
    ).toEqual(['JP']);
  });

  // dev teasers "t-felicitations-au-nouveau-premier-ministre-du-kowei…", "t-le-leader-du-pcv-attendu…",
  // "t-entretien-telephonique-tag-10641" and the article "regards-internationaux-sur-le-14e-congres…"
  it('takes no partner from the foreign voices of a story of Vietnam’s own politics, unless it speaks of relations', () => {
    expect(
      findPartners([
        "Élections législatives, un moteur pour la nouvelle ère de développement du Vietnam, selon l'ambassadeur de Cuba",
        'Le scrutin sera déterminant, a affirmé l’ambassadeur de Cuba au Vietnam, Rogelio Polanco Fuentes.',
      ]),
    ).toEqual([]);
    expect(
      findPartners(['Depuis le Japon, des contributions aux projets de documents du 14ᵉ Congrès national du Parti']),
    ).toEqual([]);
    expect(
      findPartners([
        'Ambassadeur de Chine à Hanoi : le 14ᵉ Congrès du PCV ouvre de nouveaux moteurs pour les relations',
      ]),
    ).toEqual(['CN']);
    expect(findPartners(['Vietnam - France : la confiance comme socle à l’heure du 14e Congrès du Parti'])).toEqual([
      'FR',
    ]);
    // ties named in the story; another party's congress, another country's elections (the second
    // reviewer's sentences)
    expect(findPartners(['Le 14e Congrès national du Parti : le Laos envoie une délégation de haut niveau'])).toEqual([
      'LA',
    ]);
    expect(
      findPartners(['Projets de documents du 14e Congrès : la Chine et le Vietnam signent un mémorandum']),
    ).toEqual(['CN']);
    expect(findPartners(['Le Congrès du Parti devrait renforcer la confiance, selon l’ambassadeur de Cuba'])).toEqual(
      [],
    );
    expect(findPartners(['Une délégation du PCV au 20e Congrès du Parti communiste chinois en Chine'])).toEqual(['CN']);
    expect(
      findPartners(['Tô Lâm félicite le 9e Congrès du Parti du travail de Corée, selon l’ambassadeur']),
    ).not.toEqual([]);
    expect(findPartners(['Le président félicite le Japon pour le succès de ses élections législatives'])).toEqual([
      'JP',
    ]);
    expect(findPartners(['Félicitations au Japon après les élections législatives japonaises'])).toEqual(['JP']);
    expect(
      findPartners([
        'Après les élections législatives australiennes, le Premier ministre a eu un entretien téléphonique avec son homologue australien.',
      ]),
    ).toEqual(['AU']);
  });

  it('adds the countries of the entities mentioned, except VN', () => {
    const entity = (id: string, type: Entity['type'], country: string | null): Entity => ({
      id,
      name: id,
      type,
      aliases: [],
      role: null,
      country,
      mentions: [],
    });
    expect(
      findPartners(
        ['Wang Yi a reçu Lê Hoài Trung'],
        [entity('person:wang-yi', 'person', 'CN'), entity('person:le-hoai-trung', 'person', 'VN')],
      ),
    ).toEqual(['CN']);
  });

  it('gives offsets of mentions in the original text', () => {
    const text = 'Le Vietnam et la Chine';
    const hits = findCountries(text);
    expect(hits.map((h) => text.slice(h.index, h.end))).toEqual(['Vietnam', 'Chine']);
  });
});

describe('domains and cooperation', () => {
  it('finds the main domains by keyword evidence', () => {
    expect(
      findDomains({
        title: 'Vietnam et Cambodge renforcent la coopération dans la garantie de la sécurité',
        lead: 'Le ministère vietnamien de la Sécurité publique et le ministère cambodgien de l’Intérieur ont signé',
      }),
    ).toEqual(['security']);
    expect(
      findDomains({ title: 'Vietnam – Cambodge : améliorer l’efficacité de la coopération dans la défense' }),
    ).toEqual(['defence']);
    expect(findDomains({ title: 'Élections législatives : responsabilité et confiance' })).toEqual(['parliament']);
    // a press conference is not a media story
    expect(findDomains({ title: 'Conférence de presse du MAE' })).toEqual(['diplomacy']);
  });

  it('separates cooperation from domestic or multilateral news', () => {
    expect(isCooperationStory(['Élections législatives : responsabilité et confiance'], [])).toBe(false);
    expect(
      isCooperationStory(
        ['Le Vietnam réaffirme son engagement lors de la session de dialogue avec le Comité CEDAW, Nations unies'],
        [],
      ),
    ).toBe(false);
    expect(isCooperationStory(['Les deux pays renforcent leur partenariat stratégique'], [])).toBe(true);
    expect(isCooperationStory(['anything'], ['KH'])).toBe(true);
  });
});

describe('identity', () => {
  it('canonicalises URLs', () => {
    expect(canonicalUrl('http://WWW.LeCourrier.vn/a/b/123.html/?utm=x#top')).toBe('https://lecourrier.vn/a/b/123.html');
    expect(canonicalUrl('/relative')).toBeNull();
    // a script's address names its story in the query: its number is kept, the rest is not
    // (a teaser's link and the page itself differ in them)
    expect(
      canonicalUrl(
        'https://fr.vietnamplus.vn/index.php?option=com_content&view=article&id=62713:vietnam-et-japon-cooperent&catid=12:monde&Itemid=57',
      ),
    ).toBe('https://fr.vietnamplus.vn/index.php?id=62713');
    expect(canonicalUrl('https://fr.vietnamplus.vn/index.php?option=com_content&id=62713&Itemid=1')).toBe(
      'https://fr.vietnamplus.vn/index.php?id=62713',
    );
    expect(canonicalUrl('https://lecourrier.vn/abc/1295450.html?page=2')).toBe(
      'https://lecourrier.vn/abc/1295450.html',
    );
  });

  it('keys VietnamPlus posts by post number, other sites by path', () => {
    expect(urlKey('https://fr.vietnamplus.vn/vietnam-et-cambodge-renforcent-post84512.vnp?x=1')).toBe(
      'fr.vietnamplus.vn/post84512',
    );
    expect(urlKey('https://fr.vietnamplus.vn/vietnam-et-cambodge-renforcent-la-cooperation-post84512.vnp')).toBe(
      'fr.vietnamplus.vn/post84512',
    );
    // Le Courrier: the corpus shows two different stories under /264929.html
    expect(
      urlKey('https://lecourrier.vn/vietnam-laos-une-solidarite-constante-a-travers-l-histoire/264929.html'),
    ).not.toBe(
      urlKey(
        'https://lecourrier.vn/actualite-de-la-semaine-publication-des-resultats-des-elections-legislatives-ava/264929.html',
      ),
    );
  });

  it('falls back to a normalised title', () => {
    expect(titleKey('Vietnam–Laos : un nouvel élan')).toBe(titleKey('VIETNAM - LAOS: UN NOUVEL ELAN'));
    expect(titleKey('📝Édito: Élections législatives')).toBe('edito elections legislatives');
    expect(storyId(null, 'Un nouvel élan pour les relations Vietnam–Laos')).toBe(
      'title:un nouvel elan pour les relations vietnam laos',
    );
    expect(storyId('https://fr.vietnamplus.vn/x-post1.vnp', 'T')).toBe('url:fr.vietnamplus.vn/post1');
  });
});

describe('buildStories', () => {
  it('makes the article story first, then one per related item in order', () => {
    const c = byName('000');
    const stories = buildStories(c.input);
    expect(stories).toHaveLength(1 + c.input.related.length);
    expect(stories[0]).toMatchObject({
      origin: 'article',
      url: c.input.url,
      id: 'url:fr.vietnamplus.vn/post84512',
      partners: ['KH'],
      domains: ['security'],
      isCooperation: true,
      date: '2017-02-17',
      dateSource: 'text',
    });
    expect(stories.slice(1).map((s) => s.title)).toEqual(c.input.related.map((r) => r.title));
    expect(stories[4]).toMatchObject({ partners: ['CN'], date: '2026-03-20', dateSource: 'published' });
    expect(stories[8]).toMatchObject({ partners: [], isCooperation: false });
  });

  it('scores the teasers of the corpus against their truth', () => {
    const c = byName('003');
    const stories = buildStories(c.input).slice(1);
    c.truth.feed.forEach((item, i) => {
      expect(stories[i]?.partners, item.title).toEqual(item.partners);
      expect(stories[i]?.isCooperation, item.title).toBe(item.is_cooperation);
    });
  });

  it('takes entity ids (and their countries) per story from mention places', () => {
    const related: RelatedItem[] = [
      {
        title: 'Approfondissement des relations bilatérales',
        summary: 'Lê Hoài Trung s’est entretenu avec Wang Yi',
        caption: null,
        url: null,
        published: '2026-02-03T15:00:00+07:00',
        origin: 'feed',
      },
    ];
    const entities: Entity[] = [
      {
        id: 'person:wang-yi',
        name: 'Wang Yi',
        type: 'person',
        aliases: [],
        role: null,
        country: 'CN',
        mentions: [{ in: 'related', index: 0, field: 'summary', start: 37, end: 44, text: 'Wang Yi' }],
      },
      {
        id: 'person:to-lam',
        name: 'Tô Lâm',
        type: 'person',
        aliases: [],
        role: null,
        country: 'VN',
        mentions: [{ in: 'lead', index: 0, start: 0, end: 6, text: 'Tô Lâm' }],
      },
    ];
    const stories = buildStories({ url: 'https://fr.vietnamplus.vn/a-post1.vnp', article: null, related, entities });
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject({
      entityIds: ['person:wang-yi'],
      partners: ['CN'],
      isCooperation: true,
      date: '2026-02-03',
    });
  });
});

describe('teasers without a publication date (Le Courrier lists)', () => {
  // an old article (2015) whose "Voir plus" lists this week's stories, without times
  const article = {
    title: 'Le président reçoit la vice-PM cambodgienne',
    lead: null,
    paragraphs: ['Hanoï, 2 septembre (VNA) – Le président a reçu la vice-Premier ministre cambodgienne.'],
    captions: [],
    published: '2015-09-02T20:30:00+07:00',
    dateline: null,
    source: 'VNA',
  };
  const teaser = (summary: string): RelatedItem => ({
    title: 'Consolidation des liens militaires entre le Vietnam et le Cambodge',
    summary,
    caption: null,
    url: 'https://lecourrier.vn/consolidation/263410.html',
    published: null,
    origin: 'feed',
  });
  const dateOf = (summary: string, seenAt: string | null) =>
    buildStories({
      url: 'https://lecourrier.vn/a/1.html',
      article,
      related: [teaser(summary)],
      entities: [],
      seenAt,
    })[1];

  it('reads a written day with the year of the visit, not of the old article', () => {
    expect(
      dateOf('Le général a reçu le 4 février à Can Tho une délégation.', '2026-02-06T09:00:00+07:00'),
    ).toMatchObject({
      date: '2026-02-04',
      dateSource: 'text',
    });
    // seen early in January: "le 28 décembre" is last year's
    expect(dateOf('Réunion tenue le 28 décembre à Hanoï.', '2026-01-03T09:00:00+07:00')?.date).toBe('2025-12-28');
    // seen in late November: "le 3 février" is the past February, not next year's (a feed's
    // stories came out before the visit); a day a few weeks ahead is still an announcement
    expect(dateOf('Entretien le 3 février à Pékin.', '2026-11-26T09:00:00+07:00')?.date).toBe('2026-02-03');
    expect(dateOf('Il effectuera le 10 mars une visite.', '2026-02-06T09:00:00+07:00')?.date).toBe('2026-03-10');
    // a full date keeps its year
    expect(dateOf('Il effectuera le 5 février 2026 une visite.', '2026-02-06T09:00:00+07:00')?.date).toBe('2026-02-05');
  });

  it('leaves it undated when the page gives no day, or only a relative one', () => {
    expect(dateOf('Les deux pays renforcent leur coopération.', '2026-02-06T09:00:00+07:00')).toMatchObject({
      date: null,
      dateSource: null,
    });
    expect(dateOf('La délégation est arrivée ce lundi à Phnom Penh.', '2026-02-06T09:00:00+07:00')?.date).toBeNull();
    // without the visit time there is no year to give a yearless day
    expect(dateOf('Le général a reçu le 4 février une délégation.', null)?.date).toBeNull();
    // an inline "Lire aussi" link may be years older than the visit: not dated by it
    const inline = { ...teaser('Le général a reçu le 4 février une délégation.'), origin: 'inline' as const };
    const [, story] = buildStories({
      url: 'https://lecourrier.vn/a/1.html',
      article,
      related: [inline],
      entities: [],
      seenAt: '2026-02-06T09:00:00+07:00',
    });
    expect(story?.date).toBeNull();
  });
});

describe('evaluateStories', () => {
  it('reaches the targets on the corpus', () => {
    const s = evaluateStories(cases);
    for (const m of [s.articlePartners, s.teaserPartners, s.cooperation, s.articleDate, s.teaserDate]) {
      expect(m.total).toBeGreaterThan(0);
      expect(m.accuracy, m.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('expects the publication day for a historical truth phrase', () => {
    expect(expectedTeaserDate('22 mars 1955', '2026-03-22T10:00:00+07:00')).toBe('2026-03-22');
    expect(expectedTeaserDate('2 et 3 février', '2026-02-03T21:00:00+07:00')).toBe('2026-02-02');
    expect(expectedTeaserDate(null, '2026-02-03T21:00:00+07:00')).toBe('2026-02-03');
  });
});
