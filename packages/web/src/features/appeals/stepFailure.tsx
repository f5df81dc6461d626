import { Alert, Button } from 'antd';
import type { AppealDetailsFragment } from '@cur/schema';
import { useState } from 'react';
import { describeApiError, type ApiErrorInfo } from '../../shared/apiErrors';

const STEP_MESSAGES = {
  CONFLICT: 'Обращение изменено другим пользователем — обновите страницу',
  NOT_FOUND: 'Обращение не найдено',
};

export interface StepProps {
  appeal: AppealDetailsFragment;
  /** Reloads the appeal after a step, or after a conflict on the user's request. */
  onChanged: () => Promise<unknown>;
}

/** Handles a failed step: field errors go under the fields, the rest becomes the alert's text. */
export function useStepFailure() {
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const report = (error: unknown, applyFields: (info: ApiErrorInfo) => number) => {
    const info = describeApiError(error, STEP_MESSAGES);
    const unmatched = applyFields(info);
    setFailure(info.fieldErrors.length > 0 && unmatched === 0 ? null : info);
  };
  return { failure, clear: () => setFailure(null), report };
}

export function StepFailure({ failure, onReload }: { failure: ApiErrorInfo | null; onReload: () => void }) {
  if (!failure) {
    return null;
  }
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      message={failure.message}
      data-testid="appeal-action-error"
      action={failure.code === 'CONFLICT' ? <Button onClick={onReload}>Обновить</Button> : undefined}
    />
  );
}
