import { type Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { AccountsModule } from './modules/accounts/accounts.module';
import { AttendanceModule } from './modules/attendance/attendance.module';
import { GroupAttendanceModule } from './modules/attendance/group-attendance.module';
import { AuditModule } from './modules/audit/audit.module';
import { CatalogModule } from './modules/catalog/catalog.module';
import { GroupsModule } from './modules/groups/groups.module';
import { GroupHandoutsModule } from './modules/handouts/group-handouts.module';
import { HandoutsModule } from './modules/handouts/handouts.module';
import { GroupLiveModule } from './modules/live/group-live.module';
import { LiveModule } from './modules/live/live.module';
import { PlansModule } from './modules/plans/plans.module';
import { PresenceModule } from './modules/presence/presence.module';
import { PrintablesModule } from './modules/printables/printables.module';
import { GroupReportsModule } from './modules/reports/group-reports.module';
import { ReportsModule } from './modules/reports/reports.module';
import { GroupPlansModule } from './modules/schedules/group-plans.module';
import { SchedulesModule } from './modules/schedules/schedules.module';
import { SecurityModule } from './modules/security/security.module';
import { SessionsModule } from './modules/sessions/sessions.module';
import { LessonsModule } from './modules/lessons/lessons.module';
import { ProgressModule } from './modules/progress/progress.module';
import { ReaderSettingsModule } from './modules/reader-settings/reader-settings.module';

/** What @Resolver() records on a class (@nestjs/graphql's RESOLVER_TYPE_METADATA, not exported). */
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';

/**
 * Every feature of the API, once: the app module imports them and emit-schema writes schema.gql
 * from their resolvers, so a new module cannot be served yet missing from the web app's contract.
 */
export const FEATURE_MODULES: Type[] = [
  CatalogModule,
  SecurityModule,
  AuditModule,
  SessionsModule,
  AccountsModule,
  GroupsModule,
  PrintablesModule,
  LessonsModule,
  ProgressModule,
  SchedulesModule,
  AttendanceModule,
  LiveModule,
  PresenceModule,
  ReportsModule,
  GroupPlansModule,
  HandoutsModule,
  // The trainer's workspace over the modules above: resolvers and download routes.
  GroupAttendanceModule,
  GroupLiveModule,
  GroupReportsModule,
  GroupHandoutsModule,
  ReaderSettingsModule,
  PlansModule,
];

/** The GraphQL resolvers among the providers of these modules (and the modules they import). */
export function resolversOf(modules: readonly Type[]): Type[] {
  const seen = new Set<Type>();
  const resolvers = new Set<Type>();
  const visit = (module: Type) => {
    if (seen.has(module)) return;
    seen.add(module);
    const providers = (Reflect.getMetadata(MODULE_METADATA.PROVIDERS, module) ?? []) as unknown[];
    for (const provider of providers) {
      if (typeof provider === 'function' && Reflect.hasMetadata(RESOLVER_TYPE_METADATA, provider)) {
        resolvers.add(provider as Type);
      }
    }
    const imports = (Reflect.getMetadata(MODULE_METADATA.IMPORTS, module) ?? []) as unknown[];
    for (const imported of imports) if (typeof imported === 'function') visit(imported as Type);
  };
  modules.forEach(visit);
  return [...resolvers];
}
