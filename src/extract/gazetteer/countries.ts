/**
 * Countries with their other names, demonyms and capitals: "Russian" and "Moscow" (used as the state)
 * both stand for Russia. Format: name | aliases | demonyms | capital.
 */
const TABLE = `
United States|U.S.;US;USA;U.S.A.;America;the United States|American;Americans|Washington
Russia|Russian Federation|Russian;Russians|Moscow
China|People's Republic of China;PRC|Chinese|Beijing
Ukraine||Ukrainian;Ukrainians|Kyiv;Kiev
United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton;Britons|London
France||French|Paris
Germany||German;Germans|Berlin
Italy||Italian;Italians|Rome
Spain||Spanish|Madrid
Poland||Polish|Warsaw
Belgium||Belgian|Brussels
Netherlands|Holland|Dutch|Amsterdam
Sweden||Swedish|Stockholm
Norway||Norwegian|Oslo
Finland||Finnish|Helsinki
Denmark||Danish|Copenhagen
Turkey|Türkiye|Turkish|Ankara
Greece||Greek|Athens
Syria||Syrian;Syrians|Damascus
Iraq||Iraqi;Iraqis|Baghdad
Iran||Iranian;Iranians|Tehran
Israel||Israeli;Israelis|Jerusalem
Palestine|Palestinian territories|Palestinian;Palestinians|Ramallah
Lebanon||Lebanese|Beirut
Jordan||Jordanian|Amman
Saudi Arabia||Saudi;Saudis|Riyadh
Egypt||Egyptian;Egyptians|Cairo
Libya||Libyan|Tripoli
Yemen||Yemeni|Sanaa
Qatar||Qatari|Doha
United Arab Emirates|UAE;U.A.E.|Emirati|Abu Dhabi
Afghanistan||Afghan;Afghans|Kabul
Pakistan||Pakistani;Pakistanis|Islamabad
India||Indian;Indians|New Delhi
Japan||Japanese|Tokyo
South Korea|Republic of Korea|South Korean;South Koreans|Seoul
North Korea|DPRK|North Korean;North Koreans|Pyongyang
Taiwan||Taiwanese|Taipei
Vietnam||Vietnamese|Hanoi
Indonesia||Indonesian|Jakarta
Philippines||Filipino;Philippine|Manila
Australia||Australian;Australians|Canberra
Canada||Canadian;Canadians|Ottawa
Mexico||Mexican;Mexicans|Mexico City
Brazil||Brazilian;Brazilians|Brasilia
Argentina||Argentine;Argentinian|Buenos Aires
Venezuela||Venezuelan|Caracas
Colombia||Colombian|Bogota
Cuba||Cuban;Cubans|Havana
Chile||Chilean|Santiago
Peru||Peruvian|Lima
South Africa||South African|Pretoria
Nigeria||Nigerian;Nigerians|Abuja
Kenya||Kenyan;Kenyans|Nairobi
Ethiopia||Ethiopian|Addis Ababa
Belarus||Belarusian|Minsk
Georgia||Georgian|Tbilisi
Armenia||Armenian|Yerevan
Azerbaijan||Azerbaijani|Baku
Kazakhstan||Kazakh|Astana
Hungary||Hungarian|Budapest
Austria||Austrian|Vienna
Switzerland||Swiss|Bern
Portugal||Portuguese|Lisbon
Ireland||Irish|Dublin
Czech Republic|Czechia|Czech|Prague
Romania||Romanian|Bucharest
Serbia||Serbian|Belgrade
Estonia||Estonian|Tallinn
Latvia||Latvian|Riga
Lithuania||Lithuanian|Vilnius
Moldova||Moldovan|Chisinau
New Zealand||New Zealander|Wellington
`;

export interface Country {
  name: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
}

const split = (field: string | undefined) => (field ? field.split(';').filter(Boolean) : []);

export const COUNTRIES: Country[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [name, aliases, demonyms, capitals] = line.split('|');
    return { name: name!, aliases: split(aliases), demonyms: split(demonyms), capitals: split(capitals) };
  });

/** Last words that make a capitalized name a place: "Downing Street", "Silicon Valley", "Strait of Hormuz". */
export const PLACE_HEADS = new Set([
  // not words that are also common surnames (Hill, Park, Lake, Bay): a person named so would become a place
  'street', 'avenue', 'square', 'road', 'boulevard', 'valley', 'sea', 'ocean', 'river', 'mountains', 'island',
  'islands', 'strait', 'gulf', 'peninsula', 'desert', 'province', 'region', 'county', 'district', 'airport',
  'harbour', 'harbor', 'plaza', 'bridge', 'palace', 'stadium', 'cathedral', 'station', 'canal', 'prefecture',
])

/** Regions and cities that are places in their own right (not standing for a state). */
export const PLACES = [
  'Crimea', 'Donbas', 'Gaza', 'West Bank', 'Kashmir', 'Tibet', 'Xinjiang', 'Hong Kong', 'Chechnya',
  'Europe', 'Asia', 'Africa', 'Middle East', 'Latin America', 'Balkans', 'Baltic', 'Arctic',
  'New York', 'Los Angeles', 'Chicago', 'Geneva', 'Munich', 'Davos', 'Vienna', 'Istanbul',
  'St. Petersburg', 'Sochi', 'Aleppo', 'Mosul', 'Raqqa', 'Kharkiv', 'Odesa', 'Mariupol', 'Sevastopol',
  'Texas', 'California', 'Florida', 'Virginia', 'Pentagon',
  // the states of the United States (Washington and Georgia are known already, as the capital and a country)
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'Colorado', 'Connecticut', 'Delaware', 'Hawaii', 'Idaho', 'Illinois',
  'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico',
  'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina',
  'South Dakota', 'Tennessee', 'Utah', 'Vermont', 'West Virginia', 'Wisconsin', 'Wyoming',
];
