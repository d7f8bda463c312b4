/** International organizations, institutions and news agencies: name | aliases. */
const ORGANIZATIONS = `
NATO|North Atlantic Treaty Organization;the NATO alliance;NATO alliance
United Nations|UN;U.N.
UN Security Council|U.N. Security Council;Security Council
European Union|EU;E.U.
European Commission|
International Monetary Fund|IMF
World Bank|
European Central Bank|ECB
Federal Reserve|Fed;U.S. Federal Reserve
Bank of England|BoE
Bank of Japan|BoJ
International Atomic Energy Agency|IAEA
International Criminal Court|ICC
International Court of Justice|ICJ
Interpol|
Red Cross|International Committee of the Red Cross;ICRC
Amnesty International|Amnesty
Human Rights Watch|HRW
Doctors Without Borders|MSF;Medecins Sans Frontieres
World Health Organization|WHO
World Trade Organization|WTO
OPEC|
OSCE|Organization for Security and Co-operation in Europe
G7|Group of Seven
G20|Group of 20
African Union|AU
Arab League|
ISIS|Islamic State;IS;ISIL;Daesh
al-Qaeda|al Qaeda;Al-Qaeda
Taliban|
Hamas|
Hezbollah|
Kremlin|
White House|
Pentagon|Defense Department;Department of Defense
State Department|U.S. State Department;Department of State
Congress|U.S. Congress
Senate|U.S. Senate
CIA|Central Intelligence Agency
FBI|Federal Bureau of Investigation
NSA|National Security Agency
FSB|Federal Security Service
Democratic Party|Democrats
Republican Party|Republicans;GOP
`;

/** News agencies and outlets that relay statements ("quoted by TASS", "Reuters reports:"). */
const NEWS_AGENCIES = `
TASS|ITAR-TASS
Interfax|
RIA Novosti|
Sputnik|
RT|Russia Today
Reuters|
Associated Press|AP
Agence France-Presse|AFP
Bloomberg|
Xinhua|
Anadolu|Anadolu Agency
Al Jazeera|
BBC|
CNN|
Yahoo News|Yahoo
Fox News|
The New York Times|New York Times
The Washington Post|Washington Post
The Guardian|Guardian
Kyodo|Kyodo News
Yonhap|
EFE|
dpa|Deutsche Presse-Agentur
ANSA|
PTI|Press Trust of India
Financial Times|The Financial Times;FT
The Wall Street Journal|Wall Street Journal;WSJ
The Economist|Economist
Politico|
Axios|
NPR|National Public Radio
CBS News|CBS
NBC News|NBC
ABC News|ABC
Sky News|
Deutsche Welle|DW
France 24|
Le Monde|
Der Spiegel|Spiegel
Nikkei|
South China Morning Post|SCMP
The Times of India|Times of India
Haaretz|
Kommersant|
Izvestia|
RIA|
`;

export interface KnownOrganization {
  name: string;
  aliases: string[];
  newsAgency: boolean;
}

const parse = (table: string, newsAgency: boolean): KnownOrganization[] =>
  table
    .trim()
    .split('\n')
    .map((line) => {
      const [name, aliases] = line.split('|');
      return { name: name!, aliases: (aliases ?? '').split(';').filter(Boolean), newsAgency };
    });

export const KNOWN_ORGANIZATIONS: KnownOrganization[] = [...parse(ORGANIZATIONS, false), ...parse(NEWS_AGENCIES, true)];

/** Last words that make a capitalized name an organization. */
export const ORGANIZATION_HEADS = new Set([
  'agency', 'agencies', 'alliance', 'army', 'association', 'bank', 'board', 'bureau', 'cabinet', 'center',
  'centre', 'coalition', 'command', 'commission', 'committee', 'company', 'congress', 'corp', 'corporation',
  'council', 'court', 'department', 'federation', 'force', 'forces', 'foundation', 'front', 'fund', 'group',
  'guard', 'inc', 'institute', 'league', 'ltd', 'media', 'ministry', 'movement', 'navy', 'news', 'office',
  'organization', 'organisation', 'parliament', 'party', 'police', 'press', 'service', 'services', 'times',
  'tribunal', 'union', 'university', 'post', 'network', 'administration', 'government', 'assembly', 'senate',
  'programme', 'program', 'initiative', 'institution', 'agency', 'council', 'energy', 'systems', 'technologies',
  'technology', 'labs', 'laboratories', 'pharmaceuticals', 'holdings', 'partners', 'capital', 'industries', 'solutions',
  'networks', 'communications', 'foods', 'logistics', 'therapeutics', 'software', 'robotics', 'electric', 'power',
  'mining', 'steel', 'chemicals', 'insurance', 'securities', 'investments', 'ventures', 'college', 'school', 'academy',
  'hospital', 'clinic', 'society', 'trust', 'commission', 'authority', 'exchange', 'club', 'studio', 'studios',
  'united', 'fc', 'rovers', 'wanderers', 'athletic', 'hotspur', 'airlines', 'airways', 'motors', 'group',
]);

/** Lowercase heads of organization descriptions used as speakers ("the defense department said"). */
export const COMMON_ORGANIZATION_HEADS = new Set([
  'department', 'ministry', 'agency', 'agencies', 'office', 'government', 'administration', 'military',
  'army', 'police', 'embassy', 'spokesman', 'officials', 'committee', 'commission', 'council', 'court',
  'company', 'prosecutors', 'parliament', 'authorities', 'services', 'service', 'lawmakers', 'senators',
  'club', 'team', 'firm', 'union', 'league', 'party', 'board', 'federation', 'association', 'ministry',
  'regulator', 'watchdog', 'campaign', 'hospital', 'university', 'school', 'group', 'bank', 'court',
]);
