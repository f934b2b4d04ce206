import type { Api } from 'grammy';
import { PartnerRepresentativeModel } from '../db/models/partner-representative.js';
import { StaffMemberModel } from '../db/models/staff-member.js';
import type { Logger } from '../logger.js';
import { LOCALES, type Translator } from './i18n.js';

const CITIZEN_COMMANDS = ['start', 'help', 'language', 'cancel', 'forget'];
const LIBRARIAN_COMMANDS = ['classes', 'newclass', 'attendance', 'calls', 'change', 'broadcast', 'stats', 'import', 'add', 'find', 'forgetperson', 'requests', 'export', ...CITIZEN_COMMANDS];
const COORDINATOR_COMMANDS = [...LIBRARIAN_COMMANDS.slice(0, -CITIZEN_COMMANDS.length), 'staff', 'centers', 'courses', 'partners', ...CITIZEN_COMMANDS];
/** A partner organization's representative: their own referrals only, no staff tools. */
const REPRESENTATIVE_COMMANDS = ['referrals', 'link', 'add', 'request', 'groups', ...CITIZEN_COMMANDS];

export type CommandRole = 'citizen' | 'librarian' | 'coordinator' | 'representative';
const COMMANDS: Record<CommandRole, string[]> = {
  citizen: CITIZEN_COMMANDS,
  librarian: LIBRARIAN_COMMANDS,
  coordinator: COORDINATOR_COMMANDS,
  representative: REPRESENTATIVE_COMMANDS,
};

/** Every command the bot knows, of any role: one outside it is a typo or a guess (/audit), said so (walk36 L5). */
export const KNOWN_COMMANDS: ReadonlySet<string> = new Set(Object.values(COMMANDS).flat());

/** The commands a staff role has beyond a citizen's, in menu order. */
export function staffCommandsOf(role: Exclude<CommandRole, 'citizen'>): string[] {
  return COMMANDS[role].filter((command) => !CITIZEN_COMMANDS.includes(command));
}

/**
 * A staff role's commands in short sections for /help (a heading's locale key
 * and its commands), so that no message is over 60 words: groups and lessons,
 * the queue and people, the coordinator's own; a representative's in one.
 */
const HELP_SECTIONS: Array<{ heading: string; commands: string[] }> = [
  { heading: 'help-staff-lessons', commands: ['classes', 'newclass', 'attendance', 'change', 'calls', 'broadcast'] },
  { heading: 'help-staff-queue', commands: ['stats', 'add', 'find', 'import', 'export', 'forgetperson', 'requests'] },
  { heading: 'help-staff-coordinator', commands: ['staff', 'centers', 'courses', 'partners'] },
];

export function staffHelpSections(role: Exclude<CommandRole, 'citizen'>): Array<{ heading: string; commands: string[] }> {
  const own = staffCommandsOf(role);
  if (role === 'representative') return [{ heading: 'prt-help-representative', commands: own }];
  const sections = HELP_SECTIONS.map((s) => ({ heading: s.heading, commands: s.commands.filter((c) => own.includes(c)) }));
  // A command added to a role but to no section still shows, in the last section that role has.
  const placed = new Set(sections.flatMap((s) => s.commands));
  const shown = sections.filter((s) => s.commands.length > 0);
  shown.at(-1)!.commands.push(...own.filter((c) => !placed.has(c)));
  return shown;
}

/**
 * The command list Telegram shows in one chat (or everyone's, without chatId),
 * in each language. Staff see their commands only in their own chats; the
 * role checks on every command stay the real guard.
 */
export async function setCommandsFor(api: Api, i18n: Translator, role: CommandRole, chatId?: number): Promise<void> {
  const scope = chatId === undefined ? undefined : ({ type: 'chat', chat_id: chatId } as const);
  for (const locale of LOCALES) {
    const commands = COMMANDS[role].map((command) => ({ command, description: i18n.t(locale, `command-${command}`) }));
    await api.setMyCommands(commands, { ...(scope ? { scope } : {}), ...(locale === 'ru' ? {} : { language_code: locale }) });
  }
}

/** At start: citizens' commands for everyone, staff commands in each staff chat. Failures only warn. */
export async function registerCommands(api: Api, i18n: Translator, adminIds: readonly number[], logger: Logger): Promise<void> {
  await setCommandsFor(api, i18n, 'citizen');
  const librarians = (await StaffMemberModel.find({}, { centerIds: 1 }).lean()).filter((l) => l.centerIds.length > 0);
  const staff: Array<[number, CommandRole]> = [
    ...librarians.filter((l) => !adminIds.includes(l._id)).map((l): [number, CommandRole] => [l._id, 'librarian']),
    ...adminIds.map((id): [number, CommandRole] => [id, 'coordinator']),
    ...(await PartnerRepresentativeModel.find({}, { _id: 1 }).lean()).map((r): [number, CommandRole] => [r._id, 'representative']),
  ];
  for (const [chatId, role] of staff) {
    // A coordinator who never opened the bot has no chat yet: Telegram refuses, and that is fine.
    await setCommandsFor(api, i18n, role, chatId).catch((error: unknown) =>
      logger.warn({ chat_id: chatId, err: String(error) }, 'staff command list not set for this chat'),
    );
  }
}
