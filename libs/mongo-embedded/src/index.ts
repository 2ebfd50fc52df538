export { startEmbeddedMongo, type EmbeddedMongo, type EmbeddedMongoOptions } from './server';
export { MongoError } from './errors';
export { planSummary, type PlanSummary } from './plan-summary';
