// Runs this folder's *.spec.ts in one jest file: test/helpers/specs.ts says why.
import { importSpecs } from '../helpers/specs.js';

await importSpecs(import.meta.url);
