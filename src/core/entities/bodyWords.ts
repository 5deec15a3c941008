// The words of bodies' names that say what kind of body they are, or their legal form, shared by
// the checks that read them (lower-case keys). Each check's set is built here from the same parts,
// so a word added for one reading is seen where the others need it, and where two sets differ the
// difference is written down.

/** Sports teams' words after the name ("Williams Racing", "Haas F1 Team", "Genoa CFC"). */
const TEAM_WORDS = ['racing', 'f1', 'team', 'fc', 'cf', 'club'];
/** Companies' words after the name ("LATAM Airlines Group", "Novo Holdings"). */
const COMPANY_WORDS = ['group', 'company', 'corporation', 'holdings'];
/** Legal forms English copy writes after a company's name, of English-speaking and European firms. */
const COMMON_LEGAL_FORMS = ['inc', 'ltd', 'plc', 'ag', 'sa'];
/** Words of first- and second-level regions written after their names ("Kakamega County", "Tver Oblast"). */
const REGION_WORDS = ['county', 'province', 'state', 'region', 'prefecture', 'district', 'oblast', 'governorate'];

/**
 * Kind words a body's or place's name may be written with or without before a title ("Governor of
 * Kakamega County": "Kakamega Governor"; "OCBC Bank": "OCBC chief executive"; "Williams Racing":
 * "Williams team principal"). Read by the office checks (checks/staleTitles.ts).
 */
export const TITLE_KIND_TAIL: ReadonlySet<string> = new Set([...REGION_WORDS, 'bank', ...TEAM_WORDS, ...COMPANY_WORDS, ...COMMON_LEGAL_FORMS, 'inc.']);

/**
 * The last words of a body's name that say what kind of body it is, dropped for the short name copy
 * uses ("Williams Racing": the Williams factory; "Sony Interactive Entertainment": Sony). Not a
 * region's words: a body is named short, a county is not. Read by checks/nearMiss.ts.
 */
export const BODY_TAILS: ReadonlySet<string> = new Set([...TEAM_WORDS, ...COMPANY_WORDS, ...COMMON_LEGAL_FORMS, 'se', 'motors', 'entertainment', 'interactive']);

/**
 * Company legal forms written before or after the name ("AB Volvo", "Volvo AB"): the short forms
 * of Europe and Japan only, which are no word of a name by chance. Read by checks/nearMiss.ts.
 */
export const LEGAL_FORM_AFFIXES: ReadonlySet<string> = new Set(['ab', 'ag', 'sa', 'nv', 'bv', 'asa', 'oyj', 'spa', 'plc', 'se', 'gmbh', 'as', 'oy', 'kk']);

/**
 * Words after a company's name that go on as the same body's ("LATAM Airlines Group", "Equinor
 * ASA", "Maybank Berhad"): group words and legal forms of every region, not "company" (a seat's
 * phrase may go on "the Novo Nordisk company"), nor the two-letter forms a sentence may hold ("as").
 * Read by the seat checks (checks/factContradictions.ts).
 */
export const COMPANY_NAME_TAIL: ReadonlySet<string> = new Set(['group', 'holdings', 'holding', 'corporation', ...COMMON_LEGAL_FORMS, 'asa', 'se', 'nv', 'limited', 'corp', 'co', 'llc', 'spa', 'gmbh', 'ab', 'oyj', 'bhd', 'berhad', 'tbk']);

/**
 * Words that say what kind of body a name is, not which ("party", "club", "federation"), and the
 * linking words between them: two names that share only these are two bodies. Read by the office
 * checks (checks/staleTitles.ts).
 */
export const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set(['party', 'club', 'team', 'group', 'company', 'corporation', 'association', 'federation', 'union', 'league', 'fc', 'council', 'commission', 'committee', 'front', 'movement', 'alliance', 'congress', 'the', 'of', 'and', 'for']);

/**
 * Words for a body that brings others together, before "of" and what it brings together
 * ("Association of …", "Federation of …", "Network of …"). Read by checks/translatedNames.ts.
 */
export const ASSOCIATION_WORDS: ReadonlySet<string> = new Set(['association', 'federation', 'confederation', 'union', 'council', 'league', 'alliance', 'network', 'society', 'organisation', 'organization', 'forum', 'conference', 'community', 'chamber', 'guild', 'consortium', 'coalition']);

/** A political party's description ("Argentine centrist political party", "Austrian Freedom Party"). */
export const PARTY = /\b(party|political)\b/i;

/** Words that head a body's name ("… Council", "… Authority"). */
export const BODY_HEADS: ReadonlySet<string> = new Set(['council', 'authority', 'board', 'club', 'federation', 'association', 'committee', 'commission', 'agency', 'company', 'corporation', 'group', 'foundation', 'institute', 'university', 'academy', 'league', 'union', 'bureau', 'office', 'ministry', 'department', 'trust', 'fund', 'society', 'centre', 'center']);

/** Words for an institution or a venue, named with one word before them ("Science Museum", "Abbey Theatre"). */
export const INSTITUTION_KINDS: ReadonlySet<string> = new Set([...BODY_HEADS, 'museum', 'gallery', 'theatre', 'theater', 'opera', 'orchestra', 'hospital', 'library', 'stadium', 'arena', 'hall', 'palace', 'school', 'college', 'cathedral', 'church', 'abbey', 'park', 'airport', 'zoo', 'festival', 'prize', 'award']);
