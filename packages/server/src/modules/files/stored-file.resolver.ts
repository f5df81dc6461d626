import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { requireUser } from '../auth/current-user.js';
import { MAX_FILES_PER_UPLOAD, fileUrl } from './file.routes.js';
import { extensionsOf, mediaTypeLabel } from './file-types.js';
import { StoredFile } from './stored-file.entity.js';
import { FileUploadLimitsType, StoredFileType } from './stored-file.types.js';

@Resolver(() => StoredFileType)
export class StoredFileResolver {
  @FieldResolver(() => String)
  url(@Root() file: StoredFile): string {
    return fileUrl(file.id);
  }

  @Query(() => FileUploadLimitsType, { description: 'The size and type limits of uploads, for checking a file before sending it.' })
  fileUploadLimits(@Ctx() context: RequestContext): FileUploadLimitsType {
    requireUser(context.user);
    const { maxBytes, mediaTypes } = context.services.files;
    return {
      maxBytes,
      maxFilesPerUpload: MAX_FILES_PER_UPLOAD,
      mediaTypes: [...mediaTypes],
      extensions: extensionsOf(mediaTypes),
      typeLabels: mediaTypes.map(mediaTypeLabel),
    };
  }
}
