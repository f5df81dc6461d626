import type { InformationRiskDetailsFragment } from '@cur/schema';

export interface StepProps {
  risk: InformationRiskDetailsFragment;
  /** Reloads the case, for example after a CONFLICT on the user's request. */
  onReload: () => Promise<unknown>;
}
