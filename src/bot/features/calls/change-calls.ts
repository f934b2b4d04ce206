import { changeCalls, setChangeCallDone, type ChangeCall } from '../../../domain/call-digests.js';
import type { BotContext } from '../../context.js';
import { requireStaff } from '../../filters/roles.js';
import { pageLines, pageOf, wordsLeft, type Page, type PagingOptions } from '../../menus/paging.js';
import { count, objectId, payloadCodec } from '../../menus/payload.js';
import { pageCounter, ViewMenu } from '../../menus/view-menu.js';

/**
 * The calls about one schedule change (menu `cz`), opened by the button of its
 * digest (call-digests.ts): name and phone a line, a toggle per call, paged.
 * Rebuilt on every press for the pressing staff member's centers only.
 */

interface ChangeCallsView {
  changeId: string;
  course: string;
  calls: ChangeCall[];
  page: Page<ChangeCall>;
}

const PER_PAGE = 8;

const frame = (ctx: BotContext) =>
  [ctx.t('calls-change-list-title', { course: 'Основы компьютерной грамотности', done: 88, count: 88 }), ctx.t('calls-list-hint'), ctx.t('page-counter', { page: 10, pages: 12 })].join('\n');

const paging = (ctx: BotContext): PagingOptions<ChangeCall> => ({
  line: (c) => `${c.done ? '✓' : '•'} ${c.name}, ${c.phone}`,
  frame: 300,
  perPage: PER_PAGE,
  words: wordsLeft(frame(ctx)),
});

async function loadChangeCalls(ctx: BotContext, p: { change: string; page: number }): Promise<ChangeCallsView | null> {
  const found = await changeCalls(ctx.role!, p.change, ctx.locale);
  if (!found) return null;
  return { changeId: p.change, course: found.course, calls: found.calls, page: pageOf(found.calls, p.page, paging(ctx)) };
}

export const changeCallsMenu = new ViewMenu<ChangeCallsView, { change: string; page: number }>({
  id: 'cz',
  guard: requireStaff(),
  payload: payloadCodec({ change: objectId, page: count }),
  payloadOf: (v) => ({ change: v.changeId, page: v.page.index }),
  load: loadChangeCalls,
  goneKey: 'calls-change-list-gone',
  // Opened again from the button under the change's digest, which names nobody.
  names: { people: (v) => v.page.items.map((c) => c.citizenId), reopen: 'digest' },
  text: (ctx, v) => {
    const title = ctx.t('calls-change-list-title', { course: v.course, done: v.calls.filter((c) => c.done).length, count: v.calls.length });
    return [title, pageLines(v.page, paging(ctx)).join('\n'), ctx.t('calls-list-hint'), pageCounter(ctx, v.page)].filter(Boolean).join('\n\n');
  },
  buttons: (b, v) => {
    for (const call of v.page.items) {
      b.text(`${call.done ? '✓' : '☐'} ${call.name}`, async (pressed) => {
        await setChangeCallDone(pressed.role!, call.taskId, !call.done, pressed.from.id, pressed.deps.now());
        const view = await loadChangeCalls(pressed, { change: v.changeId, page: v.page.index });
        if (view) await changeCallsMenu.edit(pressed, view);
      }).row();
    }
    b.pages(v.page, async (pressed, index) => {
      const view = await loadChangeCalls(pressed, { change: v.changeId, page: index });
      if (view) await changeCallsMenu.edit(pressed, view);
    });
  },
});
