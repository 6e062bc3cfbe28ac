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
}
