import { createConversation } from '@grammyjs/conversations';
import { InlineKeyboard, InputFile } from 'grammy';
import type { BotContext, BotDeps, SceneContext } from '../../src/bot/context.js';
import { mainMenu } from '../../src/bot/keyboards/main-menu.js';
import { classify, type Decisions } from '../../src/domain/import/classify.js';
import { commitImport } from '../../src/domain/import/commit.js';
import { dropDraft, preparedDraft } from '../../src/domain/import/drafts.js';
import { ColumnsMissing, prepareImport } from '../../src/domain/import/prepare.js';
import { FileRejected, MAX_FILE_BYTES } from '../../src/domain/import/read-table.js';
import { roleOf } from '../../src/domain/roles.js';
import { askChoice, BACK, cancelScene, type SceneConversation } from '../kit.js';
import { detailsCsv, summarize, summaryOf, type ImportSummary } from './import-summary.js';

export const IMPORT_LIST = 'admin-import-list';

const CANCEL = 'imp:cancel';
/** Longer previews go as a file; a message holds 4,096 characters. */
const MAX_MESSAGE = 3500;

type Loaded = { ok: true; summary: ImportSummary } | { ok: false; problem: string; missing?: string[] };

/**
 * /import (issue 11.1): the person sends the CSV or XLSX of their paper list
 * → the bot says which column it read as what → one question per informal
 * center or course name ("«Белово ЦГБ» is Центральная городская библиотека,
 * Белово?", one tap for all its rows) → the preview (to add, already on the
 * list, rejected with line and reason; a file when long) → Confirm writes,
 * Cancel writes nothing. Librarians import rows of their own centers only.
 * The file is never stored: a preview lives in memory (drafts.ts) and is read
 * again from Telegram if this process does not have it.
 */
export function importListScene(deps: BotDeps) {
  async function importList(conversation: SceneConversation, ctx: SceneContext) {
    const userId = ctx.from!.id;
    const role = await conversation.external(() => roleOf(userId, deps.config.ADMIN_IDS));
    if (!role) {
      await ctx.reply(ctx.t('not-allowed'));
      return;
    }
    let prompt = ctx.t('imp-send-file', { mb: MAX_FILE_BYTES / 1024 / 1024 });
    for (;;) {
      const doc = await waitForDocument(conversation, ctx, prompt);
      const draftKey = `${userId}:${doc.fileUniqueId}`;
      const load = (outer: BotContext) => preparedDraft(draftKey, async () => prepareImport(await outer.downloadFile(doc.fileId), doc.fileName));
      const loaded = await conversation.external(async (outer): Promise<Loaded> => {
        try {
          return { ok: true, summary: summaryOf(await load(outer), role, {}, deps.now()) };
        } catch (error) {
          if (error instanceof FileRejected) return { ok: false, problem: error.problem };
          if (error instanceof ColumnsMissing) return { ok: false, problem: 'columns', missing: error.missing };
          throw error;
        }
      });
      if (!loaded.ok) {
        const missing = (loaded.missing ?? []).map((f) => ctx.t(`imp-field-${f}`)).join(', ');
        // The answer is the next prompt: the person sends a better file or taps Cancel.
        prompt = ctx.t(`imp-file-${loaded.problem}`, { missing, mb: MAX_FILE_BYTES / 1024 / 1024 });
        continue;
      }
      const first = loaded.summary;
      await ctx.reply(columnsText(ctx, first));

      const decisions: Decisions = {};
      let index = 0;
      for (;;) {
        if (index < first.toConfirm.length) {
          const match = first.toConfirm[index]!;
          const answer = await askChoice(conversation, ctx, {
            text: ctx.t(`imp-match-${match.kind}`, { text: match.text, label: match.label, rows: match.rows }),
            choices: [
              { label: ctx.t('imp-match-yes', { rows: match.rows }), value: 'accept' },
              { label: ctx.t('imp-match-no'), value: 'decline' },
            ],
            back: index > 0,
          });
          if (answer === BACK) index--;
          else (decisions[match.key] = answer as 'accept' | 'decline'), index++;
          continue;
        }
        const summary = await conversation.external(async (outer) => {
          const prepared = await load(outer);
          const preview = classify(prepared, role, decisions, deps.now(), true);
          const summary = summarize(prepared, preview);
          // What the message cannot show goes as a file the person can open next to their list.
          if (preview.rejected.length > summary.firstRejected.length || preview.already.length > 0) {
            await outer.replyWithDocument(new InputFile(new TextEncoder().encode(detailsCsv(preview, outer.t)), 'import-check.csv'), {
              caption: outer.t('imp-details-caption'),
            });
          }
          return summary;
        });
        if (summary.toAdd === 0) {
          await ctx.reply(previewText(ctx, summary) + '\n\n' + ctx.t('imp-nothing-to-add'), { reply_markup: mainMenu(ctx) });
          await conversation.external(() => dropDraft(draftKey));
          return;
        }
        const answer = await askChoice(conversation, ctx, {
          text: previewText(ctx, summary),
          choices: [{ label: ctx.t('imp-confirm', { count: summary.toAdd }), value: 'confirm' }],
          back: first.toConfirm.length > 0,
        });
        if (answer === BACK) {
          index = first.toConfirm.length - 1;
          continue;
        }
        const result = await conversation.external(async (outer) => {
          // Roles can change while the person reads the preview.
          const current = await roleOf(userId, deps.config.ADMIN_IDS);
          if (!current) return undefined;
          const prepared = await load(outer);
          if (prepared.fileHash !== summary.fileHash) throw new Error('import file changed between preview and confirm');
          const written = await commitImport(prepared, current, decisions, userId, deps.now());
          dropDraft(draftKey);
          return written;
        });
        if (!result) {
          await ctx.reply(ctx.t('not-allowed'), { reply_markup: mainMenu(ctx) });
          return;
        }
        await ctx.reply(ctx.t('imp-done', { added: result.added, already: result.already, rejected: result.rejected }), { reply_markup: mainMenu(ctx) });
        return;
      }
    }
  }
  return createConversation<BotContext, SceneContext>(importList, IMPORT_LIST);
}

