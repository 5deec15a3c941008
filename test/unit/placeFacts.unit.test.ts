// A town put in a country or region it does not lie in, or in the wrong half of its country
// (src/core/entities/checks/placeFacts.ts), over the built-in knowledge: each positive beside
// correct places that must stand (homonyms, lists, clauses, territories).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { confusableFlags as flags } from './helpers/builtInChecker';

describe('places: a town in a region or country it is not in', () => {
  it('flags a first-level region that does not hold the town, with its own region and the word as written', () => {
    assert.deepEqual(flags('The miners marched in Ndola, in Southern Province, on Friday.'), [['Southern Province', 'Copperbelt Province']]);
    assert.deepEqual(flags('The plant in Tuscaloosa, Georgia, will close.'), [['Georgia', 'Alabama']]);
  });
  it('flags "X, the capital of Y" where Y is a region that does not hold the town, and leaves the right region alone', () => {
    assert.deepEqual(flags('Protests were held in Ndola, the provincial capital of Southern Province, on Monday.'), [['Southern Province', 'Copperbelt Province']]);
    assert.deepEqual(flags('Protests were held in Ndola, the provincial capital of Copperbelt Province, on Monday.'), []);
  });
  it('leaves the right region, and a name several towns of the country share, alone', () => {
    assert.deepEqual(flags('The miners marched in Ndola, in Copperbelt Province, on Friday.'), []);
    assert.deepEqual(flags('The plant in Tuscaloosa, Alabama, will close.'), []);
    assert.deepEqual(flags('The plant in Huntsville, Texas, will close.'), []);
    assert.deepEqual(flags('A memorial was held in Columbia, New Hampshire, on Sunday.'), []);
  });
  it('flags a country that does not hold the town, with the country it lies in', () => {
    assert.deepEqual(flags('The satellite was launched from Kourou, in French Polynesia, on Monday.'), [['French Polynesia', 'French Guiana']]);
    assert.deepEqual(flags('The delegates met in Tartu, Latvia, last week.'), [['Latvia', 'Estonia']]);
  });
  it('leaves the right country, a territory given as its state, and a region of the country alone', () => {
    assert.deepEqual(flags('The delegates met in Tartu, Estonia, last week.'), []);
    assert.deepEqual(flags('The delegates met in Nuuk, Denmark, last week.'), []);
    assert.deepEqual(flags('The delegates met in Savannah, Georgia, last week.'), []);
  });
  it('flags "the Y port of X" with the adjective of the country it lies in', () => {
    assert.deepEqual(flags('Ships queued outside the Italian port of Constanța on Tuesday.'), [['Italian', 'Romanian']]);
    assert.deepEqual(flags('Ships queued outside the Romanian port of Constanța on Tuesday.'), []);
  });
  it('keeps the half of the country when it fits the right one', () => {
    assert.deepEqual(flags('The tournament moves to Montpellier, in southern Spain, next week.'), [['southern Spain', 'southern France']]);
  });
  it('flags a town given the wrong half of its own country, and leaves the right half and the middle alone', () => {
    assert.deepEqual(flags('The tournament moves to Bergamo, in southern Italy, next week.'), [['southern Italy', 'northern Italy']]);
    assert.deepEqual(flags('The tournament moves to Bergamo, in northern Italy, next week.'), []);
    assert.deepEqual(flags('The tournament moves to Perugia, in southern Italy, next week.'), []);
  });
  it('leaves lists, clauses and months alone', () => {
    assert.deepEqual(flags('Rallies were held in Tartu, Latvia and Lithuania.'), []);
    assert.deepEqual(flags('After talks in Tartu, Latvia agreed to the plan.'), []);
    assert.deepEqual(flags('In March, Latvia agreed to the plan.'), []);
    assert.deepEqual(flags('Voters in Florida, Illinois and Ohio went to the polls.'), []);
  });
  it("flags a big town's small namesake's region where the article names the big town's region, and only there", () => {
    assert.deepEqual(flags('The team trains in Portland, Maine, which it chose in 2021.\n\nOregon officials welcomed the news.'), [['Maine', 'Oregon']]);
    assert.deepEqual(flags('The team trains in Portland, Maine, which it chose in 2021.\n\nCity officials welcomed the news.'), []);
    assert.deepEqual(flags('The team trains in Portland, Maine, which it chose in 2021.\n\nMaine and Oregon officials welcomed the news.'), []);
  });
});

