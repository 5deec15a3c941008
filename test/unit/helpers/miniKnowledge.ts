// A small, hand-made knowledge base for unit tests, so each check's behaviour
// is pinned independently of the generated data.
import { NameChecker } from '../../../src/core/entities/nameChecker';
import { EntityRegistry, type HouseList, type WordSwapGroup } from '../../../src/core/entities/registry';
import type { ConfusableRule } from '../../../src/core/entities/checks/confusables';
import type { EntityRecord } from '../../../src/core/entities/types';

const S = ['unit test fixture'];

export const MINI_ENTITIES: EntityRecord[] = [
  { id: 'country:china', kind: 'country', name: 'China', aliases: ["People's Republic of China"], adjectives: ['Chinese'], demonyms: ['Chinese'], combiningForms: ['Sino'], sources: S },
  { id: 'country:russia', kind: 'country', name: 'Russia', aliases: ['Russian Federation'], adjectives: ['Russian'], demonyms: ['Russians'], combiningForms: ['Russo'], sources: S },
  { id: 'country:vietnam', kind: 'country', name: 'Vietnam', adjectives: ['Vietnamese'], sources: S },
  { id: 'country:uk', kind: 'country', name: 'United Kingdom', aliases: ['Britain', 'Great Britain'], acronyms: ['UK'], adjectives: ['British'], combiningForms: ['Anglo'], sources: S },
  { id: 'country:kazakhstan', kind: 'country', name: 'Kazakhstan', adjectives: ['Kazakh'], sources: S },
  { id: 'country:colombia', kind: 'country', name: 'Colombia', adjectives: ['Colombian'], sources: S },
  { id: 'country:germany', kind: 'country', name: 'Germany', adjectives: ['German'], sources: S },
  { id: 'person:olaf-scholz', kind: 'person', name: 'Olaf Scholz', short: ['Scholz'], country: 'country:germany', description: 'Chancellor of Germany 2021–2025', sources: S },
  { id: 'person:angela-merkel', kind: 'person', name: 'Angela Merkel', short: ['Merkel'], country: 'country:germany', sources: S },
  { id: 'person:xi-jinping', kind: 'person', name: 'Xi Jinping', short: ['Xi'], country: 'country:china', sources: S },
  { id: 'person:emmanuel-macron', kind: 'person', name: 'Emmanuel Macron', short: ['Macron'], sources: S },
  { id: 'person:sergei-lavrov', kind: 'person', name: 'Sergei Lavrov', short: ['Lavrov'], variants: ['Sergey Lavrov'], country: 'country:russia', sources: S },
  { id: 'person:volodymyr-zelenskyy', kind: 'person', name: 'Volodymyr Zelenskyy', short: ['Zelenskyy'], variants: ['Volodymyr Zelensky', 'Zelensky', 'Zelenskiy', 'Volodymyr Zelenskiy'], sources: S },
  { id: 'org:g20', kind: 'organization', name: 'Group of Twenty', aliases: ['Group of 20'], acronyms: ['G20', 'G-20'], sources: S },
  { id: 'org:csto', kind: 'organization', name: 'Collective Security Treaty Organization', acronyms: ['CSTO'], sources: S },
  { id: 'org:ecb', kind: 'organization', name: 'European Central Bank', acronyms: ['ECB'], sources: S },
  { id: 'org:un', kind: 'organization', name: 'United Nations', acronyms: ['UN'], sources: S },
  { id: 'org:unsc', kind: 'organization', name: 'United Nations Security Council', aliases: ['Security Council', 'UN Security Council'], sources: S },
  { id: 'org:oecd', kind: 'organization', name: 'Organisation for Economic Co-operation and Development', aliases: ['Organization for Economic Cooperation and Development'], acronyms: ['OECD'], sources: S },
  { id: 'other:covid-19', kind: 'other', name: 'COVID-19', aliases: ['Covid-19'], wrong: ['Govt-19', 'Kovid-19'], sources: S },
  { id: 'event:summit-for-democracy', kind: 'event', name: 'Summit for Democracy', wrong: ['Leaders for Democracy'], sources: S },
  { id: 'country:philippines', kind: 'country', name: 'Philippines', adjectives: ['Philippine'], demonyms: ['Filipinos'], sources: S },
  { id: 'country:australia', kind: 'country', name: 'Australia', adjectives: ['Australian'], sources: S },
  { id: 'country:austria', kind: 'country', name: 'Austria', adjectives: ['Austrian'], sources: S },
  { id: 'country:south-korea', kind: 'country', name: 'South Korea', adjectives: ['South Korean'], sources: S },
  { id: 'country:north-korea', kind: 'country', name: 'North Korea', adjectives: ['North Korean', 'Korean'], sources: S },
  { id: 'person:anthony-albanese', kind: 'person', name: 'Anthony Albanese', short: ['Albanese'], country: 'country:australia', sources: S },
  { id: 'person:lee-jae-myung', kind: 'person', name: 'Lee Jae-myung', short: ['Lee'], country: 'country:south-korea', sources: S },
  { id: 'person:antonio-guterres', kind: 'person', name: 'Antonio Guterres', short: ['Guterres'], aliases: ['António Guterres'], sources: S },
  { id: 'org:sco', kind: 'organization', name: 'Shanghai Cooperation Organisation', aliases: ['Shanghai Cooperation Organization'], acronyms: ['SCO'], sources: S },
  { id: 'org:caricom', kind: 'organization', name: 'Caribbean Community and Common Market', acronyms: ['CARICOM'], sources: S },
  { id: 'event:msc', kind: 'event', name: 'Munich Security Conference', acronyms: ['MSC'], sources: S },
  { id: 'event:cop', kind: 'event', name: 'Conference of the Parties', acronyms: ['COP'], sources: S },
  { id: 'country:israel', kind: 'country', name: 'Israel', adjectives: ['Israeli'], sources: S },
  { id: 'country:ukraine', kind: 'country', name: 'Ukraine', aliases: ['Ukraina'], adjectives: ['Ukrainian'], sources: S },
  { id: 'person:donald-trump', kind: 'person', name: 'Donald Trump', short: ['Trump'], sources: S },
];

export const MINI_ORDINARY_WORDS = ['merkle', 'state', 'columbia', 'isreal'];
/** Known only to lists of given names, not to an English dictionary. */
export const MINI_NAMES_ONLY = ['isreal'];

export const MINI_CONFUSABLES: ConfusableRule[] = [
  {
    written: 'Columbia',
    meant: 'Colombia',
    explain: 'the country is spelled Colombia.',
    context: ['Chile', 'Peru', 'Venezuela'],
    notBefore: ['University'],
    notAfter: ['British'],
    sources: S,
  },
];

export const MINI_WORD_SWAPS: WordSwapGroup[] = [
  { words: ['security', 'safety'], appliesTo: ['organization', 'event', 'other'] },
  { words: ['united', 'joint'], appliesTo: ['organization'] },
  { words: ['summit', 'conference', 'forum'], appliesTo: ['event'] },
];

export function miniChecker(house?: HouseList): NameChecker {
  return new NameChecker(new EntityRegistry(MINI_ENTITIES, MINI_ORDINARY_WORDS, house, MINI_NAMES_ONLY, MINI_WORD_SWAPS), MINI_CONFUSABLES);
}

/** Findings as compact tuples for exact assertions: [text, code, first suggestion]. */
export function summary(checker: NameChecker, text: string): Array<[string, string, string | undefined]> {
  return checker.check(text).map((f) => [f.text, f.code, f.suggestions[0]]);
}
