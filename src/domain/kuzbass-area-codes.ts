/**
 * The area code of a Kuzbass landline, as its people dial and the libraries print it: «8 (3842) 36-42-90» in
 * Кемерово, «8 (38442) 7-11-22» in Промышленная (walk40 L5: «+7 384 427-11-22» split the code, and nobody dials
 * that). libphonenumber gives every Russian number a three-digit code («+7 384 427 11 22»), so the codes inside
 * the region's 384 are read here from the numbering plan's rule: 3842 Кемерово, 3843 Новокузнецк, 3846 Прокопьевск
 * with six-digit local numbers; every other town a five-digit code (38451 Юрга, 38464 Киселёвск, 38463 Гурьевск)
 * with five-digit numbers. Other regions' numbers are left to the caller (their codes are not known here).
 */
export function kuzbassAreaCode(national: string): string | undefined {
  if (!/^384\d{7}$/.test(national)) return undefined;
  const next = national[3]!;
  // Прокопьевск's numbers never begin with 3 or 4: 38463 and 38464 are Гурьевск and Киселёвск.
  if (next === '6') return /^[34]$/.test(national[4]!) ? national.slice(0, 5) : national.slice(0, 4);
  return next === '2' || next === '3' ? national.slice(0, 4) : national.slice(0, 5);
}
