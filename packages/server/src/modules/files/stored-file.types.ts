import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';

@ObjectType('StoredFile', { description: 'An uploaded file with what was checked on upload.' })
export class StoredFileType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The name the file had on the uploader’s computer.' })
  fileName!: string;

  @Field(() => String, { description: 'Media type, such as application/pdf.' })
  mediaType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  size!: number;

  @Field(() => String, { description: 'SHA-256 of the content in lower-case hexadecimal.' })
  sha256!: string;

  @Field(() => DateTime)
  uploadedAt!: Date;

  @Field(() => String, { description: 'Download address on this server, /api/files/{id}; needs the session of a user who may see the file.' })
  url!: string;
}
