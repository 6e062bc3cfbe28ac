/**
 * The notifications' storage: the outbox ({@code outbox_messages}), mail preferences and
 * partnership subscriptions, through the application's JPA persistence unit, so that what a use
 * case queues commits or rolls back with it. Every value is bound; an insert that must not happen
 * twice is one statement, {@code insert ... on conflict do nothing}, which PostgreSQL and the
 * embedded H2 (in its PostgreSQL mode) both read.
 */
package org.wops.persistence.notification;
