// Words of office that stand between a nationality and a name ("Italian Prime
// Minister Mario Draghi") or before a surname ("Chancellor Scholz").

const TITLE_WORDS = new Set([
  'president', 'prime', 'minister', 'chancellor', 'king', 'queen', 'prince', 'princess', 'premier', 'secretary', 'general', 'leader',
  'mr', 'mrs', 'ms', 'dr', 'former', 'foreign', 'vice', 'deputy', 'governor', 'senator', 'sen', 'rep', 'gen', 'chairman', 'chair',
  'director', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'chief', 'judge', 'justice', 'mayor', 'pope', 'sheikh',
  'emir', 'sultan', 'crown', 'defence', 'defense', 'finance', 'economy', 'trade', 'interior', 'opposition', 'head', 'state', 'of',
  'government', 'first', 'lady', 'acting', 'interim', 'elect', 'outgoing', 'incoming', 'then', 'opposition', 'minority', 'majority',
  'top', 'diplomat', 'central', 'bank', 'army', 'military', 'commander', 'supreme', 'the', 'and',
  'junta', 'ruler', 'strongman', 'transitional', 'coup', 'field', 'marshal', 'colonel', 'col', 'lieutenant', 'lt', 'major', 'maj', 'admiral', 'adm', 'brig',
  'parliament', 'speaker', 'party', 'chairwoman', 'minister-president', 'co', 'monarch', 'emperor', 'empress', 'grand', 'duke', 'duchess', 'archbishop', 'cardinal',
]);

/** Every word of office, for checks that look for slips of them. */
export const TITLE_WORD_LIST: readonly string[] = [...TITLE_WORDS];

export function isTitleWord(key: string): boolean {
  return TITLE_WORDS.has(key);
}

/** Lower-case words inside people's names ("de Beer", "van der Poel", "bin Salman"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'ter', 'dos', 'das', 'del', 'do', 'della', 'delle', 'dei', 'degli']);

/** Words for the holder of an office, which end its name ("National Security Adviser", "Secretary General"). */
export const OFFICE_WORDS: ReadonlySet<string> = new Set(['adviser', 'advisor', 'officer', 'secretary', 'minister', 'director', 'commissioner', 'governor', 'chairman', 'chairwoman', 'president', 'ambassador', 'envoy', 'inspector', 'prosecutor', 'attorney', 'general', 'spokesman', 'spokeswoman', 'mayor', 'premier', 'chancellor', 'senator', 'speaker']);
