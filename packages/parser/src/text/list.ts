/** List items as scrapers save them: `- `, `• `, `* `, `1. `, `1) ` and then text. */
export interface ListItem {
  ordered: boolean;
  /** The item's text, marker removed. */
  text: string;
}

const BULLET = /^[-•*]\s+(?=\S)/u;
// Up to three digits: `2024. The year…` is a sentence, not item 2024.
const NUMBER = /^\d{1,3}[.)]\s+(?=\S)/u;

/** Whether a line opening with code unit `first` may be a list item: a marker or a digit. */
export function opensListItem(first: number): boolean {
  return first === 0x2d || first === 0x2022 || first === 0x2a || (first >= 0x30 && first <= 0x39);
}

export function listItem(line: string): ListItem | undefined {
  if (!opensListItem(line.charCodeAt(0))) return undefined;
  const bullet = BULLET.exec(line);
  if (bullet) return { ordered: false, text: line.slice(bullet[0].length) };
  const number = NUMBER.exec(line);
  if (number) return { ordered: true, text: line.slice(number[0].length) };
  return undefined;
}
