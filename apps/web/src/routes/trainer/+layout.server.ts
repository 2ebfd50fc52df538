import { requireStaff } from '$lib/trainer/api.server';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => {
  requireStaff(event);
};
