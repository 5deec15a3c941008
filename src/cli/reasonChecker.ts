// Checks the shared names See also shows as reasons, independently of the entity
// engine's matcher: a name is a true reason only when both texts contain one of the
// entity's full forms (its name, an alias or spelling variant — for a person at least
// two words — or an acronym) as a whole, case-exact word sequence that is not part of
// a longer capitalised name, and is not a weekday or month. Short forms are never
// enough on their own: "Friday", "May" or "Williams" could be anyone, so a reason
// backed only by them is counted wrong. Plain regular expressions over the raw text,
// so a bug in the matcher cannot hide itself.
import type { EntityRegistry } from '../core/entities/registry';

export interface ReasonSample {
  query: string;
  candidate: string;
  nameIds: string[];
}

export interface ReasonReport {
  results: number;
  shown: number;
  resultsWithWrong: number;
  wrong: string[];
}

const CALENDAR = /^(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Does `text` contain `form` as a standalone name? */
export function containsName(text: string, form: string): boolean {
  if (CALENDAR.test(form)) return false;
  const oneWord = !/\s/.test(form.trim());
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(re)) {
    if (!oneWord) return true;
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
    // Joined to a capitalised word before it ("New Jersey"), unless that word opens a sentence.
    const prev = /([\p{L}\p{N}'’.]+)[ -]$/u.exec(before);
    if (prev && /^\p{Lu}/u.test(prev[1])) {
      const lead = before.slice(0, prev.index);
      const opensSentence = lead.trim() === '' || /\n\s*$/.test(lead) || /[.!?:;"“([—–-]\s*$/.test(lead);
      if (!opensSentence) continue;
    }
    // Joined to a capitalised word after it ("Washington Post").
    if (/^[ -]\p{Lu}/u.test(after)) continue;
    return true;
  }
  return false;
}

export function checkReasons(samples: ReasonSample[], registry: EntityRegistry): ReasonReport {
  const report: ReasonReport = { results: samples.length, shown: 0, resultsWithWrong: 0, wrong: [] };
  for (const s of samples) {
    let bad = false;
    for (const id of s.nameIds) {
      report.shown++;
      const e = registry.entities.get(id);
      if (!e) {
        report.wrong.push(`${id}: not in the knowledge base`);
        bad = true;
        continue;
      }
      const forms = [e.name, ...(e.aliases ?? []), ...(e.variants ?? [])].filter((f) => e.kind !== 'person' || /\s/.test(f.trim()));
      forms.push(...(e.acronyms ?? []));
      const inQuery = forms.some((f) => containsName(s.query, f));
      const inCandidate = forms.some((f) => containsName(s.candidate, f));
      if (!inQuery || !inCandidate) {
        bad = true;
        const where = !inQuery && !inCandidate ? 'either text' : !inQuery ? 'the current article' : 'the related article';
        report.wrong.push(`${e.name} (${id}): no full or anchored mention in ${where}`);
      }
    }
    if (bad) report.resultsWithWrong++;
  }
  return report;
}
