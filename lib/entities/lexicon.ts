// Closed word lists the rules rely on, all folded (lower case, no diacritics). Kept apart from
// the rules so a reader can extend French coverage without touching matching code.

import type { Token } from './tokens';

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Words that count a plural noun: "sept villes", "les deux ministères", "plusieurs districts". */
export const COUNT_WORDS = set('deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt plusieurs');

/** Words before a function that say the holder is new to it: "X, nouveau secrétaire du Comité…". */
export const NEWLY = set('nouveau nouvel nouvelle nouveaux nouvelles');

/** Professions, stated as roles as functions are: "X, consultant principal du programme…". */
export const PROFESSIONS = set(`
journaliste photojournaliste photographe reporter ecrivain poete artiste musicien musicienne chanteur chanteuse
peintre sculpteur realisateur realisatrice expert experte chercheur chercheuse economiste analyste historien
historienne consultant consultante agent agente fonctionnaire policier policiere etudiant etudiante
employe employee salarie salariee styliste designer createur creatrice cineaste comedien comedienne acteur actrice
danseur danseuse compositeur compositrice romancier romanciere traducteur traductrice sculptrice
comptable comptables tresorier tresoriere
saxophoniste pianiste violoniste guitariste rockeur rockeuse rappeur rappeuse animateur animatrice
presentateur presentatrice mannequin
chroniqueur chroniqueuse editorialiste blogueur blogueuse
illustrateur illustratrice dessinateur dessinatrice caricaturiste calligraphe
conteur conteuse poetesse collectionneur collectionneuse
archeologue sinologue vietnamologue linguiste sociologue politologue anthropologue ethnologue geographe philosophe
physicien physicienne mathematicien mathematicienne biologiste chimiste agronome
veterinaire infirmier infirmiere pharmacien pharmacienne dentiste chirurgien chirurgienne
entrepreneur entrepreneuse commercant commercante artisan artisane agriculteur agricultrice cultivateur cultivatrice
eleveur eleveuse paysan paysanne cafeiculteur cafeicultrice benevole
`);

/** Who competes in a sport: "la lutteuse birmane X" names a person, states no function. */
const ATHLETES = `
athlete athletes lutteur lutteuse lutteurs lutteuses nageur nageuse nageurs nageuses boxeur boxeuse boxeurs
coureur coureuse cycliste cyclistes pongiste pongistes halterophile halterophiles gymnaste gymnastes judoka
judokas karateka karatekas escrimeur escrimeuse tireur tireuse golfeur golfeuse tennisman tenniswoman archer
adversaire adversaires
`;

/** Words that open a role phrase before or after a name ("le président X", "X, ambassadeur…"). */
export const TITLE_WORDS = new Set([
  ...NEWLY,
  ...PROFESSIONS,
  ...set(`
president presidente presidents ministre ministres delegue deleguee premier premiere premiers premieres secretaire ambassadeur
ambassadrice general generale generaux colonel commandant chef cheffe directeur directrice
porte-parole porte sous roi reine prince princesse dirigeant dirigeante dirigeants leader homologue
lieutenant capitaine amiral marechal depute deputee gouverneur maire membre consul consule
envoye envoyee representant representante conseiller conseillere sg pm chancelier chanceliere senateur
sultan emir pape nonce patriarche venerable professeur professeure docteur dr pr sous-ministre vice bourgmestre bourgmestres
feu defunt defunte heros adjoint adjointe vice-ministre haut haute
vice-president vice-presidente copresident copresidente administrateur administratrice gouverneure commissaire
juge procureur procureure inspecteur inspectrice charge chargee attache attachee ancien ancienne ex actuel actuelle
recteur rectrice auditeur auditrice
empereur imperatrice ambassadeurs ambassadrices representants consuls entraineur entraineurs
selectionneur officier officiel cadre coordinateur pdg fondateur fondatrice cofondateur cofondatrice mairesse prefet prefete eveque archeveque cardinal coordonnateur coordonnatrice avocat avocate attaquant joueur joueuse
responsable responsables redacteur redactrice coordinatrice assistant assistante
diplomate gardien militant militante enseignant enseignante ingenieur ingenieure medecin architecte
defenseur portier footballeur footballeuse attaquante gardienne entraineuse arbitre buteur buteuse compatriote compatriotes coequipier coequipiere coequipiers coequipieres
`),
  ...set(ATHLETES),
]);

