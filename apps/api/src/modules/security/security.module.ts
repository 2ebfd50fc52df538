import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ThrottleRecord, ThrottleSchema } from './throttle.schema';
import { ThrottleService } from './throttle.service';
import { ThrottlesRepository } from './throttles.repository';

@Global()
@Module({
  imports: [MongooseModule.forFeature([{ name: ThrottleRecord.name, schema: ThrottleSchema }])],
  providers: [ThrottlesRepository, ThrottleService],
  exports: [ThrottleService],
})
export class SecurityModule {}
