import { CenterModel } from './models/center.js';
import { CourseModel } from './models/course.js';
import { SAMPLE_CENTERS, SAMPLE_COURSES } from './seed-data.js';

/**
 * Loads the sample centers and courses. Inserts only what is missing, so a
 * second run (or a run after a coordinator edited a center) changes nothing.
 */
export async function seedSampleData(): Promise<{ centers: number; courses: number }> {
  const insertMissing = async (model: typeof CenterModel | typeof CourseModel, rows: Array<{ _id: string }>) => {
    const result = await (model as typeof CenterModel).bulkWrite(
      rows.map((row) => ({ updateOne: { filter: { _id: row._id }, update: { $setOnInsert: row }, upsert: true } })),
    );
    return result.upsertedCount;
  };
  const counts = {
    centers: await insertMissing(CenterModel, SAMPLE_CENTERS),
    courses: await insertMissing(CourseModel, SAMPLE_COURSES),
  };
  // Sample centers stored before they had English words get them once; a coordinator's own stay.
  await CenterModel.bulkWrite(
    SAMPLE_CENTERS.map((row) => ({ updateOne: { filter: { _id: row._id, en: { $exists: false } }, update: { $set: { en: row.en } } } })),
  );
  // Sample courses stored before they had short names get them once.
  await CourseModel.bulkWrite(
    SAMPLE_COURSES.map((row) => ({ updateOne: { filter: { _id: row._id, short: { $exists: false } }, update: { $set: { short: row.short } } } })),
  );
  return counts;
}

/** True when no center exists yet: main.ts seeds on the first start. */
export async function isDatabaseEmpty(): Promise<boolean> {
  return (await CenterModel.estimatedDocumentCount()) === 0;
}
