/**
 * Statuses of an integration that exists at its backend, made with the token it was handed. A module of its
 * own: the popup reads it without the schemas (and zod) that `schemas.ts` builds.
 */
export const AT_BACKEND: ReadonlySet<string> = new Set(['connecting', 'connected', 'failing']);

/** Why a connection is disconnected when the platform ended it (removed there), not the seller here. */
export const ENDED_AT_BACKEND = 'ended_at_backend';

/** The popup's address fragment that brings the latest country so ended into view (its notification's link). */
export const ENDED_HASH = '#ended';
