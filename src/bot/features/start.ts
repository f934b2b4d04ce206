import { Composer, InlineKeyboard } from 'grammy';
import { defineCallbackData } from '../../domain/callback-data.js';
import { getCitizen, setChosenLanguage } from '../../domain/citizens.js';
import { centerPhoneFor } from '../../domain/help.js';
import { isOnAnyList } from '../../domain/link-telegram.js';
import { joinWishOf } from '../../domain/join-wish.js';
import { representativeOf, roleOf } from '../../domain/roles.js';
import { looksLikeReferralCode, partnerByReferralCode } from '../../domain/partners/referral-code.js';
import { singleLine } from '../../domain/text.js';
import { staffHelpSections } from '../commands.js';
import { centersOfStaff, nameLibrarianOnce } from '../../domain/staff.js';
import { centerNames } from './classes/staff.js';
import { SCREEN_WORDS } from '../menus/paging.js';
import type { Locale } from '../../notify/notifier.js';
import type { BotContext } from '../context.js';
import { menuButton, menuButtonOrWords } from '../filters/menu-button.js';
import { menuKeyOfWords, saysSignedUpAtLibrary } from '../filters/menu-words.js';
import { ownCentersText } from './center-info.js';
import { inGroupsText } from './cant-come.js';
import { askOwnNumber, linkOfferRow } from './link-telegram.js';
import { LOCALES, type Translator } from '../i18n.js';
import { mainMenu } from '../../../scenes/shared/keyboards.js';
import { CENTERS_NEAR_ME } from '../../../scenes/waitlist/centers-near-me.js';
import { JOIN_WAITLIST, type JoinArgs } from '../../../scenes/waitlist/join-waitlist.js';
import { consentBackData, takeDeclined } from '../../../scenes/waitlist/declined-consent.js';
import { joinHereOf } from '../../../scenes/waitlist/join-here-memory.js';
import { keptReferral } from './join-resume.js';
import { sendOpenOffers } from './waitlist.js';
import { heldShownJustNow } from './classes/held-offers.js';
import { openOffersOf } from '../../domain/offer-messages.js';
import { whoseRecord } from '../../domain/whose-record.js';

/** A language button, `lang:<locale>`. */
const languageData = defineCallbackData('lang', { ru: null, en: null } satisfies Record<Locale, null>);

/** «Другие центры» under one's own center's card (walk31 W31-16). */
const otherCentersData = defineCallbackData('ocx', { more: null });

/** The welcome's one button: the other language, one tap away. */
/** The welcome's name: a Telegram name with no letter or digit (spaces, invisible characters) is not said: "Здравствуйте!" (probe s21 L1). */
function welcomeVars(ctx: BotContext) {
  const name = singleLine(ctx.from?.first_name ?? '');
  return { name, named: /[\p{L}\p{N}]/u.test(name) ? 'yes' : 'no' };
}

function switchKeyboard(ctx: BotContext) {
  const other = LOCALES.find((locale) => locale !== ctx.locale) ?? ctx.locale;
  return new InlineKeyboard().text(ctx.t('language-switch'), languageData.pack(other));
}

/** Language buttons, the current one marked. */
export function languageKeyboard(ctx: BotContext) {
  const keyboard = new InlineKeyboard();
  for (const locale of LOCALES) {
    const label = ctx.t(`lang-${locale}`);
    keyboard.text(locale === ctx.locale ? `✓ ${label}` : label, languageData.pack(locale));
  }
  return keyboard;
}

/** Librarian, coordinator or a partner's representative (who has commands of their own); undefined for a citizen. */
async function staffKind(ctx: BotContext) {
  const role = ctx.from ? await roleOf(ctx.from.id, ctx.deps.config.ADMIN_IDS) : null;
  return role?.kind ?? (ctx.from && (await representativeOf(ctx.from.id)) ? ('representative' as const) : undefined);
}

