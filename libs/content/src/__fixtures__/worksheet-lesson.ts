import type { LessonDefinition } from '@punte/course-engine';

const t = (en: string) => ({ ro: en, ru: en, uk: en, pl: en, en });

/** Two worksheets contributing to a plan document, between a reading and a summary (as in the engine's specs). */
export function worksheetLesson(): LessonDefinition {
  return {
    id: 'service-idea',
    title: t('Your service idea'),
    estimatedMinutes: 20,
    contentVersion: 'w1',
    steps: [
      { id: 'intro', kind: 'reading', title: t('Intro'), body: t('Why a plan') },
      {
        id: 'idea',
        kind: 'worksheet',
        title: t('The idea'),
        intro: t('Write down your idea'),
        document: 'service-plan',
        fields: [
          { id: 'idea', type: 'short-text', label: t('Idea'), example: t('A reading club') },
          { id: 'why', type: 'long-text', label: t('Why'), maxLength: 50 },
          {
            id: 'audience',
            type: 'choice',
            label: t('For whom'),
            options: [
              { id: 'children', label: t('Children') },
              { id: 'seniors', label: t('Seniors') },
            ],
          },
          { id: 'start', type: 'date', label: t('Start'), required: false },
        ],
      },
      {
        id: 'risks',
        kind: 'worksheet',
        title: t('Risks'),
        document: 'service-plan',
        fields: [{ id: 'risk', type: 'short-text', label: t('Main risk') }],
      },
      { id: 'done', kind: 'summary', title: t('Done'), body: t('Well done') },
    ],
  };
}
