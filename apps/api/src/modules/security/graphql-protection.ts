import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type AppConfig } from '../../config/env';

/**
 * Limits on what one GraphQL document may ask (depth, cost, aliases, tokens), and no "Did you
 * mean …" suggestions in production, where they would map the schema for an attacker.
 */
export function graphqlProtection(config: AppConfig) {
  const armor = new ApolloArmor({
    maxDepth: { n: 8 },
    costLimit: { maxCost: 5000 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 2000 },
    blockFieldSuggestion: { enabled: config.env === 'production' },
  });
  const { plugins, validationRules, allowBatchedHttpRequests } = armor.protect();
  return { plugins, validationRules, allowBatchedHttpRequests };
}
