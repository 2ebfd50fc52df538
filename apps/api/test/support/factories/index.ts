export * from './people';
export * from './groups';
export * from './planned-groups';
