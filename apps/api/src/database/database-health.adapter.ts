import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Connection } from 'mongoose';

/** Asks the database whether it answers; the health route knows nothing of mongoose. */
@Injectable()
export class DatabaseHealth {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  async answers(): Promise<boolean> {
    try {
      await this.connection.db?.admin().ping();
      return true;
    } catch {
      return false;
    }
  }
}
