package org.wops.domain.event;

import java.time.OffsetDateTime;

/** Event: the secretariat approved a request; the profile is published. */
public record PublicationApproved(long partnershipId, OffsetDateTime at, String actor)
    implements DomainEvent {}
