import type { Bot } from 'grammy';
import type { ManualClock } from '../../src/simulator/clock.js';
import type { RunningEmulator } from '../../src/simulator/index.js';

/**
 * A citizen walks the whole join flow through the emulator, one tap per
 * `tapMs` of the emulator's clock: each tap's updates are fetched and handled
 * by the bot before the clock moves on, so Telegram's per-chat limit (about
 * one message a second) is met exactly as a person tapping at that pace
 * would meet it. Returns the number of taps.
 */
export async function joinThroughEmulator(emu: RunningEmulator, bot: Bot<any>, clock: ManualClock, userId: number, tapMs = 1000) {
  let offset = 0;
  const deliver = async () => {
    for (const update of await bot.api.getUpdates({ offset, timeout: 0 })) {
      offset = update.update_id + 1;
      await bot.handleUpdate(update);
    }
  };
  const client = emu.client;
  const taps: Array<() => Promise<unknown>> = [
    () => client.pressReplyButton(userId, '📝 Записаться на курс'),
    () => client.pressInlineButton(userId, 'Основы компьютерной грамотности'),
    () => client.pressInlineButton(userId, 'Кемерово'),
    () => client.pressInlineButton(userId, 'Областная научная библиотека имени В. Д. Фёдорова'),
    () => client.pressInlineButton(userId, 'Утром'),
    () => client.pressInlineButton(userId, '✓ Даю согласие'),
    () => client.pressReplyButton(userId, 'Пропустить'),
    () => client.pressInlineButton(userId, '✓ Всё верно, записаться'),
  ];
  await client.createUser({ id: userId, first_name: 'Иван', language_code: 'ru' });
  await client.sendCommand(userId, 'start');
  await deliver();
  for (const tap of taps) {
    clock.advance(tapMs);
    await tap();
    await deliver();
  }
  return taps.length;
}
