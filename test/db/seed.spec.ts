import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CenterModel } from '../../src/db/models/center.js';
import { CourseModel } from '../../src/db/models/course.js';
import { seedSampleData } from '../../src/db/seed.js';
import { SAMPLE_CENTERS, SAMPLE_COURSES } from '../../src/db/seed-data.js';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';

describe('seed', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  beforeEach(() => emptyTestDatabase());
  afterAll(() => done());

  describe('the sample data', () => {
    it('goes into an empty database whole, English words and short names included', async () => {
      expect(await seedSampleData()).toEqual({ centers: SAMPLE_CENTERS.length, courses: SAMPLE_COURSES.length });
      const gogol = await CenterModel.findById('kemerovo-gogol').lean();
      expect(gogol).toMatchObject({ name: 'Библиотека имени Н. В. Гоголя', en: { name: 'Gogol Library' }, active: true });
      expect(await CourseModel.countDocuments({ short: { $exists: true } })).toBe(SAMPLE_COURSES.length);
    });

    it('adds only what is missing the second time, keeps what a coordinator edited, and adds English words once', async () => {
      await seedSampleData();
      await CenterModel.updateOne({ _id: 'kemerovo-gogol' }, { $set: { name: 'Гоголевка' }, $unset: { en: 1 } });
      await CenterModel.deleteOne({ _id: 'yurga-central' });
      expect(await seedSampleData()).toEqual({ centers: 1, courses: 0 });
      expect(await CenterModel.findById('kemerovo-gogol').lean()).toMatchObject({ name: 'Гоголевка', en: { name: 'Gogol Library' } });
      expect(await CenterModel.countDocuments()).toBe(SAMPLE_CENTERS.length);
    });
  });
});
