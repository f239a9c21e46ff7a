// Countries as French VNA text names them. One line a country:
//   ISO code, French name(s), demonym/adjective stems (masculine singular; the matcher derives
//   feminine and plural forms), and the English name for the popup in English.
// Names are matched folded (no diacritics, any case), so list each spelling once.

export interface Country {
  code: string;
  /** canonical French name first, then other names seen in VNA text */
  names: string[];
  /** masculine singular adjectives: "cambodgien", "lao", "chinois" */
  adjectives: string[];
  en: string;
}

type Row = [code: string, names: string, adjectives: string, en: string];

// prettier-ignore
const ROWS: Row[] = [
  ['VN', 'Vietnam|Viêt Nam|Viet Nam|Vietnam', 'vietnamien', 'Vietnam'],
  ['KH', 'Cambodge|Royaume du Cambodge', 'cambodgien|khmer', 'Cambodia'],
  ['LA', 'Laos|République démocratique populaire lao|RDP lao', 'lao|laotien', 'Laos'],
  ['CN', 'Chine|République populaire de Chine', 'chinois', 'China'],
  ['TH', 'Thaïlande', 'thaïlandais|thaï', 'Thailand'],
  ['MM', 'Myanmar|Birmanie', 'birman|myanmar', 'Myanmar'],
  ['MY', 'Malaisie', 'malaisien', 'Malaysia'],
  ['SG', 'Singapour', 'singapourien', 'Singapore'],
  ['ID', 'Indonésie', 'indonésien', 'Indonesia'],
  ['PH', 'Philippines', 'philippin', 'Philippines'],
  ['BN', 'Brunei|Brunéi Darussalam|Brunei Darussalam', 'brunéien', 'Brunei'],
  ['TL', 'Timor-Leste|Timor oriental', 'timorais|est-timorais', 'Timor-Leste'],
  ['JP', 'Japon', 'japonais|nippon', 'Japan'],
  ['KR', 'République de Corée|Corée du Sud|R. de Corée', 'sud-coréen', 'South Korea'],
  ['KP', 'République populaire démocratique de Corée|RPDC|Corée du Nord', 'nord-coréen', 'North Korea'],
  ['IN', 'Inde', 'indien', 'India'],
  ['BD', 'Bangladesh', 'bangladais', 'Bangladesh'],
  ['PK', 'Pakistan', 'pakistanais', 'Pakistan'],
  ['LK', 'Sri Lanka', 'sri-lankais', 'Sri Lanka'],
  ['NP', 'Népal', 'népalais', 'Nepal'],
  ['MN', 'Mongolie', 'mongol', 'Mongolia'],
  ['AU', 'Australie', 'australien', 'Australia'],
  ['NZ', 'Nouvelle-Zélande', 'néo-zélandais', 'New Zealand'],
  ['RU', 'Russie|Fédération de Russie', 'russe', 'Russia'],
  ['BY', 'Biélorussie|Bélarus', 'biélorusse', 'Belarus'],
  ['UA', 'Ukraine', 'ukrainien', 'Ukraine'],
  ['KZ', 'Kazakhstan', 'kazakh', 'Kazakhstan'],
  ['UZ', 'Ouzbékistan', 'ouzbek', 'Uzbekistan'],
  ['FR', 'France', 'français', 'France'],
  ['DE', 'Allemagne', 'allemand', 'Germany'],
  ['GB', 'Royaume-Uni|Grande-Bretagne', 'britannique', 'United Kingdom'],
  ['IT', 'Italie', 'italien', 'Italy'],
  ['ES', 'Espagne', 'espagnol', 'Spain'],
  ['PT', 'Portugal', 'portugais', 'Portugal'],
  ['BE', 'Belgique', 'belge', 'Belgium'],
  ['NL', 'Pays-Bas', 'néerlandais', 'Netherlands'],
  ['CH', 'Suisse', 'suisse', 'Switzerland'],
  ['AT', 'Autriche', 'autrichien', 'Austria'],
  ['PL', 'Pologne', 'polonais', 'Poland'],
  ['CZ', 'République tchèque|Tchéquie', 'tchèque', 'Czechia'],
  ['SK', 'Slovaquie', 'slovaque', 'Slovakia'],
  ['HU', 'Hongrie', 'hongrois', 'Hungary'],
  ['RO', 'Roumanie', 'roumain', 'Romania'],
  ['BG', 'Bulgarie', 'bulgare', 'Bulgaria'],
  ['GR', 'Grèce', 'grec', 'Greece'],
  ['SE', 'Suède', 'suédois', 'Sweden'],
  ['NO', 'Norvège', 'norvégien', 'Norway'],
  ['DK', 'Danemark', 'danois', 'Denmark'],
  ['FI', 'Finlande', 'finlandais', 'Finland'],
  ['IE', 'Irlande', 'irlandais', 'Ireland'],
  ['LU', 'Luxembourg', 'luxembourgeois', 'Luxembourg'],
  ['RS', 'Serbie', 'serbe', 'Serbia'],
  ['TR', 'Turquie', 'turc', 'Türkiye'],
  ['US', 'États-Unis|Etats-Unis|USA', 'américain|étasunien', 'United States'],
  ['CA', 'Canada', 'canadien', 'Canada'],
  ['MX', 'Mexique', 'mexicain', 'Mexico'],
  ['CU', 'Cuba', 'cubain', 'Cuba'],
  ['BR', 'Brésil', 'brésilien', 'Brazil'],
  ['AR', 'Argentine', 'argentin', 'Argentina'],
  ['CL', 'Chili', 'chilien', 'Chile'],
  ['PE', 'Pérou', 'péruvien', 'Peru'],
  ['VE', 'Venezuela', 'vénézuélien', 'Venezuela'],
  ['CO', 'Colombie', 'colombien', 'Colombia'],
  ['NI', 'Nicaragua', 'nicaraguayen', 'Nicaragua'],
  ['EG', 'Égypte', 'égyptien', 'Egypt'],
  ['MA', 'Maroc', 'marocain', 'Morocco'],
  ['DZ', 'Algérie', 'algérien', 'Algeria'],
  ['TN', 'Tunisie', 'tunisien', 'Tunisia'],
  ['SN', 'Sénégal', 'sénégalais', 'Senegal'],
  ['CI', "Côte d'Ivoire", 'ivoirien', "Côte d'Ivoire"],
  ['CM', 'Cameroun', 'camerounais', 'Cameroon'],
  ['MZ', 'Mozambique', 'mozambicain', 'Mozambique'],
  ['AO', 'Angola', 'angolais', 'Angola'],
  ['ZA', 'Afrique du Sud', 'sud-africain', 'South Africa'],
  ['NG', 'Nigeria|Nigéria', 'nigérian', 'Nigeria'],
  ['ET', 'Éthiopie', 'éthiopien', 'Ethiopia'],
  ['KE', 'Kenya', 'kényan', 'Kenya'],
  ['TZ', 'Tanzanie', 'tanzanien', 'Tanzania'],
  ['MG', 'Madagascar', 'malgache', 'Madagascar'],
  ['IL', 'Israël', 'israélien', 'Israel'],
  ['PS', 'Palestine', 'palestinien', 'Palestine'],
  ['IR', 'Iran', 'iranien', 'Iran'],
  ['IQ', 'Irak', 'irakien', 'Iraq'],
  ['SA', 'Arabie saoudite', 'saoudien', 'Saudi Arabia'],
  ['AE', 'Émirats arabes unis|EAU', 'émirien|émirati', 'United Arab Emirates'],
  ['QA', 'Qatar', 'qatari|qatarien', 'Qatar'],
  ['KW', 'Koweït', 'koweïtien', 'Kuwait'],
  ['LB', 'Liban', 'libanais', 'Lebanon'],
  ['SY', 'Syrie', 'syrien', 'Syria'],
  ['JO', 'Jordanie', 'jordanien', 'Jordan'],
];

export const COUNTRIES: Country[] = ROWS.map(([code, names, adjectives, en]) => ({
  code,
  names: [...new Set(names.split('|'))],
  adjectives: adjectives.split('|'),
  en,
}));

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

export function countryByCode(code: string): Country | undefined {
  return BY_CODE.get(code.toUpperCase());
}

/** Regional-indicator flag emoji for an ISO code ("KH" → 🇰🇭). */
export function flagOf(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}
