// The domains of a story (closed list DOMAINS) from keyword evidence. Words in the title weigh
// more than words in the lead or body; a domain is kept when its evidence is close to the
// strongest one, so a defence story that mentions "sécurité" once stays a defence story.

import { fold } from '../text/fold';
import { DOMAINS, type Domain } from '../types';

type Rule = [pattern: RegExp, weight: number];

const b = (words: string) => new RegExp(`(?<![\\p{L}\\d])(?:${words})(?![\\p{L}\\d])`, 'gu');

// Patterns run on folded text (no accents, lower case).
const RULES: Record<Domain, Rule[]> = {
  security: [
    [b("securite publique|securite nationale|ministere de l'interieur|ministeres? de la securite publique"), 3],
    [
      b(
        'police|policiers?|criminalite|crimes?|criminels?|drogues?|stupefiants|contrebande|terrorisme|cybersecurite|cybercriminalite|traite des etres humains|gardes?-frontieres?|garde-frontiere',
      ),
      2,
    ],
    [b('securite|ordre social'), 1],
  ],
  defence: [
    [
      b(
        "defense|ministere de la defense|armee|armees|militaires?|forces armees|zone militaire|region militaire|marine|soldats?|officiers?|general de (?:brigade|division|corps d'armee)|lieutenant-general|colonel|patrouilles? navales?",
      ),
      2,
    ],
  ],
  diplomacy: [
    [b('sommet|asean|nations unies|onu|conference internationale|forum international|multilaterale?'), 2],
    [
      b(
        "ambassadeurs?|ambassadrices?|ambassades?|affaires etrangeres|mae|diplomatie|diplomatiques?|visite officielle|visite d'etat|homologues?|consulats?|consul general",
      ),
      2,
    ],
    [
      b(
        'relations bilaterales|partenariat strategique(?: global| integral)?|partenariat global|partenariat integral|relations speciales|confiance politique|relations exterieures',
      ),
      2,
    ],
    [
      b(
        "relations|liens|amitie|recoit|a recu|rencontre|rencontrer|s'est entretenu|entretien|visite|delegation|dirigeants?|solidarite|felicitations",
      ),
      1,
    ],
  ],
  party: [
    [
      b(
        'pcv|pprl|ppc|pcc|parti du peuple|parti populaire|bureau politique|front de la patrie|front de solidarite|fronts|congres national du parti|deux partis',
      ),
      2,
    ],
    [b('parti|partis|parti communiste|secretaire general|sg|comite central'), 1],
  ],
  parliament: [
    [
      b(
        'assemblee nationale|parlement|parlements|parlementaires?|interparlementaire|deputes?|legislatives?|legislature|chambre des representants|senat|senateurs?|conseils? populaires?',
      ),
      3,
    ],
    [b('elections?|electeurs?|electoral|urnes'), 2],
  ],
  economy: [
    [
      b(
        'economie|economique|economiques|commerce|commerciale?s?|commerciaux|investissements?|investisseurs?|exportations?|importations?|echanges commerciaux|pib|marches|entreprises|libre-echange|croissance',
      ),
      2,
    ],
  ],
  culture: [
    [
      b(
        'culture|culturelles?|culturels?|patrimoine|festival|arts?|artistes?|musique|cinema|tourisme|touristes?|sports?|litterature|livres?',
      ),
      2,
    ],
  ],
  health: [
    [b('sante|covid-19|covid|epidemie|pandemie|medicaux|medical|medicale|hopital|hopitaux|vaccins?|medecins?'), 2],
  ],
  local: [
    [b('cooperation decentralisee|localite|localites'), 3],
    [b('province|provinces|provincial|provinciale|provinciaux|commune|district|municipalite|region de'), 2],
  ],
  justice: [
    [
      b(
        "justice|judiciaire|juridiques?|tribunal|tribunaux|cour supreme|parquet|procurature|cedaw|droits de l'homme|droits humains|discrimination",
      ),
      2,
    ],
  ],
  media: [[b('presse|medias|media|journal|journaux|journalistes?|television|radio|agence de presse'), 2]],
  education: [[b("education|enseignement|universites?|etudiants?|ecoles?|eleves|bourses? d'etudes|formation"), 2]],
  energy: [
    [
      b('energie|electricite|petrole|petroliere|gaz|centrale|nucleaire|renouvelables?|hydroelectrique|eolien|solaire'),
      2,
    ],
  ],
};

// Phrases whose words would be taken for another domain.
const NEUTRALISE = [
  /conference de presse/g, // a press conference is not a media story
  /socio-economique/g,
];

function score(text: string, weight: number, scores: Map<Domain, number>) {
  // "AN" (Assemblée nationale) only in capitals: folded, it would be "an", a year
  const an = text.match(/(?<![\p{L}\d])AN(?![\p{L}\d])/gu)?.length ?? 0;
  if (an) scores.set('parliament', (scores.get('parliament') ?? 0) + Math.min(an, 3) * 3 * weight);
  let t = fold(text);
  for (const n of NEUTRALISE) t = t.replace(n, (m) => ' '.repeat(m.length));
  for (const d of DOMAINS) {
    for (const [re, w] of RULES[d]) {
      re.lastIndex = 0;
      const hits = t.match(re)?.length ?? 0;
      if (hits) scores.set(d, (scores.get(d) ?? 0) + Math.min(hits, 3) * w * weight);
    }
  }
}

/**
 * Domains of a story, strongest first: the title counts three times, the lead/summary twice,
 * the rest once; a domain is kept when it reaches 45% of the strongest (at most three).
 */
export function findDomains(story: {
  title: string;
  lead?: string | null;
  body?: (string | null | undefined)[];
}): Domain[] {
  const scores = new Map<Domain, number>();
  score(story.title, 3, scores);
  if (story.lead) score(story.lead, 2, scores);
  for (const t of story.body ?? []) if (t) score(t, 1, scores);
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || DOMAINS.indexOf(a[0]) - DOMAINS.indexOf(b[0]));
  const top = ranked[0]?.[1] ?? 0;
  if (top < 2) return [];
  return ranked
    .filter(([, s]) => s >= top * 0.45)
    .slice(0, 3)
    .map(([d]) => d);
}
