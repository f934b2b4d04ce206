/**
 * npm run chat: talk to the bot through the local emulator from a terminal,
 * as a citizen or a librarian would from a phone. Buttons are numbered:
 * type 1, 2, … to press an inline button of the latest message, k1, k2, … for
 * the keyboard at the bottom; /loc 55.35 86.08 shares a location,
 * /phone +79001234567 a contact, /voice a voice message, /sticker [emoji] a sticker, /doc path/to/list.csv sends a file from disk
 * (as /import expects) and /save [folder] keeps the last file the bot sent;
 * anything else is sent as text.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { EmulatorClient } from './client.js';
import type { TgMessage } from './types.js';

const baseUrl = process.env.EMULATOR_URL ?? `http://127.0.0.1:${process.env.EMULATOR_PORT ?? 8081}`;
const userId = Number(process.env.CHAT_USER_ID ?? 1_000_001);
const client = new EmulatorClient(baseUrl);

await client
  .createUser({ id: userId, first_name: process.env.CHAT_NAME ?? 'Гость', language_code: process.env.CHAT_LANGUAGE ?? 'ru' })
  .catch(() => undefined); // already there from an earlier session
console.log(`You are user ${userId} at ${baseUrl}. Type /start. Ctrl+C to leave.\n`);

let latestButtons: string[] = [];
/** The newest file the bot sent (a CSV of /export, an import check), for /save. */
let latestFile: { fileId: string; name: string } | undefined;

function describe(message: TgMessage): string {
  if (message.text !== undefined) return message.text;
  if (message.venue) return `📍 ${message.venue.title}, ${message.venue.address}`;
  const caption = message.caption ? `: ${message.caption}` : '';
  if (message.document) {
    latestFile = { fileId: message.document.file_id, name: message.document.file_name ?? 'file' };
    return `📎 ${latestFile.name} (${message.document.file_size ?? 0} bytes; /save keeps it)${caption}`;
  }
  return `🖼 (picture)${caption}`;
}

/** Sends a file from disk as the user: a CSV or XLSX for /import. */
async function sendFile(file: string) {
  const bytes = await readFile(file);
  await client.sendDocument(userId, path.basename(file), bytes);
  console.log(`   (sent ${path.basename(file)}, ${bytes.length} bytes)`);
}

/** Writes the newest file the bot sent into `folder` (the current one by default). */
async function saveFile(folder: string) {
  if (!latestFile) return void console.log('The bot has sent no file yet.');
  const { bytes } = await client.file(latestFile.fileId);
  await mkdir(folder, { recursive: true });
  const target = path.join(folder, path.basename(latestFile.name));
  await writeFile(target, bytes);
  console.log(`   (saved ${target})`);
}

function show(message: TgMessage, edited: boolean) {
  const text = describe(message);
  console.log(`${edited ? '✎ ' : ''}🤖 ${text}`);
  const buttons = message.reply_markup?.inline_keyboard?.flat().map((b) => b.text) ?? [];
  if (buttons.length > 0) {
    latestButtons = buttons;
    console.log(buttons.map((label, i) => `   [${i + 1}] ${label}`).join('\n'));
  }
}

let shownKeyboard = '';

/** Prints the keyboard at the bottom of the screen when it changed (or when asked). */
async function showKeyboard(always = false) {
  const keyboard = await client.replyKeyboard(userId);
  const labels = keyboard?.keyboard.flat().map((b) => (typeof b === 'string' ? b : b.text)) ?? [];
  const line = labels.map((label, i) => `(k${i + 1}) ${label}`).join('  ');
  if (line && (always || line !== shownKeyboard)) console.log(`   ${line}`);
  shownKeyboard = line;
  return labels;
}

// Prints what the bot sends, as it arrives.
void (async () => {
  for (;;) {
    const event = await client.nextEvent(userId, { timeoutMs: 25_000, kinds: ['sent', 'edited'] }).catch(() => null);
    if (!event) continue;
    show(event.message, event.kind === 'edited');
    if (event.kind === 'sent') await showKeyboard();
  }
})();

const input = createInterface({ input: process.stdin, output: process.stdout });
for await (const line of input) {
  const text = line.trim();
  try {
    if (/^\d+$/.test(text) && latestButtons[Number(text) - 1]) {
      await client.pressInlineButton(userId, latestButtons[Number(text) - 1]!);
    } else if (/^k\d+$/.test(text)) {
      const labels = await showKeyboard(true);
      const label = labels[Number(text.slice(1)) - 1];
      // A button that asks for a phone or a location gets a sample one (Kemerovo, the regional library).
      const samples = { contact: { phone_number: '+79001234567' }, location: { latitude: 55.3547, longitude: 86.0865 } };
      if (label) await client.pressReplyButton(userId, label, samples);
      else console.log('No such keyboard button.');
    } else if (text.startsWith('/loc ')) {
      const [latitude, longitude] = text.slice(5).split(/\s+/).map(Number);
      await client.sendLocation(userId, { latitude: latitude!, longitude: longitude! });
    } else if (text.startsWith('/doc ')) {
      await sendFile(text.slice(5).trim().replace(/^(["'])(.*)\1$/, '$2'));
    } else if (text === '/save' || text.startsWith('/save ')) {
      await saveFile(text.slice(5).trim() || '.');
    } else if (text === '/voice') {
      await client.sendVoice(userId);
    } else if (text === '/sticker' || text.startsWith('/sticker ')) {
      await client.sendSticker(userId, text.slice(8).trim() || undefined);
    } else if (text.startsWith('/phone ')) {
      await client.sendContact(userId, { phone_number: text.slice(7) });
    } else if (text.length > 0) {
      await client.sendText(userId, text);
    }
  } catch (error) {
    console.log(`⚠ ${(error as Error).message}`);
  }
}
