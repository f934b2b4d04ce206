import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Jest loads the bot anew for every test file: about 1.5 s of CPU (mongoose, grammY and the ~300 modules of
 * src/ and scenes/), more than most of a file's tests take. So a folder's tests are *.spec.ts files, each one
 * describe block, and the folder's part-N.test.ts files import them: the bot is loaded once per part. A folder with
 * many specs has several parts, so jest's workers share them out; specs go to the parts in turn, by name.
 *
 * One spec alone: `npx jest test/<folder> -t '<its describe name>'`.
 */
export async function importSpecs(testFileUrl: string, share = { part: 1, of: 1 }): Promise<void> {
  const folder = path.dirname(fileURLToPath(testFileUrl));
  const specs = readdirSync(folder)
    .filter((name) => name.endsWith('.spec.ts'))
    .sort();
  for (const [index, name] of specs.entries()) {
    if (index % share.of === share.part - 1) await import(path.join(folder, name));
  }
}
