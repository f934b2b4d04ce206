import { CenterModel } from './models/center.js';
import { CourseModel } from './models/course.js';
import { SAMPLE_CENTERS, SAMPLE_COURSES } from './seed-data.js';

type SeededModel = typeof CenterModel | typeof CourseModel;

const isDuplicateKey = (error: unknown) => (error as { code?: number } | null)?.code === 11000;

/**
 * Puts the rows missing from an empty collection in with one insert (a first start, and every test
 * file, start from nothing); otherwise one upsert per row, so rows a coordinator edited stay as they are.
 * `wasEmpty` tells the caller the rows went in whole, as they are now.
 */
async function insertMissing(model: SeededModel, rows: Array<{ _id: string }>): Promise<{ inserted: number; wasEmpty: boolean }> {
  if ((await (model as typeof CenterModel).estimatedDocumentCount()) === 0) {
    try {
      await (model as typeof CenterModel).insertMany(rows, { ordered: false });
      return { inserted: rows.length, wasEmpty: true };
    } catch (error) {
      // Another process seeded at the same moment: the upserts below add whatever is still missing.
      if (!isDuplicateKey(error)) throw error;
    }
  }
  const result = await (model as typeof CenterModel).bulkWrite(
    rows.map((row) => ({ updateOne: { filter: { _id: row._id }, update: { $setOnInsert: row }, upsert: true } })),
  );
  return { inserted: result.upsertedCount, wasEmpty: false };
}

/**
 * Loads the sample centers and courses. Inserts only what is missing, so a
 * second run (or a run after a coordinator edited a center) changes nothing.
 */
export async function seedSampleData(): Promise<{ centers: number; courses: number }> {
  const centers = await insertMissing(CenterModel, SAMPLE_CENTERS);
  const courses = await insertMissing(CourseModel, SAMPLE_COURSES);
  // Sample centers stored before they had English words get them once; a coordinator's own stay.
  if (!centers.wasEmpty) {
    await CenterModel.bulkWrite(
      SAMPLE_CENTERS.map((row) => ({ updateOne: { filter: { _id: row._id, en: { $exists: false } }, update: { $set: { en: row.en } } } })),
    );
  }
  // Sample courses stored before they had short names get them once.
  if (!courses.wasEmpty) {
    await CourseModel.bulkWrite(
      SAMPLE_COURSES.map((row) => ({ updateOne: { filter: { _id: row._id, short: { $exists: false } }, update: { $set: { short: row.short } } } })),
    );
  }
  return { centers: centers.inserted, courses: courses.inserted };
}

/** True when no center exists yet: main.ts seeds on the first start. */
export async function isDatabaseEmpty(): Promise<boolean> {
  return (await CenterModel.estimatedDocumentCount()) === 0;
}
