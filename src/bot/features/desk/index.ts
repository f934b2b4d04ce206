import { Composer } from 'grammy';
import { ADD_PERSON } from '../../../../scenes/desk/add-person.js';
import { FIND_PERSON } from '../../../../scenes/desk/find-person.js';
import { FORGET_PERSON } from '../../../../scenes/desk/forget-person.js';
import type { BotContext } from '../../context.js';
import { requireStaff } from '../../filters/roles.js';
import { foundListFeature } from './found-list.js';

/**
 * The library desk (issue 11): /add registers a person who called or walked in
 * (scenes/desk/add-person.ts), /forgetperson forgets a person who asked for it
 * (scenes/desk/forget-person.ts), /find looks a person up to move them to
 * another center or delete their data (scenes/desk/find-person.ts). Staff
 * only; the scenes check the role again.
 */
export function deskFeature() {
  const composer = new Composer<BotContext>();
  composer.command('add', requireStaff(), (ctx) => ctx.conversation.enter(ADD_PERSON));
  // «/find Тихонов», «/forgetperson +7 923 111-22-51»: the words after the command are the search (walk31 W31-08).
  composer.command('forgetperson', requireStaff(), (ctx) => (ctx.match.trim() ? ctx.conversation.enter(FORGET_PERSON, ctx.match.trim()) : ctx.conversation.enter(FORGET_PERSON)));
  composer.command('find', requireStaff(), (ctx) => (ctx.match.trim() ? ctx.conversation.enter(FIND_PERSON, ctx.match.trim()) : ctx.conversation.enter(FIND_PERSON)));
  // A list of matches drawn again after someone on it was forgotten: each button opens that person's card (fix35d).
  composer.use(foundListFeature());
  return composer;
}
