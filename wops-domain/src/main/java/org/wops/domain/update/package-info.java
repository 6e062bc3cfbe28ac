/**
 * Progress updates: reports on a period of a partnership, with their approval workflow (DRAFT →
 * SUBMITTED → APPROVED, or RETURNED for revision with a reason, then SUBMITTED again).
 */
package org.wops.domain.update;
