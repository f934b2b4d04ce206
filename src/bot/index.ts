import { conversations } from '@grammyjs/conversations';
import nodeFetch from 'node-fetch';
import { Bot, session, type ApiClientOptions } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { ConversationStateModel, SessionModel } from '../db/models/kv-entry.js';
import { chatStorageKey, MongoKeyValueStorage } from '../db/repositories/kv-storage.js';
import { withoutPersonalDetails } from './conversation-storage.js';
import { withJoinProgress } from './join-progress-kept.js';
import type { BotContext, BotDeps, SceneContext, SessionData } from './context.js';
import { features } from './features/index.js';
import { createI18n, localeFromTelegram, translateMiddleware, type Translator } from './i18n.js';
import { callsRedrawnAfterJobs } from './features/calls/after-jobs.js';
import { keptAfterJobs } from './menus/kept-on-forget.js';
import { dedupeUpdates } from './middlewares/dedupe-updates.js';
import { handleUpdateError } from './middlewares/error-boundary.js';
import { ignoreUnusualUpdates } from './middlewares/ignore-unusual-updates.js';
import { CITIZEN_LOCATION_SCENES, scenes } from '../../scenes/index.js';
import { setCommandsFor } from './commands.js';
import { FloodGate } from './flood-gate.js';
import { floodControlledFetch } from './flood-fetch.js';
import { chatTurns } from './middlewares/chat-turns.js';
import { fileDownloader } from './file-download.js';
import { countBotApiCalls } from '../ops/metrics.js';
import { updateMetrics } from './middlewares/update-metrics.js';
import { withoutEmptyKeyboardRows } from './without-empty-rows.js';
import { lateCallbackAnswersAreDone } from './late-callback-answers.js';
import { drawnMessagesOfUpdate, noteDrawnMessages } from './drawn-messages.js';

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;

export interface CreateBotOptions {
  /** Known bot info skips getMe (tests, benchmarks). */
  botInfo?: UserFromGetMe;
  /** e.g. a fake `fetch` in tests. */
  client?: ApiClientOptions;
  /** How replies wait out a 429 (default: real time); tests pass a virtual one. */
  timer?: { now: () => number; sleep: (ms: number) => Promise<void> };
  /** Shared with the outbox's notifier (main.ts), so a 429 either meets is seen by both. */
  floodGate?: FloodGate;
  /** The translations main.ts built for the notifier (default: new ones). */
  i18n?: Translator;
}

/**
 * Builds the bot and starts nothing, so tests and benchmarks can drive it
 * with `bot.handleUpdate()` and main.ts decides between polling and webhook.
 *
 * @example
 * const { bot } = createBot(deps);
 * await bot.handleUpdate(update);
 */
