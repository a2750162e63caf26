// Labels a wiki, Jira or a chat sets in bold or italics ("*Status:* Failed", "**Build:** 16.0.x", "__Product__:"):
// their markers become as many blanks, so that every reader of a "Key: value" line sees its key and no offset moves
// (docs/evidence.md).

/** A line's label between emphasis markers, its colon inside them or right after them. */
const MARKED_LABEL = /^([ \t>]*)(\*{1,2}|_{1,2})([^*_\r\n]{1,40}?[:：])\2|^([ \t>]*)(\*{1,2}|_{1,2})([^*_\r\n:：]{1,40}?)\5(?=[ \t]*[:：])/gm;

/** Whether `text` may hold such a label: one look for a marker beside a colon, most texts hold none. */
function mayHoldMarkedLabel(text: string): boolean {
  return text.includes(':*') || text.includes('*:') || text.includes(':_') || text.includes('_:');
}

const blanks = (n: number): string => ' '.repeat(n);

/** `text` with its marked labels' markers blanked; the same string when it holds none. */
export function plainLabels(text: string): string {
  if (!mayHoldMarkedLabel(text)) return text;
  return text.replace(MARKED_LABEL, (_m, lead1: string | undefined, mark1: string | undefined, label1: string | undefined, lead2: string | undefined, mark2: string | undefined, label2: string | undefined) =>
    mark1 !== undefined ? `${lead1}${blanks(mark1.length)}${label1}${blanks(mark1.length)}` : `${lead2}${blanks(mark2!.length)}${label2}${blanks(mark2!.length)}`,
  );
}
