/**
 * Statuses of an integration that exists at its backend, made with the token it was handed. A module of its
 * own: the popup reads it without the schemas (and zod) that `schemas.ts` builds.
 */
export const AT_BACKEND: ReadonlySet<string> = new Set(['connecting', 'connected', 'failing']);

/** Why a connection is disconnected when the platform ended it (removed there), not the seller here. */
export const ENDED_AT_BACKEND = 'ended_at_backend';

/**
 * Why a connection is shown as last known: the platform's keys saved now do not find it, nor any other
 * connection last seen with the keys saved before (most likely another account's keys). Not ended.
 */
export const OTHER_KEYS = 'other_keys';

/** The popup's address fragment that brings the latest country so ended into view (its notification's link). */
export const ENDED_HASH = '#ended';
