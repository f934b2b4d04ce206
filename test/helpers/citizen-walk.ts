import { groupForChange } from '../../src/domain/change-groups.js';
import { applyChange } from '../../src/domain/changes.js';
import { createBroadcast } from '../../src/domain/broadcast.js';
import { createGroup } from '../../src/domain/classes.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { enqueueDueReminders, reminderSettings } from '../../src/domain/reminders.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import type { Locale } from '../../src/notify/notifier.js';
import { deliverAll } from './outbox.js';
import type { TestBot } from './test-bot.js';
import type { TestUser } from './test-user.js';
import { testOffers } from './test-bot.js';

/** What a citizen was shown: message texts (new or edited in), pop-up answers, and every button label. */
export interface Seen {
  texts: Array<{ flow: string; text: string }>;
  labels: Array<{ flow: string; text: string }>;
}

/** 12 lessons, Mondays and Wednesdays at 10:00 local (03:00Z), from Monday 7 December 2026. */
export function twelveLessons(): Date[] {
  const starts: Date[] = [];
  for (let week = 0; starts.length < 12; week++) {
    for (const day of [7, 9]) starts.push(new Date(Date.UTC(2026, 11, day + 7 * week, 3)));
  }
  return starts;
}

/**
 * Walks every flow a citizen meets, in their language, pressing the buttons
 * the bot sent (found by their words in that language): /start, the join,
 * "already on the list", the place in line, moving, leaving (kept), help,
 * centers near me (by location and by town), a seat offer for a 12-lesson
 * group and its acceptance, a reminder and "can't come", a schedule change, a
 * broadcast, a group at another time (asked for, then moved to), /language, /forget. Returns what the citizen
 * was shown, by flow.
 * The bot's clock must be before 7 December 2026; staff act through the domain.
 */