/** The welcome's buttons: the other language; "I am already signed up at the library" for a citizen on no list (not for staff: walk s20 #13). */
async function welcomeKeyboard(ctx: BotContext, staff: Awaited<ReturnType<typeof staffKind>>) {
  return staff ? switchKeyboard(ctx) : linkOfferRow(ctx, switchKeyboard(ctx));
}

/** /start, /language, /help, /cancel and the main-menu buttons that open a conversation. */
export function startFeature(i18n: Translator) {
  const composer = new Composer<BotContext>();

  composer.command('start', async (ctx, next) => {
    // A staff invite link (t.me/<bot>?start=staff-<code>) belongs to the classes feature, a partner representative's (rep-) to partners.
    if (ctx.match.startsWith('staff-') || ctx.match.startsWith('rep-')) return next();
    await ctx.conversation.exitAll();
    // A partner's referral link (t.me/<bot>?start=r…): straight into joining, the partner recorded if the code is
    // current; an unknown or replaced code joins without one. A partner that works with one center sends its
    // people there: the town and center are not asked (the join flow checks the center is still open).
    if (looksLikeReferralCode(ctx.match)) {
      const partner = await partnerByReferralCode(ctx.match);
      ctx.log.info({ user_id: ctx.from?.id, referred: partner !== undefined }, 'referral link opened');
      await ctx.reply(ctx.t('welcome', welcomeVars(ctx)), { reply_markup: mainMenu(ctx) });
      const args: JoinArgs = partner ? { partnerId: partner.id, ...(partner.centerIds.length === 1 ? { centerId: partner.centerIds[0]! } : {}) } : {};
      // Kept for a day: a join begun again (after /cancel, a later open) is still the partner's (walk30 W30-12).
      if (partner) ctx.session.referral = { partnerId: partner.id, at: ctx.deps.now().getTime() };
      return ctx.conversation.enter(JOIN_WAITLIST, args);
    }
    // In the language of the person's Telegram app, with the other one a tap away on the welcome itself
    // (and, for someone on no list yet, "I am already signed up at the library": link-telegram.ts);
    // the next message brings the main menu (one message cannot carry both keyboards).
    const staff = await staffKind(ctx);
    await ctx.reply(ctx.t('welcome', welcomeVars(ctx)), { reply_markup: await welcomeKeyboard(ctx, staff) });
    // Staff and partners' representatives are pointed to their own commands, someone on a list to their place.
    const prompt = staff ? 'main-menu-prompt-staff' : ctx.from && (await isOnAnyList(ctx.from.id)) ? 'main-menu-prompt-on-list' : await newOrBack(ctx);
    // A librarian made by her Telegram number may open the bot for the first time now: she is told what she is (W22-30).
    const librarian = staff === 'librarian' ? `${ctx.t('start-librarian', { centers: await centerNames(await centersOfStaff(ctx.from!.id), ctx.locale) })}\n` : '';
    // Her name, for colleagues and for the people of her groups ("Вопросы: …"), as an invite link takes it.
    if (staff === 'librarian') await nameLibrarianOnce(ctx.from!.id, [ctx.from!.first_name, ctx.from!.last_name].filter(Boolean).join(' '));
    // Someone in a group hears of the group and its next lesson, not "you are on the list" (walk30 W30-08).
    const groups = prompt === 'main-menu-prompt-on-list' ? await inGroupsText(ctx) : undefined;
    // A seat held for her (back after blocking the bot): said, and the offer with its buttons comes again (walk31 W31-09).
    const offered = prompt === 'main-menu-prompt-on-list' && (await openOffersOf(ctx.from!.id, ctx.deps.now())).length > 0;
    // Shown a moment ago (she unblocked the bot, then pressed «Перезапустить»: chat-member.ts): pointed at, not sent again (probe31 L2).
    const above = heldShownJustNow(ctx) && offered;
    const lines = [groups, offered ? ctx.t(above ? 'start-offer-above' : 'start-offer') : undefined].filter((line) => line !== undefined);
    // A relative reading her record (walk36 L2): what is said of her seats begins «Запись на имя …», as everywhere.
    const whose = prompt === 'main-menu-prompt-on-list' ? await whoseRecord(ctx.from!.id) : undefined;
    const whoseLine = whose ? `${ctx.t('whose-record', { name: whose })}\n` : '';
    await ctx.reply(librarian + whoseLine + (lines.length ? lines.join('\n\n') : ctx.t(prompt)), { reply_markup: mainMenu(ctx) });
    if (offered && !above) await sendOpenOffers(ctx);
  });

  composer.command('language', async (ctx) => {
    await ctx.conversation.exitAll();
    await ctx.reply(ctx.t('choose-language'), { reply_markup: languageKeyboard(ctx) });
  });

  composer.callbackQuery(languageData.only(), async (ctx) => {
    const locale = languageData.read(ctx.match).action;
    // Chosen from the picker /language showed in the middle of a flow (leave-conversation.ts): that flow ends now, as it said.
    const unfinished = Object.keys(ctx.conversation.active()).length > 0;
    if (unfinished) await ctx.conversation.exitAll();
    ctx.session.language = locale;
    ctx.locale = locale;
    ctx.t = (key, vars) => i18n.t(locale, key, vars);
    await setChosenLanguage(ctx.from.id, locale, { coordinator: ctx.deps.config.ADMIN_IDS.includes(ctx.from.id) });
    await ctx.answerCallbackQuery();
    // The welcome is read again in the new language; the /language picker just says what was set.
    const languageButtons = (ctx.callbackQuery.message?.reply_markup?.inline_keyboard.flat() ?? []).filter((b) => 'callback_data' in b && languageData.unpack(b.callback_data) !== undefined);
    const onWelcome = languageButtons.length === 1;
    const text = onWelcome ? ctx.t('welcome', welcomeVars(ctx)) : ctx.t('language-set');
    await ctx.editMessageText(text, onWelcome ? { reply_markup: await welcomeKeyboard(ctx, await staffKind(ctx)) } : {}).catch(() => undefined);
    await ctx.reply(ctx.t(unfinished ? 'flow-left' : 'main-menu-prompt'), { reply_markup: mainMenu(ctx) });
  });

  composer.command('cancel', async (ctx) => {
    await ctx.conversation.exitAll();
    await ctx.reply(ctx.t('cancelled'), { reply_markup: mainMenu(ctx) });
  });

  // About someone else's entry («я дочь …, отпишите маму»): the bot changes only the writer's own; who can do it for
  // the relative instead, with the programme's phone (walk30 W30-05: the daughter was put into a join of her own).
  composer.filter(
    (ctx) => ctx.message?.text !== undefined && menuKeyOfWords(ctx.message.text) === 'menu-relative',
    async (ctx) => void (await ctx.reply(ctx.t('relative-entry', { phone: (await centerPhoneFor(undefined, ctx.locale)).phone }), { reply_markup: mainMenu(ctx) })),
  );
  // «А это платно?», «сколько стоит обучение?»: the classes are free (walk35w: the words started a join).
  composer.filter(
    (ctx) => ctx.message?.text !== undefined && menuKeyOfWords(ctx.message.text) === 'menu-cost',
    async (ctx) => void (await ctx.reply(ctx.t('cost-free'), { reply_markup: mainMenu(ctx) })),
  );
  composer.command('help', showHelp);
  composer.filter(menuButtonOrWords(i18n, 'menu-help'), showHelp);

  // «Меня уже записали в библиотеке» typed by a citizen on no list: the /start button of the same words, not a join of
  // their own (walk36: the grandson the librarian sent began one).
  composer.filter(
    async (ctx) => ctx.message?.text !== undefined && saysSignedUpAtLibrary(ctx.message.text) && !(await isOnAnyList(ctx.from!.id)) && !(await staffKind(ctx)),
    async (ctx) => {
      await ctx.conversation.exitAll();
      await askOwnNumber(ctx);
    },
  );

  // «Записаться сюда» typed under a center's card (or a list of one): that center, as the button (walk29 W29-09).
  const joinHere = menuButton(i18n, 'center-join-here');
  composer.filter(menuButtonOrWords(i18n, 'menu-join'), async (ctx) => {
    await ctx.conversation.exitAll();
    const typed = ctx.message?.text ?? '';
    const centerId = joinHere.some((label) => label.test(typed)) ? joinHereOf(ctx.chat!.id, ctx.deps.now()) : undefined;
    // A course and a town named in the words («хочу на госуслуги в Топках») are not asked again (walk30 W30-11).
    const named: JoinArgs = ctx.message?.text ? await joinWishOf(typed) : {};
    // A partner's link opened here within a day: still the partner's join (walk30 W30-12).
    await ctx.conversation.enter(JOIN_WAITLIST, { ...named, ...(await keptReferral(ctx)), ...(centerId ? ({ centerId, from: 'list' } satisfies JoinArgs) : {}) });
  });

  // "← Back" under a declined consent: consent is asked again, with the answers given before it (walk s20 #37).
  composer.callbackQuery(consentBackData.only('back'), async (ctx) => {
    const kept = takeDeclined(ctx.chat!.id);
    if (!kept) return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(JOIN_WAITLIST, kept satisfies JoinArgs);
  });

  const centersButton = menuButton(i18n, 'menu-centers');
  composer.filter(menuButtonOrWords(i18n, 'menu-centers'), async (ctx) => {
    await ctx.conversation.exitAll();
    // "Где библиотека?" typed by someone on a list: their own center's address, phone and hours first (walk s22 W22-04).
    // The button itself asks for centers near, as it says.
    const typed = ctx.message?.text ?? '';
    const own = centersButton.some((label) => label.test(typed)) ? undefined : await ownCentersText(ctx);
    // The card answers the question: other centers are one button away, not a towns question under it (walk31 W31-16).
    if (own) return void (await ctx.reply(own, { reply_markup: new InlineKeyboard().text(ctx.t('other-centers'), otherCentersData.pack('more')) }));
    await ctx.conversation.enter(CENTERS_NEAR_ME);
  });
  composer.callbackQuery(otherCentersData.only('more'), async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(CENTERS_NEAR_ME);
  });

  return composer;
}

const plainWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** The help, with the person's center's phone; staff also see their commands. Also in the middle of a join (W30-03). */
export const showHelp = async (ctx: BotContext) => {
  const phone = await centerPhoneFor(ctx.from?.id, ctx.locale);
  // How to sign up a relative without Telegram: at a library or by the program's phone (walk s21 W21-01).
  const relative = phone.own ? ctx.t('help-relative-phone', { phone: (await centerPhoneFor(undefined, ctx.locale)).phone }) : ctx.t('help-relative-here');
  const phoneLine = phone.own
    ? ctx.t('help-center-phone', { center: phone.center, phone: phone.phone })
    : ctx.t('help-main-phone', { phone: phone.phone });
  // Staff also see their own commands, with the same words as Telegram's command menu.
  const kind = await staffKind(ctx);
  await ctx.reply(`${ctx.t('help')}\n\n${phoneLine}\n${relative}`, { reply_markup: mainMenu(ctx) });
  if (!kind) return;
  // Their commands in short sections, as few messages as keep each within 60 words.
  const sections = staffHelpSections(kind).map((s) => [ctx.t(s.heading), ...s.commands.map((command) => `/${command} — ${ctx.t(`command-${command}`)}`)].join('\n'));
  const messages: string[] = [];
  for (const section of sections) {
    const joined = messages.length ? `${messages.at(-1)}\n\n${section}` : '';
    // Counted plainly, every "—" a word too (walk s20 #48: two sections made 71 so): a long list reads as long.
    if (joined && plainWords(joined) <= SCREEN_WORDS) messages[messages.length - 1] = joined;
    else messages.push(section);
  }
  for (const text of messages) await ctx.reply(text);
};

/** Someone who left every list but whose name and phone are kept (walk s22 W22-06) is told so, and how to delete them. */
async function newOrBack(ctx: BotContext): Promise<string> {
  return ctx.from && (await getCitizen(ctx.from.id)) ? 'main-menu-prompt-returning' : 'main-menu-prompt';
}
