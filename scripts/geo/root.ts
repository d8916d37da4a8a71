/** The project's root folder, for the scripts' inputs and outputs. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two folders above scripts/geo/). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
