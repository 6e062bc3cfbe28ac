package org.wops.domain.partnership;

/** A move of a partnership along its lifecycle. */
public record StatusChange(PartnershipStatus from, PartnershipStatus to) {}
