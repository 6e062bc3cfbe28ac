package org.wops.domain.partnership;

/**
 * What a reader needs to know about a partnership before reading it: its version, its publication.
 */
public record PartnershipStamp(long id, long version, boolean published) {}
