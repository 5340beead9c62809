import type { CountryEntry } from './api';
import { countryName } from './format';

/** The `<option>`s of a country picker: localised name (an <option> cannot hold the flag image), the profile's name as fallback. */
export function CountryOptions({ countries, lang }: { countries: CountryEntry[]; lang: string }) {
  return (
    <>
      {countries.map((c) => (
        <option key={c.country} value={c.country}>
          {countryName(c.country, lang) || c.name}
        </option>
      ))}
    </>
  );
}
