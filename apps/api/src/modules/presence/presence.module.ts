import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { PresenceRecord, PresenceSchema } from './presence.schema';
import { PresenceRepository } from './presence.repository';
import { PresenceResolver } from './presence.resolver';
import { PresenceService } from './presence.service';

/** Learners' presence reports (unsent events, lesson open), read by the trainer's live view. */
@Module({
  imports: [MongooseModule.forFeature([{ name: PresenceRecord.name, schema: PresenceSchema }])],
  providers: [PresenceRepository, PresenceService, PresenceResolver],
  exports: [PresenceService],
})
export class PresenceModule {}
