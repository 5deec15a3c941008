// The known-names file searched as its UTF-8 bytes (read as latin1, as the adapters read it):
// every answer is the one the decoded text gives, for names in ASCII and names with letters
// that folding keeps (æ, ð, þ, ə), and the shipped file's sorted sections are in byte order.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnownNames } from '../../src/core/entities/knownNames';
import { packKnownNamesBytes, type PlaceRow } from './helpers/knownNamesPack';

const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

const NAMES = ['Aakjær', 'Əliyev', 'Þórsdóttir', 'Erdoğan', 'Merkel', 'Sigurðardóttir'];
const CENSUS = ['Jonhson', 'Hælsen'];
const PHRASES = ['Kataib Hezbollah', 'Jóhanna Sigurðardóttir', 'Ilham Əliyev'];
const PLACES: PlaceRow[] = [
  ['Akraneskaupstaður', 'town, Iceland', 7000],
  ['Ærøskøbing', 'town, Denmark', 950],
  ['Þingeyri', 'village, Iceland', 260],
  ['Cupertino', 'city, United States', 60000],
  ['Ağcabədi', 'city, Azerbaijan', 40000, true],
];

describe('the known-names file searched as UTF-8 bytes', () => {
  const bytes = packKnownNamesBytes(NAMES, CENSUS, PHRASES, PLACES);
  const text = KnownNames.decode(bytes);
  const raw = KnownNames.fromUtf8Bytes(latin1(bytes));

  it('finds the same words, census words, whole names and places as the decoded text', () => {
    const words = [...NAMES, ...CENSUS, 'Aakjaer', 'Sigurdardottir', 'Aliyev', 'Þorsdottir', 'Hælsén', 'Hælsen', 'Merkle', 'Zzz', 'Æ', 'ə'];
    for (const w of words) assert.equal(raw.wordSource(w), text.wordSource(w), w);
    assert.equal(raw.wordSource('Sigurðardóttir'), 'name');
    assert.equal(raw.wordSource('Hælsen'), 'census');
    for (const p of [...PHRASES, 'Ilham Aliyev', 'Jóhanna Sigurdardottir']) assert.equal(raw.hasName(p.split(' ')), text.hasName(p.split(' ')), p);
    assert.equal(raw.hasName(['Ilham', 'Əliyev']), true);
    for (const [display] of PLACES) {
      assert.equal(raw.isPlace(display), true, display);
      assert.deepEqual(raw.placeNamed(display), text.placeNamed(display));
    }
    assert.deepEqual(raw.placeNamed('Ağcabədi'), { key: 'agcabədi', display: 'Ağcabədi', description: 'city, Azerbaijan', population: 40000, romanised: true });
  });

  it('finds the same places one edit away, where the edit is a letter of two bytes or the first letter is one', () => {
    const near = (k: KnownNames, w: string) => k.placesNear(w).map((p) => p.display);
    const cases: Array<[string, string[]]> = [
      ['Akraneskaupstadur', ['Akraneskaupstaður']], // ð written as d: one letter, one byte less
      ['Akraneskaupstaur', ['Akraneskaupstaður']], // ð left out: one letter, two bytes less
      ['Akraneskaupstaðður', ['Akraneskaupstaður']], // ð doubled: two bytes more
      ['Þingeyyri', ['Þingeyri']], // a first letter of two bytes, after Æ in the same byte range
      ['Ærøskobbing', ['Ærøskøbing']],
      ['Cuppertino', ['Cupertino']],
      ['Agcabədi', []], // the place itself
      ['Agcabedi', ['Ağcabədi']],
      ['Kupertino', []],
    ];
    for (const [w, want] of cases) {
      assert.deepEqual(near(raw, w), near(text, w), w);
      assert.deepEqual(near(raw, w), want, w);
    }
  });

  it('scores the letter shape of words the same', () => {
    for (const w of ['Aakjær', 'Bobrovksy', 'Þórsdóttir', 'Əliyev']) assert.equal(raw.letterShape(w), text.letterShape(w), w);
  });

  it('the shipped file: every sorted section is in byte order too, so a search by bytes finds every key', () => {
    const shipped = readFileSync(join(__dirname, '..', '..', '..', 'data', 'generated', 'known-names.txt'), 'latin1');
    const lines = shipped.split('\n');
    const counts = lines[0].split('\t').slice(1).map(Number);
    // Sections: name words, census words, whole names, place keys (then place lines and letter counts, not searched).
    let at = 1;
    for (const n of counts.slice(0, 4)) {
      for (let i = at + 1; i < at + n; i++) assert.ok(lines[i - 1] < lines[i], `line ${i}: ${JSON.stringify(lines[i - 1])} before ${JSON.stringify(lines[i])}`);
      at += n;
    }
    const k = KnownNames.fromUtf8Bytes(shipped);
    assert.equal(k.wordSource('Merkel'), 'name');
    assert.equal(k.wordSource('Aakjær'), 'name');
  });
});
