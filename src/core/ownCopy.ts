/**
 * `text` with characters of its own. In V8 a substring of 13 characters or more is a view of
 * its parent and keeps all of it alive: a record's name cut from a blanked copy of a sentence
 * kept that copy (2.1 MB per 5 MB report, copied by the collector with every record). Joined to a
 * character and cut again, it becomes a view of a new string one character longer.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : `${text} `.slice(0, -1);
}