describe('places: regions by their English names and adjectives, compass quarters, towns beside towns', () => {
  it('reads a region by its English name where the place lists hold its own language\'s, and fixes with the English one', () => {
    assert.deepEqual(flags('The rally was held in Leoben, in Upper Austria, on Sunday.'), [['Upper Austria', 'Styria']]);
    assert.deepEqual(flags('The rally was held in Leoben, in Styria, on Sunday.'), []);
    assert.deepEqual(flags('Workers struck in Tarnów, in Silesia, on Monday.'), [['Silesia', 'Lesser Poland']]);
    assert.deepEqual(flags('Workers struck in Tarnów, in Lesser Poland, on Monday.'), []);
    assert.deepEqual(flags('Workers struck in Tarnów, in Małopolskie, on Monday.'), []);
  });
  it('reads a region whose name has lower-case words inside ("Castile and León", "Pays de la Loire") by any of its names, and never a part of a hyphened one', () => {
    // The place lists write "Castille-Leon"; ISO and CLDR give the names copy writes, and CLDR's English one fixes.
    assert.deepEqual(flags('Azcón spoke in Zaragoza, in Castile and León, on Monday.'), [['Castile and León', 'Aragon']]);
    assert.deepEqual(flags('Azcón spoke in Zaragoza, in Castilla y León, on Monday.'), [['Castilla y León', 'Aragon']]);
    assert.deepEqual(flags('Mañueco spoke in Burgos, in Aragon, on Monday.'), [['Aragon', 'Castile and León']]);
    assert.deepEqual(flags('Mañueco spoke in Burgos, in Castile and León, on Monday.'), []);
    assert.deepEqual(flags('Page spoke in Toledo, Castilla-La Mancha, on Monday.'), []);
    assert.deepEqual(flags('The yard in Lyon, in Pays de la Loire, closed.'), [['Pays de la Loire', 'Auvergne-Rhône-Alpes']]);
    assert.deepEqual(flags('The yard in Nantes, in Pays de la Loire, closed.'), []);
    // A list goes on after "and"; "Provence" inside "Provence-Alpes-Côte d'Azur" is no region of its own.
    assert.deepEqual(flags('Mañueco spoke in Burgos, in Aragon and Catalonia, on Monday.'), []);
    assert.deepEqual(flags("The yard in Toulouse, in Provence-Alpes-Côte d'Azur, closed."), []);
  });
  it('judges a town named like its own region where the region is written with its noun (Zug, in the canton of Lucerne), and still reads "Zug, Lucerne and Schwyz" as a list', () => {
    assert.deepEqual(flags('Foundations moved to Zug, in the canton of Lucerne, last year.'), [['Lucerne', 'Zug']]);
    assert.deepEqual(flags('Foundations moved to Zug, in the canton of Zug, last year.'), []);
    assert.deepEqual(flags('Officials met in Zug, Lucerne and Schwyz.'), []);
  });
  it('flags "the <region adjective> city of X" with the adjective of the region it lies in, and leaves the right one alone', () => {
    assert.deepEqual(flags('The talks were held in the Bavarian city of Chemnitz on Tuesday.'), [['Bavarian', 'Saxon']]);
    assert.deepEqual(flags('The talks were held in the Saxon city of Chemnitz on Tuesday.'), []);
    assert.deepEqual(flags('Fans gathered in the Andalusian city of Getafe.'), [['Andalusian', 'Madrid']]);
    assert.deepEqual(flags('Fans gathered in the Andalusian city of Jerez de la Frontera.'), []);
    // A region's adjective read in another country's town is that country's region: no flag.
    assert.deepEqual(flags('The festival opened in the Catalan city of Perpignan.'), []);
    // The town in apposition after its noun, where the apposition ends with it.
    assert.deepEqual(flags('Azcón, speaking in the Aragonese capital, Valladolid, said so.'), [['Aragonese', 'Castile and León']]);
    assert.deepEqual(flags('Azcón, speaking in the Aragonese capital, Zaragoza, said so.'), []);
    assert.deepEqual(flags('Fans in the Bavarian city, Munich and Augsburg, cheered.'), []);
  });
  it('flags "the <region> city of X" and "the <country demonym> city of X"', () => {
    assert.deepEqual(flags('The plant is in the Texas city of Shreveport.'), [['Texas', 'Louisiana']]);
    assert.deepEqual(flags('The plant is in the Louisiana city of Shreveport.'), []);
    assert.deepEqual(flags('Ministers met in the Kazakh city of Osh on Monday.'), [['Kazakh', 'Kyrgyz']]);
    assert.deepEqual(flags('Ministers met in the Kyrgyz city of Osh on Monday.'), []);
  });
  it('flags a town in the wrong quarter of its country on either axis written, with the right words', () => {
    assert.deepEqual(flags('Clashes broke out in Sokoto, in south-eastern Nigeria, in May.'), [['south-eastern Nigeria', 'north-western Nigeria']]);
    assert.deepEqual(flags('Clashes broke out in Sokoto, in north-western Nigeria, in May.'), []);
    assert.deepEqual(flags('The team travels to Subotica, in southern Serbia, on Sunday.'), [['southern Serbia', 'northern Serbia']]);
    assert.deepEqual(flags('The team travels to Niš, in southern Serbia, on Sunday.'), []);
  });
  it('flags "X, in the [compass] province of Y" with the region (and compass) that holds it', () => {
    assert.deepEqual(flags('The plant is in Sneek, in the province of Groningen, the firm said.'), [['Groningen', 'Friesland']]);
    assert.deepEqual(flags('The plant is in Sneek, in the province of Friesland, the firm said.'), []);
    assert.deepEqual(flags('She spoke in Kiruna, in the southern province of Skåne, on Saturday.'), [['southern province of Skåne', 'northern province of Norrbotten']]);
    assert.deepEqual(flags('She spoke in Malmö, in the southern province of Skåne, on Saturday.'), []);
  });
  it('flags "X, just south of Y" where the towns lie far apart, with the biggest town near X, and leaves near towns alone', () => {
    assert.deepEqual(flags('The club trains in Pessac, just west of Toulouse, before home games.'), [['west of Toulouse', 'west of Bordeaux']]);
    assert.deepEqual(flags('The club trains in Pessac, just west of Bordeaux, before home games.'), []);
    assert.deepEqual(flags('The depot is at Sintra, 25 km west of Lisbon, near the coast.'), []);
    assert.deepEqual(flags('The depot is at Sintra, 25 km west of Porto, near the coast.'), [['west of Porto', 'west of Lisbon']]);
    // A name towns of two countries share ("Montijo") is not judged.
    assert.deepEqual(flags('The depot is at Montijo, east of Faro, on the river.'), []);
  });
});

