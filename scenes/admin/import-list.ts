import { createConversation } from '@grammyjs/conversations';
import { InputFile } from 'grammy';
import { classify, type Decisions } from '../../src/domain/import/classify.js';
import { commitImport } from '../../src/domain/import/commit.js';
import { dropDraft, preparedDraft } from '../../src/domain/import/drafts.js';
import { centerInReaderWords, inReaderWords, knownCenterNames } from '../../src/domain/import/reader-names.js';
import { forgetNames, rememberedDecisions, rememberedNames, rememberNames } from '../../src/domain/import/remembered-names.js';
import { askNames, rememberedNote } from './import-names.js';
import { ColumnsMissing, prepareImport } from '../../src/domain/import/prepare.js';
import { FileRejected, MAX_FILE_BYTES } from '../../src/domain/import/read-table.js';
import { roleOf, type Role } from '../../src/domain/roles.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneHooks, SceneOuterContext } from '../shared/context.js';
import { offerSeatsNow } from '../shared/offer-seats.js';
import { Questions } from '../shared/questions.js';
import { citizensOfEntries } from '../../src/domain/import/on-the-list.js';
import { NAMED_MESSAGE, recordShownView } from '../../src/domain/shown-views.js';
import { noPhonePeopleByKey } from '../../src/domain/shared-phones.js';
import { backdatedText, SHOWN_BACKDATED, SHOWN_TAKEN, detailsCaptionKey, detailsCsv, namesakeKeys, namesakeText, rejectedText, summarize, summaryOf, takenPhones, takenPhonesText, type ImportSummary } from './import-summary.js';

export const IMPORT_LIST = 'admin-import-list';

/** Longer previews go as a file; a message holds 4,096 characters. */
const MAX_MESSAGE = 3500;
const MB = MAX_FILE_BYTES / 1024 / 1024;

type Loaded = { ok: true; summary: ImportSummary } | { ok: false; problem: string; missing?: string[] };

interface SentDocument {
  fileId: string;
  fileUniqueId: string;
  fileName: string;
}

/**
 * /import (issue 11.1): the person sends the CSV or XLSX of their paper list
 * → the bot says which column it read as what → has everyone in the file signed
 * the paper consent form (no: nothing is written) → one question per informal
 * center or course name ("«Белово ЦГБ» is Центральная городская библиотека,
 * Белово?", one tap for all its rows) → the preview (to add, already on the
 * list, rejected with line and reason; a file when long) → Confirm writes,
 * Cancel writes nothing. Librarians import rows of their own centers only.
 * The file is never stored: a preview lives in memory (drafts.ts) and is read
 * again from Telegram if this process does not have it.
 */
