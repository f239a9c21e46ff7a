// People who recur in VNA French news. One line a person:
//   canonical name | variants (comma-separated) | usual role | ISO country
// Variants are other spellings readers meet (with/without diacritics are the same after folding,
// so list a variant only when letters differ). Honorifics (Samdech, Techo…) are handled by the
// matcher, not listed here. Roles are the reference role; a role stated in the text wins.

export const PEOPLE = `
To Lam | Tô Lâm | secrétaire général du Parti communiste du Vietnam | VN
Luong Cuong | Lương Cường | président de la République | VN
Pham Minh Chinh | Phạm Minh Chính | Premier ministre | VN
Tran Thanh Man | Trần Thanh Mẫn | président de l'Assemblée nationale | VN
Nguyen Phu Trong | Nguyễn Phú Trọng | secrétaire général du Parti communiste du Vietnam | VN
Vo Van Thuong | Võ Văn Thưởng | président de la République | VN
Nguyen Xuan Phuc | Nguyễn Xuân Phúc | président de la République | VN
Vuong Dinh Hue | Vương Đình Huệ | président de l'Assemblée nationale | VN
Truong Tan Sang | Trương Tấn Sang | président de la République | VN
Tran Dai Quang | Trần Đại Quang | président de la République | VN
Nguyen Tan Dung | Nguyễn Tấn Dũng | Premier ministre | VN
Nguyen Sinh Hung | Nguyễn Sinh Hùng | président de l'Assemblée nationale | VN
Nguyen Thi Kim Ngan | Nguyễn Thị Kim Ngân | présidente de l'Assemblée nationale | VN
Ngo Xuan Lich | Ngô Xuân Lịch | ministre de la Défense | VN
Phan Van Giang | Phan Văn Giang | ministre de la Défense | VN
Luong Tam Quang | Lương Tam Quang | ministre de la Sécurité publique | VN
Bui Thanh Son | Bùi Thanh Sơn | vice-Premier ministre | VN
Le Hoai Trung | Lê Hoài Trung | ministre des Affaires étrangères | VN
Pham Binh Minh | Phạm Bình Minh | vice-Premier ministre | VN
Tran Cam Tu | Trần Cẩm Tú | membre permanent du Secrétariat | VN
Do Van Chien | Đỗ Văn Chiến | président du Comité central du Front de la Patrie du Vietnam | VN
Bui Thi Minh Hoai | Bùi Thị Minh Hoài | présidente du Comité central du Front de la Patrie du Vietnam | VN
Vo Nguyen Giap | Võ Nguyên Giáp | général | VN
Ho Chi Minh | Hô Chi Minh, Hồ Chí Minh, Oncle Ho | | VN
rois Hùng | rois fondateurs Hùng | | VN
Hun Sen | | président du Parti du peuple cambodgien | KH
Hun Manet | | Premier ministre | KH
Norodom Sihamoni | | Roi | KH
Norodom Sihanouk | | Roi | KH
Tea Banh | | vice-Premier ministre et ministre de la Défense | KH
Tea Seiha | | ministre de la Défense | KH
Sar Kheng | | vice-Premier ministre et ministre de l'Intérieur | KH
Sar Sokha | | vice-Premier ministre et ministre de l'Intérieur | KH
Prak Sokhonn | | vice-Premier ministre et ministre des Affaires étrangères | KH
Men Sam An | | vice-Premier ministre | KH
Heng Samrin | | président de l'Assemblée nationale | KH
Khuon Sudary | | présidente de l'Assemblée nationale | KH
Say Chhum | | président du Sénat | KH
Pol Pot | | | KH
Thongloun Sisoulith | Thongloun Sisulith | secrétaire général du Parti populaire révolutionnaire lao et président | LA
Sonexay Siphandone | Sonexay Siphandon | Premier ministre | LA
Saysomphone Phomvihane | Xaysomphone Phomvihane | président de l'Assemblée nationale | LA
Bounnhang Vorachith | Bounnhang Vorachit | président | LA
Phankham Viphavanh | | Premier ministre | LA
Kaysone Phomvihane | | président | LA
Souphanouvong | | président | LA
Xi Jinping | | secrétaire général du Parti communiste chinois et président | CN
Li Qiang | | Premier ministre | CN
Wang Yi | | ministre des Affaires étrangères | CN
Zhao Leji | | président du Comité permanent de l'Assemblée populaire nationale | CN
Wang Huning | | président du Comité national de la Conférence consultative politique du peuple chinois | CN
Li Keqiang | | Premier ministre | CN
Meng Jianzhu | | | CN
Mao Zedong | Mao Zédong, Mao Tsé-toung | | CN
Vladimir Poutine | Vladimir Putin | président | RU
Mikhail Mishustin | Mikhaïl Michoustine | Premier ministre | RU
Sergueï Lavrov | Sergei Lavrov | ministre des Affaires étrangères | RU
Donald Trump | | président | US
Joe Biden | | président | US
Emmanuel Macron | | président | FR
Antonio Guterres | António Guterres | secrétaire général de l'ONU | 
Kao Kim Hourn | | secrétaire général de l'ASEAN | KH
Prabowo Subianto | | président | ID
Anwar Ibrahim | | Premier ministre | MY
Lawrence Wong | | Premier ministre | SG
Ferdinand Marcos Jr. | Ferdinand Marcos | président | PH
Paetongtarn Shinawatra | | Première ministre | TH
Anutin Charnvirakul | | Premier ministre | TH
Shigeru Ishiba | | Premier ministre | JP
Sanae Takaichi | | Première ministre | JP
Lee Jae-myung | | président | KR
Narendra Modi | | Premier ministre | IN
Miguel Díaz-Canel | Miguel Diaz-Canel | premier secrétaire du Parti communiste de Cuba et président | CU
Fidel Castro | | | CU
Mahatma Gandhi | | | 
`;

/**
 * Titles that are part of how a person is named rather than a function the text states: VNA
 * writes "le Président Hô Chi Minh" of the founder who died in 1969, in every context.
 * Person id → folded title.
 */
export const EPITHETS = new Map<string, string>([['person:ho-chi-minh', 'president']]);
