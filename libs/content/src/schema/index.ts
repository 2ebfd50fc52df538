import { z } from 'zod';
import { LOCALES, PRACTICE_EVENTS, PRACTICE_TOOLS, WORKSHEET_FIELD_TYPES } from '@punte/course-engine';

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const id = z.string().regex(ID_PATTERN, 'id must be lowercase a-z0-9 words joined by "-"');

/** One optional value per language; the keys are checked against LOCALES by the type assertions. */
function perLocale<T extends z.ZodType>(value: T) {
  return z.strictObject({
    ro: value.optional(),
    ru: value.optional(),
    uk: value.optional(),
    pl: value.optional(),
    en: value.optional(),
  });
}

// Missing languages are reported by the completeness table, not as schema errors,
// so a half-translated course still loads and shows how far it is.
export const localizedText = perLocale(z.string());
const localizedList = perLocale(z.array(z.string()));

const option = z.strictObject({ id, text: localizedText, feedback: localizedText.optional() });
const questionBase = {
  id,
  prompt: localizedText,
  hint: localizedText.optional(),
  explanation: localizedText.optional(),
  feedback: z
    .strictObject({ correct: localizedText.optional(), incorrect: localizedText.optional() })
    .optional(),
  points: z.number().positive().optional(),
  hintAfterAttempts: z.number().int().min(0).optional(),
  maxAttempts: z.number().int().min(1).optional(),
  reveal: z.enum(['never', 'after-max-attempts', 'on-request']).optional(),
};
export const question = z.discriminatedUnion('kind', [
  z.strictObject({
    ...questionBase,
    kind: z.literal('single-choice'),
    options: z.array(option).min(2),
    correct: id,
    shuffleOptions: z.boolean().optional(),
  }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('multiple-choice'),
    options: z.array(option).min(2),
    correct: z.array(id).min(1),
    partialCredit: z.boolean().optional(),
    shuffleOptions: z.boolean().optional(),
  }),
  z.strictObject({ ...questionBase, kind: z.literal('true-false'), correct: z.boolean() }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('short-text'),
    accepted: localizedList,
    ignoreDiacritics: z.boolean().optional(),
    caseSensitive: z.boolean().optional(),
  }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('number'),
    correct: z.number(),
    tolerance: z.number().min(0).optional(),
    unit: localizedText.optional(),
  }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('ordering'),
    items: z.array(option).min(2),
    correctOrder: z.array(id).min(2),
  }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('matching'),
    left: z.array(option).min(2),
    right: z.array(option).min(2),
    pairs: z.array(z.tuple([id, id])).min(1),
  }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('pick-items'),
    items: z.array(option).min(2),
    correct: z.array(id),
    partialCredit: z.boolean().optional(),
  }),
]);

const media = z.strictObject({ src: z.string(), alt: localizedText });
const route = z.strictObject({ on: z.enum(['completed', 'passed', 'failed']), to: id });
const stepBase = { id, title: localizedText, next: id.optional(), routes: z.array(route).optional() };

const address = z.string().regex(/^[^@\s]+@[^@\s]+$/, 'not an e-mail address');
const emailScenario = z.strictObject({
  account: z.strictObject({ address, displayName: z.string() }).optional(),
  signup: z.strictObject({ suggestedAddress: z.string() }).optional(),
  inbox: z
    .array(
      z.strictObject({
        id,
        from: z.strictObject({ name: z.string(), address }),
        subject: localizedText,
        body: localizedText,
        receivedAt: z.union([z.string(), z.date()]),
        attachments: z.array(z.strictObject({ fileName: z.string(), kind: z.string() })).optional(),
        scam: z.boolean().optional(),
        scamSigns: z.array(localizedText).optional(),
      }),
    )
    .optional(),
  contacts: z.array(z.strictObject({ id, name: z.string(), address })).optional(),
  photos: z
    .array(z.strictObject({ fileName: z.string(), alt: localizedText, src: z.string().optional() }))
    .optional(),
});
const videoScenario = z.strictObject({
  self: z.strictObject({ name: z.string() }),
  contacts: z.array(
    z.strictObject({
      id,
      name: z.string(),
      relation: localizedText.optional(),
      online: z.boolean().optional(),
      saved: z.boolean().optional(),
    }),
  ),
  incomingCall: z.strictObject({ contactId: id }).optional(),
  settings: z.strictObject({ camera: z.boolean(), microphone: z.boolean() }).optional(),
});
const labelled = z.strictObject({ id, label: localizedText });
const socialScenario = z.strictObject({
  profile: z.strictObject({
    name: z.string(),
    birthday: z.union([z.string(), z.date()]).optional(),
    phone: z.string().optional(),
    city: localizedText.optional(),
  }),
  settings: z.array(
    z.strictObject({ id, label: localizedText, options: z.array(labelled).min(2), value: id }),
  ),
  friendRequests: z
    .array(
      z.strictObject({
        id,
        name: z.string(),
        mutualFriends: z.number().int().min(0).optional(),
        suspicious: z.boolean().optional(),
        note: localizedText.optional(),
      }),
    )
    .optional(),
  feed: z.array(z.strictObject({ id, author: z.string(), text: localizedText })).optional(),
  messages: z
    .array(z.strictObject({ id, from: z.string(), text: localizedText, scam: z.boolean().optional() }))
    .optional(),
});
const govScenario = z.strictObject({
  portal: z.strictObject({ name: localizedText, country: z.enum(['md', 'ua', 'pl']).optional() }),
  services: z.array(
    z.strictObject({
      id,
      title: localizedText,
      description: localizedText,
      keywords: localizedList.optional(),
    }),
  ),
  form: z
    .strictObject({
      id,
      title: localizedText,
      fields: z
        .array(
          z.strictObject({
            id,
            label: localizedText,
            type: z.enum(['text', 'select', 'textarea', 'checkbox', 'email', 'phone', 'date']),
            options: z.array(labelled).optional(),
            required: z.boolean().optional(),
          }),
        )
        .min(1),
    })
    .optional(),
});
export const SCENARIO_SCHEMAS = {
  email: emailScenario,
  'video-call': videoScenario,
  'social-privacy': socialScenario,
  'e-government-portal': govScenario,
} as const;

