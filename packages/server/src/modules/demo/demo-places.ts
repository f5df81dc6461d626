import type { Municipality } from '../reference/reference.entities.js';
import { CAPITAL_STREETS, STREETS, TOWNS, VILLAGES, type MunicipalityKind } from './demo-texts.js';
import type { DemoRandom } from './demo-random.js';
import type { DemoReference } from './demo-reference.js';

// ---------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------

/** Values that a theme's templates may use as `{name}` placeholders. */
export interface PlaceValues extends Record<string, string> {
  place: string;
  place_capitalized: string;
  locality: string;
  area: string;
  street: string;
  house: string;
  flat: string;
  route: string;
}

export interface Place {
  municipality: Municipality | null;
  values: PlaceValues;
  address: string;
}

const PLACE_KINDS: MunicipalityKind[] = ['city_district', 'urban_settlement', 'rural_settlement', 'municipal_district'];
const CAPITAL_NAME = 'город Йошкар-Ола';

/** Picks a municipality of one of the kinds, or of any kind when the table has none of them. */
export function choosePlace(reference: DemoReference, wantedKinds: MunicipalityKind[], random: DemoRandom): Place {
  const preferred = random.pick(wantedKinds);
  const kinds = [preferred, ...wantedKinds, ...PLACE_KINDS];
  const kind = kinds.find((candidate) => (reference.municipalitiesByKind.get(candidate)?.length ?? 0) > 0);
  const street = random.pick(STREETS);
  const numbers = {
    house: String(random.integer(1, 64)),
    flat: String(random.integer(1, 120)),
    route: String(random.integer(1, 32)),
  };
  if (!kind) {
    // Only an empty municipality table leads here. The appeal then names no municipality.
    return buildPlace(null, 'г. Йошкар-Ола', 'в г. Йошкар-Ола', 'г. Йошкар-Ола', street, numbers, 'Республика Марий Эл, г. Йошкар-Ола');
  }

  const candidates = reference.municipalitiesByKind.get(kind)!;
  const capital = candidates.find((municipality) => municipality.name === CAPITAL_NAME);
  // Yoshkar-Ola has roughly two fifths of the republic's people (an estimate), so most city appeals come from there.
  const municipality = capital && random.chance(0.7) ? capital : random.pick(candidates);
  const district = findDistrict(reference, municipality);
  const districtName = district ? `, ${district.name}` : '';
  const village = random.pick(VILLAGES);

  switch (kind) {
    case 'city_district': {
      const city = municipality.name.replace(/^город /, 'г. ');
      const cityStreet = municipality === capital ? random.pick(CAPITAL_STREETS) : street;
      return buildPlace(municipality, city, `в ${city}`, city, cityStreet, numbers, `Республика Марий Эл, ${city}`);
    }
    case 'urban_settlement': {
      const town = `${TOWNS.has(municipality.name) ? 'г.' : 'пгт'} ${municipality.name}`;
      const inDistrict = district ? ` ${districtGenitive(district.name)}` : '';
      return buildPlace(
        municipality,
        town,
        `в ${town}${inDistrict}`,
        `городского поселения «${municipality.name}»`,
        street,
        numbers,
        `Республика Марий Эл${districtName}, ${town}`,
      );
    }
    case 'rural_settlement': {
      const settlement = settlementGenitive(municipality.name);
      return buildPlace(municipality, village, `в ${village} ${settlement}`, settlement, street, numbers, `Республика Марий Эл${districtName}, ${village}`);
    }
    case 'municipal_district': {
      const area = districtGenitive(municipality.name);
      return buildPlace(municipality, village, `в ${village} ${area}`, area, street, numbers, `Республика Марий Эл, ${municipality.name}, ${village}`);
    }
  }
}

function buildPlace(
  municipality: Municipality | null,
  locality: string,
  place: string,
  area: string,
  street: string,
  numbers: { house: string; flat: string; route: string },
  addressPrefix: string,
): Place {
  return {
    municipality,
    values: {
      place,
      place_capitalized: place.charAt(0).toLocaleUpperCase('ru') + place.slice(1),
      locality,
      area,
      street,
      ...numbers,
    },
    address: `${addressPrefix}, ${street}, д. ${numbers.house}`,
  };
}

/** Walks up the OKTMO tree (settlement → group → district) to the municipal district, if any. */
function findDistrict(reference: DemoReference, municipality: Municipality): Municipality | null {
  let current: Municipality | undefined = municipality;
  for (let depth = 0; current && depth < 4; depth += 1) {
    if (current.kind === 'municipal_district') {
      return current;
    }
    current = current.parentOktmo ? reference.municipalityByOktmo.get(current.parentOktmo) : undefined;
  }
  return null;
}

/** Converts «Волжский муниципальный район» to «Волжского муниципального района». A name of another form is quoted unchanged. */
function districtGenitive(name: string): string {
  const match = /^(.+)ский муниципальный район$/.exec(name);
  return match ? `${match[1]}ского муниципального района` : `муниципального района «${name}»`;
}

/** Converts «Большепаратское» to «Большепаратского сельского поселения». A name of another form is quoted unchanged. */
function settlementGenitive(name: string): string {
  return name.endsWith('ое') ? `${name.slice(0, -2)}ого сельского поселения` : `сельского поселения «${name}»`;
}
