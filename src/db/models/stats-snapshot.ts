import { Schema, model } from 'mongoose';
import { jsonTextField } from '../json-text.js';

/**
 * The numbers behind /stats, computed in one pass over the waiting list by a
 * background job (src/jobs/admin), so that a command answers at once however
 * long the list (docs/test-database.md). Stored as JSON text (src/db/json-text.ts):
 * it holds tables. `_id` is 'all'.
 */
const statsSnapshotSchema = new Schema(
  {
    _id: { type: String, required: true },
    computedAt: { type: Date, required: true },
    json: jsonTextField,
    /** How long the count took (ms): a quick one is made afresh for every /stats (domain/stats.ts LIVE_BUILD_MS). */
    buildMs: { type: Number },
  },
  { versionKey: false },
);

export const StatsSnapshotModel = model('StatsSnapshot', statsSnapshotSchema, 'stats_snapshots');
