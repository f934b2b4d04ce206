import { Composer, GrammyError, InlineKeyboard } from 'grammy';
import { defineCallbackData } from '../../../domain/callback-data.js';
import { personFor, type PersonMatch } from '../../../domain/desk-forget.js';
import { recordPersonList, type ViewToRedraw } from '../../../domain/shown-views.js';
import { wordsOf } from '../../../domain/text.js';
import type { BotContext } from '../../context.js';
import { requireStaff } from '../../filters/roles.js';
import { readerIn } from '../../menus/menu-reader.js';
import { FIND_PERSON } from '../../../../scenes/desk/find-person.js';
import { buttonLabels, entryLabels, PAGE_WORDS, personLines, PER_PAGE } from '../../../../scenes/desk/pick-person.js';

/** A person's button on a list of matches drawn again: opens their /find card. Ids of people without Telegram are negative. */
export const foundPersonData = defineCallbackData('fp', ['open'], /-?\d{1,16}/);

/**
 * /find's and /forgetperson's list of matches after one of them was forgotten (fix35d). The flow that showed it keeps
 * every match in its stored state, so the deletion ends it (deleteConversationsNaming); the list is drawn again
 * without the person, for its reader (her role: only people she may still see; her language), as a plain message:
 * the people it showed, each with a button to their card. None left to show: false, and it is closed as before.
 */
export async function redrawFoundList(ctx: BotContext, view: ViewToRedraw): Promise<boolean> {
  const reader = await readerIn(ctx, view.chatId);
  const role = reader?.role;
  if (!reader || !role) return false;
  // The people it showed first (its page), then the others found, to fill a page when the page held only the forgotten.
  const shownIds = view.payload.split(',').map(Number);
  const ids = [...new Set([...shownIds, ...view.citizenIds])].filter((id) => Number.isSafeInteger(id) && id !== view.forgotten);
  const found = (await Promise.all(ids.map((id) => personFor(role, id)))).filter((p): p is PersonMatch => p !== null);
  if (found.length === 0) return false;
  const labels = await entryLabels(found, reader.locale);
  const header = reader.t('found-redrawn');
  const people: PersonMatch[] = [];
  let words = wordsOf(header);
  for (const person of found) {
    const more = wordsOf(personLines(reader, person, labels));
    if (people.length > 0 && (people.length >= PER_PAGE || words + more > PAGE_WORDS)) break;
    people.push(person);
    words += more;
  }
  const text = [header, ...people.map((p) => personLines(reader, p, labels))].join('\n\n');
  const buttons = buttonLabels(people, labels, (e) => reader.t('pick-namesake-place', { status: e.status, position: e.position }));
  const keyboard = InlineKeyboard.from(people.map((p) => [InlineKeyboard.text(buttons.get(p.id)!, foundPersonData.pack('open', String(p.id)))]));
  const edited = await ctx.api.editMessageText(view.chatId, view.messageId, text, { reply_markup: keyboard }).then(
    () => true,
    (error: unknown) => {
      if (error instanceof GrammyError && /message is not modified/.test(error.description)) return true;
      if (error instanceof GrammyError && /message to edit not found|message can't be edited/.test(error.description)) return false;
      throw error;
    },
  );
  if (edited) await recordPersonList({ chatId: view.chatId, messageId: view.messageId, citizenIds: people.map((p) => p.id), shown: people.map((p) => p.id) }, ctx.deps.now());
  return edited;
}

/** A button of such a list: the person's /find card, as a closure call list's «Перевести» opens it (the role checked there again). */
export function foundListFeature() {
  const composer = new Composer<BotContext>();
  composer.callbackQuery(foundPersonData.only('open'), requireStaff(), async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(FIND_PERSON, Number(foundPersonData.read(ctx.match).id));
  });
  composer.callbackQuery(foundPersonData.any, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  return composer;
}
