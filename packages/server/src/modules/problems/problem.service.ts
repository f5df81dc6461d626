import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { AppError, badField, conflict, ErrorCode, forbidden, notFound } from '../../graphql/errors.js';
import { Agency } from '../agencies/agency.entity.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import { User } from '../auth/auth.entities.js';
import { agencyScope, isCenter, type CurrentUser } from '../auth/current-user.js';
import { Municipality, Topic } from '../reference/reference.entities.js';
import { Problem, ProblemStatus, RoadmapMeasure, RoadmapMeasureStatus } from './problem.entities.js';
import { moscowToday, problemIdsVisibleToAgency } from './problem-statistics.js';
import { parseAddMeasure, parseCreateProblem, parseResolveProblem, parseUpdateMeasure, parseUpdateProblem } from './problem.validation.js';

/** Creates and curates problems and their roadmaps; the center edits everything, an agency its own measures' progress. */
export class ProblemService {
  async create(em: EntityManager, actor: CurrentUser, input: unknown): Promise<Problem> {
    const values = parseCreateProblem(input);
    this.requireCenter(actor, 'creates problems');
    try {
      return await em.transactional(async (tx) => {
        const topic = await tx.findOne(Topic, { code: values.topicCode });
        if (!topic) {
          throw badField('input.topicCode', 'NOT_FOUND', `topic ${values.topicCode} is not in the classifier; pick a code from the topics query.`);
        }
        const municipality = values.municipalityOktmo ? await tx.findOne(Municipality, { oktmo: values.municipalityOktmo }) : null;
        if (values.municipalityOktmo && !municipality) {
          throw badField('input.municipalityOktmo', 'NOT_FOUND', `OKTMO ${values.municipalityOktmo} is not a municipality of the republic.`);
        }
        const problem = tx.create(Problem, {
          title: values.title,
          description: values.description,
          topic,
          municipality,
          roadmapStartedOn: values.roadmapStartedOn,
          createdBy: tx.getReference(User, actor.id),
        });
        await this.recordChange(tx, actor, 'createProblem', 'Problem', problem, null);
        return problem;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw badField(
          'input.topicCode',
          'ALREADY_EXISTS',
          `an active problem already covers topic ${values.topicCode} in ${values.municipalityOktmo ?? 'the whole republic'}; add measures to it or resolve it first.`,
        );
      }
      throw error;
    }
  }

  async update(em: EntityManager, actor: CurrentUser, input: unknown): Promise<Problem> {
    const values = parseUpdateProblem(input);
    this.requireCenter(actor, 'edits problems');
    return em.transactional(async (tx) => {
      const problem = await this.loadForChange(tx, values.problemId, values.expectedVersion);
      const before = auditSnapshot(problem);
      if (values.title !== undefined) {
        problem.title = values.title;
      }
      if (values.description !== undefined) {
        problem.description = values.description;
      }
      if (values.roadmapStartedOn !== undefined) {
        problem.roadmapStartedOn = values.roadmapStartedOn;
      }
      await this.recordChange(tx, actor, 'updateProblem', 'Problem', problem, before);
      return problem;
    });
  }

  async resolve(em: EntityManager, actor: CurrentUser, input: unknown): Promise<Problem> {
    const values = parseResolveProblem(input);
    this.requireCenter(actor, 'resolves problems');
    return em.transactional(async (tx) => {
      const problem = await this.loadForChange(tx, values.problemId, values.expectedVersion);
      this.requireActive(problem, 'resolve');
      const before = auditSnapshot(problem);
      problem.status = ProblemStatus.RESOLVED;
      problem.resolvedAt = new Date();
      await this.recordChange(tx, actor, 'resolveProblem', 'Problem', problem, before);
      return problem;
    });
  }

  /** Adds a measure; the first measure of a problem without a start date starts its roadmap today (Moscow). */
  async addMeasure(em: EntityManager, actor: CurrentUser, input: unknown): Promise<RoadmapMeasure> {
    const values = parseAddMeasure(input);
    this.requireCenter(actor, 'adds roadmap measures');
    return em.transactional(async (tx) => {
      const problem = await this.loadForChange(tx, values.problemId, null);
      this.requireActive(problem, 'addMeasure');
      const agency = await tx.findOne(Agency, { id: values.responsibleAgencyId });
      if (!agency) {
        throw badField('input.responsibleAgencyId', 'NOT_FOUND', `agency ${values.responsibleAgencyId} does not exist; pick one from the agencies query.`);
      }
      const measure = tx.create(RoadmapMeasure, {
        problem,
        title: values.title,
        responsibleAgency: agency,
        dueDate: values.dueDate,
        note: values.note,
      });
      if (!problem.roadmapStartedOn) {
        const problemBefore = auditSnapshot(problem);
        problem.roadmapStartedOn = moscowToday();
        await this.recordChange(tx, actor, 'startRoadmap', 'Problem', problem, problemBefore);
      }
      await this.recordChange(tx, actor, 'addRoadmapMeasure', 'RoadmapMeasure', measure, null);
      return measure;
    });
  }

  /**
   * Changes a measure. The center may change every field. An official of the responsible agency may change
   * only the status and the note, so that the agency reports progress and the center keeps the plan.
   */
  async updateMeasure(em: EntityManager, actor: CurrentUser, input: unknown): Promise<RoadmapMeasure> {
    const values = parseUpdateMeasure(input);
    return em.transactional(async (tx) => {
      const measure = await tx.findOne(RoadmapMeasure, { id: values.measureId }, { populate: ['problem'] });
      const scope = agencyScope(actor);
      const visible = measure && (scope === null || (await problemIdsVisibleToAgency(tx, scope)).includes(measure.problem.id));
      if (!measure || !visible || !(isCenter(actor) || scope)) {
        throw notFound('RoadmapMeasure', values.measureId);
      }
      if (!isCenter(actor)) {
        if (measure.responsibleAgency.id !== scope) {
          throw forbidden('An agency official updates the measures of their own agency only.');
        }
        const planFields = (['title', 'responsibleAgencyId', 'dueDate'] as const).filter((field) => values[field] !== undefined);
        if (planFields.length) {
          throw forbidden(`An agency official changes only the status and the note of a measure; the center changes ${planFields.join(', ')}.`);
        }
      }
      await tx.lock(measure.problem, LockMode.PESSIMISTIC_WRITE);
      this.requireActive(measure.problem, 'updateMeasure');
      const before = auditSnapshot(measure);
      if (values.responsibleAgencyId !== undefined) {
        const agency = await tx.findOne(Agency, { id: values.responsibleAgencyId });
        if (!agency) {
          throw badField('input.responsibleAgencyId', 'NOT_FOUND', `agency ${values.responsibleAgencyId} does not exist; pick one from the agencies query.`);
        }
        measure.responsibleAgency = agency;
      }
      if (values.title !== undefined) {
        measure.title = values.title;
      }
      if (values.dueDate !== undefined) {
        measure.dueDate = values.dueDate;
      }
      if (values.note !== undefined) {
        measure.note = values.note;
      }
      if (values.status !== undefined && values.status !== measure.status) {
        measure.status = values.status;
        measure.doneAt = values.status === RoadmapMeasureStatus.DONE ? new Date() : null;
      }
      await this.recordChange(tx, actor, 'updateRoadmapMeasure', 'RoadmapMeasure', measure, before);
      return measure;
    });
  }

  /** Returns the problem if the caller may read it: any problem for the center, and for an agency one it takes part in. */
  async findVisible(em: EntityManager, actor: CurrentUser, problemId: string): Promise<Problem | null> {
    const problem = await em.findOne(Problem, { id: problemId });
    const scope = agencyScope(actor);
    if (!problem || (scope && !(await problemIdsVisibleToAgency(em, scope)).includes(problem.id))) {
      return null;
    }
    return problem;
  }

  /** Flushes the change, so that the audit entry's after-values carry the new version, and audits it. */
  private async recordChange(
    tx: EntityManager,
    actor: CurrentUser,
    operation: string,
    entityType: 'Problem' | 'RoadmapMeasure',
    entity: Problem | RoadmapMeasure,
    before: Record<string, unknown> | null,
  ): Promise<void> {
    await tx.flush();
    recordAudit(tx, actor, { operation, entityType, entityId: entity.id, before, after: auditSnapshot(entity) });
  }

  private requireCenter(actor: CurrentUser, action: string): void {
    if (!isCenter(actor)) {
      throw forbidden(`Only the center ${action}.`);
    }
  }

  private requireActive(problem: Problem, action: string): void {
    if (problem.status !== ProblemStatus.ACTIVE) {
      throw new AppError(ErrorCode.INVALID_TRANSITION, `Problem "${problem.title}" is ${problem.status}; its roadmap can no longer change.`, {
        from: problem.status,
        action,
        allowedFrom: [ProblemStatus.ACTIVE],
      });
    }
  }

  private async loadForChange(tx: EntityManager, problemId: string, expectedVersion: number | null | undefined): Promise<Problem> {
    const problem = await tx.findOne(Problem, { id: problemId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!problem) {
      throw notFound('Problem', problemId);
    }
    if (expectedVersion != null && expectedVersion !== problem.version) {
      throw conflict(`Problem "${problem.title}" changed since you read it (version ${problem.version}, you sent ${expectedVersion}); reload it and try again.`, {
        currentVersion: problem.version,
      });
    }
    return problem;
  }
}
