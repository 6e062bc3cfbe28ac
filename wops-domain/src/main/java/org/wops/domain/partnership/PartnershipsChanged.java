package org.wops.domain.partnership;

/**
 * Raised by every use case that changes partnerships, for those who keep answers for readers
 * ({@link PartnershipChanges}); not a {@link org.wops.domain.event.DomainEvent}: nobody is told.
 */
public record PartnershipsChanged() {}
