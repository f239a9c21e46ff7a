// A source cited with "selon" / "d'après" says who speaks: its places and bodies are not partners,
// unless the source holds an office (an envoy, a minister: they speak for a country).
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { findPartners } from '../../lib/stories';
import { attributionSpans } from '../../lib/stories/attribution';
import type { Entity } from '../../lib/types';

/** A teaser's partners as the story builder reads them: its texts and the entities found in them. */
const teaserPartners = (title: string, summary: string) =>
  findPartners([title, summary], findEntities({ title, lead: summary, paragraphs: [], captions: [], related: [] }));

describe('a cited source', () => {
  it('spans the source and its apposition when it opens the sentence, the rest of the sentence otherwise', () => {
    const opening =
      'Selon Lê Duc Anh, de l’Université de Tokyo, le Vietnam doit faire de l’innovation le moteur principal.';
    const [span] = attributionSpans(opening);
    expect(opening.slice(...(span as [number, number]))).toBe('Selon Lê Duc Anh, de l’Université de Tokyo');
    const later =
      'La guerre est jugée injustifiée, selon un sondage mené par l’Emerson College des États-Unis. Le reste suit.';
    const [span2] = attributionSpans(later);
    expect(later.slice(...(span2 as [number, number]))).toBe(
      'selon un sondage mené par l’Emerson College des États-Unis',
    );
    // ("selon que", "selon lequel" cite no one; an office holder is kept)
    expect(attributionSpans('Les tarifs varient selon que le client est au Japon ou non.')).toEqual([]);
    expect(attributionSpans('Les relations sont excellentes, selon l’ambassadeur du Japon au Vietnam.')).toEqual([]);
  });

  it('names no partner of a teaser through the source’s place, body or post (dev teasers, as stored)', () => {
    // (dev: t-le-lancement-de-vnredsat1-est-reporte-40549)
    expect(
      teaserPartners(
        'Le Vietnam renforce sa position internationale grâce à la science et à l’innovation',
        'Selon Lê Duc Anh, de l’Université de Tokyo, pour assurer un développement rapide et durable, le Vietnam doit faire de l’innovation le moteur principal de la productivité, en ciblant des secteurs stratégiques tels que les semi-conducteurs, l’intelligence artificielle, les nouveaux matériaux et la biotechnologie.',
      ),
    ).toEqual([]);
    // (dev: t-cooperation-entre-dien-bien-et-des-provinces-laoti-34949)
    expect(
      teaserPartners(
        'Élections législatives au Vietnam : vers un renforcement de la diplomatie parlementaire dans la "nouvelle ère"',
        'Quatre piliers stratégiques doivent être privilégiés afin de promouvoir la coopération interparlementaire et d’élever la diplomatie législative au service des objectifs de développement du Vietnam pour le prochain mandat, selon Phan Kien Cuong, arbitre économique en République tchèque, en Slovaquie et à Vienne, et directeur adjoint du Centre de conseil pour le développement économique et commercial du Vietnam (VICENDETI).',
      ),
    ).toEqual([]);
    // (dev: t-vn-et-salvador-nouent-des-liens-diplomatiques-post15453: a poll's country in the title too)
    expect(
      teaserPartners(
        'Guerre du Vietnam, le conflit le plus injustifié du 20e siècle, selon un sondage américain',
        'La guerre du Vietnam est considérée comme le conflit le plus injustifié du siècle dernier, selon un récent sondage d’opinion mené par Nexstar Media Group et l’Emerson College des États-Unis, à l’occasion du 50e anniversaire de la fin de la guerre.',
      ),
    ).toEqual([]);
  });

  // (the second reviewer's, R46: a citation is the source and what is said of it, no more)
  it('ends where the source and its apposition end: the sentence goes on with its own partners', () => {
    expect(
      findPartners(
        [
          "Le Vietnam attire 20 milliards de dollars d'IDE au premier semestre",
          "Les investissements directs étrangers ont atteint 20 milliards de dollars au premier semestre, selon l'Agence d'investissement étranger, Singapour étant le premier investisseur, suivi de la République de Corée et du Japon.",
        ],
        [],
        { head: 2 },
      ),
    ).toEqual(['SG', 'KR', 'JP']);
    expect(
      teaserPartners(
        'Hausse des exportations de crevettes',
        'Les exportations de crevettes ont atteint 4 milliards de dollars, selon l’Association des exportateurs et producteurs de produits aquatiques du Vietnam (VASEP), les États-Unis, le Japon et la Chine étant les principaux marchés.',
      ),
    ).toEqual(['US', 'JP', 'CN']);
    // ("des …", "de nombreuses …" after the comma are the sentence's subject, not the source's body)
    expect(
      teaserPartners(
        'Les IDE au Vietnam en hausse',
        "Selon l'Agence d'investissement étranger, des investisseurs japonais ont injecté 5 milliards de dollars au premier trimestre, devant Singapour.",
      ).sort(),
    ).toEqual(['JP', 'SG']);
    // (an opening "selon" with no comma after a short source cites nothing)
    expect(
      teaserPartners(
        'Coopération dans l’énergie',
        'Selon le programme de coopération le Vietnam et le Japon développeront ensemble des centrales solaires, selon un communiqué.',
      ),
    ).toEqual(['JP']);
    // (a state's agency speaks for its country)
    expect(
      teaserPartners(
        'Quang Tri : une nouvelle route rurale inaugurée',
        'Selon l’Agence japonaise de coopération internationale (JICA), le projet de 20 millions de dollars profitera à 30.000 habitants.',
      ),
    ).toEqual(['JP']);
  });

  // (the second reviewer's second read, R46b)
  it('reads "M." as no sentence end, a seat "basée à …" and an acronym in brackets as the source’s', () => {
    expect(
      teaserPartners(
        'L’innovation, moteur de la croissance',
        "Selon M. Le Duc Anh, de l'Université de Tokyo, le Vietnam doit faire de l'innovation le moteur principal.",
      ),
    ).toEqual([]);
    expect(
      teaserPartners(
        'Le Vietnam, destination prisée',
        "Le Vietnam reste attractif, selon l'agence de notation Moody's, basée à New York.",
      ),
    ).toEqual([]);
    expect(
      teaserPartners(
        'Les jeunes Vietnamiens optimistes',
        "Selon une étude publiée par l'Université nationale de Singapour (NUS) en mars dernier, 70 % des jeunes Vietnamiens sont optimistes.",
      ),
    ).toEqual([]);
    expect(
      teaserPartners(
        'Un nouveau projet à Binh Duong',
        'Selon la KOICA, le projet de formation professionnelle de 10 millions de dollars sera lancé en mai.',
      ),
    ).toEqual(['KR']);
    // (a source ends at its bracket or at "tandis que", with no comma)
    expect(
      teaserPartners(
        'Hausse des exportations de crevettes',
        'Les exportations de crevettes ont atteint 4 milliards de dollars (selon la VASEP) et les États-Unis restent le premier marché.',
      ),
    ).toEqual(['US']);
    expect(
      teaserPartners(
        'Le commerce Vietnam-Japon progresse',
        'Le commerce bilatéral a atteint 50 milliards de dollars en 2024 selon les statistiques des douanes tandis que les investissements de la République de Corée ont dépassé 80 milliards de dollars.',
      ),
    ).toEqual(['JP', 'KR']);
  });

  it('keeps a partner the story names outside the citation, or a source who holds an office', () => {
    expect(
      teaserPartners(
        'Le Vietnam et le Japon renforcent leur coopération spatiale',
        'Les deux pays ont signé un accord, selon Lê Duc Anh, de l’Université de Tokyo.',
      ),
    ).toEqual(['JP']);
    expect(
      teaserPartners(
        'Les investissements progressent',
        'Les relations bilatérales se développent bien, selon l’ambassadeur du Japon au Vietnam, Ito Naoki.',
      ),
    ).toEqual(['JP']);
  });

  // (the second reviewer's, R46: an entity the texts read do not hold — named past the story's
  // first characters — is not "only cited"; a name inside a longer word is no mention of it)
  it('leaves an entity the texts do not hold, and reads whole words only', () => {
    const jica: Entity = {
      id: 'organization:jica',
      name: 'JICA',
      type: 'organization',
      aliases: [],
      role: null,
      country: 'JP',
      mentions: [{ in: 'paragraph', index: 40, start: 0, end: 4, text: 'JICA' }],
    };
    expect(
      findPartners(['Coopération au développement', 'Selon X, de l’Université de Hanoï, le projet avance.'], [jica]),
    ).toEqual(['JP']);
  });
});
