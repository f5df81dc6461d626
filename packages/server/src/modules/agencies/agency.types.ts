import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageInput } from '../../graphql/connection.js';
import { DateTime } from '../../graphql/scalars.js';
import { AgencyKind } from './agency.entity.js';

registerEnumType(AgencyKind, { name: 'AgencyKind' });

@ObjectType('Agency', { description: 'An executive body of the republic.' })
export class AgencyType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  shortName!: string;

  @Field(() => String, { description: 'The official full name.' })
  name!: string;

  @Field(() => AgencyKind)
  kind!: AgencyKind;

  @Field(() => String, { nullable: true })
  site?: string | null;

  @Field(() => DateTime)
  updatedAt!: Date;
}

@ObjectType('Organization', { description: 'A state organization or company the center reaches through its founder agency.' })
export class OrganizationType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  inn?: string | null;
}

@ObjectType()
export class AgencyConnection extends Connection(AgencyType, 'Agency') {}

@InputType()
export class AgencyFilter {
  @Field(() => String, { nullable: true, description: 'Matches the short or the full name.' })
  search?: string | null;

  @Field(() => [AgencyKind], { nullable: true })
  kinds?: AgencyKind[] | null;
}

@InputType()
export class AgenciesPageInput extends PageInput {}

@InputType()
export class CreateOrganizationInput {
  @Field(() => ID)
  founderAgencyId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  inn?: string | null;
}

@ObjectType()
export class CreateOrganizationPayload {
  @Field(() => OrganizationType)
  organization!: OrganizationType;
}
