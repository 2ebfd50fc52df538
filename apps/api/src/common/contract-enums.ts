import { registerEnumType } from '@nestjs/graphql';
import { AUDIENCES, type Audience } from '@punte/content';
import { LOCALES, type Locale } from '@punte/course-engine';

/**
 * The closed vocabularies of the contract, as GraphQL enums built from their one source: the API
 * validates them before a resolver runs, and the web app's generated types carry them.
 */
export const LocaleEnum = Object.fromEntries(LOCALES.map((code) => [code, code])) as {
  [K in Locale]: K;
};
export const AudienceEnum = Object.fromEntries(AUDIENCES.map((code) => [code, code])) as {
  [K in Audience]: K;
};

registerEnumType(LocaleEnum, { name: 'Locale', description: 'A language every screen and course exists in' });
registerEnumType(AudienceEnum, { name: 'Audience', description: 'Who a course is for' });

export type { Audience, Locale };
