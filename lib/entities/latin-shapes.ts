// Shapes of French and English names that hold on unseen text (issue 11 §3, written from the
// fresh-latin half A and the seen golds): what the words around a capitalised sequence, or the
// words inside it, say about its type. Pure data and small predicates used by extract-latin.ts.

/** An article right before a sequence: persons take none (les Grands Lacs, the Santiago Bernabéu). */
export const ARTICLE_BEFORE = /(?:^|[\s(«"“])(?:the|les|la|le|l['’]|des|aux|du)\s*$/iu;

/** A preposition of place right before a multiword sequence (in Cabo Delgado, near Scarborough Shoal). */
export const PLACE_PREPOSITION_BEFORE = /(?:^|[\s(])(?:in|near|outside|près de|au large de|off)\s+$/u;

/** Last words that make a sequence a place (Scarborough Shoal, Paranal Observatory, Lake Chad is a prefix). */
export const PLACE_TAILS = /\s(?:Shoal|Observatory|Stadium|Arena|Lake|River|Peninsula|Desert|Mountains?|Valley|Strait|Sea|Ocean|Islands?|Bay|Gulf|Canal|Dam|Square|Corridor|Basin|Plateau|Delta|Lacs|Monts|Forest|Reserve|Park|Airport|Bridge|Strip)$/u;

/** Words of events and things, never a person or a place (James Webb Space Telescope, Festival of African Music). */
export const THING_WORDS = /(?:^|\s)(?:Telescope|Festival|Cup|Coupe|Games|Jeux|Olympics|Mostra|Biennale|Awards?|Prize|Prix|Summit|Sommet|Open|Grand Prix|Cyclone|Hurricane|Typhoon|Storm|Tempête|Ouragan|Operation|Opération|Championship|Championnat|Expo|Satellite|Rover|Vaccine|Act|Plan|Agreement|Accord|Treaty|Traité)(?:\s|$)/u;

/** Lower-case nouns after a name that make it a place, and are part of its name (the Félix Houphouët-Boigny stadium). */
export const PLACE_NOUN_AFTER = /^ (?:stadium|airport|arena)\b/u;

/** Lower-case nouns after a name that make it a place, not part of its name (the Afungi peninsula, the Darfur region). */
export const PLACE_NOUN_AFTER_BARE = /^ (?:peninsula|region|province|district|county|valley|river|desert|island|archipelago|delta|basin|plateau)\b/u;

/** Compass words glued to a place by a hyphen (Nord-Kivu, Sud-Soudan, Haut-Katanga, South-West). */
export const HYPHENATED_PLACE = /^(?:Nord|Sud|Est|Ouest|Haut|Haute|Bas|Basse|North|South|East|West|Centre|Moyen|Grand|Petit)-\p{Lu}/u;

/** Compass words before a demonym make one adjective (South African, West African, North Korean). */
/** Capitalised compound adjectives that open a sequence and are no part of a name (Chinese-owned, London-based). */
export const COMPOUND_ADJECTIVE = /^\p{Lu}[\p{L}]+-(?:owned|based|backed|born|led|funded|run|controlled|listed|made)$/u;

export const COMPASS = new Set(['North', 'South', 'East', 'West', 'Central', 'Northern', 'Southern', 'Eastern', 'Western']);

/** Letters and digits of one code name (M23, D66, G20, COP30): an organisation when it stands alone. */
export const CODE_NAME = /^\p{Lu}[\p{Lu}\p{N}]{1,6}$/u;

/** Words after which a code is a unit or a designation, not an organisation (francs CFA, LHS 1140). */
export const NOT_CODE_BEFORE = /(?:francs?|euros?|dollars?|livres?|version|modèle|model|type|vol|flight|\d)\s+$/iu;
/** A code in brackets after an agreement or a plan is that thing's short name, not a body (the … Agreement (USMCA)). */
export const THING_BEFORE_CODE = /(?:Agreement|Accord|Treaty|Traité|Act|Plan|Convention|Pact|Pacte)\s*\(\s*$/u;
/** Text after a code that makes it a sum or a designation (R1 billion, LHS 1140). */
export const NOT_CODE_AFTER = /^ (?:[0-9]|billion|million|bn|milliards?|millions?)/u;

/** French nationality adjectives at the end of a body's name: a description, not the name (Conseil constitutionnel ivoirien). */
export const TRAILING_NATIONALITY = /^(?:français|française|ivoirien|ivoirienne|sénégalais|sénégalaise|malien|malienne|burkinabè|nigérien|nigérienne|nigérian|nigériane|camerounais|camerounaise|congolais|congolaise|gabonais|gabonaise|guinéen|guinéenne|tchadien|tchadienne|togolais|togolaise|béninois|béninoise|marocain|marocaine|algérien|algérienne|tunisien|tunisienne|égyptien|égyptienne|libyen|libyenne|soudanais|soudanaise|éthiopien|éthiopienne|kényan|kényane|rwandais|rwandaise|burundais|burundaise|centrafricain|centrafricaine|mauritanien|mauritanienne|américain|américaine|chinois|chinoise|russe|ukrainien|ukrainienne|allemand|allemande|britannique|italien|italienne|espagnol|espagnole|belge|suisse|canadien|canadienne|libanais|libanaise|israélien|israélienne|iranien|iranienne|turc|turque|brésilien|brésilienne|indien|indienne|japonais|japonaise|haïtien|haïtienne|néerlandais|néerlandaise|portugais|portugaise|polonais|polonaise|syrien|syrienne|irakien|irakienne|saoudien|saoudienne|vietnamien|vietnamienne)$/u;

/** French competitions written like bodies (Ligue des champions): events, not organisations. */
export const FRENCH_COMPETITIONS = /^(?:Ligue des champions|Ligue Europa|Ligue des nations|Ligue Europa Conférence)$/u;

/** Lower-case French complements that are adjectives without a regular ending (Front commun). */
export const IRREGULAR_ADJECTIVES = new Set(['commun', 'commune', 'communs', 'communes', 'uni', 'unie', 'unis', 'unies', 'libre', 'libres', 'vert', 'verte', 'verts', 'nouveau', 'nouvelle', 'supérieur', 'supérieure', 'fort', 'forte', 'arabe', 'arabes', 'démocrate', 'démocrates', 'islamique', 'islamiques']);

/** Words that start a sentence or a clause and are never part of a name. */
export const MORE_STOPWORDS = (
  'Former Ex Late Then Now Only Even Both Each Every Such Other Another Several Few Once Today Yesterday ' +
  'Tomorrow Two Three Four Five Six Ten Many Much Further Lead Top Senior Junior Acting Interim Outgoing ' +
  'Ancien Ancienne Anciens Hier Aujourd Demain Certains Certaines Plusieurs Entre Contre Vers Chez Outre ' +
  'Comme Parmi Sous Deux Trois Quatre Cinq Dix Nouveau Nouvelle Selon Face Fin Début État Etat ' +
  'ONG NGO PIB GDP PDG CEO TVA VAT Outre-Atlantique Outre-Manche Outre-Rhin Outre-mer Côté'
).split(' ');

/** More titles before a person's name. */
export const MORE_TITLES = ['Prosecutor', 'Attorney General', 'Coach', 'Manager', 'DJ', 'Professor', 'Prof.', 'Captain', 'Imam', 'Rev.', 'Reverend', 'Marshal', 'Field Marshal', 'Sergeant', 'Lieutenant', 'Maître', 'Pr', 'Abbé'];

/** Words right before a place that make it part of another word: a competition's name (Coupe d'Afrique, Tour de France), Outre-Atlantique. */
export const COMPETITION_BEFORE = /(?:Coupe d['’]|Coupe du |Coupe de |Tour de |Tour du |Grand Prix de |Jeux de |Outre-)$/u;

/** Nationality adjectives the first lists lacked (Slovenian Slavko Vinčić, Malian duo …). */
export const MORE_DEMONYMS = (
  'Slovenian Slovak Croatian Serbian Bosnian Albanian Greek Cypriot Romanian Bulgarian Hungarian Czech Austrian ' +
  'Danish Norwegian Finnish Estonian Latvian Lithuanian Irish Scottish Welsh Portuguese Moldovan Georgian Armenian ' +
  'Azerbaijani Kazakh Uzbek Mongolian Vietnamese Thai Cambodian Burmese Indonesian Malaysian Filipino Philippine ' +
  'Bangladeshi Sri Lankan Nepali Lebanese Jordanian Yemeni Omani Emirati Qatari Kuwaiti Bahraini Egyptian Libyan ' +
  'Tunisian Algerian Moroccan Sudanese Ethiopian Eritrean Somali Kenyan Ugandan Tanzanian Rwandan Burundian ' +
  'Congolese Gabonese Cameroonian Chadian Nigerian Nigerien Malian Senegalese Guinean Ivorian Ghanaian Togolese ' +
  'Beninese Burkinabe Burkinabè Mauritanian Gambian Liberian Angolan Zambian Zimbabwean Mozambican Malagasy ' +
  'Namibian Botswanan Argentine Argentinian Chilean Peruvian Colombian Venezuelan Cuban Haitian Bolivian ' +
  'Ecuadorian Uruguayan Paraguayan Belarusian Kosovar Montenegrin Macedonian Icelandic Luxembourgish ' +
  'Sénégalais Sénégalaise Malien Malienne Ivoirien Ivoirienne Congolais Congolaise Camerounais Camerounaise ' +
  'Burkinabè Nigérien Nigérienne Nigérian Nigériane Tchadien Tchadienne Guinéen Guinéenne Gabonais Gabonaise ' +
  'Marocain Marocaine Algérien Algérienne Tunisien Tunisienne Égyptien Égyptienne Libanais Libanaise ' +
  'Israélien Israélienne Iranien Iranienne Turc Turque Syrien Syrienne Irakien Irakienne Néerlandais Néerlandaise ' +
  'Belge Suisse Espagnol Espagnole Italien Italienne Portugais Portugaise Polonais Polonaise Brésilien Brésilienne ' +
  'Canadien Canadienne Mexicain Mexicaine Tunisienne Rwandais Rwandaise Kényan Kényane Éthiopien Éthiopienne ' +
  'Soudanais Soudanaise Centrafricain Centrafricaine Mauritanien Mauritanienne Togolais Togolaise Béninois Béninoise ' +
  'Haïtien Haïtienne Vietnamien Vietnamienne Japonaise Coréen Coréenne Russes Américains Chinois Européens Africains'
).split(' ');

/** Lower-case nouns after a name that make it an organisation, not part of its name (the Islamic State group, the United Opposition coalition). */
export const ORG_NOUN_AFTER = /^ (?:coalition|party|group|movement|alliance|militia|rebels|club|company|firm|agency|network|newspaper|daily|broadcaster|bank|union|consortium|conglomerate|carrier|airline|label)\b/u;

/** First or last words of sports clubs (Real Betis, Sporting Lisbon, Leeds United, Bristol Rovers). */
export const CLUB_SHAPE = /^(?:Real|Atlético|Athletic|Sporting|Olympique|Racing|Inter|Dynamo|Dinamo|Spartak|CSKA|AS|FC|AC|SC|RC|SV|VfB|VfL|TSG|RB|Stade|Union)\s\p{Lu}|\s(?:FC|SC|CF|AFC|United|Rovers|Wanderers|Hotspur|Albion)$/u;

/** Words of newspapers that make a sequence an organisation (the Daily Nation, the Sunday Telegraph). */
export const PRESS_WORDS = /(?:^|\s)(?:Daily|Herald|Tribune|Gazette|Telegraph|Observer|Express|Courier|Courrier|Chronicle|Monitor|Standard)(?:\s|$)/u;

/** Listed places that are also given names: first in a short sequence, they start a person's name (Maurice Kamto, Chad Smith). */
export const GIVEN_NAME_PLACES = new Set(['Maurice', 'Jordan', 'Jordanie', 'Chad', 'Georgia', 'Géorgie', 'Florence', 'Victoria', 'Lorraine', 'Virginia', 'Sydney', 'Adelaide', 'Salvador', 'Israel', 'Madison', 'Austin', 'Charlotte', 'Nancy', 'Lincoln', 'Orlando', 'Regina', 'Eugene', 'Beverly', 'Aurora']);

/** Common nouns before a multiword name that make it an organisation (l'association Civitas Maxima, the firm Wagner Group);
 * a publisher is a firm, in apposition too (his publisher, Editions Verdant; an imprint of Verdant House). */
export const ORG_NOUN_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ\u0300-\u036f])(?:association|ONG|NGO|company|firm|groupe|société|entreprise|firme|compagnie|filiale|start-up|startup|agence|agency|parti|party|mouvement|movement|coalition|syndicat|fondation|foundation|journal|newspaper|quotidien|hebdomadaire|magazine|chaîne|channel|radio|banque|bank|cabinet|laboratoire|constructeur|opérateur|operator|fabricant|maker|marque|brand|armateur|assureur|insurer|club)(?:\s+(?:de|des|d['’])\s*[a-zß-öø-ÿ]+)?\s+$|(?<![A-Za-zÀ-ÖØ-öø-ɏ\u0300-\u036f])(?:publisher|imprint of|subsidiary of|éditeur|éditrice|maison d['’]édition|filiale de)(?:,)?\s+$/u;

/** One hyphenated word ending in a country: a body named after it (Météo-France, Radio-Canada, Ouest-France). */
export const BODY_OF_COUNTRY = /^\p{Lu}\p{Ll}+-(?:France|Canada|Afrique|Maroc|Sénégal|Congo|Belgique|Suisse|Cameroun|Québec)$/u;
