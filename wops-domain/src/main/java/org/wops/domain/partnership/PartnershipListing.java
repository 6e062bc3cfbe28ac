package org.wops.domain.partnership;

import java.util.List;
import org.wops.domain.shared.TextLanguage;

/**
 * What a listing card shows of a partnership beyond its summary: the participating operators' names
 * (sorted by name), the countries' codes (sorted) and the title's language and translations (the
 * card shows the reader's), read for a whole page at once.
 */
public record PartnershipListing(
    List<String> partners, List<String> countries, TextLanguage titleLanguage) {
  public static final PartnershipListing NONE =
      new PartnershipListing(List.of(), List.of(), TextLanguage.undeclared());

  public PartnershipListing {
    partners = List.copyOf(partners);
    countries = List.copyOf(countries);
    titleLanguage = titleLanguage == null ? TextLanguage.undeclared() : titleLanguage;
  }

  /** A card without its title's language. */
  public PartnershipListing(List<String> partners, List<String> countries) {
    this(partners, countries, null);
  }
}
