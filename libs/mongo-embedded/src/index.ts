// The storage half of the embedded server (issue 3); the wire-protocol listener is not built yet.
export * from './wire';
export * from './keys';
export * from './errors';
export * from './collection';
export * from './journal';
export * from './store';
export * from './cursors';
export * from './write-ops';