describe('places: regions with their word, counties, described towns, small towns (wave 9)', () => {
  it('reads "Co X", "County X" and "X State" as regions, and leaves the right one alone', () => {
    assert.deepEqual(flags('The cheese is made in Killarney, Co Cork, by a family firm.'), [['Cork', 'Kerry']]);
    assert.deepEqual(flags('The cheese is made in Killarney, Co Kerry, by a family firm.'), []);
    assert.deepEqual(flags('The cheese is made in Killarney, County Kerry, by a family firm.'), []);
    assert.deepEqual(flags('Traders in Iseyin, one of the largest towns in Ogun State, said prices rose.'), [['Ogun State', 'Oyo State']]);
    assert.deepEqual(flags('Traders in Iseyin, one of the largest towns in Oyo State, said prices rose.'), []);
  });
  it("places England's towns in their shire county, and leaves towns of unitary districts alone", () => {
    assert.deepEqual(flags('The festival is held in Sidmouth, Somerset, each August.'), [['Somerset', 'Devon']]);
    assert.deepEqual(flags('The festival is held in Sidmouth, Devon, each August.'), []);
    assert.deepEqual(flags('The festival is held in Aldeburgh, Norfolk, each June.'), [['Norfolk', 'Suffolk']]);
    assert.deepEqual(flags('The festival is held in Aldeburgh, Suffolk, each June.'), []);
    assert.deepEqual(flags('The conference was held in Torquay, Devon, and in Blackpool, Lancashire, last year.'), []);
  });
  it('reads a region\'s adjective before its word, and fixes with the right adjective', () => {
    assert.deepEqual(flags('Officials in Szczecin, the capital of the Pomeranian Voivodeship, welcomed the plan.'), [['Pomeranian Voivodeship', 'West Pomeranian Voivodeship']]);
    assert.deepEqual(flags('Officials in Szczecin, the capital of the West Pomeranian Voivodeship, welcomed the plan.'), []);
  });
  it('reads "X, the Y city" and "X, the Y county town"', () => {
    assert.deepEqual(flags('The mine near Bozeman, the Wyoming city, will close.'), [['Wyoming', 'Montana']]);
    assert.deepEqual(flags('The mine near Bozeman, the Montana city, will close.'), []);
    assert.deepEqual(flags('The match moves to Dorchester, the Somerset county town, next week.'), [['Somerset', 'Dorset']]);
    assert.deepEqual(flags('The match moves to Dorchester, the Dorset county town, next week.'), []);
  });
  it('judges a name only small towns bear by a region with its word or a county, never by a country or a bare state', () => {
    assert.deepEqual(flags('The delegates met in Berne, Switzerland, last week.'), []);
    assert.deepEqual(flags('The shop is in Stiles, Texas, near the highway.'), []);
  });
});

