// npm run build: compiles src/ and scenes/ to dist/ (dist/src, dist/scenes) and writes dist/main.js,
// the entry `npm run start:prod` and the container run. locales/ and tools/ are found from package.json's folder.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Another folder inside the repository may be given (the test of the build uses one of its own).
// --no-check emits the same files without type-checking first and without reading the imported packages'
// types (the emit of each file needs neither: isolatedModules). The test of the build uses it: `npm run
// typecheck` checks the types, and the check takes most of the build's time.
const args = process.argv.slice(2);
const noCheck = args.includes('--no-check');
const outDir = path.resolve(root, args.find((a) => !a.startsWith('--')) ?? 'dist');
rmSync(outDir, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', outDir, ...(noCheck ? ['--noCheck', '--noResolve'] : [])], {
  cwd: root,
  stdio: 'inherit',
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
writeFileSync(path.join(outDir, 'main.js'), "// Built by tools/build.mjs: the bot's production entry.\nimport './src/main.js';\n");
console.log(`built ${path.relative(root, outDir)}/ (run: node ${path.relative(root, outDir)}/main.js)`);
