import { Injectable } from '@nestjs/common';
import { type Viewer } from './viewer';

/**
 * Finds who is signed in from a request (its session cookie). The accounts module provides the real
 * one; this default knows nobody, so every non-public handler answers UNAUTHENTICATED.
 */
@Injectable()
export class ViewerSource {
  async viewerOf(_request: unknown): Promise<Viewer | null> {
    return null;
  }
}
