// Words a French or English text writes in lower case (a role, a function, a standing) that are
// capitalised only because they open a sentence or a clause: before a name they describe the person
// and are no part of the name (Justice Luiz Fux, Opener Aiden Markram, Incumbent Ranil
// Wickremesinghe, Rapporteur Alexandre de Moraes; Attaquant Kylian Mbappé). Issue 11 §3, the
// classes seen on held-out-6: the lists hold the kind of word, never the names seen after them.

/** Role and standing nouns and adjectives (English then French), in their capitalised form. */
export const ROLE_WORDS_LATIN = new Set(
  (
    // Courts, parliaments and offices.
    'Justice Rapporteur Magistrate Prosecutor Defendant Plaintiff Lawmaker Legislator Lawyer Attorney ' +
    'Candidate Incumbent Challenger Contender Nominee Frontrunner Front-runner Runner-up Opponent Rival ' +
    'Veteran Newcomer Rookie Activist Dissident Campaigner Protester Whistleblower Negotiator Mediator ' +
    'Envoy Diplomat Spokesman Spokeswoman Spokesperson Adviser Advisor Aide Deputy Official Lawmakers ' +
    // Sport.
    'Opener Striker Forward Winger Midfielder Defender Goalkeeper Keeper Batter Batsman Bowler Spinner ' +
    'Seamer Skipper Fly-half Scrum-half Sprinter Rider Cyclist Climber Driver Pitcher Quarterback Champion ' +
    'Teammate Team-mate Centre-back Full-back Playmaker All-rounder Wicketkeeper ' +
    // Arts and letters.
    'Novelist Author Writer Poet Filmmaker Film-maker Director Screenwriter Actor Actress Singer Rapper ' +
    'Songwriter Artist Painter Sculptor Architect Photographer Journalist Reporter Columnist Editor Publisher ' +
    'Historian Economist Scientist Researcher Astronomer Physicist Biologist Analyst Entrepreneur Founder ' +
    // French.
    'Attaquant Attaquante Défenseur Défenseure Milieu Gardien Coureur Coureuse Grimpeur Sprinteur Pilote ' +
    'Capitaine Entraîneur Entraîneuse Sélectionneur Sélectionneuse Champion Championne Vainqueur Leader ' +
    'Romancier Romancière Écrivain Écrivaine Auteur Autrice Poète Cinéaste Réalisateur Réalisatrice Acteur ' +
    'Actrice Chanteur Chanteuse Rappeur Rappeuse Artiste Peintre Sculpteur Architecte Photographe ' +
    'Journaliste Historien Historienne Économiste Chercheur Chercheuse Astronome Physicien Physicienne ' +
    'Opposant Opposante Candidat Candidate Sortant Sortante Rapporteur Rapporteure Avocat Avocate Procureur ' +
    'Procureure Magistrat Magistrate Militant Militante Dissident Dissidente Négociateur Négociatrice ' +
    'Médiateur Médiatrice Émissaire Diplomate Conseiller Conseillère Fondateur Fondatrice Patron Patronne'
  ).split(' '),
);

/**
 * French nationality adjectives and nouns the first lists lacked (Slovène, Croate, Néo-Zélandais …):
 * French writes them in lower case as adjectives, so a capital one opens a sentence and describes
 * the person after it.
 */
export const DEMONYMS_FRENCH_MORE = (
  'Slovène Slovènes Croate Croates Serbe Serbes Bosnien Bosnienne Albanais Albanaise Bulgare Bulgares Macédonien ' +
  'Macédonienne Monténégrin Monténégrine Kosovar Estonien Estonienne Letton Lettonne Lituanien Lituanienne ' +
  'Biélorusse Moldave Géorgien Géorgienne Arménien Arménienne Azerbaïdjanais Azerbaïdjanaise Kazakh Kazakhe ' +
  'Ouzbek Ouzbèke Mongol Mongole Luxembourgeois Luxembourgeoise Islandais Islandaise Écossais Écossaise Gallois ' +
  'Galloise Anglais Anglaise Chypriote Maltais Maltaise Slovaque Tchèque Hongroise Roumaine Suédoise Norvégienne ' +
  'Danoise Finlandaise Irlandaise Néo-Zélandais Néo-Zélandaise Sud-Africain Sud-Africaine Équatorien Équatorienne ' +
  'Uruguayen Uruguayenne Paraguayen Paraguayenne Bolivien Bolivienne Péruvien Péruvienne Vénézuélien ' +
  'Vénézuélienne Cubain Cubaine Jamaïcain Jamaïcaine Colombienne Chilienne Argentine Kényane Éthiopienne ' +
  'Ghanéenne Somalienne Nigériane Ougandais Ougandaise Tanzanien Tanzanienne Érythréen Érythréenne ' +
  'Sri-Lankais Sri-Lankaise Népalais Népalaise Pakistanais Pakistanaise Afghan Afghane Bangladais Bangladaise ' +
  'Birman Birmane Cambodgien Cambodgienne Laotien Laotienne Malaisien Malaisienne Singapourien Singapourienne'
).split(' ');

/**
 * English adjectives that open names of things and bodies but are no one's given name (First Panel,
 * National People's Power, Supreme Council): a sequence they open with no person cue is no person.
 */
export const NOT_GIVEN_NAMES = new Set(
  'First Second Third Fourth Fifth Last National Federal Supreme Royal Imperial Central Regional Provincial Municipal Civil Criminal Constitutional Presidential Parliamentary Electoral Popular Public Private Special Joint Grand Great High Higher Low Lower Upper Old Interim Permanent Standing Select Democratic Republican Socialist Communist Liberal Conservative Progressive Islamic Catholic Orthodox Protestant Global International Continental Olympic Premier'.split(' '),
);
