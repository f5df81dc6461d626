import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { badField } from '../../graphql/errors.js';
import { UserRole } from '../auth/auth.entities.js';
import { requireRole } from '../auth/current-user.js';
import { StoredFileType } from '../files/stored-file.types.js';
import { QuestionTypeType } from '../reference/reference.types.js';
import { Appeal } from './appeal.entity.js';
import { AppealType } from './appeal.types.js';
import { AddAppealAttachmentsInput, AddAppealAttachmentsPayload, AppealSearchMatchesType } from './appeal-intake.types.js';
import { CoAppellantType } from './co-appellant.types.js';

const APPEAL_ROLES = [UserRole.CENTER_ADMIN, UserRole.CENTER_OPERATOR, UserRole.AGENCY_OFFICIAL];

/** Attachments, co-appellants, the question subtype and search highlights of appeals. */
@Resolver(() => AppealType)
export class AppealIntakeResolver {
  @Mutation(() => AddAppealAttachmentsPayload, { description: 'Attaches files the caller uploaded to an appeal the caller may see.' })
  async addAppealAttachments(@Ctx() context: RequestContext, @Arg('input', () => AddAppealAttachmentsInput) input: AddAppealAttachmentsInput) {
    const user = requireRole(context.user, APPEAL_ROLES);
    const change = await context.services.appeals.addAttachments(context.em, user, input);
    return { appeal: change.appeal };
  }

  @FieldResolver(() => [StoredFileType], { description: 'Attached files, oldest first.' })
  async attachments(@Root() appeal: Appeal, @Ctx() context: RequestContext) {
    const links = await context.loaders.attachmentsByAppealId.load(appeal.id);
    return links.map((link) => link.file);
  }

  @FieldResolver(() => [CoAppellantType], { description: 'Further signatories of a collective appeal, in the order registered.' })
  coAppellants(@Root() appeal: Appeal, @Ctx() context: RequestContext) {
    return context.loaders.coAppellantsByAppealId.load(appeal.id);
  }

  @FieldResolver(() => Boolean, { description: 'True when the appeal has co-appellants.' })
  async collective(@Root() appeal: Appeal, @Ctx() context: RequestContext) {
    return (await context.loaders.coAppellantsByAppealId.load(appeal.id)).length > 0;
  }

  @FieldResolver(() => QuestionTypeType, { nullable: true })
  questionSubtype(@Root() appeal: Appeal, @Ctx() context: RequestContext) {
    return appeal.questionSubtype ? context.loaders.questionTypeByCode.load(appeal.questionSubtype.code) : null;
  }

  @FieldResolver(() => AppealSearchMatchesType, {
    nullable: true,
    description: 'Rank and highlighted fragments for a search text, computed for the requested rows only; pass the list’s filter.text.',
  })
  searchMatches(@Root() appeal: Appeal, @Ctx() context: RequestContext, @Arg('text', () => String) text: string) {
    const trimmed = text.trim();
    if (trimmed.length > 200) {
      throw badField('text', 'TOO_LONG', 'must be at most 200 characters');
    }
    if (!trimmed) {
      return null;
    }
    return context.loaders.searchMatches.load(JSON.stringify([trimmed, appeal.id]));
  }
}
