/** Gives every test file of one run the same stamp, so the site is built at most once per run. */
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject) {
  project.provide('runStamp', `${process.pid}-${Date.now()}`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    runStamp: string;
  }
}
