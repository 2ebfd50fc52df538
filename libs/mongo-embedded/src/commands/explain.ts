import type { Document } from 'bson';
import { MongoError } from '../errors';
import { planSummary } from '../plan-summary';
import { planQuery } from '../query-plan';
import { match, refuseTableScan } from '../write-ops';
import { SERVER_VERSION } from './server-info';
import { collectionName, optionalDoc, toNumber, type CommandContext, type CommandHandler } from './context';

const VERBOSITIES = new Set(['queryPlanner', 'executionStats', 'allPlansExecution']);

/** What one explained command reads: its collection, filter, order and window. */
interface Explained {
  coll: string;
  filter: Document;
  sort?: Document;
  skip?: number;
  limit?: number;
  projection?: Document;
  /** Wraps the access plan in the command's own stage (COUNT, UPDATE, DELETE). */
  wrap?: (plan: Document) => Document;
  /** Stages that run after the query, for an aggregate that does more than filter and sort. */
  rest?: Document[];
}

const QUERY_STAGES = new Set(['$match', '$sort', '$limit', '$skip', '$project']);

function fromAggregate(cmd: Document): Explained {
  const pipeline = Array.isArray(cmd.pipeline) ? (cmd.pipeline as Document[]) : [];
  let i = 0;
  const matches: Document[] = [];
  for (; i < pipeline.length && '$match' in pipeline[i]; i++) matches.push(pipeline[i].$match as Document);
  const sort = pipeline[i] && '$sort' in pipeline[i] ? (pipeline[i].$sort as Document) : undefined;
  const filter = matches.length === 1 ? matches[0] : matches.length ? { $and: matches } : {};
  const pushedDown = pipeline.every((s) => QUERY_STAGES.has(Object.keys(s)[0]));
  return {
    coll: collectionName(cmd, 'aggregate'),
    filter,
    sort,
    rest: pushedDown ? undefined : pipeline.slice(i),
  };
}

function describe(cmd: Document): Explained {
  const name = Object.keys(cmd)[0];
  switch (name) {
    case 'find':
      return {
        coll: collectionName(cmd, 'find'),
        filter: optionalDoc(cmd, 'filter') ?? {},
        sort: optionalDoc(cmd, 'sort'),
        skip: toNumber(cmd.skip),
        limit: toNumber(cmd.limit),
        projection: optionalDoc(cmd, 'projection'),
      };
    case 'count': {
      const filter = optionalDoc(cmd, 'query') ?? {};
      const fast = Object.keys(filter).length === 0;
      return {
        coll: collectionName(cmd, 'count'),
        filter,
        wrap: (plan) => (fast ? { stage: 'RECORD_STORE_FAST_COUNT' } : { stage: 'COUNT', inputStage: plan }),
      };
    }
    case 'distinct':
      return { coll: collectionName(cmd, 'distinct'), filter: optionalDoc(cmd, 'query') ?? {} };
    case 'aggregate':
      return fromAggregate(cmd);
    case 'update':
    case 'delete': {
      const statements = cmd[name === 'update' ? 'updates' : 'deletes'];
      const first = (Array.isArray(statements) ? statements[0] : undefined) as Document | undefined;
      return {
        coll: collectionName(cmd, name),
        filter: (first?.q as Document) ?? {},
        wrap: (plan) => ({ stage: name.toUpperCase(), inputStage: plan }),
      };
    }
    case 'findAndModify':
    case 'findandmodify':
      return {
        coll: collectionName(cmd, name),
        filter: optionalDoc(cmd, 'query') ?? {},
        sort: optionalDoc(cmd, 'sort'),
        wrap: (plan) => ({ stage: cmd.remove === true ? 'DELETE' : 'UPDATE', inputStage: plan }),
      };
    default:
      throw new MongoError(59, 'CommandNotFound', `Explain failed due to unknown command: ${name}`);
  }
}

/** mongod shows `{ a: 1, b: 2 }` as `{ $and: [{ a: { $eq: 1 } }, { b: { $eq: 2 } }] }`. */
function parsedQuery(filter: Document): Document {
  const parts = Object.entries(filter).map(([k, v]) => {
    const operator =
      k.startsWith('$') ||
      (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v)[0]?.startsWith('$'));
    return { [k]: operator ? v : { $eq: v } };
  });
  return parts.length === 1 ? parts[0] : parts.length ? { $and: parts } : {};
}

