import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageInput } from '../../graphql/connection.js';
import { DateTime, EmailAddress, PhoneNumber } from '../../graphql/scalars.js';
import { AppealChannel, AppealEventKind, AppealStatus, AppellantKind, UnansweredGround } from './appeal.entity.js';
import { AppealOrderField, SortDirection } from './appeal-list.js';
import { CoAppellantInput } from './co-appellant.types.js';

registerEnumType(AppealChannel, {
  name: 'AppealChannel',
  description: 'The source of an appeal as the regulation lists them.',
  valuesConfig: {
    WRITTEN: { description: 'A written appeal under 59-FZ.' },
    EMAIL: { description: 'An e-mail appeal under 59-FZ.' },
    IN_PERSON: { description: 'An appeal made in person under 59-FZ.' },
    FEEDBACK_PLATFORM: { description: 'The federal feedback platform (ПОС) of the public services portal.' },
    SOCIAL_MEDIA: { description: 'A public post in a social network or messenger.' },
    VOICE_HOTLINE: { description: 'A regional voice feedback system.' },
    SURVEY: { description: 'Results of a survey or sociological research.' },
    INTERNET_PUBLICATION: { description: 'Information published on the Internet, including misinformation.' },
    OTHER: { description: 'Any other source.' },
  },
});
registerEnumType(AppellantKind, { name: 'AppellantKind' });
registerEnumType(AppealStatus, { name: 'AppealStatus' });
registerEnumType(AppealEventKind, { name: 'AppealEventKind' });
registerEnumType(UnansweredGround, {
  name: 'UnansweredGround',
  description: 'Grounds on which 59-FZ (article 11) lets an appeal be left without an answer on the substance.',
  valuesConfig: {
    NO_NAME_OR_ADDRESS: { description: 'The surname or the address for the answer is missing.' },
    OBSCENE_OR_THREATENING: { description: 'Obscene or insulting language, or threats to an official or their family.' },
    UNREADABLE: { description: 'The text cannot be read.' },
    SUBSTANCE_UNCLEAR: { description: 'The text does not let the substance be determined.' },
    REPEATED_WITHOUT_NEW_ARGUMENTS: { description: 'Answered repeatedly before, with no new arguments.' },
    PROTECTED_SECRET: { description: 'An answer would disclose a state or other protected secret.' },
  },
});
registerEnumType(AppealOrderField, { name: 'AppealOrderField' });
registerEnumType(SortDirection, { name: 'SortDirection' });

@ObjectType('Appeal', { description: 'An appeal of a citizen or legal entity.' })
export class AppealType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Registration number, such as ЦУР-2026-000042.' })
  number!: string;

  @Field(() => AppealChannel)
  channel!: AppealChannel;

  @Field(() => String, { nullable: true, description: 'The appeal’s id in its channel.' })
  externalId?: string | null;

  @Field(() => AppellantKind)
  appellantKind!: AppellantKind;

  @Field(() => String)
  appellantName!: string;

  @Field(() => EmailAddress, { nullable: true })
  appellantEmail?: string | null;

  @Field(() => PhoneNumber, { nullable: true })
  appellantPhone?: string | null;

  @Field(() => String, { nullable: true })
  appellantAddress?: string | null;

  @Field(() => String, { nullable: true })
  appellantInn?: string | null;

  @Field(() => String)
  text!: string;

  @Field(() => AppealStatus)
  status!: AppealStatus;

  @Field(() => DateTime)
  receivedAt!: Date;

  @Field(() => DateTime)
  registeredAt!: Date;

  @Field(() => DateTime, { description: 'When the answer is due.' })
  answerDueAt!: Date;

  @Field(() => String, { nullable: true })
  answerText?: string | null;

  @Field(() => DateTime, { nullable: true })
  answeredAt?: Date | null;

  @Field(() => DateTime, { nullable: true })
  closedAt?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'When the answer term was extended; once at most.' })
  extendedAt?: Date | null;

  @Field(() => Int, { nullable: true })
  extensionDays?: number | null;

  @Field(() => String, { nullable: true })
  extensionReason?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When the appellant was notified of the extension.' })
  extensionNoticeAt?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'When the appellant was notified of the latest forwarding.' })
  forwardingNoticeAt?: Date | null;

  @Field(() => UnansweredGround, { nullable: true })
  unansweredGround?: UnansweredGround | null;

  @Field(() => Int, { description: 'Send it back as expectedVersion to detect concurrent changes.' })
  version!: number;
}

@ObjectType('AppealEvent', { description: 'One step of an appeal’s history.' })
export class AppealEventType {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTime)
  at!: Date;

  @Field(() => AppealEventKind)
  kind!: AppealEventKind;

  @Field(() => AppealStatus, { nullable: true })
  fromStatus?: AppealStatus | null;

  @Field(() => AppealStatus)
  toStatus!: AppealStatus;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType()
