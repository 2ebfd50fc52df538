export { AccessGuard } from './access.guard';
export { Public, SignedIn, RequireRoles, ACCESS_RULE, type AccessRule } from './access.decorators';
export { Role } from './role';
export { CurrentViewer, type Viewer } from './viewer';
export { ViewerSource } from './viewer-source';
