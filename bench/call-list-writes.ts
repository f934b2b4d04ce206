/**
 * npm run bench:call-list-writes (probe s22 H4): a broadcast's or a closing's calls for a big paper list are written
 * as one task per person (call-digests.ts openListedCalls). Times writing 1,500 of them into a collection that
 * already holds earlier lists, the way the code writes them. One JSON object on the last line.
 */
import { CallTaskModel } from '../src/db/models/call-task.js';
import { openListedCalls } from '../src/domain/call-digests.js';
import { openBenchDatabase, peakRssMb } from './lib/database.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1500);
const LISTS = Number(process.env.BENCH_LISTS ?? 3);
const db = await openBenchDatabase('call-list-writes');
await CallTaskModel.init();
const people = Array.from({ length: PEOPLE }, (_, i) => ({ citizenId: -(2 ** 49 + i), centerId: 'kemerovo-gogol' }));
const seconds: number[] = [];
for (let list = 0; list < LISTS; list++) {
  const started = Date.now();
  await openListedCalls(`${String(list).padStart(24, '0')}`, people, new Date());
  seconds.push((Date.now() - started) / 1000);
  console.log(`list ${list + 1}: ${PEOPLE} calls written in ${seconds.at(-1)!.toFixed(1)} s (${await CallTaskModel.estimatedDocumentCount()} tasks stored)`);
}
const again = Date.now();
await openListedCalls(`${String(0).padStart(24, '0')}`, people, new Date()); // a repeat opens nothing twice
const repeatSeconds = (Date.now() - again) / 1000;
const total = await CallTaskModel.countDocuments();
await db.close();
console.log(JSON.stringify({ people: PEOPLE, lists: LISTS, list_seconds: seconds, repeat_seconds: repeatSeconds, tasks_stored: total, peak_rss_mb: peakRssMb() }));
