// Shapes shared by the entity knowledge base, the checks and every adapter
// (CLI, VS Code, preview). Plain data only: offsets are UTF-16 indices into
// the document text, as VS Code and JavaScript strings use them.

export type EntityKind = 'country' | 'place' | 'person' | 'organization' | 'event' | 'other';

/** One entity as stored in data/generated/entities.json (and as a house list adds it). */
export interface EntityRecord {
  /** Stable id: "country:germany", "person:olaf-scholz", "org:g20", "event:summit-for-democracy". */
  id: string;
  kind: EntityKind;
  /** Canonical news form: "Olaf Scholz", "Group of Twenty", "COVID-19". */
  name: string;
  /** Other correct full forms that name the same entity ("Group of 20", "Federal Republic of Germany"). */
  aliases?: string[];
  /** Short references that are correct on their own: a person's surname ("Scholz", "Xi", "Lula"). */
  short?: string[];
  /** Acronyms and abbreviations ("G20", "CSTO", "UAE"). */
  acronyms?: string[];
  /**
   * Correct but competing spellings (transliterations): "Sergey Lavrov", "Zelensky".
   * Using two of them in one article is an inconsistency.
   */
  variants?: string[];
  /** Known wrong forms (machine-translation corruptions, common misnamings): "Govt-19". */
  wrong?: string[];
  /** Countries: adjective forms ("German"), demonyms ("Germans"), prefix forms for compounds ("Germano"). */
  adjectives?: string[];
  demonyms?: string[];
  combiningForms?: string[];
  /** Countries: id of the capital's place entity. People and places: id of their country. */
  capital?: string;
  country?: string;
  /** Countries: the Factbook's world region ("africa", "south-america"). */
  region?: string;
  /** A short description for messages: "Chancellor of Germany (2021–2025)". */
  description?: string;
  /** Where each fact came from. */
  sources: string[];
}

export interface KnowledgeBaseFile {
  source: string;
  generated?: string;
  entities: EntityRecord[];
}

export type FindingCode =
  | 'known-wrong-form'
  | 'near-miss'
  | 'inconsistent-name'
  | 'acronym-mismatch'
  | 'impossible-compound'
  | 'confusable-name'
  | 'house-list-error';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** One flagged name in a document. */
export interface Finding {
  /** [start, end) UTF-16 offsets into the checked text. */
  start: number;
  end: number;
  code: FindingCode;
  severity: Severity;
  /** Names the canonical entity: "“Govt-19” is not a name; did you mean COVID-19?" */
  message: string;
  /** Replacement texts for [start, end), best first. */
  suggestions: string[];
  /** The flagged text as it appears in the document. */
  text: string;
  /** Id of the entity the suggestion refers to, when there is one. */
  entityId?: string;
}
