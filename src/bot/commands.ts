import type { Api } from 'grammy';
import { LOCALES, type Translator } from './i18n.js';

const CITIZEN_COMMANDS = ['start', 'help', 'language', 'cancel', 'forget'] as const;

/** The command list shown in Telegram's menu, in each language. */
export async function registerCommands(api: Api, i18n: Translator): Promise<void> {
  for (const locale of LOCALES) {
    const commands = CITIZEN_COMMANDS.map((command) => ({ command, description: i18n.t(locale, `command-${command}`) }));
    await api.setMyCommands(commands, locale === 'ru' ? {} : { language_code: locale });
  }
}
