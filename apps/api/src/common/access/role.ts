import { registerEnumType } from '@nestjs/graphql';

/** One person may hold several: a trainer also takes courses. */
export enum Role {
  learner = 'learner',
  trainer = 'trainer',
  admin = 'admin',
}

registerEnumType(Role, { name: 'Role', description: 'What a person may do in Punte' });