export function createBot(deps: BotDeps, options: CreateBotOptions = {}) {
  const { config } = deps;
  // grammY's own default on Node; it streams uploads, which the global fetch cannot.
  const baseFetch = countBotApiCalls(options.client?.fetch ?? nodeFetch);
  const client: ApiClientOptions = { apiRoot: config.TELEGRAM_API_ROOT, ...options.client, fetch: baseFetch };
  // Shared with the outbox's notifier: one chat over its limit holds only that chat; the bot over its limit
  // holds every message call.
  const floodGate = options.floodGate ?? new FloodGate(options.timer?.now);
  // Replies wait out a 429 and are sent again (files too), so nothing is lost behind an apology.
  const bot = new Bot<BotContext>(config.BOT_TOKEN, {
    botInfo: options.botInfo,
    client: { ...client, fetch: floodControlledFetch(floodGate, baseFetch, { retry: true, sleep: options.timer?.sleep }) },
  });
  bot.api.config.use(withoutEmptyKeyboardRows, lateCallbackAnswersAreDone, noteDrawnMessages);
  const i18n = options.i18n ?? createI18n(config.DEFAULT_LOCALE);

  /** Scenes get it as a hook (SceneHooks.downloadFile): the import of the paper list reads the sent file. */
  const downloadFile = fileDownloader(bot.api, { token: config.BOT_TOKEN, apiRoot: client.apiRoot ?? 'https://api.telegram.org', fetch: baseFetch });

  bot.use(updateMetrics());
  // One chat's updates in order, other chats alongside; a flood is cut short with one notice.
  // Before the de-duplication: what a flood drops costs no database write (500 of them held up every chat).
  const turns = chatTurns({
    notice: (ctx) => {
      const text = i18n.t(localeFromTelegram(ctx.from?.language_code, config.DEFAULT_LOCALE), 'flood-too-fast');
      return ctx.callbackQuery ? ctx.answerCallbackQuery({ text, show_alert: false }) : ctx.reply(text);
    },
    dropped: async (ctx) => (ctx.callbackQuery ? ctx.answerCallbackQuery() : undefined),
    onError: (error) => deps.logger.warn({ err: String(error) }, 'flood notice failed'),
  });
  bot.use(turns.middleware());
  bot.use(
    dedupeUpdates({
      onStoreError: (error) => deps.logger.warn({ err: String(error) }, 'update de-duplication unavailable'),
      languageOf: (ctx) => localeFromTelegram(ctx.from?.language_code, config.DEFAULT_LOCALE),
    }),
  );
  bot.use(ignoreUnusualUpdates());
  bot.use((ctx, next) => {
    ctx.deps = deps;
    ctx.log = deps.logger.child({ update_id: ctx.update.update_id });
    ctx.tIn = (locale) => (key, vars) => i18n.t(locale, key, vars);
    return next();
  });

  // What a failed update drew with buttons is closed by the error boundary (drawn-messages.ts, probe30 L1).
  bot.use(drawnMessagesOfUpdate);
  const privateChats = bot.errorBoundary(handleUpdateError(i18n, config.DEFAULT_LOCALE)).chatType('private');
  privateChats.use(
    session({
      initial: (): SessionData => ({}),
      getSessionKey: (ctx) => (ctx.chatId === undefined ? undefined : chatStorageKey(ctx.chatId)),
      storage: new MongoKeyValueStorage<SessionData>(SessionModel, { ttlMs: config.SESSION_TTL_DAYS * DAY_MS, now: deps.now, dropEmpty: true }),
    }),
  );
  privateChats.use(
    translateMiddleware<BotContext>(
      i18n,
      (ctx) => ctx.session.language ?? localeFromTelegram(ctx.from?.language_code, config.DEFAULT_LOCALE),
    ),
  );
  privateChats.use(
    conversations<BotContext, SceneContext>({
      storage: {
        type: 'key',
        // Raised when the flows' order of waits and external calls changes (2: Questions remembers hints and the
        // main menu; 3: /newclass does not ask a librarian's one center; 4: nor does /broadcast; 5: the join asks a
        // returning citizen neither consent to the same text nor the phone, and asks another center when one closed; 6: /change
        // does not ask a staff member's one group, nor /request a partner's one center; 7: /find shows a held seat's card
        // first, /add asks a person without a phone whether they are on the list after the center, fix28d; 8: /staff's
        // centers picker names a librarian already, fix28j; 9: /newclass may ask the room in English, /forgetperson goes
        // straight to one match, /add asks about a namesake without a phone, /find adds a phone, fix29b/e; 10: /newclass asks
        // about a first lesson soon or before opening, /change closes a center's days, /import asks about unknown names,
        // /add names namesakes with a phone, /find changes a phone, the join's summary takes typed edits, fix30b/d/h/j):
        // a flow stored by older code would replay wrongly, so it is dropped and started again.
        version: 10,
        getStorageKey: (ctx) => (ctx.chatId === undefined ? undefined : chatStorageKey(ctx.chatId)),
        // Nothing personal before consent in the stored replay log (see conversation-storage.ts); abandoned flows expire.
        // The join's step is kept beside it, for /start after a restart (join-progress-kept.ts).
        adapter: withJoinProgress(
          withoutPersonalDetails(new MongoKeyValueStorage(ConversationStateModel, { ttlMs: config.CONVERSATION_TTL_HOURS * HOUR_MS, now: deps.now }), {
            coarseLocationsIn: CITIZEN_LOCATION_SCENES,
          }),
        ),
      },
      // Plugins do not cross into conversations: install the translator again, in the same locale.
      plugins: async (conversation) => {
        const locale = await conversation.external((ctx) => ctx.locale);
        return [
          translateMiddleware<SceneContext>(i18n, () => locale),
          // Conversations call Telegram through an Api of their own: it gets the same transformers.
          (ctx: SceneContext, next: () => Promise<void>) => (ctx.api.config.use(withoutEmptyKeyboardRows, lateCallbackAnswersAreDone, noteDrawnMessages), next()),
        ];
      },
    }),
  );
  const { beforeScenes, afterScenes } = features(deps, i18n);
  // Commands and main-menu buttons come first: they leave a running conversation.
  privateChats.use(...beforeScenes);
  privateChats.use(...scenes(deps, { showStaffCommands: (api, userId) => setCommandsFor(api, i18n, 'librarian', userId), downloadFile, say: (locale, key, vars) => i18n.t(locale, key, vars) }));
  privateChats.use(...afterScenes);

  bot.catch((error) => deps.logger.error({ err: { message: String(error.error) } }, 'unhandled bot error'));
  // The jobs get the same deps (main.ts, the tests): what they change on call lists redraws the /calls screens too (fix30c).
  deps.callsChanged ??= callsRedrawnAfterJobs(bot, deps, i18n);
  // …and the staff screens naming someone the retention job forgot are redrawn without them (fix34e).
  deps.screensForgotten ??= keptAfterJobs(bot, deps, i18n);
  return { bot, i18n, floodGate, turns };
}

export type { Translator };
