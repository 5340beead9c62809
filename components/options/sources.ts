/**
 * The data Glocal ships, with versions and terms, for the options page. Versions of npm data
 * packages are checked against node_modules by test/ui/sources.test.ts, so this list cannot
 * silently drift from what is bundled.
 */
export interface DataSource {
  id: string;
  name: string;
  /** The npm package the data comes from, when it is one (its version is checked by a test). */
  npm?: string;
  version: string;
  terms: string;
  use: string;
  /** A licence file shipped in the package (public/), for terms that require attribution. */
  licenceFile?: string;
}

export const DATA_SOURCES: DataSource[] = [
  {
    id: 'hofstede',
    name: 'Hofstede 6-D dimension data matrix (Hofstede, Hofstede & Minkov, Cultures and Organizations, 3rd ed., 2010)',
    version: '2015-12-08',
    terms: '© Geert Hofstede BV. Offered for research use; no open licence. Shipped with attribution.',
    use: 'Culture scores (PDI, IDV, MAS, UAI, LTO, IVR) and the comparison chart.',
  },
  {
    id: 'globe',
    name: 'GLOBE 2004 societal culture (House et al., Culture, Leadership, and Organizations)',
    version: '2004 (Phase 2 aggregated)',
    terms: 'Research data, attributed. Terms not verified.',
    use: 'The GLOBE view of the comparison chart.',
  },
  {
    id: 'cldr',
    name: 'Unicode CLDR (week data, time zones, locale names)',
    npm: 'cldr-core',
    version: '48.2.0',
    terms: 'Unicode License v3',
    use: 'Working week, time zones, country and language names.',
  },
  {
    id: 'date-holidays',
    name: 'date-holidays',
    npm: 'date-holidays',
    version: '3.37.0',
    // The data's licence is in the package's LICENSE (its package.json says CC-BY-3.0, which is wrong).
    terms:
      'Code ISC, © commenthol. Holiday data CC BY-SA 3.0 (creativecommons.org/licenses/by-sa/3.0), © commenthol and contributors, compiled from the Wikipedia articles listed in the licence file.',
    use: 'Public holidays on the recipient card and in calendar checks.',
    licenceFile: '/licenses/date-holidays.txt',
  },
  {
    id: 'countries-and-timezones',
    name: 'countries-and-timezones',
    npm: 'countries-and-timezones',
    version: '3.10.0',
    terms: 'MIT',
    use: 'Time zones of countries.',
  },
  {
    id: 'libphonenumber-js',
    name: 'libphonenumber-js (Google libphonenumber metadata)',
    npm: 'libphonenumber-js',
    version: '1.13.16',
    terms: 'MIT (metadata Apache-2.0)',
    use: 'Country from phone numbers in signatures and records.',
  },
  {
    id: 'tldts',
    name: 'tldts (Public Suffix List)',
    npm: 'tldts',
    version: '7.5.5',
    terms: 'MIT (list MPL-2.0)',
    use: 'Country from email domains.',
  },
  {
    id: 'curated',
    name: 'Glocal curated communication norms and openers',
    version: 'this release',
    terms: 'Written by the Glocal editors, citing the literature listed in the data files.',
    use: 'Greetings, forms of address, etiquette and the call brief.',
  },
];
