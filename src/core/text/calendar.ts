// The words of the calendar, in lower case, as the name checks read them: a month or a day named
// where a town or a name might stand is a date ("in March 2017", March in Cambridgeshire).

/** The months, January first (index + 1 is the month's number). */
export const MONTHS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The days of the week, Monday first. */
export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** The months as a set, for lookups by atom key. */
export const MONTH_NAMES: ReadonlySet<string> = new Set(MONTHS);
