// `copydesk check --format sarif`: the findings as a SARIF 2.1.0 log, the format GitHub code
// scanning (and most CI dashboards) read. One rule per check with its help text; every
// suggestion becomes a SARIF `fix` that replaces exactly the flagged span.
// Pure: takes texts and findings, returns plain data (the CLI writes it).
import type * as Sarif from 'sarif';
import { LineIndex } from '../core/text/lineIndex';
import type { Finding, FindingCode, Severity } from '../core/entities/types';
import { SPELLING_CODE, type SpellingCode, type SpellingFinding } from '../core/spelling/types';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** What each check finds and what to do about it: the rule text CI dashboards show. */
export const RULE_HELP: Record<FindingCode | SpellingCode, { name: string; short: string; help: string }> = {
  'known-wrong-form': {
    name: 'KnownWrongForm',
    short: 'A known corruption of a name that is never right.',
    help: 'The text is a known wrong form of a name (a machine-translation corruption or a common misnaming, such as "Govt-19" for COVID-19). Replace it with the canonical name the message gives.',
  },
  'near-miss': {
    name: 'NearMiss',
    short: 'One slip (a letter or a word) from a known name.',
    help: 'The word is one edit, a doubled letter or a swapped word away from a name in the knowledge base, and the article gives evidence (a title, the rest of the name, another mention) that the known name is meant. Replace it with the suggestion, or add the name to the house list (.copydesk/entities.yaml, `accept:`) if it is right.',
  },
  'inconsistent-name': {
    name: 'InconsistentName',
    short: 'One entity spelled two ways in one article.',
    help: 'The article spells the same person or organisation two ways (two transliterations, say "Sergei" and "Sergey"). The first spelling, or the house-preferred one (`preferred:` in the house list), wins; make the others match it.',
  },
  'acronym-mismatch': {
    name: 'AcronymMismatch',
    short: 'The words before a known acronym are not what it stands for.',
    help: 'A name followed by a known acronym in parentheses does not match the acronym\'s expansion ("the Twenty20 (G20)"). Replace the words with the expansion, or check that the acronym is the one meant.',
  },
  'impossible-compound': {
    name: 'ImpossibleCompound',
    short: 'A compound that pairs a country with itself.',
    help: 'A compound such as "Sino-Chinese" pairs a country with itself; one half usually names the wrong country. The suggestion uses the other country the article names.',
  },
  'confusable-name': {
    name: 'ConfusableName',
    short: 'A real word where the context says another entity is meant.',
    help: 'The word is a real name, but the context points to a different, similarly spelled entity ("Columbia" beside Chile means Colombia; "Austrian Prime Minister Anthony Albanese" means Australian). Check and replace it.',
  },
  'house-list-error': {
    name: 'HouseListError',
    short: 'The house list cannot be read.',
    help: 'The newsroom house list (.copydesk/entities.yaml) has a problem; Copydesk keeps using the last good list (the CLI: the built-in knowledge only). Fix the line the message points to.',
  },
  [SPELLING_CODE]: {
    name: 'Spelling',
    short: 'An ordinary word the dictionaries do not know, one slip from one they do (check --spelling).',
    help: 'A word that is not in the English dictionaries (cspell, with the team\'s cspell configuration) and is not part of a name the checker knows or the article uses as a name. Replace it with the suggestion; if the word is right, add it to the workspace cspell `words` or to the house list.',
  },
};

/** Rules whose findings are ordinary spelling, not names: tagged and rated apart in dashboards. */
const SPELLING_RULES: ReadonlySet<string> = new Set([SPELLING_CODE]);

export interface CheckedFile {
  /** Path as the report should show it: relative to the repository root, forward slashes. */
  uri: string;
  text: string;
  /** Name findings, and spelling findings when the run checked spelling. */
  findings: ReadonlyArray<Finding | SpellingFinding>;
}

export interface SarifOptions {
  toolVersion?: string;
  informationUri?: string;
  /** Problems with the input (unreadable files, a broken house list): reported as notifications. */
  notifications?: readonly string[];
}

function level(s: Severity): Sarif.Result.level {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

/** The region of [start, end) in SARIF terms: 1-based lines and columns (end column exclusive), UTF-16 units. */
export function regionOf(lines: LineIndex, start: number, end: number): Sarif.Region {
  const s = lines.positionAt(start);
  const e = lines.positionAt(end);
  return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, charOffset: start, charLength: end - start };
}

/** A SARIF 2.1.0 log of one run over `files`. */
export function toSarif(files: readonly CheckedFile[], options: SarifOptions = {}): Sarif.Log {
  const codes = Object.keys(RULE_HELP) as Array<FindingCode | SpellingCode>;
  const rules: Sarif.ReportingDescriptor[] = codes.map((id) => ({
    id,
    name: RULE_HELP[id].name,
    shortDescription: { text: RULE_HELP[id].short },
    fullDescription: { text: RULE_HELP[id].help },
    help: { text: RULE_HELP[id].help, markdown: RULE_HELP[id].help },
    defaultConfiguration: { level: SPELLING_RULES.has(id) ? 'note' : 'warning' },
    properties: SPELLING_RULES.has(id) ? { tags: ['spelling', 'copy-editing'], precision: 'medium' } : { tags: ['names', 'copy-editing'], precision: 'high' },
  }));
  const results: Sarif.Result[] = [];
  const artifacts: Sarif.Artifact[] = [];
  for (const file of files) {
    const lines = new LineIndex(file.text);
    const artifactIndex = artifacts.length;
    artifacts.push({ location: { uri: file.uri, uriBaseId: '%SRCROOT%' }, mimeType: 'text/markdown', roles: ['analysisTarget'] });
    const artifactLocation: Sarif.ArtifactLocation = { uri: file.uri, uriBaseId: '%SRCROOT%', index: artifactIndex };
    for (const f of file.findings) {
      const region = regionOf(lines, f.start, f.end);
      const result: Sarif.Result = {
        ruleId: f.code,
        ruleIndex: codes.indexOf(f.code),
        level: level(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region: { ...region, snippet: { text: f.text } } } }],
        // Stable across line shifts: the same slip in the same file is the same alert.
        partialFingerprints: { 'copydesk/v1': `${f.code}:${f.text}:${f.suggestions[0] ?? ''}` },
      };
      if (f.suggestions.length > 0) {
        result.fixes = f.suggestions.map((s) => ({
          description: { text: `Replace “${f.text}” with “${s}”` },
          artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region, insertedContent: { text: s } }] }],
        }));
      }
      results.push(result);
    }
  }
  const notifications = options.notifications ?? [];
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Copydesk',
            ...(options.toolVersion ? { version: options.toolVersion, semanticVersion: options.toolVersion } : {}),
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            toolExecutionNotifications: notifications.map((text) => ({ level: 'error', message: { text } })),
          },
        ],
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The folder copydesk was run in (the repository root in CI).' } } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
