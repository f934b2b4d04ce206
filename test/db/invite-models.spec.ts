import { describe, expect, it } from '@jest/globals';
import { InviteModel } from '../../src/db/models/invite.js';
import { PartnerInviteModel } from '../../src/db/models/partner-invite.js';

/** The two invites share one shape (one-time-invite.ts) and stay two collections with the fields they always had. */
describe('one-time invites: one shape, two collections', () => {
  const lifecycle = ['_id', 'createdAt', 'createdBy', 'expiresAt', 'usedAt', 'usedBy', 'withdrawnAt', 'withdrawnBy'];
  const fields = (model: typeof InviteModel | typeof PartnerInviteModel) => Object.keys(model.schema.paths).sort();

  it('a staff invite grants centers, a representative invite a partner, nothing else differs', () => {
    expect(fields(InviteModel)).toEqual([...lifecycle, 'centerIds'].sort());
    expect(fields(PartnerInviteModel)).toEqual([...lifecycle, 'partnerId'].sort());
    for (const model of [InviteModel, PartnerInviteModel]) {
      expect(['_id', 'createdBy', 'createdAt', 'expiresAt'].filter((p) => !model.schema.path(p).isRequired)).toEqual([]);
      expect(model.schema.get('versionKey')).toBe(false);
    }
  });

  it('the collections stay apart: no screen can hand out one role through the other', () => {
    expect(InviteModel.collection.collectionName).toBe('invites');
    expect(PartnerInviteModel.collection.collectionName).toBe('partnerinvites');
    expect(PartnerInviteModel.schema.indexes()).toContainEqual([{ partnerId: 1 }, expect.anything()]);
  });
});
