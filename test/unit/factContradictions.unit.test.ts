// Facts the knowledge holds that a sentence contradicts (src/core/entities/checks/factContradictions.ts
// and the wrong capitals of confusableCountries.ts), over the built-in knowledge: each positive
// beside a correct-name negative.
import * as assert from 'node:assert/strict';
import { confusableFlags as flags } from './helpers/builtInChecker';

describe('fact contradictions', () => {
  describe('capitals across countries and after the country adjective', () => {
    it('flags the country of "Santiago, the capital of Peru" in a story about Chile, with Chile', () => {
      assert.deepEqual(flags('Chile hosts the telescope. Guests came from Santiago, the capital of Peru, for the opening.'), [['Peru', 'Chile']]);
    });
    it('flags the town of "Valparaíso, the capital of Chile" with Santiago', () => {
      assert.deepEqual(flags('Copper prices lifted Chile. Guests came from Valparaíso, the capital of Chile, for the opening.'), [['Valparaíso', 'Santiago']]);
    });
    it('flags "Tampere, the Finnish capital" with Helsinki, and leaves "Helsinki, the Finnish capital" alone', () => {
      assert.deepEqual(flags('The firm moved to its main site in Tampere, the Finnish capital, and closed an office.'), [['Tampere', 'Helsinki']]);
      assert.deepEqual(flags('The firm moved to its main site in Helsinki, the Finnish capital, and closed an office.'), []);
    });
    it('flags "Z, Y\'s capital" with the capital', () => {
      assert.deepEqual(flags("Tourists flocked to Valparaíso, Chile's capital, in May."), [['Valparaíso', 'Santiago']]);
      assert.deepEqual(flags("Tourists flocked to Santiago, Chile's capital, in May."), []);
    });
    it("leaves a state's capital alone (Perth, the capital of Australia's Western Australia)", () => {
      assert.deepEqual(flags("Miners gathered in Perth, the capital of Australia's Western Australia state."), []);
    });
  });

  describe('a list introduced by a group', () => {
    it('flags the country that is not a Baltic state, with the member left out', () => {
      assert.deepEqual(flags('The chain has stores in the Baltic states of Lithuania, Latvia and Finland.'), [['Finland', 'Estonia']]);
    });
    it('leaves the right members and a country added after the list alone', () => {
      assert.deepEqual(flags('The chain has stores in the Baltic states of Lithuania, Latvia and Estonia, and in Finland.'), []);
      assert.deepEqual(flags('Ministers of the Nordic countries, Denmark, Norway and Sweden met.'), []);
    });
    it('flags a list followed by the group in apposition', () => {
      assert.deepEqual(flags('The chain has stores in Lithuania, Latvia and Finland, the three Baltic states, and in Poland.'), [['Finland', 'Estonia']]);
      assert.deepEqual(flags('The chain has stores in Lithuania, Latvia and Estonia, the three Baltic states, and in Poland.'), []);
    });
    it('flags a non-member after "EU members" without a fix when several members are left out', () => {
      assert.deepEqual(flags('EU members Poland, Hungary and Norway objected to the plan.'), [['Norway', undefined]]);
    });
    it('leaves non-members named as such, and associates, alone', () => {
      assert.deepEqual(flags('Non-EU countries Norway, Iceland and Switzerland objected.'), []);
      assert.deepEqual(flags('BRICS members Brazil, India and Malaysia met in Rio.'), []);
    });
    it("flags a bloc's list one member short in a story about the bloc", () => {
      const text = 'The Mercosur deal was signed on Monday.\n\nLawmakers gave their consent to the agreement with Brazil, Argentina, Uruguay and Peru after a debate.';
      assert.deepEqual(flags(text), [['Peru', 'Paraguay']]);
    });
    it('leaves the same list alone where the bloc is not named, or the sentence is not about it', () => {
      assert.deepEqual(flags('Lawmakers gave their consent to the agreement with Brazil, Argentina, Uruguay and Peru after a debate.'), []);
      assert.deepEqual(flags('The Mercosur deal was signed on Monday.\n\nExports to Brazil, Argentina, Uruguay and Peru rose in May.'), []);
    });
  });

  describe("a body's head office", () => {
    it('flags a town of another country after "of", with the seat', () => {
      assert.deepEqual(flags('Rivals include Emirates of Dubai, Qatar Airways of Doha and Etihad of Muscat.'), [['Muscat', 'Abu Dhabi']]);
    });
    it('flags a head office given wrong after "headquartered in"', () => {
      assert.deepEqual(flags('The Open is run by the R&A, the governing body headquartered in Carnoustie beside the links.'), [['Carnoustie', 'St Andrews']]);
    });
    it('leaves the right seat, its neighbour town and an office "in" elsewhere alone', () => {
      assert.deepEqual(flags('The Open is run by the R&A, the governing body headquartered in St Andrews.'), []);
      assert.deepEqual(flags('Finnair, based in Helsinki, added flights. Etihad opened an office in Muscat.'), []);
    });
  });

  describe("a venue's town", () => {
    it('flags the town given a venue that is elsewhere, with its own', () => {
      assert.deepEqual(flags('The Stormers face the Bulls at Loftus Versfeld in Durban next month.'), [['Durban', 'Pretoria']]);
      assert.deepEqual(flags('Kolkata Knight Riders play at Eden Gardens, Mumbai, on Sunday.'), [['Mumbai', 'Kolkata']]);
    });
    it('leaves the right town, the town beside it and a region alone', () => {
      assert.deepEqual(flags('The Stormers face the Bulls at Loftus Versfeld in Pretoria next month.'), []);
      assert.deepEqual(flags('The final is at the Stade de France in Paris, then at Old Trafford in Stretford.'), []);
      assert.deepEqual(flags('The Jets play at MetLife Stadium in New Jersey.'), []);
    });
  });

  describe("a region's language", () => {
    it('flags a region given a language it does not speak, with the region that speaks it', () => {
      assert.deepEqual(flags("The race crossed Belgium's French-speaking Flanders region."), [['Flanders', 'Wallonia']]);
      assert.deepEqual(flags("The vote split Switzerland's French-speaking Ticino canton."), [['Ticino', 'Romandy']]);
    });
    it('leaves the right language, a bilingual region and a minority with no region of its own alone', () => {
      assert.deepEqual(flags("The race crossed Belgium's Dutch-speaking Flanders and French-speaking Wallonia."), []);
      assert.deepEqual(flags('Dutch-speaking Brussels schools and English-speaking Quebec voters were polled.'), []);
    });
  });

  describe("a person's office and nationality", () => {
    it('flags the country of an office the person held elsewhere, where the person is named in full', () => {
      const text = 'Michelle Bachelet is a candidate.\n\nBachelet, twice president of Uruguay, said the body needed reform.';
      assert.deepEqual(flags(text), [['Uruguay', 'Chile']]);
    });
    it('leaves the right office, and a surname never named in full, alone', () => {
      assert.deepEqual(flags('Michelle Bachelet is a candidate.\n\nBachelet, twice president of Chile, said the body needed reform.'), []);
      assert.deepEqual(flags('Bachelet, twice president of Uruguay, said the body needed reform.'), []);
    });
    it('flags the country of an office written before the name', () => {
      assert.deepEqual(flags("Uruguay's former president, Michelle Bachelet, spoke first."), [['Uruguay', 'Chile']]);
      assert.deepEqual(flags("Chile's former president, Michelle Bachelet, spoke first."), []);
    });
    it('flags a demonym apposition that contradicts a stated nationality', () => {
      const text = 'Casper Ruud lost the final.\n\nRuud, the Swede who reached three Grand Slam finals, praised his opponent.';
      assert.deepEqual(flags(text), [['Swede', 'Norwegian']]);
    });
    it('flags a nationality written before the full name, and leaves the right one alone', () => {
      assert.deepEqual(flags('Swedish Casper Ruud beat the top seed on Sunday.'), [['Swedish', 'Norwegian']]);
      assert.deepEqual(flags('Norwegian Casper Ruud beat the top seed on Sunday.'), []);
    });
    it('leaves the right demonym and a list of people with their nationalities alone', () => {
      assert.deepEqual(flags('Casper Ruud lost the final.\n\nRuud, the Norwegian who reached three Grand Slam finals, praised his opponent.'), []);
      assert.deepEqual(flags('The jury included Japanese director Hirokazu Kore-eda, Spanish director Juan Antonio Bayona and others.'), []);
    });
  });
});