/** Whether an index scan already returns documents in the requested order. */
function providesSort(plan: Document, sort: Document): boolean {
  const scan = plan.inputStage as Document | undefined;
  const first = Object.keys(sort)[0];
  return scan?.stage === 'IXSCAN' && Object.keys(scan.keyPattern as Document)[0] === first;
}

function windowed(plan: Document, e: Explained): Document {
  let out = plan;
  if (e.skip) out = { stage: 'SKIP', skipAmount: e.skip, inputStage: out };
  if (e.sort && Object.keys(e.sort).length && !providesSort(plan, e.sort)) {
    out = { stage: 'SORT', sortPattern: e.sort, memLimit: 104857600, type: 'simple', inputStage: out };
    if (e.limit) out.limitAmount = e.limit;
  } else if (e.limit) out = { stage: 'LIMIT', limitAmount: e.limit, inputStage: out };
  if (e.projection && Object.keys(e.projection).length)
    out = { stage: 'PROJECTION_DEFAULT', transformBy: e.projection, inputStage: out };
  return e.wrap ? e.wrap(out) : out;
}

function executionStats(plan: Document, nReturned: number, started: number, docs: number): Document {
  const keys = planSummary(plan).indexes.length ? nReturned : 0;
  return {
    executionSuccess: true,
    nReturned,
    executionTimeMillis: Date.now() - started,
    totalKeysExamined: keys,
    totalDocsExamined: plan.stage === 'COLLSCAN' ? docs : nReturned,
    executionStages: plan,
  };
}

function withoutDb(cmd: Document): Document {
  const { $db, ...rest } = cmd;
  void $db;
  return rest;
}

export function explainOne(inner: Document, db: string, verbosity: string, ctx: CommandContext): Document {
  const started = Date.now();
  const e = describe(inner);
  const coll = ctx.store.get(db, e.coll);
  // Planning fails under notablescan on mongod as well, explain included.
  if (coll) refuseTableScan(coll, e.filter, e.sort);
  const access = planQuery(coll, e.filter, e.sort).winningPlan;
  const winningPlan = windowed(access, e);
  const queryPlanner = {
    namespace: `${db}.${e.coll}`,
    indexFilterSet: false,
    parsedQuery: parsedQuery(e.filter),
    maxIndexedOrSolutionsReached: false,
    maxIndexedAndSolutionsReached: false,
    maxScansToExplodeReached: false,
    winningPlan,
    rejectedPlans: [],
  };
  const report: Document = { queryPlanner };
  if (verbosity !== 'queryPlanner') {
    const matched = match(coll, e.filter).length;
    const skip = Math.min(e.skip ?? 0, matched);
    const n = e.limit ? Math.min(e.limit, matched - skip) : matched - skip;
    report.executionStats = executionStats(access, n, started, coll?.docs.size ?? 0);
    if (verbosity === 'allPlansExecution') (report.executionStats as Document).allPlansExecution = [];
  }
  const envelope = {
    command: { ...withoutDb(inner), $db: db },
    serverInfo: { host: '127.0.0.1', port: 0, version: SERVER_VERSION, gitVersion: 'punte-embedded' },
    serverParameters: {},
    ok: 1,
  };
  if (e.rest) return { explainVersion: '1', stages: [{ $cursor: report }, ...e.rest], ...envelope };
  return { explainVersion: '1', ...report, ...envelope };
}

/** `explain`, in mongod 7.0's shape for the classic engine: a queryPlanner with its winning plan. */
const explain: CommandHandler = (cmd, db, ctx) => {
  const inner = optionalDoc(cmd, 'explain');
  if (!inner)
    throw new MongoError(
      40414,
      'Location40414',
      "BSON field 'explain.explain' is missing but a required field",
    );
  const verbosity = typeof cmd.verbosity === 'string' ? cmd.verbosity : 'allPlansExecution';
  if (!VERBOSITIES.has(verbosity))
    throw new MongoError(
      2,
      'BadValue',
      `Enumeration value '${verbosity}' for field 'explain.verbosity' is not a valid value.`,
    );
  return explainOne(inner, db, verbosity, ctx);
};

export const explainCommands: Record<string, CommandHandler> = { explain };
