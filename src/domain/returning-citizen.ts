import { CitizenModel } from '../db/models/citizen.js';
import { CONSENT_VERSION } from './consent.js';

/**
 * Whether a Telegram citizen is on record, and with consent to which text:
 * 'current' (the consent text now shown: not asked again), 'older' (another
 * version, or a paper form: asked again, the law wants consent to the text in
 * force), 'none' (never joined, or forgotten). No name or phone: this is read
 * before consent is asked, into the stored replay log.
 */
export async function consentOnRecord(citizenId: number): Promise<'current' | 'older' | 'none'> {
  const citizen = await CitizenModel.findById(citizenId, { 'consent.version': 1, 'consent.method': 1 }).lean();
  if (!citizen) return 'none';
  return citizen.consent?.version === CONSENT_VERSION && citizen.consent.method !== 'paper' ? 'current' : 'older';
}

/**
 * The name and phone a citizen gave when they joined before (read only once
 * they have consented): offered on the summary of a second join instead of
 * their Telegram name, so that "All correct" keeps them. Undefined when the
 * record is gone (forgotten meanwhile).
 */
export async function storedContact(citizenId: number): Promise<{ name: string; phone: string | null } | undefined> {
  const citizen = await CitizenModel.findById(citizenId, { name: 1, phone: 1 }).lean();
  return citizen ? { name: citizen.name, phone: citizen.phone ?? null } : undefined;
}