describe('superlatives that belong to one country, and a bare "the capital"', () => {
  it('flags "Niger, Africa\'s most populous country" with Nigeria, and leaves Nigeria alone', () => {
    assert.deepEqual(flags("Executives said the market in Niger, Africa's most populous country, was a target."), [['Niger', 'Nigeria']]);
    assert.deepEqual(flags("Executives said the market in Nigeria, Africa's most populous country, was a target."), []);
  });
  it('flags the country after "the world\'s largest Muslim-majority nation," and leaves the right one alone', () => {
    assert.deepEqual(flags("Leaders met in the world's largest Muslim-majority nation, Malaysia, on Monday."), [['Malaysia', 'Indonesia']]);
    assert.deepEqual(flags("Leaders met in the world's largest Muslim-majority nation, Indonesia, on Monday."), []);
  });
  it('leaves a superlative that is a claim, not an apposition, alone', () => {
    assert.deepEqual(flags("Some economists say China is the world's largest economy by purchasing power."), []);
  });
  it('flags "the capital, Nadi" in a story about Fiji with Suva, and leaves Suva and a former capital alone', () => {
    assert.deepEqual(flags('Fiji votes next year. Speaking in parliament in the capital, Nadi, the prime minister defended the plan.'), [['Nadi', 'Suva']]);
    assert.deepEqual(flags('Fiji votes next year. Speaking in parliament in the capital, Suva, the prime minister defended the plan.'), []);
    assert.deepEqual(flags('Fiji votes next year. Levuka was once the capital and is now a heritage town.'), []);
  });
  it('leaves "the capital" of a region the story is about alone (a first-order seat)', () => {
    assert.deepEqual(flags('China opened the line. In the capital, Chengdu, officials of Sichuan welcomed the first train.'), []);
  });
  it("flags a national arm headquartered in a neighbour's capital with its own country's capital, and leaves the right one alone", () => {
    assert.deepEqual(flags('Safaricom Ethiopia, which began operations in 2022 and is headquartered in Asmara, reported a smaller loss.'), [['Asmara', 'Addis Ababa']]);
    assert.deepEqual(flags('Safaricom Ethiopia, which began operations in 2022 and is headquartered in Addis Ababa, reported a smaller loss.'), []);
    // Another country named in between is the one the seat belongs to.
    assert.deepEqual(flags('Safaricom Ethiopia said a partner in Eritrea, headquartered in Asmara, had signed.'), []);
  });
  it("flags a company's nationality confused with a look-alike country's, in both shapes, and leaves the right one and other countries alone", () => {
    assert.deepEqual(flags('Shares in Swedish drugmaker Novartis fell after the results.'), [['Swedish', 'Swiss']]);
    assert.deepEqual(flags('Novartis, the Swedish drugmaker, said the trial had ended.'), [['Swedish', 'Swiss']]);
    assert.deepEqual(flags('Shares in Swiss drugmaker Novartis fell after the results.'), []);
    // A country unlike the company's own is a fact to check, not a slip; a compound names two countries.
    assert.deepEqual(flags('Shares in American drugmaker Novartis fell after the results.'), []);
    assert.deepEqual(flags('Shares in Anglo-Swedish drugmaker Novartis fell after the results.'), []);
  });
  describe("a festival's top prize in a story about another festival", () => {
    it('flags the prize the films compete for, with the festival\'s own prize', () => {
      assert.deepEqual(flags('The Locarno Film Festival opened on Wednesday as 17 films prepared to compete for the Golden Shell.\n\nLocarno runs until August 16.'), [['Golden Shell', 'Golden Leopard']]);
    });
    it('flags a prize won "at" another festival in the same sentence', () => {
      assert.deepEqual(flags('The Georgian drama won the Crystal Globe at the Sarajevo Film Festival on Saturday.'), [['Crystal Globe', 'Heart of Sarajevo']]);
    });
    it('leaves the right prize, a past win, and a prize whose festival the story names, alone', () => {
      assert.deepEqual(flags('The Locarno Film Festival opened on Wednesday as 17 films prepared to compete for the Golden Leopard.'), []);
      assert.deepEqual(flags('The Locarno Film Festival opened on Wednesday. Its jury president, whose previous film won the Golden Shell, arrived on Tuesday.'), []);
      assert.deepEqual(flags('The Locarno Film Festival opened on Wednesday as films prepared to compete for the Golden Shell, a month before San Sebastián.'), []);
    });
  });
  describe('head offices of the S&P 500 companies, from the shared lists', () => {
    it('flags a head office given wrong, with the one the list gives', () => {
      assert.deepEqual(flags('Abbott, headquartered in Houston, said sales rose.'), [['Houston', 'North Chicago']]);
    });
    it('leaves the right town, its state and the metropolis beside it alone', () => {
      assert.deepEqual(flags('Abbott, headquartered in North Chicago, said sales rose.'), []);
      assert.deepEqual(flags('Abbott, headquartered in Chicago, said sales rose.'), []);
      assert.deepEqual(flags('Abbott, headquartered in Illinois, said sales rose.'), []);
    });
  });
  describe('a seat given to the body by its noun', () => {
    it('flags "the company, which has its headquarters in" a town that is not the seat of the one body named', () => {
      assert.deepEqual(flags('Nokia said on Thursday it would cut costs.\n\nThe telecoms company, which has its headquarters in Tampere, reported lower sales.'), [['Tampere', 'Espoo']]);
    });
    it('leaves the right seat, a town beside it, and a paragraph that names another body first alone', () => {
      assert.deepEqual(flags('Nokia said on Thursday it would cut costs.\n\nThe telecoms company, which has its headquarters in Espoo, reported lower sales.'), []);
      assert.deepEqual(flags('Nokia said on Thursday it would cut costs.\n\nThe telecoms company, which has its headquarters in Helsinki, reported lower sales.'), []);
      assert.deepEqual(flags('Nokia said on Thursday it would cut costs.\n\nIts rival Ericsson also cut costs. The company, which has its headquarters in Stockholm, reported lower sales.'), []);
    });
  });
  describe("a person's company of a sector that belongs to someone else", () => {
    it("flags the company after the possessive, with the person's own company of that sector", () => {
      assert.deepEqual(flags("Bob Arum's Golden Boy will stage the fight in Las Vegas."), [['Golden Boy', 'Top Rank']]);
      assert.deepEqual(flags("Jeff Bezos's SpaceX launched a rocket on Tuesday."), [['SpaceX', 'Blue Origin']]);
    });
    it("leaves the person's own company, another person of the same surname, and a company of a sector the person has none in, alone", () => {
      assert.deepEqual(flags("Bob Arum's Top Rank will stage the fight in Las Vegas."), []);
      assert.deepEqual(flags("Senator Elizabeth Warren's Queensberry remark drew laughs."), []);
      assert.deepEqual(flags("Jeff Bezos's Tesla shares fell."), []);
    });
  });
  describe("a chief executive given another company", () => {
    it("flags the person, with the company's own chief executive, where the knowledge has one", () => {
      assert.deepEqual(flags('Vodafone chief executive Timotheus Höttges said sales rose.'), [['Timotheus Höttges', 'Margherita Della Valle']]);
      assert.deepEqual(flags('Timotheus Höttges, chief executive of Vodafone, said sales rose.'), [['Timotheus Höttges', 'Margherita Della Valle']]);
    });
    it("flags the company, with the one the person runs, where the knowledge has no chief executive of it", () => {
      assert.deepEqual(flags('Statkraft chief executive Timotheus Höttges said sales rose.'), [['Statkraft', 'Deutsche Telekom']]);
      assert.deepEqual(flags('Timotheus Höttges, chief executive of Statkraft, said sales rose.'), [['Statkraft', 'Deutsche Telekom']]);
    });
    it('leaves the right company and a past post alone', () => {
      assert.deepEqual(flags('Deutsche Telekom chief executive Timotheus Höttges said sales rose.'), []);
      assert.deepEqual(flags('Former Vodafone chief executive Timotheus Höttges said sales rose.'), []);
    });
  });

  describe('nationality before a person through a noun, and a country given another country\'s leader', () => {
    it('flags a nationality before a person noun and the name ("Austrian swimmer"), and leaves the right one alone', () => {
      assert.deepEqual(flags('Austrian swimmer Kaylee McKeown set a world record on Friday.'), [['Austrian', 'Australian']]);
      assert.deepEqual(flags('Australian swimmer Kaylee McKeown set a world record on Friday.'), []);
      assert.deepEqual(flags('The Swedish tennis player Stan Wawrinka retired on Monday.'), [['Swedish', 'Swiss']]);
      assert.deepEqual(flags('The Swiss tennis player Stan Wawrinka retired on Monday.'), []);
    });
    it('flags "Y\'s military leader, Colonel X" where X leads another country, and leaves his own country and other roles alone', () => {
      assert.deepEqual(flags("Mauritania's military leader, General Assimi Goïta, spoke in Bamako on Monday."), [['Mauritania', 'Mali']]);
      assert.deepEqual(flags("Mali's military leader, General Assimi Goïta, spoke in Bamako on Monday."), []);
      assert.deepEqual(flags("Burkina Faso's ally, General Assimi Goïta, spoke in Bamako on Monday."), []);
    });
  });
});
