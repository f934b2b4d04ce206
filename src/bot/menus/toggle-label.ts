/**
 * A toggle button beside a person (a call made, a person at the lesson) says its state in words after the name:
 * «11:00 Иванова Анна — позвонили», «Кулешова Мария — на занятии», and nothing while not yet (walk30 W30-15). A mark
 * («☐», «▫️», «✅») is read out by a screen reader as «белый квадратик»; the pickers of /staff and /newclass already say
 * «— выбрано» (`ticked`).
 *
 * A phone shows about this many characters of a button alone in its row (a 360-point screen: a bubble of about 280
 * points, some 8 points a letter); a longer label is cut at its end, which is where the state is. So a name too long
 * for its label is shortened: a name of three words or more to its first word and initials («Кулешова Мария А.»,
 * then «Кулешова М. А.»), then cut with «…». Two people whose shortened names would read the same keep their names
 * whole (Telegram may then cut them, as it did before), so that no two buttons of a page say the same.
 */
import { phoneTail } from '../../domain/phone.js';

export const TOGGLE_LABEL_MAX = 34;

export interface Toggle {
  name: string;
  on: boolean;
  /** The words of the state when on («позвонили»). */
  state: string;
  /** Before the name, kept whole («10:00 »). */
  lead?: string;
  /** Said after the name when another toggle of the page has the very same name («…50-01», «№ 2»; probe31 M2). */
  apart?: string;
}

/** The labels of a page of toggles, in their order. */
export function toggleLabels(toggles: Toggle[]): string[] {
  // A long dash in a name kept from before the name rule refused it would read as a state said («Анна — на занятии»).
  toggles = toggles.map((t) => ({ ...t, name: t.name.replace(/[—–]/gu, '-') }));
  const fitted = (t: Toggle, tail: string) => `${t.lead ?? ''}${fitName(t.name, TOGGLE_LABEL_MAX - (t.lead ?? '').length - tail.length)}`;
  // Names that would read the same when on (their shortest) are said whole, on or off.
  const keys = toggles.map((t) => fitted(t, ` — ${t.state}`));
  const seen = new Map<string, number>();
  for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  return toggles.map((t, i) => {
    const tail = t.on ? ` — ${t.state}` : '';
    const twin = t.apart && toggles.some((o, j) => j !== i && o.name === t.name) ? ` · ${t.apart}` : '';
    return `${seen.get(keys[i]!)! > 1 ? `${t.lead ?? ''}${t.name}${twin}` : fitted(t, tail)}${tail}`;
  });
}

/**
 * What tells each person of a list from a namesake in it (probe31 M2), for /attendance, a group's roster and its
 * «➕ Записать человека»: the end of the phone («…50-11»); her number in the list («№ 2») without a phone, or when a
 * namesake's phone ends the same (one phone for a family); '' for a name alone in the list.
 */
export function namesakeMarks(people: Array<{ name: string; phone?: string | null | undefined }>, number: (i: number) => number = (i) => i + 1): string[] {
  return people.map((p, i) => {
    const twins = people.filter((o, j) => j !== i && o.name === p.name);
    if (twins.length === 0) return '';
    const tail = phoneTail(p.phone);
    return tail && !twins.some((o) => phoneTail(o.phone) === tail) ? tail : `№ ${number(i)}`;
  });
}

/** The name with its namesake mark, if any («Анна · …50-11»). */
export const withMark = (name: string, mark: string): string => (mark ? `${name} · ${mark}` : name);

/** The name in at most `room` characters: whole; a name of three words or more with its later words as initials; else cut. */
export function fitName(name: string, room: number): string {
  if (name.length <= room) return name;
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length >= 3) {
    for (let i = words.length - 1; i >= 1; i--) {
      const initial = /^\p{L}/u.exec(words[i]!)?.[0];
      if (!initial) continue;
      words[i] = `${initial.toLocaleUpperCase('ru')}.`;
      if (words.join(' ').length <= room) return words.join(' ');
    }
  }
  return `${words.join(' ').slice(0, Math.max(1, room - 1)).trimEnd()}…`;
}
