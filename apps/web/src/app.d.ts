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
    }
  }
}

export {};
