import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, EmailAddress } from '../../graphql/scalars.js';
import { UserRole } from './auth.entities.js';

registerEnumType(UserRole, {
  name: 'UserRole',
  valuesConfig: {
    CENTER_ADMIN: { description: 'Administrator of the center: everything, including reference data and the audit log.' },
    CENTER_OPERATOR: { description: 'Operator or analyst of the center: all agencies’ work.' },
    AGENCY_OFFICIAL: { description: 'Staff of one agency: that agency’s data only.' },
    PRESS_SERVICE: { description: 'The head’s press service: approved official comments.' },
  },
});

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field(() => EmailAddress)
  email!: string;

  @Field(() => String)
  fullName!: string;

  @Field(() => UserRole)
  role!: UserRole;
}

@InputType()
export class LoginInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;
}

@ObjectType()
export class LoginPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`; the SPA gets it as an httpOnly cookie too.' })
  token!: string;

  @Field(() => DateTime)
  expiresAt!: Date;

  @Field(() => UserType)
  user!: UserType;
}

@ObjectType()
export class LogoutPayload {
  @Field(() => Boolean, { description: 'False when the session had already ended.' })
  revoked!: boolean;
}
