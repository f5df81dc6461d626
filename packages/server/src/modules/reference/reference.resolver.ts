import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { containsPattern } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { badField } from '../../graphql/errors.js';
import { requireUser } from '../auth/current-user.js';
import { CalendarDay, Municipality, QuestionType, Topic } from './reference.entities.js';
import { CalendarDayType, MunicipalityType, QuestionTypeType, TopicFilter, TopicType } from './reference.types.js';

const MAX_TOPIC_RESULTS = 200;

@Resolver()
export class ReferenceResolver {
  @Query(() => [TopicType], { description: `Classifier topics: children of a code, or up to ${MAX_TOPIC_RESULTS} matches of a search.` })
  async topics(@Ctx() context: RequestContext, @Arg('filter', () => TopicFilter, { nullable: true }) filter?: TopicFilter) {
    requireUser(context.user);
    const search = filter?.search?.trim();
    if (search) {
      const pattern = containsPattern(search);
      return context.em.find(
        Topic,
        /^[\d.]+$/.test(search) ? { $or: [{ title: { $ilike: pattern } }, { code: { $like: `${search}%` } }] } : { title: { $ilike: pattern } },
        { orderBy: { code: 'asc' }, limit: MAX_TOPIC_RESULTS },
      );
    }
    return context.em.find(Topic, { parentCode: filter?.parentCode ?? null }, { orderBy: { code: 'asc' } });
  }

  @Query(() => TopicType, { nullable: true })
  topic(@Ctx() context: RequestContext, @Arg('code', () => String) code: string) {
    requireUser(context.user);
    return context.loaders.topicByCode.load(code);
  }

  @Query(() => [QuestionTypeType])
  questionTypes(@Ctx() context: RequestContext) {
    requireUser(context.user);
    return context.em.find(QuestionType, {}, { orderBy: { record: 'desc', code: 'asc' } });
  }

  @Query(() => [MunicipalityType], { description: 'Municipal districts, city districts and settlements, by OKTMO.' })
  municipalities(@Ctx() context: RequestContext) {
    requireUser(context.user);
    return context.em.find(Municipality, { kind: { $nin: ['region_group', 'group'] } }, { orderBy: { oktmo: 'asc' } });
  }

  @Query(() => [CalendarDayType], { description: 'The production calendar’s exceptions to the normal week in one year.' })
  productionCalendar(@Ctx() context: RequestContext, @Arg('year', () => Int) year: number) {
    requireUser(context.user);
    if (year < 1990 || year > 2100) {
      throw badField('year', 'OUT_OF_RANGE', `must be between 1990 and 2100, got ${year}.`);
    }
    return context.em.find(CalendarDay, { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { orderBy: { date: 'asc' } });
  }
}
