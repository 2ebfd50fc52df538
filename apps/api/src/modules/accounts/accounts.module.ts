import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AccountLinkRecord, AccountLinkSchema } from './account-link.schema';
import { AccountLinksRepository } from './account-links.repository';
import { AccountLinksService } from './account-links.service';
import { AccountResolver } from './account.resolver';
import { AccountsService } from './accounts.service';
import { AuditLogService } from './audit-log.service';
import { AdminResolver } from './admin.resolver';
import { MailerService } from './mailer.service';
import { PeopleService } from './people.service';
import { SettingRecord, SettingSchema } from './setting.schema';
import { SettingsRepository } from './settings.repository';
import { UserRecord, UserSchema } from './user.schema';
import { UsersRepository } from './users.repository';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: UserRecord.name, schema: UserSchema },
      { name: SettingRecord.name, schema: SettingSchema },
      { name: AccountLinkRecord.name, schema: AccountLinkSchema },
    ]),
  ],
  providers: [
    AccountsService,
    PeopleService,
    AuditLogService,
    UsersRepository,
    SettingsRepository,
    AccountLinksRepository,
    AccountLinksService,
    MailerService,
    AccountResolver,
    AdminResolver,
  ],
  exports: [AccountsService, UsersRepository, MongooseModule],
})
export class AccountsModule {}
