import { Schema, model } from 'mongoose';

/**
 * The numbers behind /stats, computed in one pass over the waiting list by a
 * background job (src/jobs/admin): on the test server a query over 100,000
 * entries takes seconds, a command must answer in under one. Stored as JSON
 * text (it holds nested arrays, which FerretDB cannot store). `_id` is 'all'.
 */
const statsSnapshotSchema = new Schema(
  {
    _id: { type: String, required: true },
    computedAt: { type: Date, required: true },
    json: { type: String, required: true },
  },
  { versionKey: false },
);

export const StatsSnapshotModel = model('StatsSnapshot', statsSnapshotSchema, 'stats_snapshots');
