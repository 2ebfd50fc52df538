import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { GraphQLModule } from '@nestjs/graphql';
import { MongooseModule } from '@nestjs/mongoose';
import { AccessGuard, ViewerSource } from './common/access';
import { DomainErrorFilter } from './common/domain-error.filter';
import { formatGraphQLError } from './common/format-error';
import { APP_CONFIG } from './config/config.token';
import { type AppConfig } from './config/env';
import { DatabaseHealth } from './database/database-health.adapter';
import { HealthController } from './health/health.controller';
import { FEATURE_MODULES } from './feature-modules';
import { graphqlProtection } from './modules/security/graphql-protection';
import { SessionViewerSource } from './modules/sessions/session-viewer-source';

@Module({})
export class AppModule {
  /** `serveHttp: false` gives a context for command-line tasks, without the GraphQL server. */
  static register(config: AppConfig, mongoUri: string, { serveHttp = true } = {}): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        MongooseModule.forRoot(mongoUri, { serverSelectionTimeoutMS: 5000, retryAttempts: 0 }),
        ...(serveHttp ? [graphqlModule(config)] : []),
        ...FEATURE_MODULES,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        DatabaseHealth,
        // Who is asking: the session cookie's token looked up (hashed) in MongoDB.
        { provide: ViewerSource, useExisting: SessionViewerSource },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
      exports: [APP_CONFIG, ViewerSource],
    };
  }
}

function graphqlModule(config: AppConfig): DynamicModule {
  return GraphQLModule.forRootAsync<ApolloDriverConfig>({
    driver: ApolloDriver,
    inject: [ViewerSource],
    useFactory: (viewers: ViewerSource) => {
      const protection = graphqlProtection(config);
      return {
        // schema.gql is written by emit-schema at build time, not at every start.
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        introspection: config.env !== 'production',
        ...protection,
        // No HTTP cache hints are used; without this plugin Apollo does not wrap every field's
        // resolver in a per-field hook (the cost of each response grows with its fields). The cast:
        // @nestjs/apollo's and this app's @apollo/server types are separate copies of one shape.
        plugins: [
          ...protection.plugins,
          ApolloServerPluginCacheControlDisabled(),
        ] as ApolloDriverConfig['plugins'],
        includeStacktraceInErrorResponses: false,
        // Refuses simple (form-like) requests that a cross-site page could send with the cookie.
        csrfPrevention: true,
        // The reply lets sign-in set the session cookie; the session lookup starts here, before parsing.
        context: (req: FastifyRequest, reply: FastifyReply) => {
          viewers.viewerOf(req).catch(() => undefined);
          return { req, reply };
        },
        formatError: formatGraphQLError,
      };
    },
  });
}