export class AppealConnection extends Connection(AppealType, 'Appeal') {}

@InputType()
export class AppealFilter {
  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => [AppealStatus], { nullable: true })
  statuses?: AppealStatus[] | null;

  @Field(() => [AppealChannel], { nullable: true })
  channels?: AppealChannel[] | null;

  @Field(() => String, { nullable: true, description: 'A classifier code; appeals of its subtopics match too.' })
  topicCode?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'Only appeals whose answer is due before this instant.' })
  dueBefore?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Matches the text and answer by Russian stemming, names and places (address, municipality) by similarity, or the number.',
  })
  text?: string | null;
}

@InputType()
export class AppealOrder {
  @Field(() => AppealOrderField)
  field!: AppealOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction!: SortDirection;
}

@InputType()
export class AppealsPageInput extends PageInput {}

@InputType()
export class RegisterAppealInput {
  @Field(() => AppealChannel)
  channel!: AppealChannel;

  @Field(() => String, {
    nullable: true,
    description: 'The appeal’s id in its channel; registering the same channel and id again returns the stored appeal.',
  })
  externalId?: string | null;

  @Field(() => AppellantKind)
  appellantKind!: AppellantKind;

  @Field(() => String, { description: 'Full name of a person or the name of a legal entity.' })
  appellantName!: string;

  @Field(() => EmailAddress, { nullable: true })
  appellantEmail?: string | null;

  @Field(() => PhoneNumber, { nullable: true })
  appellantPhone?: string | null;

  @Field(() => String, { nullable: true })
  appellantAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'INN, required for a legal entity.' })
  appellantInn?: string | null;

  @Field(() => String)
  text!: string;

  @Field(() => String, { description: 'ТОТКО classifier code of the appeal’s topic.' })
  topicCode!: string;

  @Field(() => String, { nullable: true })
  questionTypeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'A subtype of the question type, or one that applies to every type.' })
  questionSubtypeCode?: string | null;

  @Field(() => String, { nullable: true })
  municipalityOktmo?: string | null;

  @Field(() => ID, { nullable: true, description: 'The competent agency; without it the appeal waits for assignAppeal.' })
  agencyId?: string | null;

  @Field(() => DateTime, { description: 'When the appeal reached the center; the registration term counts from it.' })
  receivedAt!: Date;

  @Field(() => [CoAppellantInput], { nullable: true, description: 'Further signatories of a collective appeal.' })
  coAppellants?: CoAppellantInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Files the caller uploaded with POST /api/files.' })
  attachmentIds?: string[] | null;
}

@InputType()
export class AssignAppealInput {
  @Field(() => ID)
  appealId!: string;

  @Field(() => ID)
  agencyId!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class AnswerAppealInput {
  @Field(() => ID)
  appealId!: string;

  @Field(() => String)
  answerText!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class CloseAppealInput {
  @Field(() => ID)
  appealId!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@ObjectType()
export class RegisterAppealPayload {
  @Field(() => AppealType)
  appeal!: AppealType;

  @Field(() => Boolean, { description: 'False when the channel and external id were registered before and nothing new was stored.' })
  created!: boolean;
}

@ObjectType()
export class AssignAppealPayload {
  @Field(() => AppealType)
  appeal!: AppealType;
}

@ObjectType()
export class AnswerAppealPayload {
  @Field(() => AppealType)
  appeal!: AppealType;
}

@ObjectType()
export class CloseAppealPayload {
  @Field(() => AppealType)
  appeal!: AppealType;
}

@InputType()
export class ForwardAppealInput {
  @Field(() => ID)
  appealId!: string;

  @Field(() => ID, { description: 'The competent agency, which takes the appeal over.' })
  agencyId!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => DateTime, { description: 'When the appellant was notified of the forwarding.' })
  appellantNotifiedAt!: Date;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class ExtendAppealInput {
  @Field(() => ID)
  appealId!: string;

  @Field(() => Int, { description: 'Calendar days, 1 to 30.' })
  days!: number;

  @Field(() => String)
  reason!: string;

  @Field(() => DateTime, { description: 'When the appellant was notified of the extension.' })
  appellantNotifiedAt!: Date;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class LeaveAppealUnansweredInput {
  @Field(() => ID)
  appealId!: string;

  @Field(() => UnansweredGround)
  ground!: UnansweredGround;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@ObjectType()
export class ForwardAppealPayload {
  @Field(() => AppealType)
  appeal!: AppealType;
}

@ObjectType()
export class ExtendAppealPayload {
  @Field(() => AppealType)
  appeal!: AppealType;
}

@ObjectType()
export class LeaveAppealUnansweredPayload {
  @Field(() => AppealType)
  appeal!: AppealType;
}
