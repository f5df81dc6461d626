import { useQuery } from '@apollo/client';
import { QuestionTypesDocument } from '@cur/schema';
import { Select } from 'antd';
import { useMemo } from 'react';
import { subtypeOptions } from './intakeHelpers';

interface QuestionSubtypeSelectProps {
  /** The chosen question type; only its subtypes and the common ones are offered. */
  typeCode: string | null | undefined;
  value?: string | null;
  onChange?: (value: string | null) => void;
}

/** Picks a question subtype of the chosen type from the classifier's list. */
export function QuestionSubtypeSelect({ typeCode, value, onChange }: QuestionSubtypeSelectProps) {
  const { data, loading, error } = useQuery(QuestionTypesDocument, { fetchPolicy: 'cache-first' });
  const options = useMemo(() => subtypeOptions(data?.questionTypes ?? [], typeCode), [data, typeCode]);
  let placeholder = typeCode ? 'Подвид вопроса' : 'Сначала выберите тип вопроса';
  if (error) {
    placeholder = 'Справочник недоступен';
  }
  return (
    <Select<string>
      allowClear
      showSearch
      optionFilterProp="label"
      placeholder={placeholder}
      value={value ?? undefined}
      onChange={(code) => onChange?.(code ?? null)}
      options={options}
      loading={loading}
      popupMatchSelectWidth={false}
      data-testid="appeal-question-subtype"
    />
  );
}
