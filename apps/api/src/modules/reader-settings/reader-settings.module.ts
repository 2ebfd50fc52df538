import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ReaderSettingsRecord, ReaderSettingsSchema } from './reader-settings.schema';
import { ReaderSettingsRepository } from './reader-settings.repository';
import { ReaderSettingsResolver } from './reader-settings.resolver';
import { ReaderSettingsService } from './reader-settings.service';

/** Reader settings (text size, contrast, motion, spacing) kept on the account. */
@Module({
  imports: [MongooseModule.forFeature([{ name: ReaderSettingsRecord.name, schema: ReaderSettingsSchema }])],
  providers: [ReaderSettingsRepository, ReaderSettingsService, ReaderSettingsResolver],
})
export class ReaderSettingsModule {}
