import { loadConfig, ConfigError } from '../config.js';
import { connectDatabase } from './connect.js';
import { seedSampleData } from './seed.js';

/** npm run seed: loads the sample centers and courses (idempotent). Needs no BOT_TOKEN. */
try {
  const config = loadConfig({ ...process.env, BOT_TOKEN: process.env.BOT_TOKEN || '0:seed-only-no-token-needed-xxxxxxxxxx' });
  const db = await connectDatabase({ uri: config.MONGODB_URI, dataDir: config.DATA_DIR, warn: console.warn });
  const added = await seedSampleData();
  console.log(`Seed: ${added.centers} centers and ${added.courses} courses added (existing ones left as they are).`);
  await db.close();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}
