// People who recur in VNA French news. One line a person:
//   canonical name | variants (comma-separated) | role held for good | ISO country
// Variants are other spellings readers meet (with/without diacritics are the same after folding,
// so list a variant only when letters differ). Honorifics (Samdech, Techo…) are handled by the
// matcher, not listed here. A role the text states always wins; these are the reference roles a
// name gets when its page states none. Functions held for a term are in TERMS below, not here:
// "le Premier ministre arménien… son homologue vietnamien Nguyen Xuan Phuc" (2018) names the
// Prime Minister he was then, not the president he became in 2021.

export const PEOPLE = `
To Lam | Tô Lâm | | VN
Luong Cuong | Lương Cường | | VN
Pham Minh Chinh | Phạm Minh Chính | | VN
Tran Thanh Man | Trần Thanh Mẫn | | VN
Nguyen Phu Trong | Nguyễn Phú Trọng | | VN
Vo Van Thuong | Võ Văn Thưởng | | VN
Nguyen Xuan Phuc | Nguyễn Xuân Phúc | | VN
Vuong Dinh Hue | Vương Đình Huệ | | VN
Truong Tan Sang | Trương Tấn Sang | | VN
Tran Dai Quang | Trần Đại Quang | | VN
Nguyen Tan Dung | Nguyễn Tấn Dũng | | VN
Nguyen Sinh Hung | Nguyễn Sinh Hùng | | VN
Nguyen Thi Kim Ngan | Nguyễn Thị Kim Ngân | | VN
Ngo Xuan Lich | Ngô Xuân Lịch | | VN
Phan Van Giang | Phan Văn Giang | | VN
Luong Tam Quang | Lương Tam Quang | | VN
Bui Thanh Son | Bùi Thanh Sơn | | VN
Le Hoai Trung | Lê Hoài Trung | | VN
Pham Binh Minh | Phạm Bình Minh | | VN
Tran Cam Tu | Trần Cẩm Tú | | VN
Do Van Chien | Đỗ Văn Chiến | | VN
Bui Thi Minh Hoai | Bùi Thị Minh Hoài | | VN
Vo Nguyen Giap | Võ Nguyên Giáp | général | VN
Ho Chi Minh | Hô Chi Minh, Hồ Chí Minh, Oncle Ho | | VN
rois Hùng | rois fondateurs Hùng | | VN
Hun Sen | | | KH
Hun Manet | | | KH
Norodom Sihamoni | | | KH
Norodom Sihanouk | | | KH
Tea Banh | | | KH
Tea Seiha | | | KH
Sar Kheng | | | KH
Sar Sokha | | | KH
Prak Sokhonn | | | KH
Men Sam An | | | KH
Heng Samrin | | | KH
Khuon Sudary | | | KH
Say Chhum | | | KH
Pol Pot | | | KH
Thongloun Sisoulith | Thongloun Sisulith | | LA
Sonexay Siphandone | Sonexay Siphandon | | LA
Saysomphone Phomvihane | Xaysomphone Phomvihane | | LA
Bounnhang Vorachith | Bounnhang Vorachit | | LA
Phankham Viphavanh | | | LA
Kaysone Phomvihane | | | LA
Souphanouvong | | | LA
Xi Jinping | | | CN
Li Qiang | | | CN
Wang Yi | | | CN
Zhao Leji | | | CN
Wang Huning | | | CN
Li Keqiang | | | CN
Meng Jianzhu | | | CN
Mao Zedong | Mao Zédong, Mao Tsé-toung | | CN
Vladimir Poutine | Vladimir Putin | | RU
Mikhail Mishustin | Mikhaïl Michoustine | | RU
Sergueï Lavrov | Sergei Lavrov | | RU
Donald Trump | | | US
Joe Biden | | | US
Emmanuel Macron | | | FR
Antonio Guterres | António Guterres | | 
Kao Kim Hourn | | | KH
Prabowo Subianto | | | ID
Anwar Ibrahim | | | MY
Lawrence Wong | | | SG
Ferdinand Marcos Jr. | Ferdinand Marcos | | PH
Paetongtarn Shinawatra | | | TH
Anutin Charnvirakul | | | TH
Shigeru Ishiba | | | JP
Sanae Takaichi | | | JP
Lee Jae-myung | | | KR
Narendra Modi | | | IN
Miguel Díaz-Canel | Miguel Diaz-Canel | | CU
Fidel Castro | | | CU
Mahatma Gandhi | | | 
`;

