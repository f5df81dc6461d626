import { FieldResolver, Resolver, Root } from 'type-graphql';
import { fileUrl } from './file.routes.js';
import { StoredFile } from './stored-file.entity.js';
import { StoredFileType } from './stored-file.types.js';

@Resolver(() => StoredFileType)
export class StoredFileResolver {
  @FieldResolver(() => String)
  url(@Root() file: StoredFile): string {
    return fileUrl(file.id);
  }
}
