import type { Handle, HandleServerError } from '@sveltejs/kit';
import { LOCALE_COOKIE, isLocale } from '$lib/i18n/locales';
import { negotiateLocale } from '$lib/i18n/negotiate';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

export const handle: Handle = async ({ event, resolve }) => {
  const query = event.url.searchParams.get('lang');
  const locale = negotiateLocale({
    query,
    cookie: event.cookies.get(LOCALE_COOKIE),
    acceptLanguage: event.request.headers.get('accept-language'),
  });
  event.locals.locale = locale;
  // Remember an explicit choice so every later page keeps the learner's language.
  if (isLocale(query)) {
    event.cookies.set(LOCALE_COOKIE, locale, {
      path: '/',
      maxAge: ONE_YEAR_SECONDS,
      sameSite: 'lax',
      httpOnly: false,
      secure: event.url.protocol === 'https:',
    });
  }
  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', locale),
  });
};

export const handleError: HandleServerError = ({ error, status }) => {
  if (status !== 404) console.error(error);
  return { message: 'Unexpected error', code: 'UNEXPECTED' };
};
