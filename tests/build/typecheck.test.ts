import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { ASTRO, ROOT } from '../helpers/build-site';

describe('types', () => {
  it('astro check finds no errors or warnings in .ts and .astro files', () => {
    const r = spawnSync(process.execPath, [ASTRO, 'check', '--minimumSeverity', 'warning'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 170_000,
    });
    const out = `${r.stdout}\n${r.stderr}`;
    expect(out).toMatch(/- 0 errors/);
    expect(out).toMatch(/- 0 warnings/);
    expect(r.status, out.slice(-2000)).toBe(0);
  }, 180_000);
});