/** Waits for a document; text gets a hint, Cancel ends. Nothing else the person sends is kept. */
async function waitForDocument(conversation: SceneConversation, ctx: SceneContext, prompt: string) {
  const sent = await ctx.reply(prompt, {
    reply_markup: new InlineKeyboard().text(ctx.t('btn-cancel'), CANCEL),
  });
  for (;;) {
    const next = await conversation.wait();
    const data = next.callbackQuery?.data;
    if (data !== undefined) {
      if (data !== CANCEL) await conversation.skip({ next: true });
      await next.answerCallbackQuery();
      await next.api.editMessageReplyMarkup(sent.chat.id, sent.message_id).catch(() => undefined);
      return cancelScene(conversation, next);
    }
    const document = next.message?.document;
    if (!document) {
      await next.reply(next.t('imp-send-file-hint'));
      await conversation.skip();
      continue;
    }
    if ((document.file_size ?? 0) > MAX_FILE_BYTES) {
      await next.reply(next.t('imp-file-too-large', { mb: MAX_FILE_BYTES / 1024 / 1024 }));
      continue;
    }
    return { fileId: document.file_id, fileUniqueId: document.file_unique_id, fileName: (document.file_name ?? 'file').slice(0, 200) };
  }
}

function columnsText(ctx: SceneContext, s: ImportSummary): string {
  const read = s.columns.map((c) => ctx.t('imp-column', { header: c.header, field: ctx.t(`imp-field-${c.field}`) })).join('\n');
  const ignored = s.ignored.length > 0 ? '\n' + ctx.t('imp-columns-ignored', { headers: s.ignored.join(', ') }) : '';
  const format = s.format === 'xlsx' ? 'XLSX' : `CSV, ${s.encoding ?? ''}, «${s.delimiter ?? ''}»`;
  return `${ctx.t('imp-columns', { format, rows: s.rows })}\n${read}${ignored}`.slice(0, MAX_MESSAGE);
}

function previewText(ctx: SceneContext, s: ImportSummary): string {
  const lines = [
    ctx.t('imp-preview', { rows: s.rows, toAdd: s.toAdd, onList: s.onList, importedBefore: s.importedBefore, duplicates: s.duplicates, rejected: s.rejected }),
  ];
  if (s.fileImportedAt) lines.push(ctx.t('imp-file-seen-before', { date: s.fileImportedAt.slice(0, 10) }));
  if (s.firstRejected.length > 0) {
    lines.push('', ctx.t('imp-rejected-head'));
    for (const r of s.firstRejected) lines.push(ctx.t('imp-rejected-line', { line: r.line, reason: ctx.t(`imp-reason-${r.reason}`, { of: 0 }) }));
    if (s.rejected > s.firstRejected.length) lines.push(ctx.t('imp-rejected-more', { count: s.rejected - s.firstRejected.length }));
  }
  let text = lines.join('\n');
  if (text.length > MAX_MESSAGE) text = text.slice(0, MAX_MESSAGE) + '…';
  return text;
}
