import { Module } from '@nestjs/common';
import { HandoutsService } from './handouts.service';

/** Printable join handouts and learner cards. */
@Module({ providers: [HandoutsService], exports: [HandoutsService] })
export class HandoutsModule {}
