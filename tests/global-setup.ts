/** Gives every test file of one run the same stamp, so each shared build is made at most once per run. */
import type { TestProject } from 'vitest/node';

/** One stamp for the whole run: the build and browser projects each run this setup, in one process. */
const stamp = `${process.pid}-${Date.now()}`;

export default function setup(project: TestProject) {
  project.provide('runStamp', stamp);
}

declare module 'vitest' {
  export interface ProvidedContext {
    runStamp: string;
  }
}
