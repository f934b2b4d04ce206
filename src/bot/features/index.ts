import type { Composer, MiddlewareFn } from 'grammy';
import type { BotContext, BotDeps } from '../context.js';
import type { Translator } from '../i18n.js';
import { chatMemberFeature } from './chat-member.js';
import { centerInfoFeature } from './center-info.js';
import { forgetAnswer, forgetFeature } from './forget.js';
import { startFeature } from './start.js';
import { leaveConversationOnCommand } from '../middlewares/leave-conversation.js';
import { unhandledFeature } from './unhandled.js';
import { joinWishFeature } from './join-wish-words.js';
import { joinRestartFeature } from './join-resume.js';
import { waitlistFeature } from './waitlist.js';
import { leaveAnswer } from './leave-in-words.js';
import { askedInWords } from './asked.js';
import { entryWordsFeature, placesAnswer, placesMoveFeature, placesWordFeature } from './entry-words.js';
import { cantComeFeature } from './cant-come.js';
import { comeAnswer } from './come-words.js';
import { offerAnsweredEnds } from './classes/offer-questions.js';
import { keepOrComeAnswer, sureAnswer } from './classes/offers.js';
import { installViewMenus } from '../menus/view-menu.js';
import { viewsKeptOnForget } from '../menus/kept-on-forget.js';
import { adminFeatures } from './admin/index.js';
import { callsFeatures } from './calls/index.js';
import { callsKeptInStep } from './calls/menus.js';
import { linkTelegramFeature } from './link-telegram.js';
import { classesFeatures } from './classes/index.js';
import { deskFeature } from './desk/index.js';
import { remindersFeatures } from './reminders/index.js';
import { reminderWordsFeature } from './reminders/typed.js';
import { partnersFeatures } from './partners/index.js';

type Feature = Composer<BotContext> | MiddlewareFn<BotContext>;

/**
 * Every feature, in order. `beforeScenes` see an update before a running
 * conversation does (a command leaves it); `afterScenes` get what no
 * conversation took, and can enter conversations (registered before them).
 * `unhandled` stays last.
 */
export function features(deps: BotDeps, i18n: Translator): { beforeScenes: Feature[]; afterScenes: Feature[] } {
  return {
    beforeScenes: [
      // First: it waits for everything after it, conversations too, to redraw the /calls screens the update changed.
      callsKeptInStep,
      // The same for staff screens naming someone the update forgot: redrawn without them (probe31 L3, fix34e).
      viewsKeptOnForget,
      chatMemberFeature,
      offerAnsweredEnds,
      leaveConversationOnCommand(i18n),
      // The question just asked outside any flow, answered in words (asked.ts): one mechanism for every kind.
      askedInWords({ leave: leaveAnswer, release: leaveAnswer, forget: forgetAnswer, keep: keepOrComeAnswer, sure: sureAnswer, places: placesAnswer, come: comeAnswer }),
    ],
    afterScenes: [
      // Menus first: presses on them, and the renderer for features that send them.
      installViewMenus(),
      // «Сменить центр» right after "My place in line": that entry's move, not the centers near (walk29 W29-08).
      placesMoveFeature,
      startFeature(i18n),
      joinRestartFeature,
      forgetFeature,
      centerInfoFeature,
      // «Да», «буду» under a lesson reminder whose «Вы придёте?» is the newest question (walk30 W30-06).
      reminderWordsFeature,
      // What is typed about one entry («выйти из очереди на госуслуги», «не смогу прийти завтра»): before the list.
      placesWordFeature,
      entryWordsFeature,
      cantComeFeature,
      waitlistFeature(i18n),
      ...classesFeatures(deps, i18n),
      ...remindersFeatures(deps, i18n),
      ...adminFeatures(deps, i18n),
      // Partners before the desk: a representative's /add is theirs (src/bot/features/partners/add-referral.ts).
      ...partnersFeatures(i18n),
      deskFeature(),
      ...callsFeatures(),
      linkTelegramFeature(),
      // «Хочу на госуслуги в Юрге»: a join with what it names, when nothing else took the words (walk31 W31-01).
      joinWishFeature,
      unhandledFeature,
    ],
  };
}
