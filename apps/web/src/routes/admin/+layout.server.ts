import { requireRole } from '$lib/auth/guards.server';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => {
  requireRole(event, 'admin');
};
