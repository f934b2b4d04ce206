import { describeCenter, findCenter, listCenters, listEveryCenter, listTowns, type Center } from '../../src/domain/catalog.js';
import { centerInTownOf, centerTitle, centerWords, townWords } from '../../src/domain/center-names.js';
import { distanceKm, isValidLocation, nearestCenters } from '../../src/domain/geo.js';
import type { SceneContext, SceneConversation } from '../shared/context.js';
import { opensText } from '../shared/center-label.js';
import { locationKeyboard } from '../shared/keyboards.js';
import type { AskOptions, Questions } from '../shared/questions.js';
import { rememberDistances, rememberedDistances } from './nearest-distances.js';

/** Reads a shared location (or a venue) from a message. */
export function sharedLocation(ctx: Pick<SceneContext, 'message'>) {
  const location = ctx.message?.location ?? ctx.message?.venue?.location;
  return location && isValidLocation(location) ? { latitude: location.latitude, longitude: location.longitude } : undefined;
}

/**
 * The nearest centers of the location shared in this very update, with their
 * distances in km. Both come from the precise point, outside the replay (the
 * stored log keeps only a town-level one, see src/bot/conversation-storage.ts,
 * and the centers without distances: five distances would give the location
 * away again). The distances are kept in memory (nearest-distances.ts), so a
 * list shown again after Back says the same; without them (a restart) `km` is
 * undefined: no distance rather than a wrong one.
 */
export async function nearestToShared(
  conversation: SceneConversation,
  ctx: SceneContext,
  location: { latitude: number; longitude: number },
  count?: number,
): Promise<Array<{ center: Center; km: number | undefined }>> {
  const centers = await conversation.external(async (outside) => {
    const point = sharedLocation(outside) ?? location;
    const near = nearestCenters(await listCenters(), point, count).map(({ center }) => center);
    if (outside.chatId !== undefined) rememberDistances(outside.chatId, near.map((c) => c.id), near.map((c) => Math.round(distanceKm(point, c) * 10) / 10));
    return near;
  });
  // Read outside `external` on purpose: the result only labels messages, and must not enter the stored log.
  const km = rememberedDistances(ctx.chatId, centers.map((c) => c.id));
  return centers.map((center, i) => ({ center, km: km?.[i] }));
}

/**
 * Farther than this from every center, a shared point is not in Kuzbass (a phone without a GPS fix sends 0, 0): the
 * towns are asked again rather than "nearest" centers thousands of kilometres away (probe s21 L7). The locale key
 * location-far-away says the number in words: change both together.
 */
const FAR_KM = 300;

/** Whether the shared point is farther than FAR_KM from every open center; read from the precise point, only the answer is logged. */
export function farFromEveryCenter(conversation: SceneConversation, location: { latitude: number; longitude: number }): Promise<boolean> {
  return conversation.external(async (outside) => {
    const point = sharedLocation(outside) ?? location;
    return (await listCenters()).every((center) => distanceKm(point, center) > FAR_KM);
  });
}

/**
 * Lets the citizen pick a center in one question: "📍 Nearest to me" above the
 * towns; then the five centers nearest to a shared location, or the town's
 * centers. `intro` asks the question; `step` ("Step 2 of 5.") goes before the questions after it too, so a
 * step of the join is counted on each of its screens (walk s20 #4). `nearest: false` leaves out "📍 Nearest to me"
 * (staff moving someone else: their own location says nothing; `shown`: its intro names the person, AskOptions.shown).
 * `onlyOne`: a town of one center is not asked about, its center is taken and its words go to `onlyOne`, for the next
 * question to name it (walk s22 W22-03). `town`: one already named is not asked (walk30 W30-11); `lead` goes above the first question shown. Another town's name typed on a list of centers shows that town's centers (or
 * takes its one), walk s22 W22-02. `now`: a new center's opening day is said beside it (walk34 W34-10). Returns the center id.
 */
