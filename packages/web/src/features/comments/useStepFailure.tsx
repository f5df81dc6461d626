import { Alert, App, Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { describeApiError, type ApiErrorInfo } from '../../shared/apiErrors';

const STEP_MESSAGES = {
  CONFLICT: 'Дело обновлено — проверьте и повторите',
  NOT_FOUND: 'Дело не найдено или передано другому органу',
};

/**
 * Keeps the failure of a case step. `report` describes the error with case status names, lets the
 * caller place field errors under its fields, and keeps the alert unless every field error found a field.
 * A CONFLICT means that someone else changed the case first, so `report` reloads it through `onReload`.
 */
export function useStepFailure(onReload: () => unknown) {
  const { message } = App.useApp();
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const report = (error: unknown, applyFields: (info: ApiErrorInfo) => number = () => 0): ApiErrorInfo => {
    const info = describeApiError(error, STEP_MESSAGES, 'INFORMATION_RISK');
    if (info.code === 'CONFLICT') {
      // The reload may change the status and so replace this form, which would drop the alert.
      message.warning(STEP_MESSAGES.CONFLICT);
      void onReload();
    }
    const unmatched = applyFields(info);
    setFailure(info.fieldErrors.length > 0 && unmatched === 0 ? null : info);
    return info;
  };
  return { failure, clear: () => setFailure(null), report };
}

interface StepFailureProps {
  failure: ApiErrorInfo | null;
  onReload: () => void;
  /** Replaces the alert's description, such as the list of a draft's missing parts. */
  description?: ReactNode;
}

/** Renders a failed step; a CONFLICT also offers to reload the case again. */
export function StepFailure({ failure, onReload, description }: StepFailureProps) {
  if (!failure) {
    return null;
  }
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      message={failure.message}
      description={description}
      data-testid="comment-step-error"
      action={failure.code === 'CONFLICT' ? <Button onClick={onReload}>Обновить</Button> : undefined}
    />
  );
}