describe('places: towns that open a sentence or a list, regions in lower-case words, seats (wave 13)', () => {
  it('reads a town that opens a sentence, a clause or a list only in the plain forms ("X, in Y", "X, the capital of Y")', () => {
    assert.deepEqual(flags('Pakse, the capital of Savannakhet province, has become a staging point.'), [['Savannakhet province', 'Champasak province']]);
    assert.deepEqual(flags('Pakse, the capital of Champasak province, has become a staging point.'), []);
    assert.deepEqual(flags('Regional centres such as Toowoomba, in New South Wales, have drawn buyers.'), [['New South Wales', 'Queensland']]);
    assert.deepEqual(flags('Regional centres such as Toowoomba, in Queensland, have drawn buyers.'), []);
    assert.deepEqual(flags('Further south, Pakse, the capital of Savannakhet province, is growing.'), [['Savannakhet province', 'Champasak province']]);
    // A bare comma after a sentence's first word is no address; nor is a word of everyday English.
    assert.deepEqual(flags('Toowoomba, New South Wales and Victoria all bid for the games.'), []);
    assert.deepEqual(flags('Reading, in particular, is hard for them.'), []);
  });
  it('reads a first-level region with its word in lower case, and fixes in the same words', () => {
    assert.deepEqual(flags('They flew to Kisumu, in Nairobi county, last year.'), [['Nairobi county', 'Kisumu county']]);
    assert.deepEqual(flags('They flew to Kisumu, in Kisumu county, last year.'), []);
    assert.deepEqual(flags('They flew to Samara, in Tver Oblast, last year.'), [['Tver Oblast', 'Samara Oblast']]);
    assert.deepEqual(flags('Drainage failed in Hat Yai, the commercial hub of Pattani province.'), [['Pattani province', 'Songkhla province']]);
    assert.deepEqual(flags('Drainage failed in Hat Yai, the commercial hub of Songkhla province.'), []);
    // "the Devon county town" keeps its own reading.
    assert.deepEqual(flags('The match moves to Taunton, the Somerset county town, next week.'), []);
  });
  it('reads a region whose name takes "the", and a regional capital smaller than a town the lists judge alone', () => {
    assert.deepEqual(flags('He moved to Polokwane, in the Western Cape, last year.'), [['Western Cape', 'Limpopo']]);
    assert.deepEqual(flags('He moved to Polokwane, in the Limpopo province, last year.'), []);
    assert.deepEqual(flags('The government sits in Mahikeng, the capital of Limpopo, where supply fails.'), [['Limpopo', 'North West']]);
    assert.deepEqual(flags('The government sits in Mahikeng, the capital of North West, where supply fails.'), []);
  });
});

