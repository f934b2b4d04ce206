// Jest's module runtime with one addition: the compiled code of each package file (node_modules)
// is kept for the worker's next test files. Every test file gets a fresh module registry, so
// without this each one compiled the ~900 package files it loads (mongoose, grammY, ...) again:
// about 0.15 s a test file. Only V8's compiled code is shared, never a module's state: each test
// file still runs every module anew in its own context.
// It wraps jest-runtime's internal compile step (jest is pinned in package.json); where that step
// is not found, or a file uses import() (which needs jest's own loader), jest compiles as it would.
const Runtime = require('jest-runtime').default;
const { Buffer } = require('node:buffer');
const { compileFunction } = require('node:vm');

/** filename → the source it was compiled from and V8's code cache for it. */
const compiled = new Map();

class CodeCachingRuntime extends Runtime {
  constructor(...args) {
    super(...args);
    const executor = this.executor;
    if (typeof executor?.compile !== 'function' || !Array.isArray(executor.injectedModuleParameters)) return;
    const compile = executor.compile.bind(executor);
    executor.compile = (source, filename) => {
      const context = executor.environment?.getVmContext();
      if (!context || !filename.includes('/node_modules/') || /\bimport\s*\(/.test(source)) return compile(source, filename);
      const cached = compiled.get(filename);
      const reuse = cached?.source === source;
      const fn = compileFunction(source, executor.injectedModuleParameters, {
        filename,
        parsingContext: context,
        ...(reuse ? { cachedData: cached.data } : { produceCachedData: true }),
      });
      // Copied: the code cache buffer belongs to the test file's context, and keeping it would keep that context alive.
      if (!reuse && fn.cachedData) compiled.set(filename, { source, data: Buffer.from(fn.cachedData) });
      return fn;
    };
  }
}

module.exports = CodeCachingRuntime;
