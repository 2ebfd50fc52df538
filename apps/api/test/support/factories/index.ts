export * from './people';
export * from './groups';
