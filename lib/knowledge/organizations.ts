// Organisations that recur in VNA French news. One line an organisation:
//   canonical name | variants and acronyms (comma-separated) | ISO country (empty: international
//   or generic, e.g. a ministry name every country has).
// All-capital variants (PCV, AN) only match all-capital text, so "An" in a name stays a name.
// Generic ministries are found by rule (matcher picks the country from "ministère cambodgien…");
// they are listed here only when they have an acronym.

export const ORGANIZATIONS = `
Parti communiste du Vietnam | PCV, Parti communiste vietnamien, Parti communiste du Viet Nam | VN
Bureau politique | Politburo | 
Croix-Rouge | | 
Agence France-Presse | AFP | FR
Secrétariat du Comité central | Secrétariat du Parti, Secrétariat | VN
Commission de la sensibilisation, de l'éducation et de la mobilisation des masses | Commission de sensibilisation, Commission de la sensibilisation et de la mobilisation des masses | VN
Commission centrale de la propagande et de l'éducation | | VN
Commission centrale de la mobilisation des masses | | VN
Commission centrale des relations extérieures | | VN
Commission centrale de contrôle | | VN
Commission centrale de l'organisation | | VN
Assemblée nationale | AN, Assemblée nationale du Vietnam | VN
Comité permanent de l'Assemblée nationale | | VN
Conseil électoral national | | VN
Front de la Patrie du Vietnam | FPV | VN
Armée populaire du Vietnam | APV | VN
Marine populaire du Vietnam | Marine populaire vietnamienne | VN
Union de la jeunesse communiste Hô Chi Minh | | VN
Union des femmes vietnamiennes | | VN
Cour populaire suprême | | VN
Agence vietnamienne d'information | VNA, AVI | VN
Le Courrier du Vietnam | CVN, Courrier du Vietnam | VN
ministère des Affaires étrangères | MAE | 
ministère de la Sécurité publique | MSP | 
ministère de la Défense | MDN | 
Banque d'Etat du Vietnam | BEV | VN
Parti du peuple cambodgien | PPC | KH
Front de solidarité pour le développement de la patrie cambodgienne | | KH
Forces armées royales cambodgiennes | FARC | KH
Armée royale cambodgienne | | KH
Khmers rouges | Khmers Rouges | KH
Parti populaire révolutionnaire lao | PPRL, Parti populaire révolutionnaire du Laos | LA
Front lao d'édification nationale | | LA
Armée populaire lao | | LA
Parti communiste chinois | PCC | CN
Assemblée populaire nationale | APN | CN
Conférence consultative politique du peuple chinois | CCPPC | CN
Armée populaire de libération | APL | CN
Parti communiste de Cuba | | CU
Association des nations de l'Asie du Sud-Est | ASEAN | 
Organisation des Nations unies | ONU, Nations unies | 
Conseil de sécurité des Nations unies | Conseil de sécurité de l'ONU | 
Assemblée générale des Nations unies | Assemblée générale de l'ONU | 
UNESCO | | 
Organisation mondiale de la santé | OMS | 
Organisation mondiale du commerce | OMC | 
Fonds monétaire international | FMI | 
Banque mondiale | | 
Union européenne | UE | 
Coopération économique Asie-Pacifique | APEC | 
Assemblée interparlementaire de l'ASEAN | AIPA | 
Organisation internationale de la Francophonie | OIF, Francophonie | 
Union interparlementaire | UIP | 
Xinhua | Agence de presse Xinhua | CN
Sputnik | | RU
Vientiane Times | | LA
Pasaxon | | LA
KPL | Agence de presse lao | LA
AKP | Agence Kampuchea Presse | KH
Télévision du Vietnam | VTV, Télévision nationale du Vietnam | VN
La Voix du Vietnam | VOV, Radio La Voix du Vietnam, Voix du Vietnam | VN
Nhân Dân | | VN
Quân đội nhân dân | QDND, Quan doi nhan dan | VN
Audit d'État | Audit de l'État, Audit d'État du Vietnam, KTNN | VN
Chambre de commerce et d'industrie du Vietnam | VCCI | VN
Union des organisations d'amitié du Vietnam | VUFO | VN
Académie nationale de politique Hô Chi Minh | | VN
Académie des sciences sociales du Vietnam | | VN
# (The Politburo has no country here: every communist party has one, "Bureau politique du Parti communiste cubain".)
# Sports bodies VNA's sports pages name (international: a federation's name makes no partner)
Fédération internationale de football association | FIFA | 
Confédération asiatique de football | AFC | 
Fédération de football de l'ASEAN | AFF | 
Comité international olympique | CIO | 
Conseil olympique d'Asie | OCA | 
G7 | | 
G20 | | 
BRICS | | 
Organisation du traité de l'Atlantique Nord | OTAN | 
OCDE | | 
Programme des Nations unies pour le développement | PNUD | 
Fonds des Nations unies pour l'enfance | UNICEF | 
Organisation des Nations unies pour l'alimentation et l'agriculture | FAO | 
Organisation internationale du travail | OIT | 
Agence internationale de l'énergie atomique | AIEA | 
Banque asiatique de développement | BAD | 
Banque asiatique d'investissement dans les infrastructures | BAII | 
Conseil des droits de l'homme des Nations unies | Conseil des droits de l'homme | 
Cour internationale de justice | CIJ | 
Mouvement des non-alignés | Mouvement des pays non alignés, Mouvement des pays non-alignés, MNA | 
Groupe des 77 et la Chine | Groupe des 77 et de la Chine, G77 et la Chine, Groupe des 77, G77 | 
Sommet de l'Asie de l'Est | EAS | 
Organisation des Nations unies pour le développement industriel | ONUDI | 
Programme commun des Nations unies sur le VIH/sida | ONUSIDA | 
Programme des Nations unies pour l'environnement | PNUE | 
Entité des Nations unies pour l'égalité des sexes et l'autonomisation des femmes | ONU Femmes | 
Bureau de la coordination des affaires humanitaires | OCHA | 
Mission des Nations unies au Soudan du Sud | Mission de maintien de la paix des Nations unies au Soudan du Sud, UNMISS | 
Force intérimaire de sécurité des Nations unies pour Abyei | UNISFA | 
Forum économique mondial | WEF | 
Forum des îles du Pacifique | | 
Association européenne de libre-échange | AELE | 
Organisation de coopération de Shanghai | OCS | 
Conférence pour l'interaction et les mesures de confiance en Asie | Conférence sur l'interaction et les mesures de confiance en Asie, Conférence sur l'interaction et les mesures d'instauration de la confiance en Asie, CICA | 
Forum régional de l'ASEAN | ARF | 
Forum de coopération Amérique latine-Asie de l'Est | Forum de coopération Asie de l'Est-Amérique latine, FOCALAE | 
Commission du Mékong | Commission du fleuve Mékong, MRC | 
Banque africaine de développement | BAfD | 
Banque européenne d'investissement | BEI | 
Organisation mondiale de la propriété intellectuelle | OMPI | 
Organisation maritime internationale | OMI | 
Organisation de l'aviation civile internationale | OACI | 
Programme alimentaire mondial | PAM | 
Haut-Commissariat des Nations unies pour les réfugiés | HCR | 
Fonds des Nations unies pour la population | FNUAP, UNFPA | 
Conférence des Nations unies sur le commerce et le développement | CNUCED | 
Office des Nations unies contre la drogue et le crime | ONUDC, UNODC | 
Organisation mondiale des douanes | | 
Organisation météorologique mondiale | OMM | 
Fonds international de développement agricole | FIDA | 
Organisation pour l'interdiction des armes chimiques | OIAC, OPCW | 
Organisation mondiale du tourisme | OMT | 
Union internationale des télécommunications | UIT | 
Organisation de la coopération islamique | OCI | 
Ligue arabe | Ligue des États arabes | 
Conseil de coopération du Golfe | CCG | 
Union économique eurasiatique | UEEA | 
Communauté des États indépendants | CEI | 
Médecins sans frontières | MSF | 
Union internationale pour la conservation de la nature | UICN | 
World Travel Awards | | 
Guide Michelin | | 
Union africaine | | 
Interpol | | 
Marché commun du Sud | Mercosur, MERCOSUR | 
Dialogue Asie-Europe | ASEM | 
Conseil européen | | 
Commission européenne | | 
Parlement européen | | 
Communauté de l'ASEAN | | 
# Development agencies of states: their country is the partner of the project
Agence japonaise de coopération internationale | JICA | JP
Agence coréenne de coopération internationale | KOICA | KR
Agence des États-Unis pour le développement international | USAID | US
Agence française de développement | AFD | FR
Agence allemande de coopération internationale | GIZ, Deutsche Gesellschaft für Internationale Zusammenarbeit | DE
Banque allemande de développement | KfW | DE
Irish Aid | | IE
Agence belge de développement | Enabel | BE
Agence danoise de développement international | Danida | DK
Agence norvégienne de coopération pour le développement | Norad | NO
Agence luxembourgeoise pour la coopération au développement | LuxDev | LU
Agence turque de coopération et de coordination | TIKA | TR
Fonds koweïtien pour le développement économique arabe | Kuwait Fund, Kuwait Fund for Arab Economic Development | KW
Fonds d'Abou Dhabi pour le développement | Fonds d'Abu Dhabi pour le développement, ADFD | AE
Bernama | | MY
Antara | | ID
Kyodo | | JP
Yonhap | | KR
# Media VNA quotes (a medium's nationality says who speaks, not a partner: none given for broadcasters)
Reuters | | 
Associated Press | | 
CNN | | 
BBC | | 
NHK | | 
KBS | | 
Al Jazeera | | 
ESPN | | 
Nikkei Asia | | 
The Straits Times | Straits Times | 
Bangkok Post | | 
Khmer Times | | 
The Jakarta Post | Jakarta Post | 
South China Morning Post | | 
Global Times | | 
Quotidien du Peuple | | 
Financial Times | | 
The New York Times | New York Times | 
The Washington Post | Washington Post | 
RIA Novosti | | 
Interfax | | 
CCTV | | 
CGTN | | 
Tuoi Tre | | VN
VnExpress | | VN
TASS | | RU
Prensa Latina | | CU
Douma d'État | Douma | RU
Conseil de la Fédération | | RU
Diète | Sejm | PL
Diète nationale | | JP
Storting | | NO
Folketing | | DK
Riksdag | | SE
Eduskunta | | FI
Bundestag | | DE
Bundesrat | | DE
Knesset | | IL
Mazhilis | Majilis | KZ
Oliy Majlis | | UZ
Jogorku Kenesh | | KG
Grand Khoural d'État | Grand Khoural | MN
Lok Sabha | | IN
Rajya Sabha | | IN
Jatiya Sangsad | | BD
Dewan Rakyat | | MY
Verkhovna Rada | Rada | UA
Seimas | | LT
Saeima | | LV
Riigikogu | | EE
Althing | | IS
# Political parties VNA's party-relations news names, chosen by kind: parties in power in Vietnam's
# partner countries and parties the PCV has long-standing relations with (communist, left and
# liberation-movement parties), with the French names and acronyms VNA uses. Left out: names several
# countries' parties or movements share ("Parti travailliste", "Parti démocrate", "Parti socialiste",
# "Parti des travailleurs", "Parti de la justice et du développement", "Front de libération
# nationale"), and acronyms other bodies go by ("PAM", the World Food Programme): the rules find
# them, without a country.
Russie unie | Parti Russie unie | RU
Parti communiste de la Fédération de Russie | KPRF, PCFR | RU
Fidesz | Fidesz-Union civique hongroise, FIDESZ | HU
Parti Amanat | Amanat | KZ
Nur Otan | | KZ
Parti du Nouvel Azerbaïdjan | | AZ
Parti démocratique du Turkménistan | | TM
Parti libéral-démocrate d'Ouzbékistan | | UZ
Parti du peuple mongol | PPM | MN
Parti libéral-démocrate du Japon | Parti libéral-démocrate japonais | JP
Parti communiste japonais | Parti communiste du Japon, PCJ | JP
Parti du travail de Corée | Parti des travailleurs de Corée | KP
Parti d'action populaire | | SG
Organisation nationale des Malais unis | UMNO | MY
Golkar | Parti Golkar | ID
Parti démocratique indonésien de lutte | PDI-P | ID
Parti du mouvement de la Grande Indonésie | Gerindra, Parti Gerindra | ID
Pheu Thai | Parti Pheu Thai | TH
Parti communiste d'Inde | Parti communiste indien | IN
Congrès national indien | Parti du Congrès national indien, Parti du Congrès | IN
Bharatiya Janata Party | BJP, Parti Bharatiya Janata | IN
Ligue Awami | Awami League | BD
Parti communiste du Népal | | NP
Congrès népalais | | NP
Congrès national africain | ANC | ZA
Parti communiste sud-africain | Parti communiste d'Afrique du Sud, SACP | ZA
Mouvement populaire de libération de l'Angola | MPLA | AO
Front de libération du Mozambique | FRELIMO, Frelimo | MZ
Organisation du peuple du Sud-Ouest africain | SWAPO, Swapo | NA
Union nationale africaine du Zimbabwe-Front patriotique | ZANU-PF | ZW
Chama Cha Mapinduzi | Parti révolutionnaire de Tanzanie, CCM | TZ
Parti Baas arabe socialiste | Parti Baas | SY
Parti communiste libanais | | LB
Parti communiste syrien | | SY
Fatah | | PS
Front sandiniste de libération nationale | FSLN | NI
Mouvement vers le socialisme | | BO
Parti communiste du Brésil | Parti communiste brésilien, PCdoB | BR
Parti communiste du Chili | Parti communiste chilien | CL
Frente Amplio | | UY
Mouvement de régénération nationale | Morena | MX
Parti communiste français | PCF | FR
Parti communiste portugais | PCP | PT
Parti communiste de Grèce | Parti communiste grec, KKE | GR
Parti du travail de Belgique | PTB | BE
Parti social-démocrate d'Allemagne | SPD | DE
Die Linke | Parti de gauche allemand | DE
Parti communiste allemand | DKP | DE
Parti communiste d'Espagne | PCE | ES
Parti communiste de Bohême et Moravie | | CZ
Parti communiste de Biélorussie | | BY
Parti Authenticité et Modernité | | MA
Parti du progrès et du socialisme | PPS | MA
Parti communiste égyptien | | EG
Parti communiste de Grande-Bretagne | | GB
Parti communiste des États-Unis | | US
`;

