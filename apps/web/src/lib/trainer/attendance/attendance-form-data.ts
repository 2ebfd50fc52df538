export interface SessionMarksShape {
  sessionDate: string;
  marks: { learnerId: string; present: boolean }[];
}

/**
 * Reads the attendance sheet: one hidden learnerId per row and its radio pair `present-<row>`.
 * A row with neither radio chosen is left out, so nothing is recorded that the trainer did not say.
 */
export function marksFromForm(form: FormData): SessionMarksShape {
  const learnerIds = form.getAll('learnerId').map(String);
  // "Everyone present": the sheet's second button, for the usual full room.
  if (form.get('all') === 'present')
    return {
      sessionDate: String(form.get('sessionDate') ?? ''),
      marks: learnerIds.map((learnerId) => ({ learnerId, present: true })),
    };
  const marks = learnerIds.flatMap((learnerId, row) => {
    const choice = form.get(`present-${row}`);
    return choice === 'yes' || choice === 'no' ? [{ learnerId, present: choice === 'yes' }] : [];
  });
  return { sessionDate: String(form.get('sessionDate') ?? ''), marks };
}
