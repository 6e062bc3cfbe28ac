/**
 * The audit trail: every state change and every edit of a partnership, with who made it, when, and
 * what changed. Entries are written by the use cases in the same transaction as the change; they
 * are never edited.
 */
package org.wops.domain.audit;
