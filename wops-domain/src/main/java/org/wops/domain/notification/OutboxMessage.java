package org.wops.domain.notification;

import java.time.OffsetDateTime;

/** A message of the outbox as admins see it. */
public record OutboxMessage(
    long id,
    NotificationKind kind,
    Long partnershipId,
    String recipient,
    String language,
    String subject,
    OutboxStatus status,
    int attempts,
    String lastError,
    OffsetDateTime createdAt,
    OffsetDateTime nextAttemptAt,
    OffsetDateTime sentAt,
    String messageId) {}
