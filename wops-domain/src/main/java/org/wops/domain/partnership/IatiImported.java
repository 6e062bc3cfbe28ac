package org.wops.domain.partnership;

/** A partnership imported from IATI: its activity's identifier, id, version and digest. */
public record IatiImported(String identifier, long partnershipId, long version, String digest) {}
