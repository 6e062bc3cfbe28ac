package org.wops.domain.event;

import java.time.OffsetDateTime;

/** Event: an editor or coordinator asked the secretariat to publish the profile. */
public record PublicationRequested(long partnershipId, OffsetDateTime at, String actor)
    implements DomainEvent {}
