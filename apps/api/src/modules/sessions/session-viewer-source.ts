import { Injectable } from '@nestjs/common';
import { type Viewer, ViewerSource } from '../../common/access';
import { sessionTokenOf } from './session-cookie';
import { SessionsService } from './sessions.service';

type CookieRequest = { headers?: { cookie?: unknown }; viewer?: Viewer | null };

/** The real ViewerSource: the session cookie's token, looked up (hashed) in MongoDB. */
@Injectable()
export class SessionViewerSource extends ViewerSource {
  constructor(private readonly sessions: SessionsService) {
    super();
  }

  override async viewerOf(request: unknown): Promise<Viewer | null> {
    const req = request as CookieRequest;
    // A request resolving several fields is looked up once.
    if (req.viewer !== undefined) return req.viewer;
    return this.sessions.viewerOf(sessionTokenOf(req.headers?.cookie));
  }
}
