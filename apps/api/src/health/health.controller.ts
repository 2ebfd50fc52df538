import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { Public } from '../common/access';
import { DatabaseHealth } from '../database/database-health.adapter';

@Controller('health')
export class HealthController {
  constructor(private readonly database: DatabaseHealth) {}

  /** Healthy only when the database answers a ping. */
  @Public('a load balancer checks health without signing in')
  @Get()
  async check(): Promise<{ status: 'ok'; database: 'ok' }> {
    if (!(await this.database.answers())) {
      throw new ServiceUnavailableException({ status: 'error', database: 'unreachable' });
    }
    return { status: 'ok', database: 'ok' };
  }
}
