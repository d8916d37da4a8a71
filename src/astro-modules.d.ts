/** Lets plain TypeScript (tsc in `npm run check`) import .astro components, as src/node/step-images.ts does for the Astro container. */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
