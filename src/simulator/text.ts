import type { TgMessageEntity } from './types.js';

const HTML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Visible text of an HTML-formatted message: tags removed, character references decoded. */
export function stripHtml(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
      if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
      return HTML_ENTITIES[ref.toLowerCase()] ?? whole;
    });
}

/** Visible text of a MarkdownV2 message: link targets, markup characters and escapes removed. */
export function stripMarkdownV2(text: string): string {
  return text
    .replace(/```[^\n]*\n?([\s\S]*?)```/g, '$1') // code blocks (drop the language tag)
    .replace(/\[([^\]]*)\]\((?:\\.|[^)])*\)/g, '$1') // [label](url) and custom emoji
    .replace(/\\(.)|[*_~|`>]|\|\|/g, (_m, escaped: string | undefined) => escaped ?? '');
}

/** Legacy Markdown: only * _ ` [ ] ( ) markup, no escapes. */
export function stripMarkdown(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '');
}

/** The text Telegram would store, i.e. what the 4096 limit and "not modified" compare. */
export function visibleText(text: string, parseMode: unknown): string {
  switch (parseMode) {
    case 'HTML':
      return stripHtml(text);
    case 'MarkdownV2':
      return stripMarkdownV2(text);
    case 'Markdown':
      return stripMarkdown(text);
    default:
      return text;
  }
}

/** Length in UTF-16 code units, which is how Telegram counts message length. */
export function telegramLength(text: string): number {
  return text.length;
}

/** bot_command entities for `/command` or `/command@bot` words, as Telegram marks them. */
export function commandEntities(text: string): TgMessageEntity[] {
  const entities: TgMessageEntity[] = [];
  const pattern = /(^|\s)(\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?)(?=$|\s)/g;
  for (const match of text.matchAll(pattern)) {
    const lead = match[1] ?? '';
    const command = match[2] ?? '';
    entities.push({ type: 'bot_command', offset: (match.index ?? 0) + lead.length, length: command.length });
  }
  return entities;
}
