import { isHttpError, type Handle, type HandleServerError } from '@sveltejs/kit';
import { securityHeaders } from '$lib/auth/security-headers';
import { accountOf, needsFirstAdmin } from '$lib/auth/viewer.server';
import { LOCALE_COOKIE, isLocale } from '$lib/i18n/locales';
import { negotiateLocale } from '$lib/i18n/negotiate';
import { withReaderBoot } from '$lib/reader-settings/boot.server';
import { gzipped } from '$lib/server/compression';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/**
 * The API away (restarting, say): the page is still rendered, and its own load answers with the
 * localized "try again" page that comes back by itself, instead of a bare error from here.
 */
function whenApiAway<T>(fallback: T): (cause: unknown) => T {
  return (cause) => {
    if (isHttpError(cause, 503)) return fallback;
    throw cause;
  };
}

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
  const isMedia = event.url.pathname.startsWith('/media/');
  event.locals.account = isMedia ? null : await accountOf(event).catch(whenApiAway(null));
  // A fresh install offers, on every page, to create its administrator.
  event.locals.needsFirstAdmin =
    !isMedia && !event.locals.account && (await needsFirstAdmin(event).catch(whenApiAway(false)));
  const response = await resolve(event, {
    transformPageChunk: ({ html }) => withReaderBoot(event, html.replace('%lang%', locale)),
  });
  const headers = securityHeaders({
    pathname: event.url.pathname,
    signedIn: Boolean(event.locals.account),
    https: event.url.protocol === 'https:',
  });
  if (event.locals.signedOut) headers['clear-site-data'] = '"cache", "storage"';
  for (const [name, value] of Object.entries(headers)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return gzipped(event.request, response);
};

export const handleError: HandleServerError = ({ error, status }) => {
  if (status !== 404) console.error(error);
  return { message: 'Unexpected error', code: 'UNEXPECTED' };
};