/** Ranks and titles (military, princely, academic): a role of their own only when no function is stated with them. */
export const RANKS = set(
  'general generale colonel lieutenant capitaine amiral marechal prince princesse cheikh docteur dr pr professeur professeure venerable',
);

/**
 * Offices of state (folded role): after one, a foreign name with "de" is a family name's ("le
 * président du Portugal Marcelo Rebelo de Sousa"), and one foreign word is a family name ("le
 * président Trump").
 */
export const STATE_OFFICE =
  /^(?:vice-|ancien |ancienne |ex-)?(?:president|presidente|premier ministre|premiere ministre|ministre|ambassad|secretaire d'etat|gouverneur|senateur|chancelier|roi|reine)/;

/** Words that say how two people relate, not a function: "son homologue indien X", "sa compatriote X", "son coéquipier X" state none. */
export const RELATIONAL_TITLES = set(
  'homologue homologues compatriote compatriotes coequipier coequipiere coequipiers coequipieres',
);

/** Where a player plays, not a function: "le gardien de but Kawin", "l'attaquant X" state none. */
export const PLAYING_POSITIONS = set(
  `gardien gardiens attaquant attaquants defenseur defenseurs buteur joueur joueuse portier footballeur footballeuse
  ${ATHLETES}`,
);

/** Words before a function that say the holder has died: "feu le président", "le défunt président". */
export const DECEASED = set('feu defunt defunte');

/** Title words that say which holder of the title after them, not what function: "ancien", "actuel", "nouveau", "haut". */
export const HOLDER_QUALIFIERS = new Set([
  // ("haut" only before its title: "le haut-commissaire", "le Haut représentant"; not "de haut niveau")
  ...set('ancien ancienne ex haut haute actuel actuelle'),
  ...NEWLY,
]);

/** Title words that only qualify the next one: "Premier ministre", "vice-président", "feu le roi". */
export const TITLE_QUALIFIERS = new Set([
  ...set('premier premiere premiers premieres vice sous'),
  ...HOLDER_QUALIFIERS,
]);

/** Civilities that make the next capitalised words a person but are not roles. */
export const CIVILITIES = set('m mme mlle mm mmes monsieur madame messieurs mesdames camarade');

/** Academic titles written short before a name: "Dr", "Pr.", "Prof." (a form of address, as "M." is). */
export const SHORT_DEGREES = set('dr pr prof');

/** Honorifics stripped from the front of a name (Cambodian, Lao, Thai, royal…). */
export const HONORIFICS = set(`
samdech techo akka moha sena padei pichey thipadei krolahom vibol bovor bovorn borvor preah bat
cheikh sheikh tuanku tunku
borom boromneath neak oknha lok chumteav excellence s.e son altesse majeste dato datuk
sri dato' haji pehin hrh tengku seri utama kittisangha kittiprittbindit kittipritbindit bundit sdech
kralahom sangha reach vongsa baddita serey chakrei dame sir
`);

/**
 * Is the word at k an honorific: one of HONORIFICS, or the first word of a Malaysian pair, "Tan
 * Sri", "Puan Sri", "Toh Puan" ("Tan" alone is a family name: "Tan Yang Thai")?
 */
export function honorificAt(toks: readonly { f: string; cap: boolean; kind: string }[], k: number): boolean {
  const t = toks[k];
  if (t?.kind !== 'w' || !t.cap) return false;
  if (HONORIFICS.has(t.f)) return true;
  const next = toks[k + 1]?.f;
  return (
    ((t.f === 'tan' || t.f === 'puan') && next === 'sri') ||
    (t.f === 'toh' && next === 'puan') ||
    (t.f === 'puan' && toks[k - 1]?.f === 'toh')
  );
}

/**
 * Fields of government a ministry is named after, and a company's trade ("ministère de la Santé",
 * "société d'investissement"): words of French text, not names.
 */
export const FIELDS_OF_GOVERNMENT = set(
  'defense justice securite sante finances commerce industrie education culture sports tourisme information communication construction transports agriculture environnement travail investissement sciences technologie technologies ressources forets peche peches energie emploi jeunesse famille economie planification immigration infrastructures telecommunications',
);

/**
 * Capitalised words that are never (part of) a name: French function words, sentence openers,
 * titles, portfolios, months, days, credits. A capitalised run is cut at these words.
 */
export const NOT_NAME = set(`
le la les l un une des du de d et a au aux en dans sur pour par avec selon ce cet cette ces il
elle ils elles on nous vous je son sa ses leur leurs mais ou donc or ni car lors apres avant
depuis pendant toujours entre vers sous chez sans comme ainsi aussi encore deja tres plus moins
tous tout toute toutes quel quelle quels quelles qui que quoi dont c s n j qu y ne pas se si
voici voila notamment outre cependant toutefois enfin puis alors ici la-bas hier demain
auparavant desormais dorenavant ensuite neanmoins pourtant autrefois jadis certes bientot
aujourd'hui aujourd lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril
juin juillet aout septembre octobre novembre decembre photo photos video videos source vna cvn
avi afp reuters xinhua president presidente premier premiere ministre ministere ministeres roi
reine prince princesse secretaire general generale vice sg pm etat etats gouvernement parti
partis comite comites commission conseil conseils assemblee front armee ambassade ambassadeur
ambassadrice departement bureau direction agence union federation association organisation
sud nord est ouest centre central centrale actualite edito voir lire aussi nouvel annee congres
convention conference session sommet forum programme plan accord traite declaration rapport
fete journee semaine mois renouveau interieur affaires ${[...FIELDS_OF_GOVERNMENT].join(' ')}
banque police republique royaume peuple nation nations patrie histoire dialogue strategie
cooperation amitie relations partenariat visite entretien rencontre ceremonie delegation
monsieur madame excellence general-secretaire gauche droite gauche centre tet covid internet
bouddha
`);

/** Heads of organisation names. Lower-case heads (ministère, ambassade) are accepted in lower case. */
export const ORG_HEADS = set(`
ministere ministeres commission comite departement conseil front armee forces assemblee chambre
parlement bureau agence union organisation federation association banque fonds academie
institut universite cour tribunal office direction administration commandement parti senat
secretariat inspection garde police centre communaute alliance ligue mouvement ambassade
consulat corps brigade division region-militaire service radio television compagnie societe
corporation groupe parquet confederation hopital autorite fondation marine bibliotheque archives ecole
lycee conservatoire
`);

export const ORG_HEADS_LOWER_OK = set('ministere ministeres ambassade consulat');

/** An organisation's head word: capitalised, or one that is a name in lower case too ("ministère"). */
export function isHead(t: Token | undefined): boolean {
  if (t?.kind !== 'w' || !ORG_HEADS.has(t.f)) return false;
  return t.cap || ORG_HEADS_LOWER_OK.has(t.f);
}

/** Organisation names that are too generic to stand alone as an entity. */
export const GENERIC_ORGS = new Set([
  'comite central',
  'comite du parti',
  'comite permanent',
  'comite populaire',
  'comites populaires',
  'conseil populaire',
  'conseils populaires',
  'commission centrale',
  'forces armees',
  'bureau du parti',
  'parti central',
  'comite central du parti',
  'assemblee generale',
  'conseil national',
  // two countries' joint body, named by what it is for or by the pair ("Comité intergouvernemental
  // Vietnam-Laos"); alone it says only that there is one
  'comite intergouvernemental',
  'commission intergouvernementale',
  'comite mixte',
  'commission mixte',
  // a parliament's chambers, glossed after its own name: "le Mazhilis (Chambre basse)"
  'chambre haute',
  'chambre basse',
  // said of the province or city the story is about, named elsewhere
  'comite provincial',
  'comite municipal',
  'conseil municipal',
  'comite populaire provincial',
  'comite populaire municipal',
  'conseil populaire provincial',
  'bureau permanent',
  'comite executif',
]);

/** Prepositions before a place: "à Paris", "de Hanoï", "vers le Laos". */
export const PLACE_PREPOSITIONS = set('a au aux de d du en vers dans');

/** Words after which a capitalised run is a place: "province de Soc Trang", "hameau de Nà Trang". */
export const PLACE_TRIGGERS = set(`
province provinces ville villes district districts commune communes hameau village villages
quartier quartiers region arrondissement localite ile iles archipel port aeroport municipalite
capitale prefecture canton comte etat-province bourg cite fleuve riviere lac mont montagne baie
col plateau delta bassin etat etats cantons prefectures regions oblast emirat land lander zone
zi ze zes
`);
// ("ZI", "ZE", "ZES": a zone industrielle, économique, économique spéciale, as VNA writes them short:
// "la ZI de Tan Duc")

/** Common nouns that begin a place's own name: "aéroport international de Noi Bai", "port de Cai Mep". */
export const FACILITY_NOUNS = set(
  'aeroport port pont gare maison village sanctuaire barrage stade autoroute route tunnel pagode temple musee rue avenue boulevard riviere carrefour poste centrale parc hotel baie lac gisement mausolee palais ligne memorial cimetiere necropole monument citadelle mont fleuve marche plage cathedrale grotte foret reserve jardin complexe porte place colline prison theatre mer golfe detroit peninsule ruisseau raffinerie bande',
);

/** Titles of the person a place is named after: "Mausolée du Président Hô Chi Minh", "aéroport du Roi Khalid". */
export const DEDICATION_TITLES = set(
  'president roi rois reine reines prince princesse general marechal saint sainte sultan emir empereur empereurs oncle',
);

/** Adjectives that make a capitalised noun a place of state: "le Palais présidentiel". */
export const STATE_ADJECTIVES = set('presidentiel royal imperial');

/** Nouns of companies: "le groupe Samsung Electronics", "la compagnie pétrolière Uzbekneftegaz". */
export const COMPANY_NOUNS = set(
  'groupe societe compagnie entreprise firme constructeur operateur armateur conglomerat cooperative banque sarl',
);

/**
 * Nouns a body's name follows that are part of that name: "l'hôpital Bach Mai", "l'hôpital Uong Bi"
 * (a hospital named after its town is the hospital).
 */
export const NAMED_WITH_NOUN = set('hopital');

/** Nouns a medium's, a company's or a club's name follows: "le journal Vientiane Mai", "le groupe Vingroup", "le club Hanoi FC". */
export const ORG_TRIGGERS = new Set([
  ...set('journal quotidien hebdomadaire magazine revue agence chaine radio television site portail club'),
  ...COMPANY_NOUNS,
  ...NAMED_WITH_NOUN,
]);

/** Adjectives between a medium's noun and its name: "la chaîne internationale Nile TV". */
export const MEDIA_ADJECTIVES = set(`
international internationale national nationale public publique prive privee aerien aerienne
officiel officielle economique electronique financier financiere petrolier petroliere etatique
local locale grand grande principal principale ancien ancienne celebre renomme renommee
independant independante numerique regional regionale general generale gaziere gazier automobile
`);

/** Last words of foreign names of bodies: "Qatar Investment Authority", "Bangkok Post". */
export const ENGLISH_ORG_ENDS = set(`
authority chamber times news tv post sports group corporation corp bank airlines airways holdings
fund agency council institute university foundation company media network daily herald tribune
telegraph channel broadcasting press inc ltd limited motors electronics industries
petroleum gazette monitor globe mail organization jsc trading investment board committee commission
`);

/** "relevant du ministère", "rattaché à": what a unit reports to (a function goes on over it). */
export const REPORTS_TO = set('relevant rattache rattachee rattaches rattachees affilie affiliee affilies affiliees');

/** Lower-case words that end a role phrase or an organisation name (verbs, connectors). */
export const ROLE_STOP = new Set([
  ...REPORTS_TO,
  ...set(`
recoit recu recevant accueille accueilli salue remercie felicite conduite conduit dirigee dirige
a ont est sont ete etait etaient sera seront va vont fait avait avaient s se qui que dont avec
par pour selon entre lors devant contre chez sous envers vers rencontre rencontrent rencontrant
affirme affirmant souligne soulignant declare declarant estime estimant dit insiste insistant
offre participe assiste preside copreside travaille signe signent appelle lors dans sur
venu venue venus venues arrive arrivee prenant depuis celle celui ceux adresse adressee ayant etant
apres avant pendant durant ans visite visites comme ainsi aujourd hier demain afin jusqu lorsqu puisqu
prend prennent prononce prononcent remet remettent inaugure inaugurent intervient interviennent
discute discutent parle parlent serre serrent rend rendent repond repondent ecoute ecoutent
inspecte inspectent decore decorent depose deposent entretient entretiennent
`),
]);

/** "pour la période 2025-2030", "pour le mandat…": a term of office, no part of a name or a function. */
export const TERM_NOUNS = set('periode mandat annee annees legislature saison exercice duree');

/** Spouses: "et son épouse X" names a person; "l'épouse du Premier ministre, Mme X" gives no title. */
export const SPOUSES = set('epouse epoux femme mari conjoint conjointe');

/** Determiners that begin the noun phrase holding a role ("le", "la", "son"…). */
export const ROLE_DETERMINERS = set('le la les l un une son sa ses leur leurs cet cette ce ces notre votre');
/** "son", "sa", "leur": the determiners that say whose body a role's complement names. */
export const OWNERS = set('son sa ses leur leurs');

/** Vietnamese family names (folded): the first syllable of most Vietnamese names. */
export const VN_SURNAMES = set(`
nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh trinh luong
mai cao lam ha ta doan dao quach chu kieu lai lu luu mac nong thai tong trieu vuong khuat giang
la lo kim hua hau thach lieu phung tang to tu dam dieu au ong chau diep tieu van vi yen quan
khong nghiem thieu lang lac ninh bach nham than ton kha ung tiet phi hong luc
`);

/** Plural nouns of people a list of names may follow: "les sportifs vietnamiens Phuoc Hai et Khanh Phong". */
export const PEOPLE_NOUNS = set(
  'sportifs sportives athletes gymnastes joueurs joueuses nageurs nageuses coureurs coureuses boxeurs footballeurs artistes chanteurs chanteuses champions championnes laureats laureates',
);

/** One Vietnamese syllable, folded (onset + 1–3 vowels + optional coda). Bounded: no backtracking risk. */
export const VN_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

/** Lower-case adjective endings accepted inside organisation names ("Bureau politique"). */
export const ADJ_SUFFIXES = [
  'ique',
  'iques',
  'al',
  'ale',
  'aux',
  'ales',
  'el',
  'elle',
  'els',
  'elles',
  'aire',
  'aires',
  'ien',
  'ienne',
  'iens',
  'iennes',
  // "européenne", "méditerranéen"
  'een',
  'eenne',
  'eens',
  'eennes',
  'ais',
  'aise',
  'ois',
  'oise',
  'ee',
  'ees',
  'if',
  'ive',
  'ifs',
  'ives',
  'eur',
  'eure',
  'ieur',
  'ieure',
  'ieurs',
  'ieures',
  'ere',
  'eres',
  'unies',
  'able',
  'ables',
  'onne',
  'onnes',
  'iste',
  'istes',
  'ain',
  'aine',
  'ains',
  'aines',
  'supreme',
  'permanent',
  'permanente',
  'unifie',
  'unifies',
  'mixte',
  'mixtes',
  'conjoint',
  'conjointe',
  'autonome',
  'autonomes',
];

/** Adjectives in -ier that a suffix would confuse with given names (Olivier, Didier, Javier). */
const IER_ADJECTIVES = set(
  'petrolier petroliers gazier gaziers hospitalier hospitaliers financier financiers foncier routier',
);

/** Short adjectives no ending gives away: "Chambre haute", "Chambre basse", "Ligue arabe". */
// (and the adjectives of parties no suffix tells: "Parti libéral démocrate", "sociaux-démocrates")
const SHORT_ADJECTIVES = set(
  'haut haute hauts hautes bas basse basses arabe arabes democrate democrates licite licites illicite illicites maritime maritimes',
);

export function looksAdjective(folded: string): boolean {
  if (IER_ADJECTIVES.has(folded) || SHORT_ADJECTIVES.has(folded)) return true;
  if (folded.length < 4) return false;
  for (const suf of ADJ_SUFFIXES) if (folded.endsWith(suf)) return true;
  return false;
}

/** Name particles written in lower case: "Abdel Fattah al-Sisi", "Ursula von der Leyen". */
export const PARTICLES = set('al el bin ben ibn bint abu van von der den da dos das do');

/** Sovereigns are named by one name: "l'empereur Naruhito", "le roi Philippe". */
export const SOVEREIGNS = set(
  'roi reine empereur imperatrice sultan emir pape prince princesse grand-duc grande-duchesse',
);

/** Adjectives of the regions of a country: "le Centre septentrional" is a region. */
export const DIRECTIONAL = set(
  'septentrional septentrionale meridional meridionale oriental orientale occidental occidentale',
);

/** Adjectives a place noun takes before its name: "région autonome du Tibet", "province frontalière de". */
export const PLACE_ADJECTIVES = set(`
autonome autonomes central centrale centraux centrales frontalier frontaliere frontaliers montagneux
montagneuse cotier cotiere voisin voisine voisines insulaire septentrional septentrionale meridional
meridionale oriental orientale occidental occidentale nord sud est ouest economique economiques
industrielle industrielles urbaine urbaines touristique franche
suburbain suburbaine periurbain periurbaine rural rurale calcaire karstique pittoresque paysager paysagere
lacustre terrestre terrestres fluvial fluviale maritime maritimes caribeen caribeenne tropical tropicale volcanique historique
special speciale speciaux speciales administratif administrative portuaire portuaires balneaire balneaires
artisanal artisanale artisanaux ancien ancienne traditionnel traditionnelle flottant flottante flottants flottantes
humide humides protege protegee proteges protegees
`);

/** Prepositions that join a complement inside a name, and the words they follow there. */
const JOINING_PARTICIPLES = 'lie lies liee liees relatif relatifs relative relatives consacre consacree';

/** Nouns of an action that takes its object after "au"/"aux" in a body's name. */
const ACTION_NOUNS = 'soutien reponse resilience aide assistance adaptation acces riposte preparation secours';

export const CONNECTOR_NOUNS = new Map<string, Set<string>>([
  // ("Centre d'action contre les mines", "Ligue contre le cancer", "Mouvement … vers le socialisme")
  ['contre', set('lutte prevention action ligue alliance coalition campagne combat')],
  ['vers', set('mouvement marche')],
  ['avec', set('amitie solidarite cooperation relations echanges partenariat liaison affaires')],
  [
    'sur',
    set(
      'mixte mixtes conjoint conjointe intergouvernemental intergouvernementale etude etudes recherche recherches consultatif consultative travail coordination pilotage',
    ),
  ],
  // "Commission des affaires liées aux députés": a participle that joins its object
  // ("Fonds de soutien aux jeunes talents", "Comité de réponse au typhon", "Centre de réponse aux
  // urgences informatiques": a noun of action its object too, after "au" or "aux" — never after
  // "a", which is also the verb: "le Fonds de soutien a versé…")
  ['a', set(JOINING_PARTICIPLES)],
  ...['au', 'aux'].map((p): [string, Set<string>] => [p, set(`${JOINING_PARTICIPLES} ${ACTION_NOUNS}`)]),
]);

/** Past participles of saying: "X a affirmé", "a souligné X" (folded). */
export const SPEECH = set(
  'affirme souligne declare estime indique ajoute precise explique insiste exprime reaffirme propose suggere note rappele confie espere souhaite annonce salue remercie promis assure evoque commente temoigne observe',
);
