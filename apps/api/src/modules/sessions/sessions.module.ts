import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { SessionCookies } from './http-context';
import { SessionViewerSource } from './session-viewer-source';
import { SessionRecord, SessionSchema } from './session.schema';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

@Global()
@Module({
  imports: [MongooseModule.forFeature([{ name: SessionRecord.name, schema: SessionSchema }])],
  providers: [SessionsRepository, SessionsService, SessionViewerSource, SessionCookies],
  exports: [SessionsService, SessionViewerSource, SessionCookies],
})
export class SessionsModule {}
