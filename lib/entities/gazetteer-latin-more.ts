// More hand lists for French and English text (issue 11 §3): companies, bodies, parties and armed
// groups RFI names most often, and nationality adjectives (places: gazetteer-latin-places.ts).
// General knowledge only; one referent per line, canonical first, `|` between forms.

/** Organisations (ORG). */
export const ORGANISATIONS_LATIN_MORE = `
African Union|AU|Union africaine|UA
ECOWAS|Economic Community of West African States|Cédéao|CEDEAO
Pacific Islands Forum|Forum des îles du Pacifique
ASEAN|Asean
World Health Organization|WHO|Organisation mondiale de la santé|OMS
World Trade Organization|WTO|Organisation mondiale du commerce|OMC
International Monetary Fund|IMF|Fonds monétaire international|FMI
World Bank|Banque mondiale
International Atomic Energy Agency|IAEA|Agence internationale de l'énergie atomique|AIEA
International Criminal Court|ICC|Cour pénale internationale|CPI
European Central Bank|ECB|Banque centrale européenne|BCE
Federal Reserve|Fed|Réserve fédérale
Unesco|UNESCO
Unicef|UNICEF
UNHCR|HCR
Finul|UNIFIL
Minusma|MINUSMA
Monusco|MONUSCO
Red Cross|Croix-Rouge
Amnesty International
Human Rights Watch
Médecins sans frontières|MSF|Doctors Without Borders
Greenpeace
Hamas
Hezbollah
Islamic State|IS|ISIS|État islamique|EI
al-Qaeda|Al-Qaïda|al-Qaïda
Boko Haram
Taliban|talibans
Wagner
Rapid Support Forces|RSF|Forces de soutien rapide|FSR
Kremlin
White House|Maison Blanche
Pentagon|Pentagone
Élysée|Elysée
Matignon
Bercy
Quai d'Orsay
Insee
Assemblée nationale|National Assembly
Sénat|Senate
Congress|Congrès
La France insoumise|LFI
Rassemblement national|RN
Les Républicains|LR
Renaissance
Parti socialiste|PS
Front de libération nationale kanak et socialiste|FLNKS
Chinese Communist Party|CCP|Parti communiste chinois|PCC
Democratic Party|Democrats
Republican Party|Republicans
Nasdaq
Dow Jones
Airbus
Boeing
Stellantis
Renault
Peugeot
TotalEnergies|Total
Orano
Areva
EDF
Engie
Safran
Thales
Dassault
LVMH
L'Oréal
Danone
BNP Paribas
Société Générale
Crédit Agricole
Michelin
Orange
Apple
Google
Alphabet
Microsoft
Amazon
Meta|Facebook
Nvidia
Intel
OpenAI
Tesla
SpaceX
SoftBank
Sony
Toyota
Honda
Nissan
Samsung
Huawei
TikTok
ByteDance
Alibaba
Tencent
Xiaomi
BYD
TSMC
Volkswagen
BMW
Mercedes
Siemens
Shell
BP
ExxonMobil
Gazprom
Rosneft
Aramco|Saudi Aramco
Pfizer
Moderna
AstraZeneca
Sanofi
Reuters
Bloomberg
AFP|Agence France-Presse
Associated Press|AP
RFI|Radio France Internationale
France 24
BBC
CNN
Al Jazeera
Le Monde
Le Figaro
Libération
PSG|Paris Saint-Germain|Paris SG
Olympique de Marseille|OM
Real Madrid
FC Barcelona|Barça
Bayern Munich|Bayern Munich
Manchester United
Manchester City
Liverpool FC
Chelsea
Arsenal
Juventus
FIFA
UEFA
CAF|Confédération africaine de football
IOC|CIO|Comité international olympique
`;

/** Nationality adjectives (single words) beyond the first list: never part of a name. */
export const DEMONYMS_LATIN_MORE = (
  'Egyptian Moroccan Algerian Tunisian Libyan Nigerian Senegalese Malian Nigerien Ivorian Cameroonian Congolese ' +
  'Sudanese Ethiopian Kenyan Somali Ghanaian Rwandan Lebanese Jordanian Qatari Emirati Yemeni Israeli Kurdish ' +
  'Vietnamese Thai Filipino Indonesian Malaysian Burmese Bangladeshi Greek Romanian Hungarian Czech Austrian ' +
  'Norwegian Danish Finnish Irish Scottish Argentine Argentinian Chilean Colombian Venezuelan Peruvian Cuban ' +
  'Égyptien Égyptienne Marocain Marocaine Algérien Algérienne Tunisien Tunisienne Libyen Nigérian Nigériane ' +
  'Sénégalais Sénégalaise Malien Malienne Nigérien Nigérienne Ivoirien Ivoirienne Camerounais Camerounaise ' +
  'Congolais Congolaise Soudanais Soudanaise Éthiopien Kényan Somalien Ghanéen Rwandais Libanais Libanaise ' +
  'Israélien Israélienne Palestinien Palestinienne Iranien Iranienne Turc Turque Syrien Syrienne Irakien ' +
  'Saoudien Saoudienne Qatari Kurde Vietnamien Thaïlandais Philippin Indonésien Coréen Coréenne Taïwanais ' +
  'Espagnol Espagnole Italien Italienne Portugais Belge Suisse Néerlandais Polonais Polonaise Grec Grecque ' +
  'Roumain Hongrois Tchèque Autrichien Suédois Norvégien Danois Finlandais Irlandais Canadien Canadienne ' +
  'Australien Australienne Brésilien Brésilienne Mexicain Mexicaine Argentin Argentine Chilien Colombien ' +
  'Vénézuélien Cubain Sud-Africain Sud-Africaine Sud-Coréen Sud-Coréenne Nord-Coréen Nord-Coréenne ' +
  'Néo-Zélandais Nord-Américain Latino-Américain Calédonien Calédonienne Kanak Kanake'
).split(' ');
