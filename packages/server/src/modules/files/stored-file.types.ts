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

@ObjectType('FileUploadLimits', { description: 'Limits of POST /api/files on size and type, so that a client can check a file before sending it.' })
export class FileUploadLimitsType {
  @Field(() => Int, { description: 'Largest file in bytes (FILE_MAX_BYTES).' })
  maxBytes!: number;

  @Field(() => Int, { description: 'Files one upload request may carry.' })
  maxFilesPerUpload!: number;

  @Field(() => [String], { description: 'Accepted media types (FILE_TYPES), lower case.' })
  mediaTypes!: string[];

  @Field(() => [String], { description: 'File name extensions of the accepted types, without the dot, such as pdf.' })
  extensions!: string[];

  @Field(() => [String], { description: 'Short names of the accepted types in the order of mediaTypes, such as PDF, for messages.' })
  typeLabels!: string[];
}
