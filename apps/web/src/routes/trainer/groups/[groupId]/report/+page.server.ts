import { loadReport } from '$lib/trainer/report/load-report.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadReport(event, event.params.groupId);
