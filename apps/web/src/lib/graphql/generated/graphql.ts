/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Who a course is for */
export type Audience =
  | 'everyone'
  | 'librarians'
  | 'seniors'
  | 'trainers';

/** A language every screen and course exists in */
export type Locale =
  | 'en'
  | 'pl'
  | 'ro'
  | 'ru'
  | 'uk';

export type CourseDetailQueryVariables = Exact<{
  slug: string;
  locale: Locale;
}>;


export type CourseDetailQuery = { course: { slug: string, title: string, summary: string, audience: Audience, estimatedMinutes: number, coverUrl: string | null, coverAlt: string, languages: Array<Locale>, modules: Array<{ id: string, title: string, summary: string | null, lessons: Array<{ id: string, title: string, summary: string | null, estimatedMinutes: number, stepCount: number }> }>, downloads: Array<{ title: string, href: string }> } | null };

export type CoursesListQueryVariables = Exact<{
  locale: Locale;
}>;


export type CoursesListQuery = { courses: Array<{ slug: string, title: string, summary: string, audience: Audience, estimatedMinutes: number, lessonCount: number, moduleCount: number, coverUrl: string | null, coverAlt: string, languages: Array<Locale> }> };

export type PrintableQueryVariables = Exact<{
  courseSlug: string;
  name: string;
  locale: Locale;
}>;


export type PrintableQuery = { printable: { courseSlug: string, courseTitle: string, name: string, title: string, label: string, locale: Locale, html: string } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const CourseDetailDocument = new TypedDocumentString(`
    query CourseDetail($slug: String!, $locale: Locale!) {
  course(slug: $slug, locale: $locale) {
    slug
    title
    summary
    audience
    estimatedMinutes
    coverUrl
    coverAlt
    languages
    modules {
      id
      title
      summary
      lessons {
        id
        title
        summary
        estimatedMinutes
        stepCount
      }
    }
    downloads {
      title
      href
    }
  }
}
    `) as unknown as TypedDocumentString<CourseDetailQuery, CourseDetailQueryVariables>;
export const CoursesListDocument = new TypedDocumentString(`
    query CoursesList($locale: Locale!) {
  courses(locale: $locale) {
    slug
    title
    summary
    audience
    estimatedMinutes
    lessonCount
    moduleCount
    coverUrl
    coverAlt
    languages
  }
}
    `) as unknown as TypedDocumentString<CoursesListQuery, CoursesListQueryVariables>;
export const PrintableDocument = new TypedDocumentString(`
    query Printable($courseSlug: String!, $name: String!, $locale: Locale!) {
  printable(courseSlug: $courseSlug, name: $name, locale: $locale) {
    courseSlug
    courseTitle
    name
    title
    label
    locale
    html
  }
}
    `) as unknown as TypedDocumentString<PrintableQuery, PrintableQueryVariables>;