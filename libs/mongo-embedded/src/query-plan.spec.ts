import { Collection } from './collection';
import { planQuery } from './query-plan';

function courses(): Collection {
  const c = new Collection('db', 'courses');
  c.createIndex({ name: 'slug_1', key: { slug: 1 }, unique: true });
  c.createIndex({ name: 'group_1_order_1', key: { group: 1, order: 1 } });
  c.createIndex({ name: 'code_1', key: { code: 1 }, sparse: true });
  c.createIndex({ name: 'pin_1', key: { pin: 1 }, partialFilterExpression: { active: true } });
  c.insert({ _id: 1, slug: 'email', group: 'a', order: 1, tags: ['x', 'y'] });
  return c;
}

const stages = (plan: { winningPlan: Record<string, unknown> }): string =>
  JSON.stringify(plan.winningPlan, (k, v: unknown) =>
    k === 'filter' || k === 'indexBounds' ? undefined : v,
  );

describe('the plan mongod would choose', () => {
  const c = courses();

  it('answers a lone _id equality with IDHACK and a missing collection with EOF', () => {
    expect(planQuery(c, { _id: 1 }).winningPlan).toEqual({ stage: 'IDHACK' });
    expect(planQuery(undefined, { a: 1 })).toEqual({ winningPlan: { stage: 'EOF' }, indexed: true });
  });

  it('uses the leading field of an index, not a later one', () => {
    expect(planQuery(c, { group: 'a', order: { $gt: 1 } })).toMatchObject({ indexed: true });
    expect(stages(planQuery(c, { group: 'a' }))).toContain('"indexName":"group_1_order_1"');
    expect(planQuery(c, { order: 1 })).toMatchObject({ indexed: false, winningPlan: { stage: 'COLLSCAN' } });
  });

  it('prefers _id, then a unique index, then an equality', () => {
    expect(stages(planQuery(c, { slug: 'email', group: 'a' }))).toContain('"indexName":"slug_1"');
    expect(stages(planQuery(c, { _id: { $in: [1] }, slug: 'email' }))).toContain('"indexName":"_id_"');
  });

  it('does not use a sparse index for conditions a missing field can match', () => {
    expect(planQuery(c, { code: 'x' }).indexed).toBe(true);
    expect(planQuery(c, { code: null }).indexed).toBe(false);
    expect(planQuery(c, { code: { $exists: false } }).indexed).toBe(false);
    expect(planQuery(c, { code: { $ne: 'x' } }).indexed).toBe(false);
  });

  it('uses a partial index only when the filter implies its expression', () => {
    expect(planQuery(c, { pin: '1234' }).indexed).toBe(false);
    expect(planQuery(c, { pin: '1234', active: true }).indexed).toBe(true);
  });

  it('needs every branch of an $or to be indexed, and does not index $size or $expr', () => {
    expect(stages(planQuery(c, { $or: [{ slug: 'a' }, { group: 'b' }] }))).toContain('"stage":"OR"');
    expect(planQuery(c, { $or: [{ slug: 'a' }, { tags: 'x' }] }).indexed).toBe(false);
    expect(planQuery(c, { slug: { $size: 2 } }).indexed).toBe(false);
    expect(planQuery(c, { $expr: { $eq: ['$slug', 'a'] } }).indexed).toBe(false);
  });

  it('scans a whole index that provides the sort, forwards or backwards, as a prefix', () => {
    expect(planQuery(c, { tags: 'x' }, { group: -1, order: -1 }).indexed).toBe(true);
    expect(planQuery(c, { tags: 'x' }, { group: 1 }).indexed).toBe(true);
    expect(planQuery(c, { tags: 'x' }, { group: 1, order: -1 }).indexed).toBe(false);
    expect(planQuery(c, { tags: 'x' }, { order: 1 }).indexed).toBe(false);
    expect(planQuery(c, { tags: 'x' }, { code: 1 }).indexed).toBe(false);
  });

  it('writes index bounds the way mongod prints them', () => {
    const plan = planQuery(c, { slug: { $in: ['a', 'b'] } }).winningPlan as {
      inputStage: { indexBounds: object };
    };
    expect(plan.inputStage.indexBounds).toEqual({ slug: ['["a", "a"]', '["b", "b"]'] });
    const range = planQuery(c, { group: { $gte: 2 } }).winningPlan as { inputStage: { indexBounds: object } };
    expect(range.inputStage.indexBounds).toEqual({ group: ['[2, inf.0]'], order: ['[MinKey, MaxKey]'] });
  });
});
