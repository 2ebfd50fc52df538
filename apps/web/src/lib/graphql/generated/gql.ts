/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CourseDetail($slug: String!, $locale: Locale!) {\n  course(slug: $slug, locale: $locale) {\n    slug\n    title\n    summary\n    audience\n    estimatedMinutes\n    coverUrl\n    coverAlt\n    languages\n    modules {\n      id\n      title\n      summary\n      lessons {\n        id\n        title\n        summary\n        estimatedMinutes\n        stepCount\n      }\n    }\n    downloads {\n      title\n      href\n    }\n  }\n}": typeof types.CourseDetailDocument,
    "query CoursesList($locale: Locale!) {\n  courses(locale: $locale) {\n    slug\n    title\n    summary\n    audience\n    estimatedMinutes\n    lessonCount\n    moduleCount\n    coverUrl\n    coverAlt\n    languages\n  }\n}": typeof types.CoursesListDocument,
    "query Printable($courseSlug: String!, $name: String!, $locale: Locale!) {\n  printable(courseSlug: $courseSlug, name: $name, locale: $locale) {\n    courseSlug\n    courseTitle\n    name\n    title\n    label\n    locale\n    html\n  }\n}": typeof types.PrintableDocument,
};
const documents: Documents = {
    "query CourseDetail($slug: String!, $locale: Locale!) {\n  course(slug: $slug, locale: $locale) {\n    slug\n    title\n    summary\n    audience\n    estimatedMinutes\n    coverUrl\n    coverAlt\n    languages\n    modules {\n      id\n      title\n      summary\n      lessons {\n        id\n        title\n        summary\n        estimatedMinutes\n        stepCount\n      }\n    }\n    downloads {\n      title\n      href\n    }\n  }\n}": types.CourseDetailDocument,
    "query CoursesList($locale: Locale!) {\n  courses(locale: $locale) {\n    slug\n    title\n    summary\n    audience\n    estimatedMinutes\n    lessonCount\n    moduleCount\n    coverUrl\n    coverAlt\n    languages\n  }\n}": types.CoursesListDocument,
    "query Printable($courseSlug: String!, $name: String!, $locale: Locale!) {\n  printable(courseSlug: $courseSlug, name: $name, locale: $locale) {\n    courseSlug\n    courseTitle\n    name\n    title\n    label\n    locale\n    html\n  }\n}": types.PrintableDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CourseDetail($slug: String!, $locale: Locale!) {\n  course(slug: $slug, locale: $locale) {\n    slug\n    title\n    summary\n    audience\n    estimatedMinutes\n    coverUrl\n    coverAlt\n    languages\n    modules {\n      id\n      title\n      summary\n      lessons {\n        id\n        title\n        summary\n        estimatedMinutes\n        stepCount\n      }\n    }\n    downloads {\n      title\n      href\n    }\n  }\n}"): typeof import('./graphql').CourseDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoursesList($locale: Locale!) {\n  courses(locale: $locale) {\n    slug\n    title\n    summary\n    audience\n    estimatedMinutes\n    lessonCount\n    moduleCount\n    coverUrl\n    coverAlt\n    languages\n  }\n}"): typeof import('./graphql').CoursesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Printable($courseSlug: String!, $name: String!, $locale: Locale!) {\n  printable(courseSlug: $courseSlug, name: $name, locale: $locale) {\n    courseSlug\n    courseTitle\n    name\n    title\n    label\n    locale\n    html\n  }\n}"): typeof import('./graphql').PrintableDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
