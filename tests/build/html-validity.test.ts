import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { defaultBuild } from '../helpers/build-site';

/** Every .html file under dir. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : f.endsWith('.html') ? [p] : [];
  });
}

const java = spawnSync('java', ['-version']).status === 0;
if (!java) {
  if (process.env.CI === 'true')
    throw new Error('CI=true but java is missing: the W3C Nu Html Checker (vnu-jar) needs it');
  console.warn('\n[html-validity] SKIPPED: no java on this machine for the W3C Nu Html Checker\n');
}

describe.skipIf(!java)('the built pages pass the W3C Nu Html Checker', () => {
  it('reports no errors in any page', () => {
    const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
    const files = htmlFiles(defaultBuild());
    expect(files.length).toBeGreaterThanOrEqual(3);
    const r = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'text', ...files], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(`${r.stdout}${r.stderr}`.trim()).toBe('Document checking completed. No errors found.');
    expect(r.status).toBe(0);
  }, 150_000);
});
