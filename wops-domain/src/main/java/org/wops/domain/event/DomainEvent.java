package org.wops.domain.event;

import java.time.OffsetDateTime;

/** Something that happened in the domain, at a moment, done by someone. */
public sealed interface DomainEvent
    permits PartnershipProposed,
        PartnershipAgreed,
        PartnershipStatusChanged,
        MilestoneReached,
        AgreementSignedByAll,
        UpdateSubmitted,
        UpdateReturned,
        UpdateApproved,
        CharterVersionPublished,
        CharterEndorsed,
        PublicationRequested,
        PublicationApproved,
        PublicationReturned {
  OffsetDateTime at();

  String actor();

  /**
   * Which occurrence this is, stable for the same event: derived from what the event says (its
   * kind, subject, moment and actor), so that an event delivered twice, or raised again with the
   * same content, is recognised as the same occurrence (the outbox queues its mails once).
   */
  default String occurrenceId() {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
