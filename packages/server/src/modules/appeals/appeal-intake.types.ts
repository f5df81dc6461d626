import { Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { AppealType } from './appeal.types.js';
import { AppealSearchField } from './appeal-search.js';

registerEnumType(AppealSearchField, { name: 'AppealSearchField', description: 'A field of an appeal that the text filter searches.' });

@InputType()
export class AddAppealAttachmentsInput {
  @Field(() => ID)
  appealId!: string;

  @Field(() => [ID], { description: 'Files the caller uploaded with POST /api/files.' })
  fileIds!: string[];
}

@ObjectType()
export class AddAppealAttachmentsPayload {
  @Field(() => AppealType)
  appeal!: AppealType;
}

@ObjectType('HighlightSegment', { description: 'A piece of a highlighted field; render matched pieces marked.' })
export class HighlightSegmentType {
  @Field(() => String)
  text!: string;

  @Field(() => Boolean)
  matched!: boolean;
}

@ObjectType('SearchHighlight', { description: 'Fragments of one field with the words that matched the search marked.' })
export class SearchHighlightType {
  @Field(() => AppealSearchField)
  field!: AppealSearchField;

  @Field(() => [HighlightSegmentType], { description: 'The field’s fragments in order; «… » pieces join fragments that are apart.' })
  segments!: HighlightSegmentType[];
}

@ObjectType('AppealSearchMatches', { description: 'How an appeal matches a search text.' })
export class AppealSearchMatchesType {
  @Field(() => Float, { description: 'Relevance, higher is better: the full-text rank plus half the best name or place similarity.' })
  rank!: number;

  @Field(() => [SearchHighlightType])
  highlights!: SearchHighlightType[];
}