export function importListScene(deps: SceneDeps, hooks: Pick<SceneHooks, 'downloadFile'>) {
  const draftKey = (userId: number, doc: SentDocument) => `${userId}:${doc.fileUniqueId}`;
  /** The prepared file: kept in memory (drafts.ts); a process without it reads the file from Telegram again. */
  const loader = (userId: number, doc: SentDocument) => () =>
    preparedDraft(draftKey(userId, doc), async () => prepareImport(await hooks.downloadFile(doc.fileId), doc.fileName, { soleCenterId: soleCenterOf(await roleOf(userId, deps.config.ADMIN_IDS)), now: deps.now() }));

  async function importList(conversation: SceneConversation, ctx: SceneContext) {
    const q = new Questions(conversation, ctx);
    const userId = ctx.from!.id;
    const role = await conversation.external(() => roleOf(userId, deps.config.ADMIN_IDS));
    if (!role) return void (await q.finish(ctx.t('not-allowed')));

    // The file: a bad one gets the reason as the next question; the person sends a better one or taps Cancel.
    const locale = ctx.locale;
    // A librarian of one center needs no «центр» column (walk30 W30-02): every row is hers.
    let prompt = ctx.t(soleCenterOf(role) ? 'imp-send-file-one-center' : 'imp-send-file', { mb: MB });
    let doc: SentDocument;
    let first: ImportSummary;
    for (;;) {
      doc = await q.receive(prompt, sentDocument, (c) => c.t(c.message?.document ? 'imp-file-too-large' : 'imp-send-file-hint', { mb: MB }), { back: false });
      const load = loader(userId, doc);
      const loaded = await conversation.external(async (): Promise<Loaded> => {
        try {
          const summary = summaryOf(await load(), role, {}, deps.now());
          const soleCenter = summary.soleCenter && { ...summary.soleCenter, label: await centerInReaderWords(summary.soleCenter.id, locale) };
          return { ok: true, summary: { ...summary, toConfirm: await inReaderWords(summary.toConfirm, locale), ...(soleCenter ? { soleCenter } : {}) } };
        } catch (error) {
          if (error instanceof FileRejected) return { ok: false, problem: error.problem };
          if (error instanceof ColumnsMissing) return { ok: false, problem: 'columns', missing: error.missing };
          throw error;
        }
      });
      if (loaded.ok) {
        first = loaded.summary;
        break;
      }
      const missing = (loaded.missing ?? []).map((f) => ctx.t(`imp-field-${f}`)).join(', ');
      prompt = ctx.t(`imp-file-${loaded.problem}`, { missing, mb: MB });
    }
    const load = loader(userId, doc);
    await q.note(columnsText(ctx, first));

    // Every row is saved with consent "paper", as /add saves a person: asked once for the file, as /add asks first,
    // before any work on the names. No: nothing is written and the preview is dropped.
    const consent = await q.ask(ctx.t('imp-consent'), {
      choices: [
        { label: ctx.t('imp-consent-yes'), value: 'yes' },
        { label: ctx.t('imp-consent-no'), value: 'no' },
      ],
    });
    if (consent !== 'yes') {
      await conversation.external(() => dropDraft(draftKey(userId, doc)));
      return void (await q.finish(ctx.t('imp-no-consent')));
    }

    // Names answered on an earlier file are taken, not asked again (walk38 L6): said first, and the preview can ask them again.
    let remembered = await conversation.external(() => rememberedNames(userId, role, first.toConfirm, locale));
    let decisions: Decisions;
    let summary: ImportSummary;
    let namesakeNote: number | undefined;
    const again = { label: ctx.t('imp-ask-again'), value: 'again' };
    for (;;) {
      if (remembered.length > 0) await q.note(rememberedNote(ctx, remembered));
      const taken = new Set(remembered.map((r) => r.key));
      decisions = { ...rememberedDecisions(remembered), ...(await askNames(q, conversation, ctx, role, first.toConfirm.filter((m) => !taken.has(m.key)))) };
      const asked = decisions;
      const shown = await conversation.external(async (outer: SceneOuterContext) => {
        const prepared = await load();
        const preview = classify(prepared, role, asked, deps.now(), true);
        const summary = summarize(prepared, preview);
        // What the message cannot show goes as a file the person can open next to their list
        // (sent from here so that names and phones never enter the conversation's stored log).
        // Rows only already there (no row refused, nothing to note) need no file: the preview counts them (walk29 W29-19).
        const detailsSent = preview.rejected.length > summary.firstRejected.length || (preview.already.length > 0 && preview.rejected.length > 0) || preview.toAdd.some((r) => r.sharesPhoneWith !== undefined || r.namesakeOf !== undefined || r.phoneNamesakes !== undefined) || takenPhones(preview).length > SHOWN_TAKEN;
        if (detailsSent) {
          await outer.replyWithDocument(new InputFile(detailsCsv(prepared, preview, (key, vars) => outer.t(key, vars)), 'import-check.csv'), {
            caption: outer.t(detailsCaptionKey(preview)),
          });
        }
        // Which rows do not fit, by the list's number and name (walk s22 W22-10), and whose place moves to an earlier
        // day (probe s22 H1): sent from here, like the file.
        // The namesakes' note names rows of the file (a no-phone namesake of someone known: fix29e), like the rejected rows.
        const named = [rejectedText, backdatedText, namesakeText, takenPhonesText].map((text) => text(prepared, preview, (key, vars) => outer.t(key, vars)));
        if (named[0]) await outer.reply(named[0]);
        if (named[1]) {
          // It names people on the list: their /forget removes it (task29 fixC).
          const sent = await outer.reply(named[1]);
          const shown = preview.already.flatMap((a) => (a.earlier ? [a.earlier.entryId] : [])).slice(0, SHOWN_BACKDATED);
          const people = await citizensOfEntries(shown);
          await recordShownView({ chatId: sent.chat.id, messageId: sent.message_id, citizenIds: people, reopen: NAMED_MESSAGE }, deps.now());
        }
        // The namesakes' note names them too: whoever of them is registered already now, the rest once Confirm adds them (fix30c).
        const namesakeNote = named[2] ? (await outer.reply(named[2])).message_id : undefined;
        if (namesakeNote) await recordNamesakeNote(outer.chat!.id, namesakeNote, namesakeKeys(prepared, preview), deps.now());
        // Which number was taken from a cell with more in it (walk30 W30-02).
        if (named[3]) await outer.reply(named[3]);
        return { summary, detailsSent: detailsSent || named.some((text) => text !== undefined), namesakeNote };
      });
      ({ summary, namesakeNote } = shown);
      if (shown.detailsSent) q.noteSent();
      if (summary.toAdd === 0 && summary.earlier === 0) {
        // Not a dead end: what to do next, with the center names the import takes when a center was the problem (walk s18 #8).
        const centers = await conversation.external(async () => {
          // Kept while a remembered answer may be asked again: the same file's preview is made again then.
          if (remembered.length === 0) dropDraft(draftKey(userId, doc));
          return summary.rejectedForCenter > 0 ? knownCenterNames(role, locale) : [];
        });
        const next = centers.length > 0 ? ctx.t('imp-next-centers', { centers: centers.join('; ') }) : ctx.t('imp-next');
        const nothing = `${previewText(ctx, summary)}\n\n${ctx.t('imp-nothing-to-add')}\n${next}`;
        if (remembered.length === 0) return void (await q.finish(nothing));
        // Perhaps nothing fits because a remembered answer is wrong: it can still be undone here (Cancel ends).
        await q.ask(nothing, { choices: [again] });
      } else {
        const confirm = summary.toAdd > 0 ? ctx.t('imp-confirm', { count: summary.toAdd }) : ctx.t('imp-confirm-earlier');
        const choices = [{ label: confirm, value: 'confirm' }, ...(remembered.length > 0 ? [again] : [])];
        if ((await q.ask(previewText(ctx, summary), { choices })) === 'confirm') break;
      }
      // A remembered answer was wrong: forgotten, and every name of the file is asked (this file's preview is made again).
      const forgotten = remembered;
      await conversation.external(() => forgetNames(userId, forgotten));
      remembered = [];
    }

    const result = await conversation.external(async () => {
      // Roles can change while the person reads the preview.
      const current = await roleOf(userId, deps.config.ADMIN_IDS);
      if (!current) return void dropDraft(draftKey(userId, doc));
      const prepared = await load();
      if (prepared.fileHash !== summary.fileHash) throw new Error('import file changed between preview and confirm');
      const written = await commitImport(prepared, current, decisions, userId, deps.now());
      await rememberNames(userId, first.toConfirm, decisions, deps.now());
      if (namesakeNote) await recordNamesakeNote(ctx.chat!.id, namesakeNote, namesakeKeys(prepared, classify(prepared, current, decisions, deps.now(), true)), deps.now());
      dropDraft(draftKey(userId, doc));
      return written;
    });
    if (!result) return void (await q.finish(ctx.t('not-allowed')));
    const backdated = (result.backdated > 0 ? `\n${ctx.t('imp-done-earlier', { count: result.backdated })}` : '') + (result.noPhone > 0 ? `\n${ctx.t('no-phone-import', { count: result.noPhone })}` : '');
    // Rows whose course was stopped or center hidden while the preview was open (probe s23 M4) are named.
    const closed = [
      result.closed.course.length > 0 ? `\n${ctx.t('import-course-stopped', { lines: result.closed.course.join(', ') })}` : '',
      result.closed.center.length > 0 ? `\n${ctx.t('import-center-hidden', { lines: result.closed.center.join(', ') })}` : '',
    ].join('');
    // A repeat inside the file is said as one, not as someone already on the list (walk29 W29-19).
    const repeats = result.duplicates > 0 ? `\n${ctx.t('done-duplicates', { count: result.duplicates })}` : '';
    await q.finish(ctx.t('imp-done', { added: result.added, already: result.already - result.duplicates, rejected: result.rejected }) + repeats + backdated + closed);
    // Free seats of open groups go to the newly listed now (call tasks for the librarians), not at the offers job's next run.
    await offerSeatsNow(conversation, deps, result.places);
  }
  return createConversation<SceneOuterContext, SceneContext>(importList, IMPORT_LIST);
}

