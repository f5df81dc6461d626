import { Field, InputType, ObjectType } from 'type-graphql';
import { EmailAddress, PhoneNumber } from '../../graphql/scalars.js';
import { AppellantKind } from './appeal.entity.js';

@ObjectType('CoAppellant', { description: 'Another signatory of a collective appeal.' })
export class CoAppellantType {
  @Field(() => AppellantKind)
  kind!: AppellantKind;

  @Field(() => String)
  name!: string;

  @Field(() => EmailAddress, { nullable: true })
  email?: string | null;

  @Field(() => PhoneNumber, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'INN of a legal entity.' })
  inn?: string | null;
}

@InputType({ description: 'A co-appellant, validated by the same rules as the appellant.' })
export class CoAppellantInput {
  @Field(() => AppellantKind, { nullable: true, description: 'RUSSIAN_CITIZEN when omitted.' })
  kind?: AppellantKind | null;

  @Field(() => String, { description: 'Full name of a person or the name of a legal entity.' })
  name!: string;

  @Field(() => EmailAddress, { nullable: true })
  email?: string | null;

  @Field(() => PhoneNumber, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'INN, required for a legal entity.' })
  inn?: string | null;
}
