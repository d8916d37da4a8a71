/**
 * The comparison page for `npm run bench`: maplibre-gl with no tiles (a background, a few lines and points from an
 * inline GeoJSON source) and scrollama, flying the map at each step. Bundled by scripts/bench/build.ts with esbuild;
 * the worker file is copied next to the bundle as maplibre-gl-worker.js.
 */
import { Map as MapLibre, setWorkerUrl, type LngLatLike } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import scrollama from 'scrollama';
import './style.css';

setWorkerUrl(new URL('./maplibre-gl-worker.js', import.meta.url).href);

type Pt = [number, number];
const PLACES: Record<string, Pt> = {
  Laiza: [97.5633, 24.76],
  Myitkyina: [97.4, 25.3833],
  Bhamo: [97.2333, 24.2667],
  Muse: [97.9047, 23.9792],
  Ruili: [97.85, 24.01],
  Lashio: [97.75, 22.9333],
  Hsipaw: [97.283, 22.617],
  Mandalay: [96.0844, 21.9831],
  Kyaukphyu: [93.5458, 19.4264],
  Kunming: [102.7094, 25.0464],
};
const CORRIDOR: Pt[] = [
  PLACES.Kunming!,
  [100.2333, 25.5667],
  [99.167, 25.117],
  PLACES.Ruili!,
  PLACES.Muse!,
  PLACES.Lashio!,
  PLACES.Hsipaw!,
  PLACES.Mandalay!,
  [94.95, 20.15],
  PLACES.Kyaukphyu!,
];
const BORDER: Pt[] = [
  [98.7, 27.5],
  [98.5, 26.1],
  [97.6, 25.3],
  [97.7, 24.8],
  [97.5, 24.1],
  [98.0, 23.9],
  [98.9, 23.2],
  [99.5, 22.1],
  [100.2, 21.5],
];

const STEPS: { center: LngLatLike; zoom: number }[] = [
  { center: [97.6, 24.0], zoom: 5.6 },
  { center: PLACES.Laiza!, zoom: 10 },
  { center: [97.88, 23.99], zoom: 10.5 },
  { center: PLACES.Lashio!, zoom: 8.5 },
  { center: PLACES.Mandalay!, zoom: 8 },
  { center: [98.1, 22.3], zoom: 4.8 },
];

const container = document.querySelector<HTMLElement>('[data-map]')!;
const map = new MapLibre({
  container: 'map',
  style: {
    version: 8,
    sources: {
      lines: {
        type: 'geojson',
        data: {
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { kind: 'corridor' },
              geometry: { type: 'LineString', coordinates: CORRIDOR },
            },
            { type: 'Feature', properties: { kind: 'border' }, geometry: { type: 'LineString', coordinates: BORDER } },
          ],
        },
      },
      places: {
        type: 'geojson',
        data: {
          type: 'FeatureCollection',
          features: Object.entries(PLACES).map(([name, coordinates]) => ({
            type: 'Feature' as const,
            properties: { name },
            geometry: { type: 'Point' as const, coordinates },
          })),
        },
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4efe4' } },
      {
        id: 'border',
        type: 'line',
        source: 'lines',
        filter: ['==', ['get', 'kind'], 'border'],
        paint: { 'line-color': '#4d4d4d', 'line-width': 1.5, 'line-dasharray': [3, 2] },
      },
      {
        id: 'corridor',
        type: 'line',
        source: 'lines',
        filter: ['==', ['get', 'kind'], 'corridor'],
        paint: { 'line-color': '#6a3fb0', 'line-width': 3 },
      },
      {
        id: 'places',
        type: 'circle',
        source: 'places',
        paint: {
          'circle-radius': 5,
          'circle-color': '#1b1b1b',
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      },
    ],
  },
  center: STEPS[0]!.center,
  zoom: STEPS[0]!.zoom,
  // The page scrolls over the map: the map must not take the wheel or touch gestures.
  interactive: false,
});

let current = 0;
container.dataset.stepIndex = '0';
const show = (index: number) => {
  if (index === current || !STEPS[index]) return;
  current = index;
  container.dataset.stepIndex = String(index);
  map.flyTo({ ...STEPS[index]!, duration: 1200 });
};

// The usual set-up: the step sections (a screen tall each) are the steps, triggered at the middle of the viewport.
scrollama()
  .setup({ step: '[data-step]', offset: 0.5 })
  .onStepEnter(({ index }) => show(index));