export async function walkEveryCitizenFlow(t: TestBot, user: TestUser, locale: Locale): Promise<Seen> {
  const label = (key: string, vars?: Record<string, string | number>) => t.i18n.t(locale, key, vars);
  const seen: Seen = { texts: [], labels: [] };
  let flow = '';
  let from = t.telegram.calls.length;
  const collect = () => {
    for (const call of t.telegram.calls.slice(from)) {
      const p = call.payload;
      if (call.method !== 'answerCallbackQuery' && Number(p.chat_id) !== user.id) continue;
      for (const text of [p.text, p.title, p.address, p.caption]) if (typeof text === 'string' && text) seen.texts.push({ flow, text });
      const rows = (p.reply_markup?.inline_keyboard ?? p.reply_markup?.keyboard ?? []) as Array<Array<string | { text: string }>>;
      for (const button of rows.flat()) seen.labels.push({ flow, text: typeof button === 'string' ? button : button.text });
    }
    from = t.telegram.calls.length;
  };
  const step = async (name: string, walk: () => Promise<unknown>) => {
    flow = name;
    await walk();
    collect();
  };
  const tapOrPress = (text: string | RegExp) =>
    typeof text === 'string' && user.replyKeyboard().includes(text) ? user.tap(text) : user.press(text);

  await step('start', () => user.text('/start'));
  await step('join', async () => {
    await user.tap(label('menu-join'));
    await user.text('?'); // typed text where a button is wanted
    await user.press(/.+/); // the first course
    await user.press(locale === 'ru' ? 'Кемерово' : 'Kemerovo');
    await user.press(label('btn-back'));
    await user.press(label('join-center-nearest'));
    await user.location(55.3547, 86.0865);
    await user.press(/ 0 (км|km)$/);
    await user.press(label('time-morning'));
    await user.press(label('consent-agree'));
    await user.text('12345'); // not a phone
    await tapOrPress(label('btn-skip'));
    await user.press(label('join-change'));
    await user.press(label('change-name'));
    await user.text('Н');
    await user.text(user.profile.first_name);
    await user.press(label('join-confirm'));
  });
  await step('join again', async () => {
    await user.tap(label('menu-join'));
    await user.press(/.+/);
    await user.press(label('join-already-stay'));
  });
  await step('place in line', () => user.tap(label('menu-place')));
  await step('move', async () => {
    await user.press(new RegExp(`^${escape(label('place-move', { course: '' }))}`));
    // A town of one center: taken at once, the move confirmed naming it (walk29 W29-09).
    await user.press(locale === 'ru' ? 'Таштагол' : 'Tashtagol');
    await user.press(label('move-confirm-yes'));
  });
  await step('leave (kept)', async () => {
    await user.tap(label('menu-place'));
    await user.press(new RegExp(`^${escape(label('place-leave', { course: '' }))}`));
    await user.press(label('btn-no'));
  });
  await step('help', () => user.tap(label('menu-help')));
  await step('centers near me', async () => {
    await user.tap(label('menu-centers'));
    await user.press(label('centers-nearest-button'));
    await user.text('?'); // not a location
    await user.location(53.7596, 87.1216);
    await user.press(new RegExp(`^${escape(label('center-info-button', { name: '' }))}`));
    // Joining at the center of the card: its first question names the center; Back shows the card again.
    await user.press(label('center-join-here'));
    await user.press(label('btn-back'));
    await user.tap(label('menu-centers'));
    await user.press(locale === 'ru' ? 'Кемерово' : 'Kemerovo');
  });

  const entry = await WaitlistEntryModel.findOne({ citizenId: user.id, activeKey: { $exists: true } }).lean();
  const groupId = await createGroup(
    900,
    { courseId: entry!.courseId, centerId: entry!.centerId, room: 'Зал 2', capacity: 5, lessonStarts: twelveLessons(), durationMinutes: 90 },
    t.clock.now(),
  );
  await step('seat offer', async () => {
    await offerFreeSeats(groupId, t.clock.now(), testOffers());
    await deliverAll(t);
    await user.press(label('cls-offer-accept'));
  });
  await step('reminder', async () => {
    t.clock.current = new Date('2026-12-06T11:00:00Z'); // 18:00 local, the day before the first lesson
    await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now());
    await deliverAll(t);
    await user.press(label('rem-btn-no'));
    await user.press(label('rem-btn-keep'));
  });
  await step('schedule change', async () => {
    const from = (await groupForChange(groupId, t.clock.now()))!.lessons.map((l) => l.startsAt);
    await applyChange(900, { kind: 'coordinator' }, { kind: 'shift-group', groupId, from, days: 1 }, t.clock.now());
    await deliverAll(t);
  });
  await step('broadcast', async () => {
    const text = locale === 'ru' ? 'Занятие в среду будет в зале 3.' : 'The Wednesday class is in room 3.';
    await createBroadcast({ authorId: 900, authorLocale: locale, role: { kind: 'coordinator' }, audience: { kind: 'group', groupId, centerId: entry!.centerId }, text }, t.clock.now());
    await deliverAll(t);
  });
  await step('group at another time', async () => {
    // Walk34 W34-08: no afternoon group, so a request; an evening group with a seat, so the move (fix35a).
    const evening = [new Date('2026-12-08T11:30:00Z'), new Date('2026-12-10T11:30:00Z')];
    await createGroup(900, { courseId: entry!.courseId, centerId: entry!.centerId, room: 'Зал 3', capacity: 5, lessonStarts: evening, durationMinutes: 90 }, t.clock.now());
    for (const [time, yes] of [['time-afternoon', 'group-time-ask-librarian'], ['time-evening', 'group-time-move-yes']]) {
      await user.tap(label('menu-place'));
      await user.press(label('place-details'));
      await user.press(label('details-btn-group-time'));
      await user.press(label(time!));
      await user.press(label(yes!));
    }
  });
  await step('language', async () => {
    await user.text('/language');
    await user.press(new RegExp(label(`lang-${locale}`)));
  });
  await step('cancel', () => user.text('/cancel'));
  await step('forget', async () => {
    await user.text('/forget');
    await user.press(label('forget-no'));
    await user.text('/forget');
    await user.press(label('forget-yes'));
  });
  return seen;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Words as a person counts them: a run of characters between spaces is a word
 * when it has a letter or a digit ("10:00", "12" are words; "—", "•", "✓" are not);
 * a phone number in groups ("+7 923 123-45-67") is one word. Written here apart from
 * the bot's own counter (src/domain/text.ts), so the tests do not measure the bot by itself.
 */
export function wordsOf(text: string): number {
  return text
    .replace(/\+\d+(?:[ -]\d+)+/g, 'phone')
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
