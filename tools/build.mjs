// npm run build: compiles src/ and scenes/ to dist/ (dist/src, dist/scenes) and writes dist/main.js,
// the entry `npm run start:prod` and the container run. locales/ and tools/ are found from package.json's folder.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
rmSync(path.join(root, 'dist'), { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
writeFileSync(path.join(root, 'dist/main.js'), "// Built by tools/build.mjs: the bot's production entry.\nimport './src/main.js';\n");
console.log('built dist/ (run: npm run start:prod)');
