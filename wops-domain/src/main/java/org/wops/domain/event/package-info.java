/**
 * Domain events: what happened, raised as CDI events by the use cases inside their transaction, so
 * that observers (the notification outbox) record their consequences atomically with the change.
 */
package org.wops.domain.event;
