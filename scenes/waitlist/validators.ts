/** Returns a locale key describing the problem, or undefined when the name is fine. */
export function validateName(name: string): string | undefined {
  const trimmed = name.trim();
  return trimmed.length >= 2 && trimmed.length <= 100 && /\p{L}/u.test(trimmed) ? undefined : 'join-name-invalid';
}

/**
 * Normalizes a Russian phone number to +7XXXXXXXXXX; other international
 * numbers are kept with their "+". Returns undefined when it is not a number.
 */
export function normalizePhone(input: string): string | undefined {
  const digits = input.replace(/[^\d+]/g, '');
  const bare = digits.replace(/^\+/, '');
  if (!/^\d{10,15}$/.test(bare)) return undefined;
  if (bare.length === 11 && (bare.startsWith('8') || bare.startsWith('7'))) return `+7${bare.slice(1)}`;
  if (bare.length === 10 && bare.startsWith('9')) return `+7${bare}`;
  return digits.startsWith('+') ? `+${bare}` : bare.length > 11 ? `+${bare}` : undefined;
}
