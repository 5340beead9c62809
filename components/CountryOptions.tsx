import type { CountryEntry } from './api';
import { countryName, flag } from './format';

/** The `<option>`s of a country picker: flag and localised name, the profile's name as fallback. */
export function CountryOptions({ countries, lang }: { countries: CountryEntry[]; lang: string }) {
  return (
    <>
      {countries.map((c) => (
        <option key={c.country} value={c.country}>
          {flag(c.country)} {countryName(c.country, lang) || c.name}
        </option>
      ))}
    </>
  );
}
