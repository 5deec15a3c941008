// A town put in a country or region it does not lie in, or in the wrong half of its country
// (src/core/entities/checks/placeFacts.ts), over the built-in knowledge: each positive beside
// correct places that must stand (homonyms, lists, clauses, territories).
import * as assert from 'node:assert/strict';
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
