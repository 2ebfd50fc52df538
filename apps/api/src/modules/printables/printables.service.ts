import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { isLocale, type Locale } from '@punte/course-engine';
import { BadUserInputError, NotFoundError } from '../../common/domain-errors';
import { APP_CONFIG } from '../../config/config.token';
import { type AppConfig } from '../../config/env';
import { pickText } from '../catalog/catalog.mapper';
import { courseDownloads, printableFile, printableName } from './course-downloads';
import { type Printable } from './models/printable.model';
import { readPrintableFile } from './printable-files.adapter';
import { printableHtml } from './printable-html';
import { parsePrintable, type PrintableDocument } from './printable-markdown';
import { printablePdf } from './printable-pdf';
import { type PrintableCourse, PrintablesRepository } from './printables.repository';

const NAME = /^[a-z0-9-]{1,80}$/;
const TRAINER_GUIDE = 'trainer-guide';

/** Bump when the PDF layout changes, so PDFs made by the old code are not served again. */
const PDF_LAYOUT_VERSION = 1;

interface Resolved {
  meta: Omit<Printable, 'html'>;
  source: string;
  document: PrintableDocument;
}

export interface PrintablePdf {
  bytes: Buffer;
  fileName: string;
}

/** A course's declared downloads as pages and PDFs in the learner's language. */
@Injectable()
export class PrintablesService {
  constructor(
    private readonly repository: PrintablesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async find(courseSlug: string, name: string, locale: string): Promise<Printable | null> {
    const resolved = await this.resolve(courseSlug, name, locale);
    return resolved && { ...resolved.meta, html: printableHtml(resolved.document.tokens) };
  }

  async pdf(courseSlug: string, name: string, locale: string): Promise<PrintablePdf> {
    const resolved = await this.resolve(courseSlug, name, locale);
    if (!resolved) throw new NotFoundError(`course "${courseSlug}" has no download "${name}"`);
    return this.pdfOf(resolved);
  }

  /** The course's guide for trainers (course.yaml `trainerGuide`), as a page. */
  async trainerGuide(courseSlug: string, locale: string): Promise<Printable> {
    const resolved = await this.resolveGuide(courseSlug, locale);
    if (!resolved) throw new NotFoundError(`course "${courseSlug}" has no trainer's guide`);
    return { ...resolved.meta, html: printableHtml(resolved.document.tokens) };
  }

  async trainerGuidePdf(courseSlug: string, locale: string): Promise<PrintablePdf> {
    const resolved = await this.resolveGuide(courseSlug, locale);
    if (!resolved) throw new NotFoundError(`course "${courseSlug}" has no trainer's guide`);
    return this.pdfOf(resolved);
  }

  private async pdfOf(resolved: Resolved): Promise<PrintablePdf> {
    const { meta, source, document } = resolved;
    const { courseSlug, name } = meta;
    // What the PDF is made from: the file's text, the title (it may come from the label) and the layout.
    const key = createHash('sha256')
      .update(JSON.stringify([PDF_LAYOUT_VERSION, courseSlug, name, meta.locale, meta.title, source]))
      .digest('hex');
    let bytes = await this.repository.findPdf(key);
    if (!bytes) {
      bytes = await printablePdf(document, { title: meta.title, language: meta.locale });
      await this.repository.savePdf(key, bytes);
    }
    return { bytes, fileName: `${name}.${meta.locale}.pdf` };
  }

  /** Only a download a summary step declares is served, in the asked language or the fallback. */
  private async resolve(courseSlug: string, name: string, locale: string): Promise<Resolved | null> {
    assertInput(courseSlug, name, locale);
    const course = await this.repository.findActiveCourse(courseSlug);
    if (!course) return null;
    const lessonOrder = course.modules.flatMap((module) => module.lessonIds);
    const download = courseDownloads(lessonOrder, await this.repository.findActiveLessons(courseSlug)).find(
      (candidate) => candidate.printable === name,
    );
    if (!download) return null;
    return this.read(course, name, locale, download.label);
  }

  private async resolveGuide(courseSlug: string, locale: string): Promise<Resolved | null> {
    assertInput(courseSlug, TRAINER_GUIDE, locale);
    const course = await this.repository.findActiveCourse(courseSlug);
    const name = course?.trainerGuideSrc ? printableName(course.trainerGuideSrc) : null;
    return course && name ? this.read(course, name, locale, {}) : null;
  }

  /** The printable's file in the asked language or the course's fallback, parsed. */
  private async read(
    course: PrintableCourse,
    name: string,
    locale: Locale,
    labels: Record<string, string>,
  ): Promise<Resolved | null> {
    const courseSlug = course.slug;
    const textLocale: Locale = course.languages.includes(locale) ? locale : course.fallbackLocale;
    const source = await readPrintableFile(
      this.config.contentDir,
      courseSlug,
      printableFile(name, textLocale),
    );
    if (source === null) return null;
    const document = parsePrintable(source);
    const label = pickText(labels, textLocale, course.fallbackLocale) ?? name;
    return {
      meta: {
        courseSlug,
        courseTitle: pickText(course.title, textLocale, course.fallbackLocale) ?? courseSlug,
        name,
        title: document.title ?? label,
        label,
        locale: textLocale,
      },
      source,
      document,
    };
  }
}

function assertInput(courseSlug: string, name: string, locale: string): asserts locale is Locale {
  if (!isLocale(locale))
    throw new BadUserInputError(`unknown locale "${locale}": use one of ro, ru, uk, pl, en`);
  if (!NAME.test(courseSlug)) throw new BadUserInputError(`"${courseSlug}" is not a course id (a-z, 0-9, -)`);
  if (!NAME.test(name)) throw new BadUserInputError(`"${name}" is not a download name (a-z, 0-9, -)`);
}
