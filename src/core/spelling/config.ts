// The team's cspell configuration, where Copydesk writes to it: "Add to the
// workspace cspell words" adds one word to `words`, keeping the file's
// comments and layout (jsonc-parser edits for JSON, the yaml document tree for
// YAML). Reading the configuration is cspell-lib's job (the engine), as in
// Code Spell Checker.
import { applyEdits, modify, parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { isSeq, parseDocument } from 'yaml';

/** The file a new workspace configuration is written to. */
export const NEW_CSPELL_CONFIG = 'cspell.json';

/** `text` (a cspell configuration named `fileName`) with `word` added to `words`; unchanged if already there. */
export function addCspellWord(text: string, fileName: string, word: string): string {
  if (/\.ya?ml$/i.test(fileName)) {
    const doc = parseDocument(text.trim() ? text : 'version: "0.2"\nwords: []\n');
    if (doc.errors.length) throw new Error(`${fileName} is not valid YAML; fix it before adding words: ${doc.errors[0].message.split('\n')[0]}`);
    const words = doc.get('words');
    if (isSeq(words)) {
      if (words.items.some((i) => (i as { value?: unknown }).value === word)) return text;
      words.add(doc.createNode(word));
    } else doc.set('words', doc.createNode([word]));
    return doc.toString();
  }
  const source = text.trim() ? text : '{\n  "version": "0.2",\n  "words": []\n}\n';
  const errors: ParseError[] = [];
  const data = parseJsonc(source, errors, { allowTrailingComma: true }) as { words?: unknown } | undefined;
  if (errors.length || !data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${fileName} is not a valid JSON object; fix it before adding words.`);
  const words = Array.isArray(data.words) ? data.words : undefined;
  if (words?.includes(word)) return source;
  const formatting = { tabSize: 2, insertSpaces: true, eol: source.includes('\r\n') ? '\r\n' : '\n' };
  const edits = words ? modify(source, ['words', words.length], word, { formattingOptions: formatting, isArrayInsertion: true }) : modify(source, ['words'], [word], { formattingOptions: formatting });
  return applyEdits(source, edits);
}