const checkpoint = z.strictObject({
  id,
  event: z.string(),
  match: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  guidance: localizedText,
  optional: z.boolean().optional(),
});
const practiceStep = z
  .strictObject({
    ...stepBase,
    kind: z.literal('practice'),
    tool: z.enum(PRACTICE_TOOLS),
    intro: localizedText,
    scenario: z.record(z.string(), z.unknown()),
    checkpoints: z.array(checkpoint).min(1),
    success: localizedText.optional(),
  })
  .superRefine((step, ctx) => {
    const parsed = SCENARIO_SCHEMAS[step.tool].safeParse(step.scenario);
    if (!parsed.success)
      for (const i of parsed.error.issues)
        ctx.addIssue({
          code: 'custom',
          message: i.message,
          path: ['scenario', ...i.path] as (string | number)[],
        });
    const events: readonly string[] = PRACTICE_EVENTS[step.tool];
    step.checkpoints.forEach((c, n) => {
      if (!events.includes(c.event))
        ctx.addIssue({
          code: 'custom',
          path: ['checkpoints', n, 'event'],
          message: `event "${c.event}" is not an event of tool ${step.tool} (${events.join(', ')})`,
        });
    });
  });

export const worksheetField = z.strictObject({
  id,
  type: z.enum(WORKSHEET_FIELD_TYPES),
  label: localizedText,
  guidance: localizedText.optional(),
  example: localizedText.optional(),
  required: z.boolean().optional(),
  maxLength: z.number().int().min(1).optional(),
  options: z.array(labelled).optional(),
});
const worksheetStep = z.strictObject({
  ...stepBase,
  kind: z.literal('worksheet'),
  intro: localizedText.optional(),
  document: id.optional(),
  fields: z.array(worksheetField).min(1, 'a worksheet needs at least one field'),
});

export const step = z.discriminatedUnion('kind', [
  z.strictObject({
    ...stepBase,
    kind: z.literal('reading'),
    body: localizedText,
    images: z.array(media).optional(),
  }),
  z.strictObject({
    ...stepBase,
    kind: z.literal('video'),
    src: z.string(),
    poster: z.string().optional(),
    durationSeconds: z.number().positive(),
    captions: perLocale(z.string()),
    transcript: localizedText.optional(),
    requiredWatchShare: z.number().min(0).max(1).optional(),
  }),
  practiceStep,
  z.strictObject({
    ...stepBase,
    kind: z.literal('quiz'),
    questions: z.array(question).min(1),
    masteryThreshold: z.number().min(0).max(1).optional(),
    shuffleQuestions: z.boolean().optional(),
  }),
  z.strictObject({
    ...stepBase,
    kind: z.literal('summary'),
    body: localizedText,
    download: z.strictObject({ src: z.string(), label: localizedText }).optional(),
  }),
  worksheetStep,
]);

export const lessonSchema = z.strictObject({
  id,
  title: localizedText,
  summary: localizedText.optional(),
  estimatedMinutes: z.number().positive(),
  steps: z.array(step).min(1),
});

// One Markdown file per course language under media/ (the only folder the API serves);
// the loader checks that each exists, as for a `{locale}` download.
const perLanguageMarkdown = z
  .string()
  .regex(
    /^media\/(?!.*\.\.\/)[^{}]*\{locale\}[^{}]*\.md$/,
    'must be a Markdown file under media/ with {locale} in its name (one file per course language), e.g. media/trainer-guide.{locale}.md',
  );

/** Who a course is for; the GraphQL contract carries it as an enum. */
export const AUDIENCES = ['seniors', 'librarians', 'trainers', 'everyone'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const courseSchema = z.strictObject({
  id,
  version: z.number().int().min(1).optional(),
  title: localizedText,
  summary: localizedText,
  audience: z.enum(AUDIENCES),
  languages: z.array(z.enum(LOCALES)).min(1),
  fallbackLocale: z.enum(LOCALES),
  estimatedMinutes: z.number().positive(),
  cover: media.optional(),
  modules: z
    .array(
      z.strictObject({
        id,
        title: localizedText,
        summary: localizedText.optional(),
        lessons: z.array(id).min(1),
      }),
    )
    .min(1),
  /** Each assembles, in course order, the worksheet steps whose `document` is its id. */
  documents: z
    .array(z.strictObject({ id, title: localizedText, intro: localizedText.optional() }))
    .optional(),
  /** How to run the course with a group: for trainers and admins, never shown to learners. */
  trainerGuide: z.strictObject({ src: perLanguageMarkdown }).optional(),
});
export type CourseManifest = z.infer<typeof courseSchema>;
