/**
 * E-mail notifications to the partners of a WOP: the mail session (configured from MicroProfile
 * Config), and, as the notification issue lands, the transactional outbox, its dispatcher and the
 * mail templates. Depends on the domain only; the domain never depends on it.
 */
package org.wops.notifications;
