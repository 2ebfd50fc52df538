export { startEmbeddedMongo, type EmbeddedMongo, type EmbeddedMongoOptions } from './server';
export { MongoError } from './errors';
