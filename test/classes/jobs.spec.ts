import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { createAgenda } from '../../src/jobs/agenda.js';
import { defineClassesJobs, OFFERS_JOB } from '../../src/jobs/classes/index.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('jobs', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());

  describe('classes jobs', () => {
    it('schedules the offers job every 10 minutes, once however often it is defined', async () => {
      const t = createTestBot();
      const agenda = createAgenda(mongoose.connection.db!);
      await agenda.ready;
      await defineClassesJobs(agenda, t.deps);
      await defineClassesJobs(agenda, t.deps); // a second process or restart
      const jobs = await mongoose.connection.db!.collection('agendaJobs').find({ name: OFFERS_JOB }).toArray();
      expect(jobs).toHaveLength(1);
      expect(jobs[0]!.repeatInterval).toBe('10 minutes');
      await agenda.stop();
    });
  });
});
