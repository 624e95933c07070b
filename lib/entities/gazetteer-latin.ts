// Hand lists for French and English text: cities, organisations (with French and English forms
// and acronyms), person titles stripped before names, demonyms and capitalised function words.

/** One referent per line: canonical | other forms. Cities and areas (LOC). */
export const PLACES_LATIN = `
Washington
New York
Los Angeles
San Francisco
Chicago
London|Londres
Paris
Berlin
Rome
Madrid
Lisbon|Lisbonne
Brussels|Bruxelles
Amsterdam
The Hague|La Haye
Geneva|Genève
Zurich
Vienna|Vienne
Prague
Warsaw|Varsovie
Budapest
Athens|Athènes
Stockholm
Oslo
Copenhagen|Copenhague
Helsinki
Dublin
Munich
Frankfurt|Francfort
Hamburg|Hambourg
Strasbourg
Lyon
Marseille
Nice
Bordeaux
Toulouse
Lille
Nantes
Milan
Venice|Venise
Barcelona|Barcelone
Moscow|Moscou
Saint Petersburg|Saint-Pétersbourg
Kyiv|Kiev
Kharkiv
Odesa|Odessa
Bakhmut
Kherson
Donetsk
Luhansk|Louhansk
Minsk
Istanbul
Ankara
Tehran|Téhéran
Baghdad|Bagdad
Damascus|Damas
Beirut|Beyrouth
Jerusalem|Jérusalem
Tel Aviv
Riyadh|Riyad
Doha
Dubai|Dubaï
Cairo|Le Caire
Algiers|Alger
Rabat
Dakar
Abidjan
Bamako
Niamey
Nairobi
Johannesburg
New Delhi|New Delhi
Mumbai|Bombay
Bangalore|Bengaluru
Islamabad
Kabul|Kaboul
Bangkok
Hanoi
Phnom Penh
Jakarta
Manila|Manille
Tokyo
Osaka
Seoul|Séoul
Pyongyang
Beijing|Pékin|Peking
Shanghai
Hong Kong
Macau|Macao
Taipei|Taïpei
Wuhan
Xinjiang
Tibet
Sydney
Canberra
Ottawa
Montreal|Montréal
Quebec|Québec
Mexico City|Mexico
Havana|La Havane
Caracas
Bogota|Bogotá
Lima
Buenos Aires
Brasilia|Brasília
Rio de Janeiro
São Paulo|Sao Paulo
Europe
Asia|Asie
Africa|Afrique
Middle East|Moyen-Orient|Proche-Orient
Central Asia|Asie centrale
Crimea|Crimée
Donbas|Donbass
Gaza
West Bank|Cisjordanie
Sahel
Indo-Pacific|Indo-Pacifique
Soviet Union|USSR|Union soviétique|URSS
`;

/** Organisations (ORG). */
export const ORGANISATIONS_LATIN = `
United Nations|UN|Nations unies|ONU
UN Security Council|Security Council|Conseil de sécurité
European Union|EU|Union européenne|UE
European Commission|Commission européenne
European Parliament|Parlement européen
European Council|Conseil européen
NATO|OTAN
G7
G20
World Health Organization|WHO|Organisation mondiale de la santé|OMS
World Trade Organization|WTO|Organisation mondiale du commerce|OMC
International Monetary Fund|IMF|Fonds monétaire international|FMI
World Bank|Banque mondiale
European Central Bank|ECB|Banque centrale européenne|BCE
ASEAN
African Union|Union africaine
International Criminal Court|ICC|Cour pénale internationale|CPI
IAEA|AIEA
OPEC|Opep
Reuters
AFP|Agence France-Presse
Associated Press|AP
Bloomberg
Xinhua
RFI|Radio France Internationale
BBC
CNN
Le Monde
Le Figaro
The New York Times|New York Times
The Washington Post|Washington Post
White House|Maison Blanche|Maison-Blanche
Kremlin
Elysée|Élysée
Pentagon|Pentagone
State Department|Département d'État|Département d’État
Congress|Congrès
Senate|Sénat
House of Representatives|Chambre des représentants
National Assembly|Assemblée nationale
Chinese Communist Party|CCP|Parti communiste chinois|PCC
Huawei
TikTok
Google
Apple
Microsoft
Tesla
Amnesty International
Human Rights Watch
Reporters Without Borders|Reporters sans frontières|RSF
FIFA
UEFA
`;

