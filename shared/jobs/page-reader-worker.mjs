// The page-reader pool's thread entry. A worker thread starts without its parent's TypeScript
// loader (tsx in the replay, vite in vitest), so the TypeScript task is loaded through tsx's API.
// Only the local replay and the bench use the pool (the Lambdas read pages in-process), so tsx,
// a dev dependency, is always installed where this runs.
import { tsImport } from 'tsx/esm/api';

const { readPageTask } = await tsImport('./page-reader-worker.ts', import.meta.url);

export default readPageTask;
