package org.wops.domain.partnership;

import java.util.List;

/**
 * What a listing card shows of a partnership beyond its summary: the participating operators' names
 * (sorted by name) and the countries' codes (sorted), read for a whole page at once.
 */
public record PartnershipListing(List<String> partners, List<String> countries) {
  public static final PartnershipListing NONE = new PartnershipListing(List.of(), List.of());

  public PartnershipListing {
    partners = List.copyOf(partners);
    countries = List.copyOf(countries);
  }
}
