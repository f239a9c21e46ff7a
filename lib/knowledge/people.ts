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
Do Van Chien | Đỗ Văn Chiến | président du Comité central du Front de la Patrie du Vietnam | VN
Bui Thi Minh Hoai | Bùi Thị Minh Hoài | présidente du Comité central du Front de la Patrie du Vietnam | VN
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
Men Sam An | | vice-Premier ministre | KH
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
 * Functions held for a term: canonical name | function | from | until, months as YYYY-MM, the
 * month a term starts in counted to it and the month it ends in not ("until" empty: held today;
 * "from" empty: held before any page VNA Lens reads). A page dated inside one term gets that
 * function; an undated page, or one dated between terms or in two at once, gets none. Only terms
 * known for sure are listed: a person with none dated here keeps the role above, or none.
 */
export const TERMS = `
To Lam | ministre de la Sécurité publique | 2016-04 | 2024-05
To Lam | président de la République | 2024-05 | 2024-08
To Lam | secrétaire général du Parti communiste du Vietnam et président de la République | 2024-08 | 2024-10
To Lam | secrétaire général du Parti communiste du Vietnam | 2024-10 |
Luong Cuong | président de la République | 2024-10 |
Pham Minh Chinh | Premier ministre | 2021-04 |
Tran Thanh Man | président de l'Assemblée nationale | 2024-05 |
Nguyen Phu Trong | président de l'Assemblée nationale | 2006-07 | 2011-01
Nguyen Phu Trong | secrétaire général du Parti communiste du Vietnam | 2011-01 | 2018-10
Nguyen Phu Trong | secrétaire général du Parti communiste du Vietnam et président de la République | 2018-10 | 2021-04
Nguyen Phu Trong | secrétaire général du Parti communiste du Vietnam | 2021-04 | 2024-08
Vo Van Thuong | président de la République | 2023-03 | 2024-04
Nguyen Xuan Phuc | vice-Premier ministre | 2011-08 | 2016-04
Nguyen Xuan Phuc | Premier ministre | 2016-04 | 2021-04
Nguyen Xuan Phuc | président de la République | 2021-04 | 2023-02
Vuong Dinh Hue | vice-Premier ministre | 2016-04 | 2020-02
Vuong Dinh Hue | président de l'Assemblée nationale | 2021-04 | 2024-05
Truong Tan Sang | président de la République | 2011-07 | 2016-04
Tran Dai Quang | ministre de la Sécurité publique | 2011-08 | 2016-04
Tran Dai Quang | président de la République | 2016-04 | 2018-10
Nguyen Tan Dung | Premier ministre | 2006-07 | 2016-04
Nguyen Sinh Hung | président de l'Assemblée nationale | 2011-07 | 2016-04
Nguyen Thi Kim Ngan | présidente de l'Assemblée nationale | 2016-04 | 2021-04
Ngo Xuan Lich | ministre de la Défense | 2016-04 | 2021-04
Phan Van Giang | ministre de la Défense | 2021-04 |
Luong Tam Quang | ministre de la Sécurité publique | 2024-06 |
Bui Thanh Son | ministre des Affaires étrangères | 2021-04 | 2025-02
Bui Thanh Son | vice-Premier ministre et ministre des Affaires étrangères | 2025-02 | 2025-09
Bui Thanh Son | vice-Premier ministre | 2025-09 |
Le Hoai Trung | ministre des Affaires étrangères | 2025-09 |
Pham Binh Minh | ministre des Affaires étrangères | 2011-08 | 2013-11
Pham Binh Minh | vice-Premier ministre et ministre des Affaires étrangères | 2013-11 | 2021-04
Pham Binh Minh | vice-Premier ministre | 2021-04 | 2023-01
Tran Cam Tu | membre permanent du Secrétariat | 2024-10 |
Hun Sen | Premier ministre | 1985-01 | 2023-08
Hun Sen | président du Parti du peuple cambodgien | 2023-08 | 2024-04
Hun Sen | président du Sénat | 2024-04 |
Hun Manet | Premier ministre | 2023-08 |
Norodom Sihamoni | Roi | 2004-10 |
Norodom Sihanouk | Roi | 1993-09 | 2004-10
Tea Banh | vice-Premier ministre et ministre de la Défense | | 2023-08
Tea Seiha | ministre de la Défense | 2023-08 |
Sar Kheng | vice-Premier ministre et ministre de l'Intérieur | | 2023-08
Sar Sokha | vice-Premier ministre et ministre de l'Intérieur | 2023-08 |
Prak Sokhonn | vice-Premier ministre et ministre des Affaires étrangères | | 2023-08
Heng Samrin | président de l'Assemblée nationale | | 2023-08
Khuon Sudary | présidente de l'Assemblée nationale | 2023-08 |
Say Chhum | président du Sénat | | 2024-04
Thongloun Sisoulith | Premier ministre | 2016-04 | 2021-01
Thongloun Sisoulith | secrétaire général du Parti populaire révolutionnaire lao et Premier ministre | 2021-01 | 2021-03
Thongloun Sisoulith | secrétaire général du Parti populaire révolutionnaire lao et président | 2021-03 |
Sonexay Siphandone | Premier ministre | 2023-01 |
Saysomphone Phomvihane | président de l'Assemblée nationale | 2021-03 |
Bounnhang Vorachith | président | 2016-04 | 2021-03
Phankham Viphavanh | Premier ministre | 2021-03 | 2023-01
Kaysone Phomvihane | Premier ministre | 1975-12 | 1991-08
Kaysone Phomvihane | président | 1991-08 | 1992-12
Souphanouvong | président | 1975-12 | 1991-08
Xi Jinping | secrétaire général du Parti communiste chinois | 2012-11 | 2013-03
Xi Jinping | secrétaire général du Parti communiste chinois et président | 2013-03 |
Li Qiang | Premier ministre | 2023-03 |
Li Keqiang | Premier ministre | 2013-03 | 2023-03
Wang Yi | ministre des Affaires étrangères | 2013-03 | 2023-01
Wang Yi | ministre des Affaires étrangères | 2023-07 |
Zhao Leji | président du Comité permanent de l'Assemblée populaire nationale | 2023-03 |
Wang Huning | président du Comité national de la Conférence consultative politique du peuple chinois | 2023-03 |
Vladimir Poutine | président | 2000-05 | 2008-05
Vladimir Poutine | Premier ministre | 2008-05 | 2012-05
Vladimir Poutine | président | 2012-05 |
Mikhail Mishustin | Premier ministre | 2020-01 |
Sergueï Lavrov | ministre des Affaires étrangères | 2004-03 |
Donald Trump | président | 2017-01 | 2021-01
Donald Trump | président | 2025-01 |
Joe Biden | vice-président | 2009-01 | 2017-01
Joe Biden | président | 2021-01 | 2025-01
Emmanuel Macron | président | 2017-05 |
Antonio Guterres | secrétaire général de l'ONU | 2017-01 |
Kao Kim Hourn | secrétaire général de l'ASEAN | 2023-01 |
Prabowo Subianto | ministre de la Défense | 2019-10 | 2024-10
Prabowo Subianto | président | 2024-10 |
Anwar Ibrahim | Premier ministre | 2022-11 |
Lawrence Wong | Premier ministre | 2024-05 |
Ferdinand Marcos Jr. | président | 2022-07 |
Paetongtarn Shinawatra | Première ministre | 2024-08 | 2025-07
Anutin Charnvirakul | Premier ministre | 2025-09 |
Shigeru Ishiba | Premier ministre | 2024-10 | 2025-10
Sanae Takaichi | Première ministre | 2025-10 |
Lee Jae-myung | président | 2025-06 |
Narendra Modi | Premier ministre | 2014-05 |
Miguel Díaz-Canel | président | 2018-04 | 2021-04
Miguel Díaz-Canel | premier secrétaire du Parti communiste de Cuba et président | 2021-04 |
`;

/**
 * Titles that are part of how a person is named rather than a function the text states: VNA
 * writes "le Président Hô Chi Minh" of the founder who died in 1969, in every context.
 * Person id → folded title.
 */
export const EPITHETS = new Map<string, string>([['person:ho-chi-minh', 'president']]);
