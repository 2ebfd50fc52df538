import { type ProgressSummary } from '@punte/course-engine';
import { type CachedReportRow, mergeRows, type ProgressHead, staleHeads } from './report-rows';

const summary = { lessonId: 'l', completed: false } as ProgressSummary;
const row = (learnerId: string, lessonId: string, sourceAt: string): CachedReportRow => ({
  learnerId,
  lessonId,
  courseSlug: 'c',
  summary,
  lastSeenAt: new Date(sourceAt),
  answers: [],
  sourceAt: new Date(sourceAt),
  activity: [],
});
const head = (learnerId: string, lessonId: string, at: string): ProgressHead => ({
  learnerId,
  lessonId,
  courseSlug: 'c',
  lastActivityAt: new Date(at),
});

describe('report rows kept between reports', () => {
  const cached = [row('ana', 'l1', '2027-03-02T08:00:00Z'), row('ion', 'l1', '2027-03-02T08:00:00Z')];

  it('re-reads only lessons that changed or are new', () => {
    const heads = [
      head('ana', 'l1', '2027-03-02T08:00:00Z'),
      head('ion', 'l1', '2027-03-02T08:05:00Z'),
      head('ion', 'l2', '2027-03-02T08:06:00Z'),
    ];
    expect(staleHeads(heads, cached).map((h) => `${h.learnerId}/${h.lessonId}`)).toEqual([
      'ion/l1',
      'ion/l2',
    ]);
  });

  it('re-reads a lesson written again at the same activity time (a new revision)', () => {
    const revised = [{ ...cached[0], sourceRevision: 3 }];
    expect(staleHeads([{ ...head('ana', 'l1', '2027-03-02T08:00:00Z'), revision: 3 }], revised)).toEqual([]);
    expect(staleHeads([{ ...head('ana', 'l1', '2027-03-02T08:00:00Z'), revision: 4 }], revised)).toHaveLength(
      1,
    );
  });

  it('reads cached dates whether the database gave Date objects or strings', () => {
    const fromJson = JSON.parse(JSON.stringify(cached)) as CachedReportRow[];
    expect(staleHeads([head('ana', 'l1', '2027-03-02T08:00:00Z')], fromJson)).toEqual([]);
  });

  it('keeps current rows, takes recomputed ones and drops rows without a document', () => {
    const merged = mergeRows(
      [head('ana', 'l1', '2027-03-02T08:00:00Z'), head('ion', 'l2', '2027-03-02T08:06:00Z')],
      cached,
      [row('ion', 'l2', '2027-03-02T08:06:00Z')],
    );
    expect(merged.map((r) => `${r.learnerId}/${r.lessonId}`)).toEqual(['ana/l1', 'ion/l2']);
  });
});
