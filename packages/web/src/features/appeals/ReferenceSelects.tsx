import { useQuery } from '@apollo/client';
import { MunicipalitiesDocument, QuestionTypesDocument, type MunicipalitiesQuery } from '@cur/schema';
import { Select } from 'antd';
import { useMemo } from 'react';

interface ReferenceSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  disabled?: boolean;
}

type Municipality = MunicipalitiesQuery['municipalities'][number];

/** OKTMO headings such as «Муниципальные районы Республики Марий Эл», which no appeal can refer to. */
const HEADING_KINDS = new Set(['group', 'region_group']);

/** Finds the municipal district or city district that contains a municipality, to tell settlements of the same name apart. */
function districtOf(municipality: Municipality, byOktmo: Map<string, Municipality>): Municipality | null {
  let parent = municipality.parentOktmo ? byOktmo.get(municipality.parentOktmo) : undefined;
  while (parent) {
    if (!HEADING_KINDS.has(parent.kind)) {
      return parent;
    }
    parent = parent.parentOktmo ? byOktmo.get(parent.parentOktmo) : undefined;
  }
  return null;
}

/** Picks a municipality of the republic by OKTMO. */
export function MunicipalitySelect({ value, onChange, ...rest }: ReferenceSelectProps) {
  const { data, loading, error } = useQuery(MunicipalitiesDocument, { fetchPolicy: 'cache-first' });
  const options = useMemo(() => {
    const all = data?.municipalities ?? [];
    const byOktmo = new Map(all.map((municipality) => [municipality.oktmo, municipality]));
    return all
      .filter((municipality) => !HEADING_KINDS.has(municipality.kind))
      .map((municipality) => {
        const district = districtOf(municipality, byOktmo);
        return {
          value: municipality.oktmo,
          label: district ? `${municipality.name} (${district.name})` : municipality.name,
        };
      });
  }, [data]);

  return (
    <Select<string>
      {...rest}
      allowClear
      showSearch
      optionFilterProp="label"
      placeholder={error ? 'Справочник недоступен' : 'Муниципальное образование'}
      value={value ?? undefined}
      onChange={(oktmo) => onChange?.(oktmo ?? null)}
      options={options}
      loading={loading}
      status={error ? 'warning' : undefined}
    />
  );
}

/** Picks a question type; its subtype has a select of its own, because the server takes it as questionSubtypeCode. */
export function QuestionTypeSelect({ value, onChange, ...rest }: ReferenceSelectProps) {
  const { data, loading, error } = useQuery(QuestionTypesDocument, { fetchPolicy: 'cache-first' });
  const options = useMemo(
    () =>
      (data?.questionTypes ?? [])
        .filter((item) => item.record === 'TYPE')
        .map((type) => ({ value: type.code, label: `${type.code}. ${type.name}` })),
    [data],
  );

  return (
    <Select<string>
      {...rest}
      allowClear
      showSearch
      optionFilterProp="label"
      placeholder={error ? 'Справочник недоступен' : 'Тип вопроса'}
      value={value ?? undefined}
      onChange={(code) => onChange?.(code ?? null)}
      options={options}
      loading={loading}
      status={error ? 'warning' : undefined}
      popupMatchSelectWidth={false}
    />
  );
}
