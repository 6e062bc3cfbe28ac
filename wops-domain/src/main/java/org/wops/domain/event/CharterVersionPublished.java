package org.wops.domain.event;

import java.time.OffsetDateTime;

/** Event: charter version published. */
public record CharterVersionPublished(int number, OffsetDateTime at, String actor)
    implements DomainEvent {}