// Companies, read with more care than other bodies (lib/entities/passes/knowledge-base.ts): a
// firm's name is often a person's or a place's word too, so a bare match yields to a person around
// it, a title before it or more of a name after it ("FPT Software", "Vinhomes Ocean Park"). They
// carry no country unless Vietnamese: a firm's nationality does not make its country a partner of
// the story ("des trains Hitachi" is trade, not Vietnam–Japan relations). Chosen by kind, not item
// by item: Vietnam's state economic groups and largest private groups and banks, Viettel's ventures
// abroad, the largest container lines, big foreign investors, airlines flying to Vietnam. Left out:
// names that are also family or given names ("Honda", "Suzuki", "Ford", "Bosch", "Mitsui", "Lotte",
// "Yang Ming", "Hoa Phat") or French words ("Visa", "Vivo").
export const COMPANIES = `
Vingroup | | VN
Viettel | | VN
Petrovietnam | PVN, PetroVietnam | VN
Électricité du Vietnam | EVN | VN
Vietnam Airlines | | VN
Vietjet Air | Vietjet | VN
Vinamilk | | VN
Vietcombank | Banque pour le commerce extérieur du Vietnam, Banque du commerce extérieur du Vietnam, Banque commerciale par actions pour le commerce extérieur du Vietnam | VN
Vietinbank | Banque pour l'industrie et le commerce du Vietnam, Banque commerciale par actions pour l'industrie et le commerce du Vietnam | VN
Agribank | Banque pour l'agriculture et le développement rural du Vietnam, Banque de l'agriculture et du développement rural du Vietnam | VN
BIDV | Banque pour l'investissement et le développement du Vietnam, Banque d'investissement et de développement du Vietnam | VN
Vietsovpetro | | VN
Zarubezhneft | | 
Gazprom | | 
Rosatom | | 
Samsung | | 
Hyundai | | 
Toyota | | 
Hitachi | | 
Boeing | | 
Airbus | | 
UPS | | 
Apple | | 
Google | | 
Microsoft | | 
Intel | | 
Nvidia | | 
Qualcomm | | 
Foxconn | | 
Facebook | | 
Amazon | | 
Singapore Airlines | | 
Air New Zealand | | 
Vinacomin | TKV | VN
VNPT | | VN
MobiFone | Mobifone | VN
Vinalines | VIMC | VN
Vinachem | | VN
Vinatex | | VN
Petrolimex | | VN
Sabeco | | VN
Habeco | | VN
SCIC | | VN
Masan | | VN
FPT | | VN
Sovico | | VN
THACO | Thaco | VN
TH True Milk | | VN
Sun Group | | VN
Novaland | | VN
VinFast | Vinfast | VN
Vinhomes | | VN
Vinpearl | | VN
Techcombank | | VN
VPBank | | VN
Sacombank | | VN
HDBank | | VN
SHB | | VN
ACB | | VN
Vietravel | | VN
Saigontourist | | VN
Movitel | | 
Halotel | | 
Metfone | | 
Unitel | | 
Natcom | | 
Mytel | | 
Telemor | | 
Lumitel | | 
Nexttel | | 
Bitel | | 
Mediterranean Shipping Company | MSC | 
Maersk | | 
CMA CGM | | 
COSCO | Cosco | 
Hapag-Lloyd | Hapag Lloyd | 
Ocean Network Express | | 
Evergreen | | 
Hyundai Merchant Marine | HMM | 
LG | | 
Canon | | 
Nike | | 
Adidas | | 
Unilever | | 
Nestlé | | 
Sony | | 
Panasonic | | 
Posco | POSCO | 
Siemens | | 
Shell | | 
ExxonMobil | | 
Chevron | | 
TotalEnergies | | 
Rosneft | | 
Lukoil | | 
Novatek | | 
Alibaba | | 
Tencent | | 
Huawei | | 
Xiaomi | | 
ZTE | | 
TikTok | | 
Grab | | 
Shopee | | 
Lazada | | 
HSBC | | 
Standard Chartered | | 
Temasek | | 
Aeon | AEON | 
Heineken | | 
Coca-Cola | | 
PepsiCo | | 
Hyosung | | 
Pou Chen | | 
Lego | LEGO | 
Amkor | | 
Ericsson | | 
Nokia | | 
Electrolux | | 
ABB | | 
Volvo | | 
H&M | | 
IKEA | Ikea | 
Uniqlo | | 
Toshiba | | 
Fujitsu | | 
Kyocera | | 
Pegatron | | 
Luxshare | | 
Goertek | | 
BYD | | 
Kia | | 
Nissan | | 
Mitsubishi | | 
Marubeni | | 
Itochu | | 
SoftBank | | 
Netflix | | 
Qatar Airways | | 
Emirates | | 
Turkish Airlines | | 
Lufthansa | | 
Air France | | 
Korean Air | | 
Asiana Airlines | | 
Japan Airlines | | 
All Nippon Airways | ANA | 
Cathay Pacific | | 
Thai Airways | | 
AirAsia | | 
Qantas | | 
Jetstar | | 
IndiGo | | 
Air India | | 
Aeroflot | | 
Ethiopian Airlines | | 
Etihad Airways | | 
Air China | | 
China Southern Airlines | | 
China Eastern Airlines | | 
Philippine Airlines | | 
Garuda Indonesia | | 
Malaysia Airlines | | 
Lao Airlines | | 
Cambodia Angkor Air | | 
`;
