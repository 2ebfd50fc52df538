import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module';
import { GroupReportsService } from './group-reports.service';
import { ReportCsvController } from './report-csv.controller';
import { ReportsModule } from './reports.module';
import { ReportsResolver } from './reports.resolver';

/** The reports as trainers reach them: GraphQL for the pages, a plain route for the CSV. */
@Module({
  imports: [GroupsModule, ReportsModule],
  providers: [GroupReportsService, ReportsResolver],
  controllers: [ReportCsvController],
})
export class GroupReportsModule {}