/**
 * Functions held for a term: canonical name | function | from | until. A bound is a day,
 * YYYY-MM-DD (from: the first day held; until: the first day no longer held), or a month, YYYY-MM,
 * when only the month is known for sure: that month is then left out of the term (parseTerms,
 * lib/entities/reference-role.ts). "until" empty: held today; "from" empty: held since before any
 * page VNA Lens reads. A page dated inside one term gets that function; an undated page, or one
 * dated between terms, gets none. Only terms known for sure are listed: a function whose dates are
 * not known gives no reference role at all (a person with none here gets the role above, or none).
 */
export const TERMS = `
To Lam | ministre de la Sécurité publique | 2016-04-12 | 2024-05-22
To Lam | président de la République | 2024-05-22 | 2024-08-03
To Lam | secrétaire général du Parti communiste du Vietnam et président de la République | 2024-08-03 | 2024-10-21
To Lam | secrétaire général du Parti communiste du Vietnam | 2024-10-21 |
Luong Cuong | président de la République | 2024-10-21 |
Pham Minh Chinh | Premier ministre | 2021-04-05 |
Tran Thanh Man | président de l'Assemblée nationale | 2024-05-20 |
Nguyen Phu Trong | président de l'Assemblée nationale | 2006-06-26 | 2011-01-19
Nguyen Phu Trong | secrétaire général du Parti communiste du Vietnam et président de l'Assemblée nationale | 2011-01-19 | 2011-07-23
Nguyen Phu Trong | secrétaire général du Parti communiste du Vietnam | 2011-07-23 | 2018-10-23
Nguyen Phu Trong | secrétaire général du Parti communiste du Vietnam et président de la République | 2018-10-23 | 2021-04-05
Nguyen Phu Trong | secrétaire général du Parti communiste du Vietnam | 2021-04-05 | 2024-07-19
Vo Van Thuong | président de la République | 2023-03-02 | 2024-03-21
Nguyen Xuan Phuc | vice-Premier ministre | 2011-08-03 | 2016-04-07
Nguyen Xuan Phuc | Premier ministre | 2016-04-07 | 2021-04-05
Nguyen Xuan Phuc | président de la République | 2021-04-05 | 2023-01-18
Vuong Dinh Hue | vice-Premier ministre | 2016-04-09 | 2020-02
Vuong Dinh Hue | président de l'Assemblée nationale | 2021-03-31 | 2024-04-26
Truong Tan Sang | président de la République | 2011-07-25 | 2016-04-02
Tran Dai Quang | ministre de la Sécurité publique | 2011-08-03 | 2016-04-02
Tran Dai Quang | président de la République | 2016-04-02 | 2018-09-21
Nguyen Tan Dung | Premier ministre | 2006-06-27 | 2016-04-06
Nguyen Sinh Hung | président de l'Assemblée nationale | 2011-07-23 | 2016-03-31
Nguyen Thi Kim Ngan | présidente de l'Assemblée nationale | 2016-03-31 | 2021-03-31
Ngo Xuan Lich | ministre de la Défense | 2016-04-09 | 2021-04
Phan Van Giang | ministre de la Défense | 2021-04 |
Luong Tam Quang | ministre de la Sécurité publique | 2024-06-06 |
Bui Thanh Son | ministre des Affaires étrangères | 2021-04 | 2025-02
Bui Thanh Son | vice-Premier ministre et ministre des Affaires étrangères | 2025-02 | 2025-08-30
Bui Thanh Son | vice-Premier ministre | 2025-08-30 |
Le Hoai Trung | ministre des Affaires étrangères | 2025-08-30 |
Pham Binh Minh | ministre des Affaires étrangères | 2011-08-03 | 2013-11
Pham Binh Minh | vice-Premier ministre et ministre des Affaires étrangères | 2013-11 | 2021-04
Pham Binh Minh | vice-Premier ministre | 2021-04 | 2023-01-05
Tran Cam Tu | membre permanent du Secrétariat | 2024-10 |
Hun Sen | Premier ministre | 1985-01-14 | 2023-08-22
Hun Sen | président du Parti du peuple cambodgien | 2023-08-22 | 2024-04-03
Hun Sen | président du Parti du peuple cambodgien et président du Sénat | 2024-04-03 |
Hun Manet | Premier ministre | 2023-08-22 |
Norodom Sihamoni | Roi | 2004-10-29 |
Norodom Sihanouk | Roi | 1993-09-24 | 2004-10-07
Tea Banh | vice-Premier ministre et ministre de la Défense | 2004-07 | 2023-08-22
Tea Seiha | ministre de la Défense | 2023-08-22 |
Sar Kheng | vice-Premier ministre et ministre de l'Intérieur | 2004-07 | 2023-08-22
Sar Sokha | vice-Premier ministre et ministre de l'Intérieur | 2023-08-22 |
Prak Sokhonn | vice-Premier ministre et ministre des Affaires étrangères | 2016-04 | 2023-08-22
Heng Samrin | président de l'Assemblée nationale | 2006-03 | 2023-08-21
Khuon Sudary | présidente de l'Assemblée nationale | 2023-08-21 |
Say Chhum | président du Sénat | 2015-06 | 2024-04-03
Thongloun Sisoulith | Premier ministre | 2016-04-20 | 2021-01-15
Thongloun Sisoulith | secrétaire général du Parti populaire révolutionnaire lao et Premier ministre | 2021-01-15 | 2021-03-22
Thongloun Sisoulith | secrétaire général du Parti populaire révolutionnaire lao et président | 2021-03-22 |
Sonexay Siphandone | Premier ministre | 2022-12-30 |
Saysomphone Phomvihane | président de l'Assemblée nationale | 2021-03-22 |
Bounnhang Vorachith | président | 2016-04-20 | 2021-03-22
Phankham Viphavanh | Premier ministre | 2021-03-22 | 2022-12-30
Kaysone Phomvihane | Premier ministre | 1975-12-02 | 1991-08-15
Kaysone Phomvihane | président | 1991-08-15 | 1992-11-21
Souphanouvong | président | 1975-12-02 | 1991-08-15
Xi Jinping | secrétaire général du Parti communiste chinois | 2012-11-15 | 2013-03-14
Xi Jinping | secrétaire général du Parti communiste chinois et président | 2013-03-14 |
Li Qiang | Premier ministre | 2023-03-11 |
Li Keqiang | Premier ministre | 2013-03-15 | 2023-03-11
Wang Yi | ministre des Affaires étrangères | 2013-03-16 | 2022-12-30
Wang Yi | ministre des Affaires étrangères | 2023-07-25 |
Zhao Leji | président du Comité permanent de l'Assemblée populaire nationale | 2023-03-10 |
Wang Huning | président du Comité national de la Conférence consultative politique du peuple chinois | 2023-03-10 |
Vladimir Poutine | président | 2000-05-07 | 2008-05-07
Vladimir Poutine | Premier ministre | 2008-05-08 | 2012-05-07
Vladimir Poutine | président | 2012-05-07 |
Mikhail Mishustin | Premier ministre | 2020-01-16 |
Sergueï Lavrov | ministre des Affaires étrangères | 2004-03-09 |
Donald Trump | président | 2017-01-20 | 2021-01-20
Donald Trump | président | 2025-01-20 |
Joe Biden | vice-président | 2009-01-20 | 2017-01-20
Joe Biden | président | 2021-01-20 | 2025-01-20
Emmanuel Macron | président | 2017-05-14 |
Antonio Guterres | secrétaire général de l'ONU | 2017-01-01 |
Kao Kim Hourn | secrétaire général de l'ASEAN | 2023-01-01 |
Prabowo Subianto | ministre de la Défense | 2019-10-23 | 2024-10-20
Prabowo Subianto | président | 2024-10-20 |
Anwar Ibrahim | Premier ministre | 2022-11-24 |
Lawrence Wong | Premier ministre | 2024-05-15 |
Ferdinand Marcos Jr. | président | 2022-06-30 |
Paetongtarn Shinawatra | Première ministre | 2024-08-16 | 2025-07-01
Anutin Charnvirakul | Premier ministre | 2025-09-07 |
Shigeru Ishiba | Premier ministre | 2024-10-01 | 2025-10-21
Sanae Takaichi | Première ministre | 2025-10-21 |
Lee Jae-myung | président | 2025-06-04 |
Narendra Modi | Premier ministre | 2014-05-26 |
Miguel Díaz-Canel | président | 2018-04-19 | 2021-04-19
Miguel Díaz-Canel | premier secrétaire du Parti communiste de Cuba et président | 2021-04-19 |
`;

/**
 * Titles that are part of how a person is named rather than a function the text states: VNA
 * writes "le Président Hô Chi Minh" of the founder who died in 1969, in every context.
 * Person id → folded title.
 */
export const EPITHETS = new Map<string, string>([['person:ho-chi-minh', 'president']]);
