// Country names in the forms news text uses that ICU's region names (lib/entities/regions.ts) do not
// give: short and common English and French names, keyed by region code. Used by extract-latin.ts.

/** Extra forms ICU does not give (short and common English / French names). */
export const COUNTRY_ALIASES: Record<string, string[]> = {
  US: ['U.S.', 'USA', 'America', 'Etats-Unis'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'Grande-Bretagne'],
  RU: ['Russie'],
  KR: ['South Korea', 'Corée du Sud'],
  KP: ['North Korea', 'Corée du Nord'],
  CN: ['Chine'],
  CD: ['République démocratique du Congo', 'RDC', 'RD Congo', 'Democratic Republic of Congo', 'Democratic Republic of the Congo', 'DR Congo', 'DRC'],
  CF: ['Centrafrique', 'République centrafricaine', 'Central African Republic', 'CAR'],
  CG: ['Congo-Brazzaville', 'République du Congo', 'Republic of Congo'],
  CI: ["Côte d'Ivoire", 'Ivory Coast'],
  TR: ['Turkey', 'Turquie'],
  CZ: ['Czech Republic', 'République tchèque'],
  MM: ['Myanmar', 'Burma', 'Birmanie'],
  AE: ['UAE', 'Emirats arabes unis'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  VA: ['Vatican'],
};
