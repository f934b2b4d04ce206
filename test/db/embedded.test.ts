import { describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { useTestDatabase } from '../helpers/test-db.js';

describe('test database', () => {
  it('is a real MongoDB-compatible server, one database per file', async () => {
    const done = await useTestDatabase();
    const things = mongoose.connection.collection('things');
    await things.insertOne({ name: 'a' });
    expect(await things.countDocuments()).toBe(1);
    expect(mongoose.connection.db?.databaseName).toMatch(/^test_/);
    await done();
  });
});
