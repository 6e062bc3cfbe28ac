package org.wops.domain.event;

import java.time.OffsetDateTime;

/** Event: an operator endorsed a Charter version (its partnerships' compliance may change). */
public record CharterEndorsed(long operatorId, int version, OffsetDateTime at, String actor)
    implements DomainEvent {}
