// More places for French and English text (issue 11 §3): world cities and areas RFI names most
// often. General knowledge only; one referent per line, canonical first, `|` between forms.

/** Cities and areas (LOC). */
export const PLACES_LATIN_MORE = `
Addis Ababa|Addis-Abeba
Kuala Lumpur
Casablanca
Tangier|Tanger
Agadir
Marrakech|Marrakesh
Rabat
Fez|Fès
Algiers|Alger
Tunis
Tripoli
Benghazi
Khartoum
Port Sudan|Port-Soudan
El Fasher|El-Fasher
Darfur|Darfour
Omdurman
Nairobi
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
Abidjan
Dakar
Bamako
Niamey
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
Johannesburg
Cape Town|Le Cap
Pretoria
Harare
Lusaka
Maputo
Antananarivo
Cairo|Le Caire
Alexandria|Alexandrie
Jerusalem|Jérusalem
Tel Aviv
Gaza City
Rafah
Khan Younis
Ramallah
Beirut|Beyrouth
Damascus|Damas
Aleppo|Alep
Idlib
Baghdad|Bagdad
Mosul|Mossoul
Erbil
Tehran|Téhéran
Riyadh|Riyad
Jeddah|Djeddah
Doha
Dubai|Dubaï
Abu Dhabi
Muscat|Mascate
Sanaa
Aden
Amman
Ankara
Istanbul
Kabul|Kaboul
Islamabad
Karachi
Lahore
New Delhi|Delhi
Mumbai|Bombay
Dhaka|Dacca
Colombo
Kathmandu|Katmandou
Bangkok
Hanoi
Ho Chi Minh City|Hô Chi Minh-Ville
Phnom Penh
Vientiane
Yangon|Rangoun
Naypyidaw
Jakarta
Manila|Manille
Singapore|Singapour
Beijing|Pékin
Shanghai
Hong Kong|Hongkong
Macau|Macao
Taipei|Taïpei
Tokyo
Osaka
Seoul|Séoul
Pyongyang
Ulaanbaatar|Oulan-Bator
Astana
Tashkent|Tachkent
Moscow|Moscou
Saint Petersburg|Saint-Pétersbourg
Kyiv|Kiev
Kharkiv|Kharkov
Odesa|Odessa
Donetsk
Luhansk|Lougansk
Crimea|Crimée
Donbas|Donbass
Minsk
Warsaw|Varsovie
Berlin
Munich
Frankfurt|Francfort
Hamburg|Hambourg
Vienna|Vienne
Prague
Budapest
Bucharest|Bucarest
Sofia
Athens|Athènes
Rome
Milan
Naples
Madrid
Barcelona|Barcelone
Lisbon|Lisbonne
Brussels|Bruxelles
Amsterdam
The Hague|La Haye
Geneva|Genève
Zurich
Strasbourg
Lyon
Marseille
Toulouse
Bordeaux
Lille
Nantes
Nice
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
Dublin
Edinburgh|Édimbourg
Stockholm
Oslo
Copenhagen|Copenhague
Helsinki
Ottawa
Toronto
Montreal|Montréal
Quebec|Québec
Mexico City
Havana|La Havane
Caracas
Bogota|Bogotá
Lima
Santiago
Buenos Aires
São Paulo|Sao Paulo
Rio de Janeiro
Brasilia|Brasília
Sydney
Melbourne
Canberra
Auckland
Wellington
Honolulu
Silicon Valley
Wall Street
Middle East|Moyen-Orient|Proche-Orient
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
