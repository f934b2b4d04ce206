// Runs share 1 of 2 of this folder's *.spec.ts in one jest file: test/helpers/specs.ts says why.
import { importSpecs } from '../helpers/specs.js';

await importSpecs(import.meta.url, { part: 1, of: 2 });
