import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTime, EmailAddress, PhoneNumber } from '../../graphql/scalars.js';

@ObjectType('ContactOfficial', { description: 'An official an agency names for its work with the center.' })
export class ContactOfficialType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  surname!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  patronymic!: string;

  @Field(() => String)
  position!: string;

  @Field(() => EmailAddress)
  email!: string;

  @Field(() => PhoneNumber)
  phone!: string;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => Int)
  version!: number;

  @Field(() => DateTime)
  updatedAt!: Date;
}

@ObjectType('ContactOfficialChange', { description: 'One changed field of a contact official.' })
export class ContactOfficialChangeType {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTime)
  changedAt!: Date;

  @Field(() => String, { description: 'The field name, such as phone or position.' })
  field!: string;

  @Field(() => String, { nullable: true })
  oldValue?: string | null;

  @Field(() => String, { nullable: true })
  newValue?: string | null;
}

@InputType()
export class CreateContactOfficialInput {
  @Field(() => ID)
  agencyId!: string;

  @Field(() => String)
  surname!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  patronymic!: string;

  @Field(() => String)
  position!: string;

  @Field(() => EmailAddress)
  email!: string;

  @Field(() => PhoneNumber)
  phone!: string;
}

@InputType()
export class UpdateContactOfficialInput {
  @Field(() => ID)
  contactOfficialId!: string;

  @Field(() => Int, { description: 'The version you read; a different current version fails with CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  surname?: string | null;

  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  patronymic?: string | null;

  @Field(() => String, { nullable: true })
  position?: string | null;

  @Field(() => EmailAddress, { nullable: true })
  email?: string | null;

  @Field(() => PhoneNumber, { nullable: true })
  phone?: string | null;
}

@InputType()
export class DeactivateContactOfficialInput {
  @Field(() => ID)
  contactOfficialId!: string;

  @Field(() => Int)
  expectedVersion!: number;
}

@ObjectType()
export class CreateContactOfficialPayload {
  @Field(() => ContactOfficialType)
  contactOfficial!: ContactOfficialType;
}

@ObjectType()
export class UpdateContactOfficialPayload {
  @Field(() => ContactOfficialType)
  contactOfficial!: ContactOfficialType;
}

@ObjectType()
export class DeactivateContactOfficialPayload {
  @Field(() => ContactOfficialType)
  contactOfficial!: ContactOfficialType;
}
