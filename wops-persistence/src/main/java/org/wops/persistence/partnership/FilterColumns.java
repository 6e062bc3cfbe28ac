package org.wops.persistence.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import org.wops.domain.reference.Region;

/**
 * The partnership row's columns that only the search reads, derived from the aggregate and never
 * mapped on it: {@code regions} (the regions of its countries as "|AFRICA|EUROPE|", migration V11,
 * so that a region filter reads the candidate row instead of joining it to its countries) and
 * {@code charter_compliant} (its Charter compliance as of its last change, migration V9). Written
 * with bound values after the partnership was stored, only when they changed.
 */
@ApplicationScoped
public class FilterColumns {
  @PersistenceContext(unitName = "wops")
  EntityManager em;

  /** Brings the filter columns of a stored (and flushed) partnership up to date. */
  public void write(long partnershipId, Collection<String> countries, boolean charterCompliant) {
    em.createNativeQuery(
            "update partnerships set regions = ?, charter_compliant = ? where id = ?"
                + " and (regions <> ? or charter_compliant <> ?)")
        .setParameter(1, regionsOf(countries))
        .setParameter(2, charterCompliant)
        .setParameter(3, partnershipId)
        .setParameter(4, regionsOf(countries))
        .setParameter(5, charterCompliant)
        .executeUpdate();
  }

  /** The stored form of the regions of these countries, each between bars. */
  static String regionsOf(Collection<String> countryCodes) {
    return countryCodes.stream()
        .map(Region::of)
        .flatMap(Optional::stream)
        .map(Enum::name)
        .distinct()
        .sorted()
        .collect(Collectors.joining("|", "|", "|"));
  }

  /** How a region looks in the stored form (for the region filter). */
  static String regionToken(Region region) {
    return "|" + region.name() + "|";
  }
}
