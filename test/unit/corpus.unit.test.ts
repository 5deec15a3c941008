// Regression guard over the evaluation corpora (npm run eval prints the figures):
// every known error of the dev and holdout sets is found with an accepted first fix,
// and clean professional copy gets no flags at all.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createNameChecker } from '../../src/core/entities/knowledgeBase';
import { loadBuiltInKnowledge } from '../../src/node/knowledgeFiles';
import { caseOffsets } from '../../src/cli/answerKey';

const root = join(__dirname, '..', '..', '..');
const corpus = join(root, 'test', 'fixtures', 'corpus');
const checker = createNameChecker(loadBuiltInKnowledge(join(root, 'data')));

interface Case {
  file: string;
  wrong: string;
  n: number;
  fix: string[];
}


describe('evaluation corpora', () => {
  // What each set is known to miss (see README, "How well it works").
  const knownMisses: Record<string, string[]> = {
    dev: [],
    holdout: [],
    // ("Ishbia" for Ishiba: since wave 17 the lists know Mat Ishbia, the basketball owner, and a real surname shields.)
    holdout2: ["COP27"],
    holdout3: [],
    // Written blind on other beats (sport, business, culture, regions); first scored in wave 2.
    'beats-dev': ['Vega Baya', 'Tunbridge and Malling'],
    // Written blind as the final measurement of wave 2 (first scores in the README), then used
    // as development data once measured: regression fixtures from then on.
    'beats-final': ['Farmindale', 'Copenhague', 'Jeanette Jara'],
    'politics-final': [],
    // Written blind on other beats and on politics (heldout2), first scored at the start of
    // wave 3 (README, "How well it works"), then used as development data: regression fixtures.
    'heldout2-beats': ['Royal New Zealand Yacht Club', 'Balentein', 'Wendel', 'National Crop Agency', 'Si-hyok', 'Nasri', 'Lethbrige'],
    'heldout2-politics': ['Corrêa do Lagos', 'Bethlehem'],
    // Written blind at the start of wave 3 (heldout3) and of wave 4 (heldout4), each first scored
    // before any change it prompted (README, "How well it works"), then used as development data:
    // regression fixtures. heldout5, wave 4's last blind set, was first scored unread (README), then
    // became wave 5's development set: a regression fixture too.
    'heldout3-beats': ['Baltic Sea', 'Ganges'],
    'heldout3-politics': ["Maputo", "Riga"],
    'heldout4-beats': ['World Ice Hockey Federation', 'Japanese Horse Racing Federation', 'Indian National Chess Association', 'Lauterbrunen', 'Portugal', 'European Investment Bank', 'Panama Canal Authority', 'Arion', 'Abby', 'Rio de Janeiro', 'Petit Palais', 'Wenchaun', 'Hilton Foundation', 'Ministry of Teaching, Culture and Knowledge', 'Salzburg Festival'],
    'heldout4-politics': ["Transnitria", "Makasar", "Alberta Elections Authority", "Niue", "Tamil Nadu State Parliament", "Niger", "Mattei", "World Bank"],
    'heldout5-beats': ['Switzerland', 'New Zealand', 'Port of Spain', 'Thailand'],
    'heldout5-politics': ['Zambia', 'Anglo-Austrian', 'National Assembly'],
    // dev7: written blind at the start of wave 6 by a writer who saw no code, as the helpers'
    // development data (heldout7, written the same way, measured the wave unread).
    'dev7-beats': ['Griffo', 'Thessaloniki', 'EuroCup', 'Yorkshire', 'EPFL', 'Italian Riviera', 'Pietch', 'ArianeGroup', 'Aker Solutions'],
    'dev7-politics': ['Dobbles', 'Lamichane', 'Transnistria', 'Ortagas', 'Kagoshima Prefecture', 'Seiji Kihara'],
    // dev8: written blind at the start of wave 7 the same way, as that wave's development data
    // (heldout8, written beside it, measured the wave unread).
    // dev8-beats: "Public Ministry" is Peru's Public Ministry less its country since wave 19 (the reading of the native name is another country's body's name).
    'dev8-beats': ["on the island of Funen", "Miller-McIntrye", "twenty-foot export units (TEU)", "Staffans", "Hybrid Iron Technology (HYBRIT)", "van Karnebek", "Villa Giula"],
    'dev8-politics': ['Conservative Democrats (KD)', 'House of Whispered Decisions'],
    // dev9: written blind at the start of wave 8 the same way, as that wave's development data
    // (first score: beats 0.286, politics 0.542; heldout9, written beside it, measured the wave unread).
    'dev9-beats': ["Nico de Boinvile", "Japan Baseball Organization", "El Paso, New Mexico", "Norfolk", "Central German Television"],
    'dev9-politics': ['Häkkinen'],
    // dev10: written blind at the start of wave 9 the same way, as that wave's development data
    // (first score: beats 0.310, politics 0.333; heldout10, written beside it, measures the wave unread).
    'dev10-beats': ["Anatolian Ephesus", "Slovak", "Australian", "German Federal League", "Tertch", "Swedish", "Austrian", "Management Board of the Sea Port of Gdańsk", "Oswald", "Niger", "Babiano", "Defence Materiel Works", "Småland", "Liliput", "Spokesman for Citizens' Rights", "Luxembourg"],
    'dev10-politics': ["Botoșani", "Bangsamoro Administrative Region in Muslim Mindanao", "Lanao del Norte", "Marathwada", "Diange", "Slovenian", "Fayosi", "Sweden's Municipalities and Regions"],
    // dev11, dev12, dev13: the blind sets heldout7 (wave 6), heldout12 (wave 11) and heldout13 (wave 12),
    // first scored unread (README), then read: development data and regression fixtures. Their misses
    // are mostly knowledge no list holds (second-tier people, bodies' official English names, towns'
    // provinces) and facts beyond a name's spelling (a predecessor for the office-holder).
    'dev11-beats': ["Alpina", "West Flanders", "Official World Golf Rating", "Leinster", "Friesland", "Kyung-wha Chung", "Viennese Philharmonicists", "Lombardy", "Fitzcaraldo", "Literature Prize of the North Council", "Nile Delta", "Gaza", "Cochilco"],
    'dev11-politics': ["Touary", "Nigeria", "Iceland", "Heydar Aliyev"],
    'dev12-beats': ['Vilnius', 'Texas A&M', 'Gelderland', 'Bavaria', 'Danny Mullins', 'North-East Sea Canal', 'Committee of Human Use Medicinal Products', 'Novonesis', 'Robert Spurwey', 'Geraldtown', 'Ministry of Culture and National Inheritance', 'Supermassive Games', 'High Veluwe National Park', 'Devon', 'Royal Philharmonic Orchestra'],
    'dev12-politics': ["State Council", "Castile and León", "Olgierd Gieblewicz", "Polish Socialist League", "Tagbilaran", "Siddaramiah", "Mansur Yavuz", "Motherland Party", "İzmit", "Oleksandr Prokundin"],
    'dev13-beats': ["Pirrinen", "Belal Muhammad", "South Australian", "Salkild", "Bahrain", "Marathon Grand Circuit", "Brad Scott", "Australian Football League Players' Alliance", "Henning Solberg", "Edmondsen", "Strategic Armament Fund for Europe", "Federal Office for Equipment, Information Technology and Use of the Bundeswehr", "Domain", "Cameron Winklevoss", "Illey", "European Union of Radio-Television", "Atacama Long-Wavelength Microwave Array", "Westfjords"],
    'dev13-politics': ['Energy Development of Laos', 'Kaysone Phomvihan', 'Yingluck Shinawatra', 'Dignified Life', 'Alexandria governorate', 'County Revenue Authority', 'Nomusa Dube-Ncube', 'Swiss Folk Party', 'Winistorfer', 'Athens Water and Drainage Authority'],
    // Wave 17's knowledge (ministers, executives, parties, bodies' native names) found Fávero, Jannsen,
    // Sennard, Mudavandi, Saifudin Nasution, Rolf Habben Janssen, Basque People's Party, National
    // Liberation Front and International Jazz Festival of Montreal, and lost Mendonza, Jeddha, Ishbia (a
    // real surname now), National Democratic Party (Egypt's is a known body now) and Spokesman for
    // Citizens' Rights (not yet explained). Wave 20 found Jeddha again: a curated club named after the
    // city (Al-Ittihad Jeddah) had kept the lists' city from attracting slips of its name.
    // dev16: heldout16, written blind in wave 15 and first scored unread (beats 0.262, politics 0.333), then read.
    'dev16-beats': ["Sadogateke", "Tokyo's Shinjuku ward", "Ryogoku National Skill Hall", "O'Keeffe Park", "Chingoto", "province of Trento", "Bobsleigh and Sled Association for Germany", "Austria's Felix Loch", "Atrachalli", "Grand River in Quebec", "Copenholle", "Argos Cements", "National Diamond Company of Angola", "Eva Berneke", "headquartered in Geneva", "Paris Chocolate Salon", "Adelbert Lechner", "Claude Nobs", "Royal Society of Letters", "Seighart", "China State Construction Engineering"],
    // dev23: heldout23, written blind in wave 20 and first scored unread (beats 0.286, politics 0.458), then
    // read in wave 21. Its misses are mostly knowledge no list holds (a body's seat, a stadium's or a
    // laboratory's neighbour, native names rendered word for word, second-tier athletes).
    'dev23-beats': ["Diede de Groet", "Hoogeveen", "Grape Cross", "Jens Berthel Askov", "Dens Park", "southern suburb of Glyfada", "Italy's Adriatic coast", "Sicily Sailing Club", "Meiji Shrine Stadium", "Construcciones y Accesorios de Ferrocarriles", "Pay with M-Pesa", "Kerala State Cinema Academy", "Rakshit Shetty", "Gypsy Stew", "Cádiz province", "Villamarte", "Circular Electron Proton Collider", "Gran Paradiso", "Flat Island Book", "in Bangor", "Ras Al Khaimah"],
    'dev23-politics': ["San Fernando de Atabapo", "New Sparta", "Yeghegnazor", "Trenčín's Jozef Viskupič", "New Castles", "Daugavpils", "Seaside", "Labasa, on Viti Levu", "Zamzan", "San Francisco de Macorís", "Mirabal Sisters"],
    // dev24: heldout24, written blind in wave 21 and first scored unread (beats 0.286, politics 0.375), then
    // read in wave 22; what is left is knowledge no source here holds (second-tier athletes, coaches, a
    // club's ground, native names rendered word for word, offices by function).
    'dev24-beats': ["Neo Química Arena", "Yomif Kejelca", "John Plumtree", "Cameron Hanekam", "World Muaythai Commission", "Royal Procession Stadium", "Tourism Authority of Thailand", "Aosta Valley", "Kim Tae-hyoung", "Koo Ja-wok", "Defence Industry Chairmanship", "International Defence Industry Forum", "Kızılalma", "Mercado Envíos", "Ministry of Economy, Trade and Industry", "Ministry of Culture, Physical Education and Tourism", "Gangnam", "Royal Spanish Association", "Seix Barral", "American Research Council in Egypt", "Big Egyptian Museum", "Sofala province"],
    'dev24-politics': ["Assembly of Specialists", "East Azerbaijan", "Expediency Discernment Council", "Court of Counts", "Ousainu Darboe", "High Council of State", "Citizens' Council", "Abdulla Yameen", "Vitebsk region"],
    // dev25: heldout25, written blind in wave 22 and first scored unread (beats 0.262, politics 0.333), then
    // read in wave 23: its lessons are test/unit/realCopyPrecision23.unit.test.ts; these it still misses.
    'dev25-beats': ["Professional Soccer League", "Suzuka", "Rocchicioli", "Optus Stadium", "Crystal Ball", "Skåne", "Beijing National Security", "Shanghai Shenhua", "Ashwini Gupta", "Ocean Garland", "Vitesco", "Northern Plan", "Regis Resources", "Carlos Bardazano", "A Hundred Years of Loneliness", "Lola Shoneyin", "Hwang Jung-nim", "Green Dragon Film Awards", "Kiel", "Northwest Atlantic Fisheries Organization"],
    'dev25-politics': ["Tamanrassat", "Okavango River", "UPRONA", "Gajendra Singh Shekhawat", "Sweden's Municipalities and Regions", "South Al Batinah", "Sayyid Khalid bin Hilal Al Busaidi"],
    // dev26: heldout26, written blind in wave 23 and first scored unread (beats 0.381, politics 0.375), then
    // read in wave 24. Its misses are knowledge the base lacks (second-tier people, venues and seats,
    // translated titles of works, bodies of Brazil, Nigeria, the Philippines), a twin or a namesake
    // for the person meant, and places given by a region's capital or a coast.
    'dev26-beats': ["Rangers", "Birkenhead", "Owen Farrell", "Annemiek van Vleuten", "Chiba Prefecture", "Nicolai Højgaard", "Debrecen", "China Automobile Industry Association", "Swiss Institute for Therapeutic Products", "Ministry of Energy and Mineral Sources", "Nigerian Copyright Council", "Ayra Star", "Sen and Chihiro's Spiriting Away", "Mitaka", "Mamoru Oshii", "On the Computation of Volume", "Deepa Bhasti", "Deborah Smith", "Pasang Dawa Sherpa"],
    'dev26-politics': ["Mahajanga", "House of Kings", "Moshoeshoe II", "David Granger", "Council of the People", "Tyre", "Arno Brook", "Armed Forces (Special Protection) Act", "Dimapur", "Genaro García Luna"],
    // dev27: heldout27, written blind in wave 24 and first scored unread (beats 0.500, politics 0.292), then
    // read in wave 25: its lessons are test/unit/realCopyPrecision25.unit.test.ts; these it still misses
    // (offices the knowledge has no holder for, bodies it does not hold, translated titles of works and
    // bodies, places beside a lake or a venue it does not know).
    'dev27-beats': ["Steve Ballmer", "Kandy", "Vernier", "Abu Dhabi Investment Apparatus", "Josh D'Amaro", "American Federation of Television and Recording Artists", "Lion Cub", "Ahaan Pandey", "Chennai", "University of Sydney", "Nobel Congregation", "Linderof", "National Heritage Agency"],
    'dev27-politics': ["National Finance Council", "Krzysztof Gawkowski", "Lecce", "National Reconstruction and Resilience Plan", "Lake Turkana", "Federal Defence Force"],
    // dev28: heldout28, written blind in wave 25 and first scored unread (beats 0.452, politics 0.417), then
    // read in wave 26: its lessons are test/unit/realCopyPrecision26.unit.test.ts; these it still misses
    // (translated names of bodies and works, offices the knowledge has no holder or month for, places
    // it holds no fact about, slips of names it does not know).
    'dev28-beats': ["Italian Internationals", "Tomasz Wiktorowski", "Toyota Tsushu", "Erez Israeli", "National Commission of Markets and Competence", "State General Administration of Market Supervision", "Los Angeles", "Agrellot", "Rufus Norris", "Taymyr Peninsula", "Norwegian Coast Works", "Hammerfast"],
    'dev28-politics': ["PSDB", "Airlangga Hartarto", "North Kalimantan", "the Visayas", "National Democratic Party", "province of Lleida", "Yenagoa"],
    // dev29: heldout29, written blind in wave 25 and first scored unread (beats 0.524, politics 0.458), then
    // read in wave 27: its lessons are test/unit/realCopyPrecision27.unit.test.ts; these it still misses
    // (translated names of bodies and events whose native words the glossary lacks, offices the
    // knowledge has no holder or term for, places it holds no fact about, slips of names it does not know).
    'dev29-beats': ["Khaldoon Al Mubarak", "Golden Ball", "Liberators' Cup", "Martin Slumbers", "County Down", "São Paulo", "Ministry of Culture, Physical Education and Tourism", "Park Jin-young", "Ottobrun", "Andøya, Sweden", "Nawaf Salam"],
    'dev29-politics': ["Américo Villareal", "Hermosillo, Sinaloa", "K. Chandrashekar Rao", "Fatherland Innovation Party", "Cheong Wa Dea", "General Confederation of Work", "Maximiliano Pullaro", "National Security and Defence Committee"],
    // dev30: heldout30, written blind in wave 26 and first scored unread (beats 0.405, politics 0.500), then
    // read in wave 27 with dev29 (same test file); these it still misses (offices and places the knowledge
    // has no fact for, translated names of bodies and parties whose native words it lacks).
    'dev30-beats': ["Orlando", "Stan Kasten", "Peter Bosz", "Toulouse Stadium", "Caracas", "Barry Hearn", "International Cycling Union", "Rooster Comb Race", "The Dutch Bank", "Kobe", "Bergen", "Alfonso Cuarón", "Anders Olsson", "Garissa County"],
    'dev30-politics': ["Council of Deputies", "Yariv Levin", "There Is a Future", "Enough", "Vanua Levu"],
    // dev31: heldout31, written blind in wave 27 and first scored unread (beats 0.500, politics 0.500), then
    // read in wave 28: its lessons are test/unit/realCopyPrecision28.unit.test.ts; these it still misses
    // (offices and seats the knowledge lacks, translated names of seats of government and venues, which
    // are no entities, a listed body's kind word swapped, a vowel slip of a real surname).
    'dev31-beats': ["Rob Pelinka", "Series A", "Tan Zhongyi", "Emil Sutovksy", "Cologne", "Ocean Network Exchange", "Bielefeld", "International Committee of Museums", "Jeff Shell", "Burbank", "Gerber", "Defenders of the Chaco Stadium", "Toronto"],
    'dev31-politics': ["Party of the Revolution", "Francis Escudero", "Cebu City", "Lahore", "Pink House", "John Hogan"],
    // dev32: heldout32, written blind in wave 28 and first scored unread (beats 0.548, politics 0.500), then
    // read in wave 29: its lessons are test/unit/realCopyPrecision29.unit.test.ts; these it still misses
    // (translated names of clubs, houses and bodies whose native words it lacks, offices the knowledge
    // has no holder for, a factory or a venue's county, a given name's vowel as a romanisation).
    'dev32-beats': ["Toulouse Stadium", "Leo Cullen", "Brackley", "Sandeep Bakshi", "Helen Wong", "Sony Interactive Electronics", "Shuntaro Furukawa", "German Centre for Air and Space Travel", "Copenhagen", "County Down"],
    'dev32-politics': ["Qualifying Court of Elections", "Viña del Mar", "Niš", "Abdullatif bin Rashid Al Zayani"],
    // dev33: heldout33, written blind in wave 29 and first scored unread (beats 0.500, politics 0.417), then
    // read in wave 30: its lessons are test/unit/realCopyPrecision30.unit.test.ts; these it still misses
    // (offices, seats and native names the knowledge lacks, surnames no list holds).
    'dev33-beats': ["Mooresville", "Cliff Daniels", "International Hotels Group", "Anthony Capuano", "Atlantic Shipyards", "General Insurances", "American Insurance Group", "Fortnight of the Filmmakers", "Denver", "Munich", "Julie Pace"],
    'dev33-politics': ["Osman Saleh", "Sipandone", "Matteo Piantedosi", "Matignon Hotel", "Roubaix", "Grégorie", "Sirajuddin Haqqani", "Noam"],
    // dev34: heldout34, written blind in wave 30 and first scored unread (beats 0.500, politics 0.500), then
    // read in wave 31: its lessons are test/unit/realCopyPrecision31.unit.test.ts; these it still misses
    // (offices and heads the knowledge lacks, venues' and head offices' towns, native names it has no entity for).
    'dev34-beats': ["Blue Cross", "Alejandro Irarragori", "Cédric Van Brantegem", "Lukas Brosi", "bin Sulayam", "Grand Rapids", "Kirill Petrenko", "Hamburg", "Thomas Raabe"],
    'dev34-politics': ["National Revolutionary Movement", "Pink House", "Ali Akbar Ahmadian", "Sulaymaniyah"],
    // dev35: heldout35, written blind in wave 31 and first scored unread (beats 0.429, politics 0.708), then
    // read in wave 32: its lessons are test/unit/realCopyPrecision32.unit.test.ts; these it still misses
    // (owners, presidents and heads the knowledge lacks, head offices' and clubs' towns, native names
    // whose words the glossary lacks or whose reading is also a description, expansions of bodies it does not know).
    'dev35-beats': ["Larissa", "Ivan Savvidis", "National Association of Professional Football", "Volleyball League Serie A", "Lorenzeti", "Gino Sirci", "Emirates General Aluminium", "Kalevik", "National Chamber of Italian Fashion", "Bank of the Republic", "Jackie Wylie", "Nanyang Technical University"],
    'dev35-politics': ["Rebsamin", "National Registry of Civil Status", "Alliance for the Unity of Romanians"],
    // dev36: heldout36, written blind in wave 32 and first scored unread (beats 0.500, politics 0.500), then
    // read in wave 33: its lessons are test/unit/realCopyPrecision33.unit.test.ts; these it still misses
    // (captains named by their country's possessive, a festival's
    // director the knowledge places at another festival of the town, venues and events' towns, native
    // names read as descriptions in an article about another country, expansions of bodies it does not
    // name, a Kazakh surname's vowel the romanisation rule reads as another spelling).
    'dev36-beats': ["Tomas Van Den Speigel", "Ninove", "Tathiana Garbin", "World Forum of Exchanges", "Darmstadt", "Nikolaus Bachler", "Credit Institute for Reconstruction", "Asian Infrastructure Development Bank", "Northumberland"],
    'dev36-politics': ["Committed Ones", "Kassym-Jomart Tokeyev", "Dade Phelan"],
    // dev37 (heldout37, read in wave 34): misses of knowledge the lists lack (office-holders, seats, venues, native names).
    'dev37-beats': ["Austrian Federal League", "Australian Premier Leagues", "Mark Selby", "Skegness", "Paul Townend", "County Kilkenny", "Arch of Triumph Prize", "Nautical Society of Geneva", "Chuck Magro", "National Office for Aerospace Studies and Research", "Joseph Boahen Aidoo", "Lesley Lokko", "The Hague", "Jazz Victories", "Ahmed Issa", "Geneva"],
    'dev37-politics': ["Bangor", "Helen McEntee", "Porrentruy", "Council of Cantonal Governments", "Direction–Social Democracy", "Žilina", "Progressive Labour Party", "Mark Goulding", "Our Land Party", "Charlot Salwai", "Halbaja"],
    // dev38 (heldout38, read in wave 35): misses of knowledge the lists lack (office-holders, seats, venues) and native names read word for word.
    'dev38-beats': ["Extra Class", "Pitești", "Michał Świerczewski", "Montreal Larks", "Zach Colaros", "Frida Karlson", "Boston", "Ziad Al-Turki", "National Women's Super League", "Alexander Strauss", "British Touring Car Club", "Bank Cards Group", "International Bureau on Books for Young People", "Vashti Harrison", "Vaud", "Museum for Nature Studies", "Kirk Johnson", "Darmstadt"],
    'dev38-politics': ["National Alliance Party"],
    // dev39 (heldout39, read in wave 36): misses of knowledge the lists lack (office-holders, venues' and festivals' towns, seats) and a party's vowel (Unity for United).
    'dev39-beats': ["Stephen Baxter", "Busan", "Kansas City, Kansas", "Harrie Lavreyson", "Edinburgh", "Carmelo Ezpeleta", "Conshohoken", "Brian Tyler", "Bavaria", "John Cooper", "East Sussex", "Bernard Url", "Keswick"],
    'dev39-politics': ["Klaksvík", "People's Unity Party", "Edmonton", "Iris Spranger", "Kohima"],
    // dev40 (heldout40, read in wave 38): misses of knowledge the lists lack (office-holders, head offices, venues, seats), native names whose words the glossary lacks, and slips of names the lists do not hold.
    // ("Kelly McCrimon": since wave 41 more known people bear the given name Kelly, which then points at none of them; McCrimmon is a listed person.)
    'dev40-beats': ["Loïc Féry", "Champions Trophy", "Kelly McCrimon", "Cologne", "Anna-Lena Foster", "Shai Hope", "Suzanne Heywood", "Vantaa", "Delorne", "Laura Hodges Bethge", "Abaco", "Abu Dhabi Investment Agency", "Khaldoon Al Mubarak", "Industrial Union of Metalworkers", "Saint-Denis", "Melody Festival", "Susanne Wille", "St. Jakobhalle", "Animal Park", "World Alliance of Zoos and Aquariums", "Charity University Medicine Berlin", "Edith Heard"],
    'dev40-politics': ["Seeking Truth", "Wang Weizhong", "al-Alloul", "Qalqilya", "Cotonou", "Robert Dussey", "Rebel Youth", "Vicente de la O Levi", "Izmir", "Kim McGuiness", "Shabwa"],
    // dev41 (heldout41, read in wave 39): misses of knowledge the lists lack (people and their terms of
    // office, head offices and venues), native names read word for word whose words or English forms
    // the translated-name check does not pair, and slips of names the lists do not hold.
    'dev41-beats': ["Royal Polo Club of Barcelona", "Edmonton", "Confederation of European Pulp Industries", "Annica Bresky", "Reynuado", "Kasper Rorsted", "Bergen", "Logan Green", "Directorate of Inspection and Coordination of Games", "General Civil Pension Fund", "Astrophysics Institute of the Canaries", "Jodrel Bank", "The Mirror", "John Micklethwait", "Galway"],
    'dev41-politics': ["Guardians of the Peace", "National Administration of Fuels, Alcohol and Portland", "Encarnación", "Beatriz Argimón", "Mdina", "Akylbek Japarov", "The Committed"],
    // dev42 (heldout42, read in wave 39): misses of knowledge the lists lack (office-holders and their
    // terms, venues, seats, events' towns), native names read word for word the translated-name check
    // does not pair, and a town's region given as its neighbour's.
    'dev42-beats': ["Aurelio De Laurentiis", "Brescia", "Viswanathan Anand", "Egmond aan Zee", "Mick Byrne", "Sunnyvale", "Drouot Hotel", "The European Fine Art Federation", "Maike Cruse", "Warwick", "Rufus Norris", "Oxford University Publishing", "Carolinian Institute", "Bergen", "South Tyrol", "Milan Cortina Infrastructure Company"],
    'dev42-politics': ["Jozef Síkela", "Opole", "Party of the Revolution", "Parliament of the Hellenes", "Hellenic Statistical Agency", "Country Assembly", "Waikato", "Simeon Brown", "Bolivian Fiscal Oilfields", "Óscar Hassentufel", "Abdoulaye Diop"],
    // dev43 (heldout43, read in wave 40): misses of knowledge the lists lack (an event's winner and
    // its finish town, people, seats, festivals' towns, bodies and their native names, regions'
    // capitals), and a party's word a near synonym.
    'dev43-beats': ["Sicily Sailing Club", "Yoann Richomme", "Lorient", "Kalevik", "French Fashion Institute", "Bernstiener", "Chicago", "Royal Ballet and Orchestra", "Wiesbaden", "Economic Committee for Health Products"],
    'dev43-politics': ["Cahul", "Alliance for the Unity of Romanians", "Liepāja", "Birgunj", "Namal Rajapaksa"],
    // dev44 (heldout44, read in wave 41): misses of knowledge the lists lack (people, bodies and their
    // native names, events' and venues' towns, an office's title in other words), a person's office
    // given to a former holder of another title, a seat in the possessive abroad, a transliteration-like
    // slip (an h dropped), and a place's office the article gives with another place's holder.
    'dev44-beats': ["Louis-Dreyfuss", "County Kerry", "Pinkowsky", "Davide Brivio", "General Insurances", "Wadwani", "Federal Defence Force", "Academy of Cinema Arts and Techniques", "Federal Technical High School", "Universities and Colleges Admissions System", "Tashkent", "Martin Griffiths", "Fukushima"],
    'dev44-politics': ["Yobe", "Kherson", "Alice Springs"],
    // dev45 (heldout45, read in wave 42): misses of knowledge the lists lack (people, a seat beside
    // its body after an apposition, bodies and their native names, a prefecture, a state's capital, a
    // legislature's town), a curator given another year's exhibition, a town of two states ("Rochester,
    // New York"), a native name read word for word where other countries lead the article, and a
    // word-for-word name whose English words are a shortening of the body's English name.
    'dev45-beats': ["Patrick Healy", "Association of the Chemical Industry", "Dilip Rajakarier", "Madrid", "Ecobank Transnational International", "Bank of the Maghreb", "Lesley Lokko", "Charity Hospital", "New York", "Brussels", "Toyota City"],
    'dev45-politics': ["Hyogo", "National Information Service", "Tigray People's Liberation Force", "Bosaso", "Cetinje", "Brazil Union"],
    // dev46 (heldout46, read in wave 43): misses of knowledge the lists lack (people, bodies and their
    // English names, an event's venue that year), seats given near the seat ("based in Lausanne" for
    // Aigle) or after the body's noun where the article names several banks, a literal rendering that
    // keeps a word the native name shares, a guessed word that is no word for a kind of body, and a
    // surname two letters off ("Wakeman" for Wakeham).
    'dev46-beats': ["Lausanne", "Málaga", "International Championships of France", "Association of Tennis Players", "New Delhi", "Cologne", "Champagne Committee", "Olivier Krug", "American Academy for the Advancement of Science", "Holden Thorp", "Vrancken Peters", "Allard Castelein", "Rabei"],
    'dev46-politics': ["Badajoz", "The People", "Islamic Call Party", "Inonge Wina", "Nasrala", "Wakeman"],
    'dev20-places': ['Tyrone, Centre County', 'Ribeira, in the province of Pontevedra', 'the A Coruña town of O Grove', 'the Lambton County town of Strathroy', 'the Victorian border city of Albury', 'Thiruvalla in Kottayam district'],
    'dev16-politics': ["Mwangala Zalomis", "Beatriz Argimón", "Commission for Free and Fair Elections in Cambodia", "Red Khmers", "Sok Chanda Sokha", "Bidya Devi Bhandari", "Koshi Province", "Peter Sørenson", "People's Assembly", "Pico", "Qubad Talabani", "Halbaja", "Tory Whanau"],
  };
  // Found, but with a first fix the key does not accept (see README, "How well it works").
  const knownWrongFixes: Record<string, string[]> = {
    // (The key wants the title Shaikh before the AFC president's name; the knowledge's name has none.)
    'dev33-beats': ['Windsor John → Salman bin Ebrahim Al Khalifa'],
    // (Tigray's seat is Mekele in the lists of places, which lack the spelling Mekelle.)
    'dev33-politics': ["Gondar → Mekele"],
    // (Mpumalanga's seat is Nelspruit in the lists of places, which lack its new name, Mbombela.)
    'dev36-politics': ['Polokwane → Nelspruit'],
    // (Hamburger Hafen und Logistik, the terminal operator, is no entity: its words read as the Port of Hamburg.)
    'dev31-beats': ['Hamburg Harbour and Logistics → Port of Hamburg'],
    // (Shibuya is a ward of Tokyo, as big as a city: the building is in Tokyo, right, but the key wants its ward, Shinjuku.)
    'dev13-beats': ['Shibuya → Tokyo'],
    'beats-final': ['Academy of Arts and Sciences of Television → Academy of Television Arts and Sciences'],
    'heldout2-beats': ['European Aviation Security Agency → European Aviation Safety Agency'],
    // (And "International Commerce Commission" in an EU story: the US body, by its usual short name, is
    // nearer than the European Parliament's committee the key wants.)
    'heldout3-politics': ['International Commerce Commission → United States International Trade Commission', 'Port Villa → Port-Vila'],
    // "in Zealand" is right, but the key wants "on Zealand". Alcochete lies 16 km east of Lisbon, too
    // close for towns placed to a tenth of a degree to give a bearing: the writer's "north" stands.
    'dev8-beats': ['Kalundborg, in Jutland → Zealand', 'Alcochete, north of Porto → north of Lisbon'],
    // The key wants "central Bohemia" and "North Ostrobothnia" (the region's official English name).
    'dev9-beats': ['southern Moravia → Bohemia'],
    'dev9-politics': ['Oulu, in Lapland → Northern Ostrobothnia'],
    // Chile's capital is found wrong with no town to offer; the key wants the centre's official "Centre".
    'dev11-beats': ["Lima → undefined"],
    'dev11-politics': ['International Financial Center of Astana → Astana International Financial Center'],
    // The holder's name as the World Factbook gives it, in plain letters; the key wants its marks.
    'dev24-politics': ['Jakov Milatović → Milojko Spajic'],
    // ANA is Nigeria's writers' association, which the knowledge does not hold; the US advertisers' ANA is one word off.
    'dev25-beats': ['Association of National Authors → Association of National Advertisers'],
    // (Richemont's head office is in Bellevue, by Geneva, as the lists give it; the key wants Geneva.)
    'dev43-beats': ['Zurich → Bellevue'],
    // (The body's own name as the knowledge writes it, Wikipedia's title with a capital I; the key writes interprofessionnel.)
    'dev44-beats': ['Interprofessional Committee of Champagne Wine → Comité Interprofessionnel du vin de Champagne'],
    // (Hanwha alone names the group, whose head office is Seoul; the key wants the Eagles' Daejeon.)
    'dev24-beats': ['Daegu → Seoul'],
    // The movement's English name, the knowledge's canonical one; the key wants its own name, Ansar Allah.
    'dev40-politics': ['Supporters of God → Houthis'],
  };
  for (const set of Object.keys(knownMisses)) {
    it(`finds every known error of the ${set} set but the ones it documents as missed, with an accepted first fix`, () => {
      const key = JSON.parse(readFileSync(join(corpus, set, 'answers.json'), 'utf8')) as { cases: Case[] };
      const missed: string[] = [];
      const wrongFixes: string[] = [];
      for (const c of key.cases) {
        const text = readFileSync(join(corpus, set, c.file), 'utf8');
        const ats = caseOffsets(text, c.wrong, c.n);
        const hit = checker.check(text).find((f) => ats.some((x) => f.start < x + c.wrong.length && x < f.end));
        const at = hit ? ats.find((x) => hit.start < x + c.wrong.length && x < hit.end)! : -1;
        if (!hit) {
          missed.push(c.wrong);
          continue;
        }
        if (c.fix.length === 0) continue;
        const fixed = text.slice(0, hit.start) + hit.suggestions[0] + text.slice(hit.end);
        if (!c.fix.some((fx) => hit.suggestions[0] === fx || fixed.slice(at, at + fx.length) === fx)) wrongFixes.push(`${c.wrong} → ${hit.suggestions[0]}`);
      }
      assert.deepEqual(missed, knownMisses[set]);
      assert.deepEqual(wrongFixes, knownWrongFixes[set] ?? []);
    });
  }

  it('flags nothing in clean professional copy but the false flags it documents', () => {
    // clean5 was the blind final clean set of wave 2; its last false flag ("Iliass Aouani (ITA)",
    // a results table's country code) was closed in wave 7.
    // dev8-clean: "Petoro" (Norway's state oil holding company, which the lists do not hold) read as a slip of Petro.
    // dev14-clean (heldout14's clean part, read in wave 12 for its two false flags; the other was the
    // European Association of Zoos and Aquaria): a climbing round-up naming eleven countries, whose
    // season "opens in China" and ends in "Santiago, Chile", with Keqiao and Wujiang (districts no
    // list holds) the only signs of China: China read as a slip of Chile.
    const knownFalseFlags: string[] = ['dev14-clean/c02-climbing-season-review.md: China (confusable-name)', 'dev8-clean/c04-equinor-castberg.md: Petoro (near-miss)'];
    const flags: string[] = [];
    for (const set of readdirSync(corpus).filter((d) => /^clean|-clean$/.test(d) && existsSync(join(corpus, d))).sort()) {
      for (const f of readdirSync(join(corpus, set)).filter((x) => x.endsWith('.md') && x !== 'README.md').sort()) {
        for (const x of checker.check(readFileSync(join(corpus, set, f), 'utf8'))) flags.push(`${set}/${f}: ${x.text} (${x.code})`);
      }
    }
    assert.deepEqual(flags, knownFalseFlags);
  });
});