/** The namesakes' note names these people (by identityKey): their /forget removes it, as the «place moves» message. */
async function recordNamesakeNote(chatId: number, messageId: number, keys: string[], now: Date): Promise<void> {
  const people = [...(await noPhonePeopleByKey(keys)).values()];
  await recordShownView({ chatId, messageId, citizenIds: people, reopen: NAMED_MESSAGE }, now);
}

/** The document a message carries, when it is small enough to download; text and the rest get the hint. */
function sentDocument(ctx: SceneContext): SentDocument | undefined {
  const document = ctx.message?.document;
  if (!document || (document.file_size ?? 0) > MAX_FILE_BYTES) return undefined;
  return { fileId: document.file_id, fileUniqueId: document.file_unique_id, fileName: (document.file_name ?? 'file').slice(0, 200) };
}

/** A staff member's one center (a file without a center column is all hers, walk s22 W22-08); none for a coordinator. */
const soleCenterOf = (role: Role | null) => (role?.kind === 'librarian' && role.centerIds.length === 1 ? role.centerIds[0] : undefined);

function columnsText(ctx: SceneContext, s: ImportSummary): string {
  const sole = s.soleCenter ? [ctx.t('imp-column-sole-center', { center: s.soleCenter.label ?? s.soleCenter.id })] : [];
  const read = [...s.columns.map((c) => ctx.t('imp-column', { header: c.header, field: ctx.t(`imp-field-${c.field}`) })), ...sole].join('\n');
  const ignored = s.ignored.length > 0 ? '\n' + ctx.t('imp-columns-ignored', { headers: s.ignored.join(', ') }) : '';
  const delimiter = ctx.locale === 'en' ? `"${s.delimiter ?? ''}"` : `«${s.delimiter ?? ''}»`;
  const format = s.format === 'xlsx' ? 'XLSX' : `CSV, ${s.encoding ?? ''}, ${delimiter}`;
  return `${ctx.t('imp-columns', { format, rows: s.rows })}\n${read}${ignored}`.slice(0, MAX_MESSAGE);
}

