import { Card, Space } from 'antd';
import type { ComponentType } from 'react';
import { useCurrentUser } from '../auth/useAuth';
import { DraftForm, PublicationForm, VerificationForm } from './AgencyStepForms';
import {
  CloseForm,
  DismissForm,
  DistributionForm,
  RequestVerificationForm,
  RerouteForm,
  ReviewDraftForm,
  SendProposalForm,
  SupersedeForm,
} from './CenterStepForms';
import { availableCommentSteps, type CommentStep } from './commentSteps';
import type { StepProps } from './stepTypes';

/** The card of each step; approval and return share one card because both review the same version. */
const STEP_CARDS: Partial<Record<CommentStep, { title: string; form: ComponentType<StepProps> }>> = {
  requestInformationRiskVerification: { title: 'Проверка информации органом', form: RequestVerificationForm },
  recordInformationRiskVerification: { title: 'Результат проверки', form: VerificationForm },
  sendCommentProposal: { title: 'Предложение официального комментария', form: SendProposalForm },
  submitCommentDraft: { title: 'Проект официального комментария', form: DraftForm },
  approveOfficialComment: { title: 'Согласование проекта', form: ReviewDraftForm },
  recordCommentPublication: { title: 'Публикация на сайте органа', form: PublicationForm },
  recordCommentDistribution: { title: 'Передача в СМИ', form: DistributionForm },
  closeInformationRisk: { title: 'Закрытие дела', form: CloseForm },
  supersedeOfficialComment: { title: 'Замена комментария', form: SupersedeForm },
  rerouteInformationRisk: { title: 'Передача другому органу', form: RerouteForm },
  dismissInformationRisk: { title: 'Отклонение дела', form: DismissForm },
};

/** Renders the steps the user may take with the case in its current status. */
export function CommentActions({ risk, onReload }: StepProps) {
  const user = useCurrentUser();
  const steps = availableCommentSteps(user, risk).filter((step) => STEP_CARDS[step]);
  if (steps.length === 0) {
    return null;
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="comment-actions">
      {steps.map((step) => {
        const card = STEP_CARDS[step]!;
        const Form = card.form;
        return (
          <Card key={`${step}-${risk.status}`} size="small" title={card.title} data-testid={`step-card-${step}`}>
            <Form risk={risk} onReload={onReload} />
          </Card>
        );
      })}
    </Space>
  );
}
