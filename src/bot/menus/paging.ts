/**
 * The one paging helper: every message whose length grows with data (rosters,
 * /classes, /staff, /centers, /stats) is cut into pages that fit Telegram's
 * 4,096 characters, with at most `perPage` items (and so buttons) each, and
 * (`words`) at most so many words where a screen must stay short to read.
 * Pages are computed again from the data on every press, so a page number is
 * all a button needs to carry.
 */
import { wordsOf } from '../../domain/text.js';
import type { BotContext } from '../context.js';

export const MESSAGE_LIMIT = 4096;
/** The words a staff screen may have, like a citizen's message (issue 16: read on a phone). */
export const SCREEN_WORDS = 60;

export interface Page<T> {
  items: T[];
  /** Position of the first item in the whole list (for numbering). */
  offset: number;
  /** 0-based page shown (clamped to the pages there are). */
  index: number;
  count: number;
}

export interface PagingOptions<T> {
  /** The text of one item as shown in the message ("" when items are only buttons). */
  line: (item: T, position: number) => string;
  /** Characters the rest of the message takes (header, footer, page counter). */
  frame: number;
  perPage: number;
  /** Between two lines; "\n" by default. */
  separator?: string;
  limit?: number;
  /** At most this many words in a page's lines (a staff screen is read on a phone: 60 words with its frame). */
  words?: number;
  /** The first page's words when its frame says more than the others' (totals shown once, on the first page). */
  firstPageWords?: number;
  /**
   * A heading shown once above a run of items that share it (a center above its
   * groups), again at the top of every page; counted with the lines. Items
   * should come sorted by it.
   */
  section?: (item: T) => string;
  /** A blank line before each heading but a page's first (tables one under another, as in /stats). */
  blankBeforeSection?: boolean;
}

export { wordsOf };

/** The words left for a page's lines once its frame (title, totals, page counter) is read; at least `min`. */
export function wordsLeft(frame: string, min = 10): number {
  return Math.max(min, SCREEN_WORDS - wordsOf(frame));
}

/** Cuts a line that could never fit a page on its own. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** The page `index` of `items` (clamped: a page that no longer exists shows the last one). */
export function pageOf<T>(items: T[], index: number, options: PagingOptions<T>): Page<T> {
  const bounds = pageBounds(items, options);
  const i = Math.min(Math.max(0, index), bounds.length - 1);
  const [start, end] = bounds[i]!;
  return { items: items.slice(start, end), offset: start, index: i, count: bounds.length };
}

/** [start, end) of every page; one empty page for an empty list. */
export function pageBounds<T>(items: T[], options: PagingOptions<T>): Array<[number, number]> {
  const limit = (options.limit ?? MESSAGE_LIMIT) - options.frame;
  const separator = (options.separator ?? '\n').length;
  const bounds: Array<[number, number]> = [];
  const budget = () => (bounds.length === 0 ? (options.firstPageWords ?? options.words) : options.words) ?? Infinity;
  let start = 0;
  let used = 0;
  let wordsUsed = 0;
  const section = options.section;
  items.forEach((item, i) => {
    const line = options.line(item, i);
    const heading = section?.(item) ?? '';
    // The heading comes with this item when its section starts here (or at the top of a new page).
    const cost = (opens: boolean) => ({
      length: Math.min(line.length, limit) + (opens && heading ? heading.length + separator + (options.blankBeforeSection && i > start ? separator : 0) : 0),
      words: options.words === undefined && options.firstPageWords === undefined ? 0 : wordsOf(line) + (opens ? wordsOf(heading) : 0),
    });
    const here = cost(i === start || section?.(items[i - 1]!) !== heading);
    const full = i - start >= options.perPage || (i > start && (used + separator + here.length > limit || wordsUsed + here.words > budget()));
    if (full) {
      bounds.push([start, i]);
      start = i;
      used = 0;
      wordsUsed = 0;
    }
    // On a new page the item opens it: its heading (no blank line above) comes with it.
    const { length, words } = full ? cost(true) : here;
    used += (i > start ? separator : 0) + length;
    wordsUsed += words;
  });
  bounds.push([start, items.length]);
  return bounds;
}

/** The lines of a page (with their section headings), each clipped so that one very long item cannot break the limit. */
export function pageLines<T>(page: Page<T>, options: PagingOptions<T>): string[] {
  const room = (options.limit ?? MESSAGE_LIMIT) - options.frame;
  return page.items.flatMap((item, i) => {
    const line = clip(options.line(item, page.offset + i), room);
    const heading = options.section?.(item);
    const opens = heading && (i === 0 || options.section!(page.items[i - 1]!) !== heading);
    if (!opens) return [line];
    return options.blankBeforeSection && i > 0 ? ['', heading, line] : [heading, line];
  });
}

/** "Page 2 of 5" under a paged list ("" when it fits one page). */
export function pageCounter(ctx: BotContext, page: Page<unknown>): string {
  return page.count > 1 ? ctx.t('page-counter', { page: page.index + 1, pages: page.count }) : '';
}
