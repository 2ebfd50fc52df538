import type { MeQuery } from '$lib/graphql/generated/graphql';
import type { Locale } from '$lib/i18n/locales';

declare global {
  namespace App {
    interface Error {
      message: string;
      /** Picks the localized explanation on the error page. */
      code?: 'API_UNAVAILABLE' | 'COURSE_NOT_FOUND' | 'MEDIA_NOT_FOUND' | 'UNEXPECTED';
    }
    interface Locals {
      locale: Locale;
      /** The signed-in person (from the session cookie), or null. */
      account: MeQuery['me'];
      /** Set by sign-out: the response tells the browser to forget this site's storage and cache. */
      signedOut?: boolean;
      /** No administrator exists yet: the header offers to create one. */
      needsFirstAdmin: boolean;
    }
  }
}

export {};
