import { Injectable } from '@nestjs/common';
import { type Locale } from '@punte/course-engine';
import { type Viewer } from '../../common/access';
import { BadUserInputError, NotFoundError } from '../../common/domain-errors';
import { GroupAccessService } from '../groups/group-access.service';
import { assertLocale } from '../lessons/lesson-content.service';
import { type AssembledPlan } from './models/assembled-plan.model';
import { type LearnerWithPlans } from './models/learner-plans.model';
import { assemblePlan } from './plan-assembly';
import { answersProjection, learnersWithPlans, planSheets } from './plan-links';
import { planPdf } from './plan-pdf';
import { PlansRepository } from './plans.repository';

const ID = /^[a-z0-9-]{1,80}$/;

export interface PlanPdf {
  bytes: Buffer;
  fileName: string;
}

/** A learner's plans, assembled from their worksheets: for themselves, and read-only for their trainer. */
@Injectable()
export class PlansService {
  constructor(
    private readonly repository: PlansRepository,
    private readonly access: GroupAccessService,
  ) {}

  /** The signed-in learner's own plan. */
  mine(viewer: Viewer, courseSlug: string, documentId: string, locale: string): Promise<AssembledPlan> {
    return this.assemble(viewer.userId, courseSlug, documentId, locale);
  }

  /** A learner's plan for those who may view their group (its trainers, an admin): FORBIDDEN for anyone else. */
  async ofLearner(
    viewer: Viewer,
    learnerId: string,
    courseSlug: string,
    documentId: string,
    locale: string,
  ): Promise<AssembledPlan> {
    const { learner } = await this.access.reachLearner(viewer, learnerId, 'view');
    const plan = await this.assemble(String(learner._id), courseSlug, documentId, locale);
    return { ...plan, learnerName: learner.name };
  }

  /**
   * The learners of the group who have written in a plan, each plan with its link: four reads for
   * the whole group (access and members, courses, lessons, the sheets' answers). Any course's plan
   * counts, as `learnerPlan` opens any: a group without a course plan still has learners who write.
   */
  async withPlans(viewer: Viewer, groupId: string, locale: string): Promise<LearnerWithPlans[]> {
    assertLocale(locale);
    const [{ scope }, courses] = await Promise.all([
      this.access.scope(viewer, groupId),
      this.repository.findCoursesWithPlans(),
    ]);
    if (courses.length === 0 || scope.members.length === 0) return [];
    const slugs = courses.map((course) => course.slug);
    const sheets = planSheets(courses, await this.repository.findLessonsOf(slugs));
    if (sheets.length === 0) return [];
    const learnerIds = scope.members.map((member) => member.learnerId);
    const answers = await this.repository.findSheetAnswers(
      learnerIds,
      slugs,
      [...new Set(sheets.map((sheet) => sheet.lessonId))],
      answersProjection(sheets),
    );
    return learnersWithPlans(courses, sheets, answers, learnerIds, locale as Locale);
  }

  async pdf(plan: AssembledPlan): Promise<PlanPdf> {
    // Made fresh each time: it holds what the learner wrote a moment ago, and only they (or their trainer) ask.
    return { bytes: await planPdf(plan), fileName: `${plan.documentId}.${plan.locale}.pdf` };
  }

  private async assemble(
    learnerId: string,
    courseSlug: string,
    documentId: string,
    locale: string,
  ): Promise<AssembledPlan> {
    assertLocale(locale);
    if (!ID.test(courseSlug)) throw new BadUserInputError(`"${courseSlug}" is not a course id (a-z, 0-9, -)`);
    if (!ID.test(documentId))
      throw new BadUserInputError(`"${documentId}" is not a document id (a-z, 0-9, -)`);
    const [course, lessons, snapshots] = await Promise.all([
      this.repository.findCourse(courseSlug),
      this.repository.findLessons(courseSlug),
      this.repository.findSnapshots(learnerId, courseSlug),
    ]);
    const plan = course && assemblePlan(course, lessons, snapshots, documentId, locale as Locale);
    if (!plan) throw new NotFoundError(`course "${courseSlug}" has no document "${documentId}"`);
    return plan;
  }
}
