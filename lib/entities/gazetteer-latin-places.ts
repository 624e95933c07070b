// More places for French and English text (issue 11 §3): world cities and areas RFI names most
// often, beyond those in PLACES_LATIN (gazetteer-latin.ts), which are not repeated here. General
// knowledge only; one referent per line, canonical first, `|` between forms.

/** Cities and areas (LOC). */
export const PLACES_LATIN_MORE = `
Addis Ababa|Addis-Abeba
Kuala Lumpur
Casablanca
Tangier|Tanger
Agadir
Marrakech|Marrakesh
Fez|Fès
Tunis
Tripoli
Benghazi
Khartoum
Port Sudan|Port-Soudan
El Fasher|El-Fasher
Darfur|Darfour
Omdurman
Mogadishu|Mogadiscio
Kampala
Kigali
Kinshasa
Goma
Brazzaville
Luanda
Lagos
Abuja
Accra
Ouagadougou
N'Djamena|Ndjamena
Nouakchott
Conakry
Freetown
Monrovia
Lomé
Cotonou
Yaoundé
Douala
Libreville
Bangui
Cape Town|Le Cap
Pretoria
Harare
Lusaka
Maputo
Antananarivo
Alexandria|Alexandrie
Gaza City
Rafah
Khan Younis
Ramallah
Aleppo|Alep
Idlib
Mosul|Mossoul
Erbil
Jeddah|Djeddah
Abu Dhabi
Muscat|Mascate
Sanaa
Aden
Amman
Karachi
Lahore
New Delhi|Delhi
Dhaka|Dacca
Colombo
Kathmandu|Katmandou
Ho Chi Minh City|Hô Chi Minh-Ville
Vientiane
Yangon|Rangoun
Naypyidaw
Singapore|Singapour
Beijing|Pékin
Hong Kong|Hongkong
Ulaanbaatar|Oulan-Bator
Astana
Tashkent|Tachkent
Kharkiv|Kharkov
Luhansk|Lougansk
Bucharest|Bucarest
Sofia
Naples
Montpellier
Rennes
Poissy
Versailles
Corsica|Corse
Brittany|Bretagne
Normandy|Normandie
Guadeloupe
Martinique
Mayotte
La Réunion|Réunion
Guyane|French Guiana
Nouméa|Noumea
Tahiti
Edinburgh|Édimbourg
Toronto
Mexico City
Santiago
Melbourne
Auckland
Wellington
Honolulu
Silicon Valley
Wall Street
Horn of Africa|Corne de l'Afrique
Sahara
Maghreb
Balkans
Caucasus|Caucase
Pacific|Pacifique
Atlantic|Atlantique
Mediterranean|Méditerranée
Red Sea|mer Rouge
Black Sea|mer Noire
South China Sea|mer de Chine méridionale
Persian Gulf|Gulf|Golfe
Strait of Hormuz|détroit d'Ormuz
Taiwan Strait|détroit de Taïwan
Tawila
`;