/** Lines with a date not understood named on the preview; the rest are counted (all are in the details file). */
const SHOWN_BAD_DATES = 10;

function previewText(ctx: SceneContext, s: ImportSummary): string {
  const lines = [
    ctx.t('imp-preview', { rows: s.rows, toAdd: s.toAdd, onList: s.onList, importedBefore: s.importedBefore, duplicates: s.duplicates, rejected: s.rejected }),
  ];
  if (s.noPhone > 0) lines.push(ctx.t('no-phone-import', { count: s.noPhone }));
  if (s.earlier > 0) lines.push(ctx.t('imp-preview-earlier', { count: s.earlier }));
  if (s.fileImportedAt) lines.push(ctx.t('imp-file-seen-before', { date: s.fileImportedAt.slice(0, 10) }));
  // Which lines' dates were not read, all of them up to a few (walk34 W34-02): only three rejected lines are named above.
  // (A summary kept by a conversation begun before has none.)
  const badDates = s.badDates ?? [];
  if (badDates.length > 0) {
    lines.push(ctx.t('imp-bad-dates', { lines: badDates.slice(0, SHOWN_BAD_DATES).join(', '), more: Math.max(0, badDates.length - SHOWN_BAD_DATES) }));
  }
  // Which year a date without one was read as (fix35g): «1 декабря» in January is last year's.
  for (const { year, lines: rows } of s.yearsGuessed ?? []) {
    lines.push(ctx.t('imp-year-guessed', { count: rows.length, lines: rows.slice(0, SHOWN_BAD_DATES).join(', '), more: Math.max(0, rows.length - SHOWN_BAD_DATES), year: String(year) }));
  }
  if (s.rejected > 0) lines.push(ctx.t('imp-rejected-above'));
  let text = lines.join('\n');
  if (text.length > MAX_MESSAGE) text = text.slice(0, MAX_MESSAGE) + '…';
  return text;
}
