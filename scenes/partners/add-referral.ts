import { partnerRegistrar } from '../../src/domain/partners/representatives.js';
import { addPersonScene } from '../desk/add-person.js';
import type { SceneDeps } from '../shared/context.js';

export const PARTNER_ADD_PERSON = 'partners-add-person';

/**
 * /add for a partner's representative: the staff flow of scenes/desk/add-person.ts
 * (paper consent first, then name, phone, course, center, time), at the partner's
 * centers, the person recorded as referred by the partner.
 */
export const partnerAddPersonScene = (deps: SceneDeps) => addPersonScene(deps, { id: PARTNER_ADD_PERSON, registrar: partnerRegistrar });
