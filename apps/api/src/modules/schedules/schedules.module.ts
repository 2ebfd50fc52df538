import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { GroupSessionRecord, GroupSessionSchema } from './group-session.schema';
import { GroupSessionsRepository } from './group-sessions.repository';
import { GroupSessionsService } from './group-sessions.service';

/** A group's sessions, generated from its schedule. */
@Module({
  imports: [MongooseModule.forFeature([{ name: GroupSessionRecord.name, schema: GroupSessionSchema }])],
  providers: [GroupSessionsRepository, GroupSessionsService],
  exports: [GroupSessionsService],
})
export class SchedulesModule {}
