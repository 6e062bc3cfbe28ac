/**
 * What the rest of the platform needs to know of e-mail notifications: the kinds of mail, the state
 * of the outbox, and the port through which the API lists and re-sends messages, reads and sets
 * each person's preferences, and subscribes people to a partnership. The notifications module
 * implements it; the domain never depends on that module. The storage the notifications module
 * works on — the {@link org.wops.domain.notification.Outbox}, {@link
 * org.wops.domain.notification.MailPreferences} and {@link
 * org.wops.domain.notification.Subscriptions} — is described here and kept by the persistence
 * module.
 */
package org.wops.domain.notification;
