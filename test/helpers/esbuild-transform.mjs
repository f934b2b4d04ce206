// Jest's TypeScript transform: esbuild strips the types of one file at a time, which is all
// isolatedModules allows anyway (`npm run typecheck` checks the types; CI runs it). ts-jest did
// the same through the TypeScript compiler: loading it and transpiling every file cost each jest
// worker seconds whenever the cache was cold, as in CI's clean clone.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import esbuild from 'esbuild';

/** tsconfig.json's settings that change the output of one file (the others only type-check). */
const tsconfigRaw = { compilerOptions: { target: 'es2022', useDefineForClassFields: true, verbatimModuleSyntax: true } };
const thisFile = readFileSync(import.meta.filename);

export default {
  process(source, path, options) {
    const { code, map } = esbuild.transformSync(source, {
      loader: 'ts',
      format: options.supportsStaticESM ? 'esm' : 'cjs',
      target: 'node20',
      sourcefile: path,
      sourcemap: 'external',
      sourcesContent: false,
      tsconfigRaw,
    });
    return { code, map };
  },
  getCacheKey(source, path, options) {
    return createHash('sha256')
      .update(thisFile).update(esbuild.version).update(path).update(source)
      .update(String(options.supportsStaticESM)).update(options.configString)
      .digest('hex');
  },
};
