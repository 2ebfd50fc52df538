import { Injectable } from '@nestjs/common';
import { type Viewer, ViewerSource } from '../../common/access';
import { sessionTokenOf } from './session-cookie';
import { SessionsService } from './sessions.service';

type CookieRequest = { headers?: { cookie?: unknown }; viewerLookup?: Promise<Viewer | null> };

/** The real ViewerSource: the session cookie's token, looked up (hashed) in MongoDB. */
@Injectable()
export class SessionViewerSource extends ViewerSource {
  constructor(private readonly sessions: SessionsService) {
    super();
  }

  override async viewerOf(request: unknown): Promise<Viewer | null> {
    const req = request as CookieRequest;
    // Once per request, however many fields it resolves; the GraphQL context starts it early, so
    // the read runs while Apollo parses and validates the document.
    req.viewerLookup ??= this.sessions.viewerOf(sessionTokenOf(req.headers?.cookie));
    return req.viewerLookup;
  }
}