/** Titles before a name (stripped; they mark the name as PER). Case-sensitive, longest first. */
export const PERSON_TITLES_LATIN = [
  'Secretary of State', 'Secretary-General', 'Secretary General', 'Director-General', 'Director General', 'Chief Executive', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Defense Minister',
  'Vice President', 'Vice Premier', 'Deputy Prime Minister', 'Premier', 'Lieutenant General', 'Commander', 'Colonel', 'Admiral', 'Sheikh', 'Emir', 'Crown Prince', 'Archbishop', 'Bishop', 'Cardinal', 'President', 'Minister', 'Secretary', 'Chancellor', 'Senator', 'Governor', 'General',
  'King', 'Queen', 'Pope', 'Prince', 'Mr', 'Mrs', 'Ms', 'Dr', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'M.', 'Mme',
  'Mlle', 'Me', 'Mgr', 'Président', 'Premier ministre', 'Ministre', 'Chancelier', 'Sir', 'Lord', 'Judge',
];

/** Lower-case cue words right before a capitalised name (le président Emmanuel Macron). */
export const PERSON_CUES_LATIN = /(?:président|présidente|ministre|premier ministre|chancelier|chancelière|porte-parole|secrétaire général|secrétaire d'État|ambassadeur|ambassadrice|directeur|directrice|général|président-directeur|juge|député|députée|sénateur|sénatrice|maire|president|minister|chancellor|spokesman|spokeswoman|spokesperson|secretary|ambassador|director|envoy|leader|chief|general|senator|governor|mayor|judge|editor|coach|striker|player|actor|writer|lawyer|said|says|told|according to|known as|nicknamed|alias|surnommé|selon|a déclaré|a dit|affirme|estime)\s+$/iu;

/** Words that carry an organisation (Banque de France, University of Oxford, Parti socialiste). */
export const ORG_WORDS_LATIN = /(?<![A-Za-zÀ-ÖØ-öø-ɏ\u0300-\u036f])(?:Government|Gouvernement|Parliament|Parlement|Senate|Sénat|Navy|Guards?|Garde|Services?|Secretariat|Board|Bureau|Brigade|Battalion|Regiment|Corps|Congress|Congrès|Community|Communauté|Bank|Banque|Party|Parti|University|Université|Ministry|Ministère|Council|Conseil|Commission|Agency|Agence|Organi[sz]ation|Association|Institute|Institut|Foundation|Fondation|Fund|Fonds|Group|Groupe|Company|Compagnie|Corporation|Inc|Ltd|SA|Union|Assembly|Assemblée|Court|Cour|Tribunal|Committee|Comité|Federation|Fédération|League|Ligue|Army|Armée|Forces|Police|Office|Forum|Front|Movement|Mouvement|Alliance|Network|Réseau|Programme|News|Times|Post|Journal|Airlines|Airways|Club|Department|Département|Authority|Autorité|Office|Centre|Center|International|Consortium)(?![A-Za-zÀ-ÖØ-öø-ɏ\u0300-\u036f])/u;

/** Capitalised words that start sentences or are not names on their own. */
export const CAPITALISED_STOPWORDS = new Set(
  (
    'The A An In On At By For From To Of And But Or If When While After Before Since During Under Over ' +
    'This That These Those It Its He She They We I You His Her Their Our There Here Yet Still Also However ' +
    'According Meanwhile Although Because As With Without Despite Asked Speaking Last Next Some Many Most ' +
    'À Le La Les L Un Une Des Du De Dans En Au Aux Pour Par Sur Avec Sans Selon Après Avant Depuis Pendant ' +
    'Ce Cet Cette Ces Il Elle Ils Elles On Nous Vous Je Son Sa Ses Leur Leurs Mais Et Ou Si Quand Alors ' +
    'Lors Malgré Pourtant Ainsi Aussi Toutefois Cependant Enfin Puis Déjà Plus Moins Tous Toutes Chaque ' +
    'Mr Mrs Ms Dr M Mme Monday Tuesday Wednesday Thursday Friday Saturday Sunday Lundi Mardi Mercredi Jeudi ' +
    'Vendredi Samedi Dimanche January February March April May June July August September October ' +
    'November December'
  ).split(' '),
);

/** Demonyms and nationality adjectives: not entities themselves, and never part of a name. */
export const DEMONYMS_LATIN = new Set(
  (
    'French American Chinese Russian Ukrainian German British English Indian Japanese Korean Iranian ' +
    'Israeli Palestinian Turkish European African Asian Western Soviet Italian Spanish Polish Swedish ' +
    'Dutch Belgian Swiss Canadian Australian Brazilian Mexican Saudi Syrian Iraqi Afghan Pakistani Taiwanese ' +
    'Français Française Américain Américaine Chinois Chinoise Russe Ukrainien Ukrainienne Allemand Allemande ' +
    'Britannique Indien Indienne Japonais Européen Européenne Africain Occidental Occidentaux'
  ).split(' '),
);