export async function pickCenter(
  conversation: SceneConversation,
  q: Questions,
  ctx: SceneContext,
  intro: string,
  step = '',
  { nearest = true, onlyOne, shown, town, lead = () => '', now }: { nearest?: boolean; onlyOne?: (center: { name: string; address: string; opens: string }) => void; shown?: AskOptions['shown']; town?: string; lead?: () => string; now?: () => Date } = {},
): Promise<string> {
  const stepped = (text: string) => (step ? `${step} ${text}` : text);
  const towns = await conversation.external(async () => {
    const centers = await listCenters();
    return (await listTowns()).map((town) => ({ value: town, label: townWords(town, centers, ctx.locale) }));
  });
  const askTown = q.mark();
  // A town named in the words that began the flow («в Топках», walk30 W30-11): not asked; Back asks it.
  const named = town !== undefined && towns.some((t) => t.value === town) ? await q.given(town) : undefined;
  let where = named ?? await q.ask(lead() + intro, {
    choices: [...(nearest ? [{ label: ctx.t('join-center-nearest'), value: NEAREST, alone: true }] : []), ...towns],
    columns: 2,
    shown,
  });
  // Another town's name typed where centers are listed is that town: its centers instead (walk s22 W22-02).
  const otherTowns = (here: string) => towns.filter((t) => t.value !== here).map((t) => ({ label: t.label, value: `${TOWN}${t.value}` }));
  if (where === NEAREST) {
    const location = await q.withReplyKeyboard(stepped(ctx.t('location-ask')), locationKeyboard(ctx), sharedLocation, (c) => c.t('location-invalid'));
    if (await farFromEveryCenter(conversation, location)) return q.rewindTo(askTown, ctx.t('location-far-away'));
    const nearest = await nearestToShared(conversation, ctx, location);
    const { labels, opens } = await conversation.external(async () => {
      const all = await listEveryCenter();
      const labels = nearest.map(({ center }) => centerTitle(center, all, ctx.locale));
      return { labels, opens: now ? nearest.map(({ center }, i) => opensText(ctx, center, now(), 'opens-named', labels[i])).filter(Boolean) : [] };
    });
    const picked = await q.ask(stepped([ctx.t('join-nearest-list'), ...opens].join('\n')), {
      choices: nearest.map(({ center, km }, i) => ({ label: km === undefined ? labels[i]! : ctx.t('center-with-distance', { name: labels[i]!, km }), value: center.id })),
      unlisted: otherTowns(''),
    });
    if (!picked.startsWith(TOWN)) return picked;
    where = picked.slice(TOWN.length);
  }
  for (;;) {
    const town = where;
    const centers = await conversation.external(async () => {
      return (await listCenters()).filter((c) => c.town === town).map((c) => {
        const { name, address } = centerWords(c, ctx.locale);
        return { value: c.id, name, address, opens: now ? opensText(ctx, c, now(), 'opens-card') : '', paren: now ? opensText(ctx, c, now(), 'opens-paren') : '' };
      });
    });
    if (onlyOne && centers.length === 1) {
      onlyOne(centers[0]!);
      return centers[0]!.value;
    }
    // The buttons carry the names; the streets are above them, so someone without a map can tell which is near.
    const list = centers.map((c) => `• ${c.name} — ${c.address}${c.paren && ` ${c.paren}`}`).join('\n');
    const picked = await q.ask(lead() + stepped(ctx.t('join-choose-center', { town: towns.find((t) => t.value === town)?.label ?? town, centers: list })), {
      choices: centers.map((c) => ({ value: c.value, label: c.name })),
      unlisted: otherTowns(town),
    });
    if (!picked.startsWith(TOWN)) return picked;
    where = picked.slice(TOWN.length);
  }
}

/** The value of a town typed on a list of centers (no center id starts so). */
const TOWN = '\u0000town:';

/** The value of "📍 Nearest to me" among the towns (no town is called so). */
const NEAREST = '\u0000near';

type Locale = SceneContext['locale'];

/**
 * The center a flow was started with, checked again: open (it takes entries), closed
 * (deactivated since its card was shown), or undefined for an id no center has (forged).
 */
export async function chosenCenter(centerId: string, locale: Locale): Promise<{ id: string; open: boolean; title: string } | undefined> {
  if (!(await describeCenter(centerId))) return undefined;
  return { id: centerId, open: (await findCenter(centerId)) !== undefined, title: await centerInTownOf(centerId, locale) };
}
