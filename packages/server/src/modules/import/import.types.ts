import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageInput } from '../../graphql/connection.js';
import { DateTime } from '../../graphql/scalars.js';
import { ImportRunState } from './import-run.entity.js';

registerEnumType(ImportRunState, { name: 'ImportRunState', description: 'RUNNING until the last batch commits; FAILED keeps the counts, and a rerun continues.' });

@ObjectType('AppealImport', { description: 'One import of an appeals file and its progress, as of its last committed batch.' })
export class AppealImportType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => ImportRunState)
  state!: ImportRunState;

  @Field(() => DateTime)
  startedAt!: Date;

  @Field(() => DateTime, { nullable: true })
  finishedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'E-mail of the user who started the import.' })
  startedByEmail?: string | null;

  @Field(() => Int, { description: 'Rows read, rejected ones included.' })
  rowsRead!: number;

  @Field(() => Int)
  rowsImported!: number;

  @Field(() => Int, { description: 'Valid rows whose channel and external id were already registered.' })
  rowsSkipped!: number;

  @Field(() => Int)
  rowsRejected!: number;

  @Field(() => Int)
  rowsPerSecond!: number;

  @Field(() => Float, { nullable: true, description: 'Share of the file read, 0 to 1; null when unknown, such as for a run of another server instance.' })
  fileShareRead?: number | null;

  @Field(() => String, { nullable: true, description: 'Path of the rejected-rows CSV download; null until a row is rejected.' })
  reportUrl?: string | null;

  @Field(() => String, { nullable: true })
  error?: string | null;
}

@ObjectType()
export class AppealImportConnection extends Connection(AppealImportType, 'AppealImport') {}

@ObjectType('ImportMappingInfo', { description: 'A committed mapping file that the import page offers.' })
export class ImportMappingInfoType {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class StartAppealImportInput {
  @Field(() => ID, { description: 'The uploadId that POST /api/imports returned for the data file.' })
  uploadId!: string;

  @Field(() => String, { nullable: true, description: 'A committed mapping by name, such as nyc311.' })
  mappingName?: string | null;

  @Field(() => ID, { nullable: true, description: 'An uploaded mapping file, instead of mappingName.' })
  mappingUploadId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Rows per transaction, 5000 by default.' })
  batchSize?: number | null;
}

@ObjectType()
export class StartAppealImportPayload {
  @Field(() => AppealImportType)
  appealImport!: AppealImportType;
}

@InputType()
export class AppealImportPageInput extends PageInput {}
