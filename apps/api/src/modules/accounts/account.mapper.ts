import { type Account, type Person } from './account.model';
import { type UserRecord } from './user.schema';

type Stored = UserRecord & { _id: unknown };

export const toAccount = (user: Stored): Account => ({
  id: String(user._id),
  name: user.name,
  email: user.email ?? null,
  roles: user.roles,
  groupId: user.groupId ?? null,
});

export const toPerson = (user: Stored): Person => ({
  ...toAccount(user),
  active: user.active,
  createdAt: user.createdAt ?? null,
});
