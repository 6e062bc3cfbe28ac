package org.wops.persistence.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.wops.domain.notification.NotificationKind;
import org.wops.domain.notification.Outbox;
import org.wops.domain.notification.OutboxStatus;
import org.wops.domain.shared.Language;

/**
 * A row of the outbox as JPA reads it. Rows are written by statements ({@link JpaOutbox}), never
 * through this entity: it has no setters, and is not kept in the shared cache.
 */
@Entity
@Table(name = "outbox_messages")
public class OutboxRow {
  @Id private long id;

  @Column(name = "message_key")
  private String messageKey;

  @Column(name = "message_id")
  private String messageId;

  @Enumerated(EnumType.STRING)
  private NotificationKind kind;

  @Column(name = "partnership_id")
  private Long partnershipId;

  @Column(name = "recipient_email")
  private String email;

  @Column(name = "recipient_name")
  private String name;

  @Enumerated(EnumType.STRING)
  private Language language;

  private String subject;

  @Column(name = "text_body")
  private String text;

  @Column(name = "html_body")
  private String html;

  private String ics;

  @Column(name = "ics_name")
  private String icsName;

  @Enumerated(EnumType.STRING)
  private OutboxStatus status;

  private int attempts;

  @Column(name = "next_attempt_at")
  private OffsetDateTime nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "claim_token")
  private String claimToken;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  protected OutboxRow() {}

  Outbox.Queued queued() {
    return new Outbox.Queued(
        id,
        messageKey,
        messageId,
        kind,
        partnershipId,
        email,
        name,
        language,
        subject,
        text,
        html,
        ics,
        icsName,
        status,
        attempts,
        nextAttemptAt,
        lastError,
        createdAt,
        sentAt);
  }
}