describe('places: a town described in apposition (wave 19)', () => {
  it('reads "X, the main town of Y" and "X, the largest city of Y", and leaves the right region and "a town of 23,000 people" alone', () => {
    assert.deepEqual(flags('Trains run between Chipata, the main town of Muchinga Province, and the border.'), [['Muchinga Province', 'Eastern Province']]);
    assert.deepEqual(flags('Trains run between Chipata, the main town of Eastern Province, and the border.'), []);
    assert.deepEqual(flags('Kiruna, a town of 23,000 people in the far north, is moving its centre.'), []);
  });
  it('reads a town that opens a sentence though a common name is one letter from it, where the lists hold it as a place', () => {
    assert.deepEqual(flags('Kiruna, a mining town in Västerbotten County, is moving its centre.'), [['Västerbotten County', 'Norrbotten County']]);
    assert.deepEqual(flags('Kiruna, a mining town in Norrbotten County, is moving its centre.'), []);
  });
});

describe('places: Irish towns and their counties (wave 19)', () => {
  it("knows a border town's county from GeoNames' own units, and leaves the right county alone", () => {
    assert.deepEqual(flags('Campaigners came from Roscrea, Co Offaly, while tractors came in.'), [['Offaly', 'Tipperary']]);
    assert.deepEqual(flags('Campaigners came from Roscrea, Co Tipperary, while tractors came in.'), []);
  });
  it('reads a small town after a comma with its county written with its word, in a list of addresses that ends in a building', () => {
    assert.deepEqual(flags("Patients should use the injury units at Ennis, Co Clare, Nenagh, Co Limerick, and St John's Hospital in Limerick city."), [['Limerick', 'Tipperary']]);
    assert.deepEqual(flags("Patients should use the injury units at Ennis, Co Clare, Nenagh, Co Tipperary, and St John's Hospital in Limerick city."), []);
  });
});

describe('places: a town put at the edge of another it lies far from (wave 19)', () => {
  it('flags "X, on the edge of Y", "X, just outside Y" where no town of the name lies within 60 km, with the big town near X as the fix', () => {
    assert.deepEqual(flags('The match is at the ground in Kirtipur, on the southwestern edge of Pokhara.'), [['Pokhara', 'Kathmandu']]);
    assert.deepEqual(flags('The match is at the ground in Kirtipur, on the southwestern edge of Kathmandu.'), []);
    assert.deepEqual(flags('She lives in Bootle, a suburb of Liverpool, with her family.'), []);
  });
});

describe('places: a town at a part of a region (wave 19)', () => {
  it('reads "X, at the southern tip of Y" and "X, on the east coast of Y" as X in Y', () => {
    assert.deepEqual(flags('Invercargill, at the southern tip of Otago, proposed a trial.'), [['Otago', 'Southland']]);
    assert.deepEqual(flags('Invercargill, at the southern tip of Southland, proposed a trial.'), []);
    assert.deepEqual(flags('Dunedin, on the east coast of Otago, proposed a trial.'), []);
  });
});

describe('places: the towns file, searched as bytes (wave 20)', () => {
  it('holds its lines in the byte order of their keys, so a search by bytes finds every town', () => {
    const text = readFileSync(join(__dirname, '..', '..', '..', 'data', 'generated', 'towns.tsv'), 'latin1');
    const keys = text.replace(/\n$/, '').split('\n').map((l) => l.slice(0, l.indexOf('\t')));
    for (let i = 1; i < keys.length; i++) assert.ok(keys[i - 1] < keys[i], `line ${i + 1}: ${JSON.stringify(keys[i - 1])} before ${JSON.stringify(keys[i])}`);
  });
  it('judges a town whose key is not ASCII as it judges any other', () => {
    // "białystok": the ł survives folding, so the key is searched for as its UTF-8 bytes.
    assert.deepEqual(flags('The plant in Białystok, in Silesia, will close.'), [['Silesia', 'Podlachia']]);
    assert.deepEqual(flags('The plant in Białystok, in Podlachia, will close.'), []);
  });
});

describe("places: a region's English name (wave 20)", () => {
  it("keeps the region's own name where the English one given is joined by another language's 'and'", () => {
    // CLDR gives the Kven "Tromssan ja Finmarkun" as English for Troms og Finnmark.
    assert.deepEqual(flags('The team from Tromsø, in Vestland, won the cup.'), [['Vestland', 'Troms og Finnmark']]);
    assert.deepEqual(flags('The team from Tromsø, in Troms og Finnmark, won the cup.'), []);
  });
});
