// Bounded parsing of configuration the writer's folder brings (house list, cspell
// configuration, front matter): a hostile or broken file gets a problem with an
// offset, never a stack overflow, a fatal out-of-memory or an exponential expansion.
import { createScanner, parse as parseJsonc, printParseErrorCode, SyntaxKind, type ParseError } from 'jsonc-parser';
import { CST, isAlias, Lexer, parseDocument, visit, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions, type ToJSOptions } from 'yaml';

/**
 * Deepest nesting of `[` and `{` accepted. Real configurations nest a handful of levels; the
 * yaml library's composer recurses per level and aborts the process (not an exception) near
 * 10,000, jsonc-parser overflows the stack near the same depth.
 */
export const MAX_NESTING = 256;

/**
 * Alias expansions allowed when a YAML document becomes plain data (the yaml library's own
 * guard against "billion laughs"; it throws a ReferenceError past this count).
 */
export const MAX_ALIAS_COUNT = 100;

/** A problem at an offset of the parsed text. */
export interface ParseProblem {
  message: string;
  offset: number;
}

// The lexer's control tokens are not source text.
const CONTROL = new Set<string>([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

/** The first offset where `[`/`{` nesting passes MAX_NESTING in YAML text, using the yaml library's lexer (linear, no recursion). */
export function yamlNestingProblem(text: string, limit = MAX_NESTING): ParseProblem | undefined {
  // Each `[` or `{` token is one such character of the text: with no more of them than the
  // limit, nothing can nest deeper, and the lexer need not run (front matter: every article).
  if (!moreOpenersThan(text, limit)) return undefined;
  let depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') {
      if (++depth > limit) return { message: `nested more than ${limit} levels deep`, offset };
    } else if ((token === ']' || token === '}') && depth > 0) depth--;
    // Control tokens (document start, scalar markers) are not part of the source text.
    if (!CONTROL.has(token)) offset += token.length;
  }
  return undefined;
}

/** True when `text` has more than `limit` `[` and `{` characters. */
function moreOpenersThan(text: string, limit: number): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 91 || c === 123) && ++n > limit) return true;
  }
  return false;
}

/** The first offset where `[`/`{` nesting passes the limit in JSON(C) text (scanner only, no recursion). */
export function jsonNestingProblem(text: string, limit = MAX_NESTING): ParseProblem | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
      if (++depth > limit) return { message: `nested more than ${limit} levels deep`, offset: scanner.getTokenOffset() };
    } else if ((kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) && depth > 0) depth--;
  }
  return undefined;
}

export type YamlOptions = ParseOptions & DocumentOptions & SchemaOptions;

/** parseDocument after the nesting check; undefined with a problem when the text is too deep. */
export function parseYamlBounded<T extends Document.Parsed>(text: string, options: YamlOptions = {}): { doc?: T; problem?: ParseProblem } {
  const deep = yamlNestingProblem(text);
  if (deep) return { problem: deep };
  return { doc: parseDocument(text, options) as T };
}

/**
 * The document as plain data with alias expansion bounded. A document that expands too far
 * gives a problem at its first alias instead of the yaml library's exception.
 */
export function yamlToData(doc: Document, options: ToJSOptions = {}): { data?: unknown; problem?: ParseProblem } {
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT, ...options }) };
  } catch (e) {
    return { problem: { message: aliasMessage(e), offset: firstAliasOffset(doc) } };
  }
}

/** A node as plain data (for one entry of a list) with the same alias bound. */
export function nodeToData(doc: Document, node: unknown): { data?: unknown; problem?: ParseProblem } {
  const n = node as { toJS?: (doc: Document, opts: ToJSOptions) => unknown } | null | undefined;
  if (!n || typeof n.toJS !== 'function') return { data: node };
  try {
    return { data: n.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (e) {
    return { problem: { message: aliasMessage(e), offset: firstAliasOffset(doc) } };
  }
}

function aliasMessage(e: unknown): string {
  return e instanceof ReferenceError && /alias/i.test(e.message)
    ? `aliases expand too far (more than ${MAX_ALIAS_COUNT} expansions)`
    : `cannot be read (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`;
}

function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node) && node.range) {
        offset = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}

/** JSON with comments and trailing commas, nesting bounded; the first syntax problem with its offset. */
export function parseJsonBounded(text: string): { data?: unknown; problem?: ParseProblem } {
  const deep = jsonNestingProblem(text);
  if (deep) return { problem: deep };
  const errors: ParseError[] = [];
  const data = parseJsonc(text, errors, { allowTrailingComma: true });
  if (errors.length) return { problem: { message: printParseErrorCode(errors[0].error), offset: errors[0].offset } };
  return { data };
}
