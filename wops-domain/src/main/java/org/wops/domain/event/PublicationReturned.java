package org.wops.domain.event;

import java.time.OffsetDateTime;

/** Event: the secretariat returned a request for publication, with its reason. */
public record PublicationReturned(
    long partnershipId, String reason, OffsetDateTime at, String actor) implements DomainEvent {}
