import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { decodeTimeCursor, pagedComplexity, pageSize, toConnection } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { assertUuid } from '../../graphql/validation.js';
import { requireRole } from '../auth/current-user.js';
import { ImportRun } from './import-run.entity.js';
import { IMPORT_ROLES } from './import-actor.js';
import {
  AppealImportConnection,
  AppealImportPageInput,
  AppealImportType,
  ImportMappingInfoType,
  StartAppealImportInput,
  StartAppealImportPayload,
} from './import.types.js';

@Resolver(() => AppealImportType)
export class AppealImportResolver {
  @Mutation(() => StartAppealImportPayload, { description: 'Starts importing an uploaded file; poll appealImport(id) for progress. Center administrator only.' })
  async startAppealImport(@Ctx() context: RequestContext, @Arg('input', () => StartAppealImportInput) input: StartAppealImportInput) {
    requireRole(context.user, IMPORT_ROLES);
    assertUuid(input.uploadId, 'input.uploadId');
    assertUuid(input.mappingUploadId, 'input.mappingUploadId');
    const run = await context.services.imports.start(context.user, input);
    return { appealImport: this.toType(context, run) };
  }

  @Query(() => AppealImportType, { description: 'One import run with its progress. Center administrator only.' })
  async appealImport(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    requireRole(context.user, IMPORT_ROLES);
    assertUuid(id, 'id');
    return this.toType(context, await context.services.imports.find(context.user, id));
  }

  @Query(() => AppealImportConnection, { description: 'Import runs, newest first. Center administrator only.', complexity: pagedComplexity })
  async appealImports(@Ctx() context: RequestContext, @Arg('page', () => AppealImportPageInput, { nullable: true }) page?: AppealImportPageInput) {
    requireRole(context.user, IMPORT_ROLES);
    const first = pageSize(page);
    const after = page?.after ? decodeTimeCursor(page.after) : null;
    const where = after
      ? { $or: [{ startedAt: { $lt: after.value } }, { startedAt: after.value, id: { $lt: after.id } }] }
      : {};
    const [rows, totalCount] = await Promise.all([
      context.em.find(ImportRun, where, { orderBy: { startedAt: 'desc', id: 'desc' }, limit: first + 1, populate: ['startedBy'] }),
      context.em.count(ImportRun, {}),
    ]);
    const connection = toConnection(rows, first, totalCount, page?.after, (run) => ({ value: run.startedAt.toISOString(), id: run.id }));
    return { ...connection, edges: connection.edges.map((edge) => ({ ...edge, node: this.toType(context, edge.node) })) };
  }

  @Query(() => [ImportMappingInfoType], { description: 'The committed mapping files. Center administrator only.' })
  importMappings(@Ctx() context: RequestContext) {
    requireRole(context.user, IMPORT_ROLES);
    return context.services.imports.listMappings();
  }

  private toType(context: RequestContext, run: ImportRun): AppealImportType {
    const imports = context.services.imports;
    return {
      id: run.id,
      fileName: run.fileName,
      state: run.state,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt ?? null,
      startedByEmail: run.startedBy?.email ?? null,
      rowsRead: run.rowsRead,
      rowsImported: run.rowsImported,
      rowsSkipped: run.rowsSkipped,
      rowsRejected: run.rowsRejected,
      rowsPerSecond: imports.rowsPerSecond(run),
      fileShareRead: imports.fileShareRead(run),
      reportUrl: run.rowsRejected > 0 ? `/api/imports/${run.id}/report` : null,
      error: run.error ?? null,
    };
  }
}
