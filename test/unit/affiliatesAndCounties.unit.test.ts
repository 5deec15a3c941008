// Wave 18 (issue 9): two kinds of evidence the knowledge now gives.
// - A person's slip that is itself a real surname ("Bernard Arnaud", "Cristiano Ammon") stands
//   where the article names a body the person is known for (their description's LVMH, Qualcomm);
//   without that body, or for a namesake elsewhere, the real surname is someone else's.
// - Second-level regions (US and Canadian counties, Italian and Spanish provinces, French
//   departments, Indian districts, England's ceremonial counties via GeoNames) place towns:
//   "Latrobe, in Cambria County" (Westmoreland), "Hexham, Cumbria" (Northumberland); a region far
//   from the town, or a county named bare that is also a surname, is not judged.
import * as assert from 'node:assert/strict';
import { builtInChecker } from './helpers/builtInChecker';

const flags = (text: string, code?: string) =>
  builtInChecker
    .check(text)
    .filter((f) => !code || f.code === code)
    .map((f) => `${f.text} → ${f.suggestions[0]}`);

describe('a body the person is known for', () => {
  it('makes a real surname one or two letters off the person their slip', () => {
    assert.deepEqual(flags('LVMH, headed by Bernard Arnaud, reported a drop in fashion sales.', 'near-miss'), ['Arnaud → Arnault']);
    assert.deepEqual(flags('Qualcomm chief executive Cristiano Ammon joined him on stage.', 'near-miss'), ['Ammon → Amon']);
  });

  it('leaves the same names alone where the article names none of their bodies', () => {
    assert.deepEqual(flags('Bernard Arnaud, a farmer from Lyon, said prices rose.', 'near-miss'), []);
    assert.deepEqual(flags('The striker Cristiano Ammon scored twice for the reserves.', 'near-miss'), []);
  });

  it('never takes a country or a place of the description for a body', () => {
    // Andrew Bailey is "Governor of the Bank of England": England is no body of his.
    assert.deepEqual(flags('Excavations in England led by Andrew Birley found more tablets.', 'near-miss'), []);
  });
});

describe('second-level regions', () => {
  it('places a town in its county, province, department or district', () => {
    assert.deepEqual(flags('Officials from Latrobe, in Cambria County, said the station is busy.', 'confusable-name'), ['Cambria County → Westmoreland County']);
    assert.deepEqual(flags('The road from Hexham, Cumbria, was closed by floods.', 'confusable-name'), ['Cumbria → Northumberland']);
    assert.deepEqual(flags('The company runs a pilot line in Quimperlé, in Morbihan, for research.', 'confusable-name'), ['Morbihan → Finistère']);
    assert.deepEqual(flags('Floods reached farmland outside Imola, in the province of Ravenna, on Tuesday.', 'confusable-name'), ['Ravenna → Bologna']);
  });

  it('leaves the right county, province or department alone', () => {
    assert.deepEqual(flags('Officials from Latrobe, in Westmoreland County, said the station is busy.', 'confusable-name'), []);
    assert.deepEqual(flags('The road from Hexham, Northumberland, was closed by floods.', 'confusable-name'), []);
    assert.deepEqual(flags('The company runs a pilot line in Quimperlé, in Finistère, for research.', 'confusable-name'), []);
    assert.deepEqual(flags('Floods reached farmland outside Imola, in the province of Bologna, on Tuesday.', 'confusable-name'), []);
    // A unitary authority named otherwise lies in the ceremonial county copy names.
    assert.deepEqual(flags('The ferry leaves from Poole, Dorset, at noon.', 'confusable-name'), []);
  });

  it('reads a list of towns with their regions as addresses', () => {
    assert.deepEqual(flags('Buses would run between Haltwhistle, Cumbria, and Carlisle.', 'confusable-name'), ['Cumbria → Northumberland']);
    assert.deepEqual(flags('Buses would run between Haltwhistle, Northumberland, and Carlisle.', 'confusable-name'), []);
  });

  it('does not judge a county named bare that is also a surname, nor a district far away', () => {
    // US counties without their word: "Young", "Hall", "Cook" are surnames.
    assert.deepEqual(flags('Analysts in Chicago, Young said, expect the merger to close.', 'confusable-name'), []);
    // Bihar's Tarapur is not Maharashtra's: a district 1,500 km off is a namesake village.
    assert.deepEqual(flags('The minister won from Tarapur in Munger district last year.', 'confusable-name'), []);
  });
});
