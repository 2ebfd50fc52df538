import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ThrottleRecord, ThrottleSchema } from './throttle.schema';
import { ThrottleService } from './throttle.service';

@Global()
@Module({
  imports: [MongooseModule.forFeature([{ name: ThrottleRecord.name, schema: ThrottleSchema }])],
  providers: [ThrottleService],
  exports: [ThrottleService],
})
export class SecurityModule {}
