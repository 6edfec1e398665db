/**
 * Statuses of an integration that exists at its backend, made with the token it was handed. A module of its
 * own: the popup reads it without the schemas (and zod) that `schemas.ts` builds.
 */
export const AT_BACKEND: ReadonlySet<string> = new Set(['connecting', 'connected', 'failing']);
