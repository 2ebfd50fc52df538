import { LOCALES, type Locale } from '@punte/course-engine';
import { type FastifyReply } from 'fastify';
import { BadUserInputError } from '../../common/domain-errors';

/** `?lang=` of a download route, one of the five languages. */
export function localeParam(lang: string | undefined): Locale {
  if (!LOCALES.includes(lang as Locale))
    throw new BadUserInputError(`lang: must be one of ${LOCALES.join(', ')}`);
  return lang as Locale;
}

/**
 * Sends a file to download. The name goes twice: plain ASCII for old clients and RFC 6266's
 * UTF-8 form, so "Grupa-Ștefan.csv" or "Группа.csv" keeps its letters. Private: it holds learners' data.
 */
export async function attachment(
  reply: FastifyReply,
  contentType: string,
  fileName: string,
  bytes: Buffer,
): Promise<void> {
  const ascii =
    fileName
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || 'download';
  await reply
    .header('content-type', contentType)
    .header('content-length', bytes.length)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    )
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(bytes);
}
