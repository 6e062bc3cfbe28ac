package org.wops.api.operator;

import java.time.OffsetDateTime;
import java.util.List;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorKind;
import org.wops.domain.operator.OtherName;
import org.wops.domain.operator.Ownership;
import org.wops.domain.operator.ServiceScope;

/** An operator as the API shows it. */
public record OperatorView(
    long id,
    String name,
    String shortName,
    OperatorKind kind,
    String country,
    String city,
    ServiceScope services,
    Ownership ownership,
    OffsetDateTime registeredAt,
    long version,
    java.math.BigDecimal latitude,
    java.math.BigDecimal longitude,
    Long populationServed,
    Long connections,
    boolean allianceMember,
    List<NameView> otherNames,
    List<DuplicateView> likelyDuplicates) {

  /** A former or alternative name. */
  public record NameView(String name, OtherName.Kind kind, String language) {}

  /**
   * Another operator of the same country that shares one of its names, accents and case aside: a
   * likely duplicate, which the secretariat may merge.
   */
  public record DuplicateView(long id, String name, String shortName, String city) {
    static DuplicateView of(Operator o) {
      return new DuplicateView(o.id(), o.name(), o.shortName().orElse(null), o.city());
    }
  }

  /** The operator without its likely duplicates (lists and exports: not computed). */
  static OperatorView of(Operator operator) {
    return of(operator, null);
  }

  /**
   * The operator with the likely duplicates found for it (one operator read, registered, edited).
   */
  static OperatorView of(Operator operator, List<Operator> likelyDuplicates) {
    return new OperatorView(
        operator.id(),
        operator.name(),
        operator.shortName().orElse(null),
        operator.kind(),
        operator.country().code(),
        operator.city(),
        operator.services(),
        operator.ownership(),
        operator.registeredAt(),
        operator.version(),
        operator.latitude().orElse(null),
        operator.longitude().orElse(null),
        operator.populationServed().orElse(null),
        operator.connections().orElse(null),
        operator.allianceMember(),
        operator.otherNames().stream()
            .map(n -> new NameView(n.name(), n.kind(), n.language().orElse(null)))
            .toList(),
        likelyDuplicates == null
            ? null
            : likelyDuplicates.stream().map(DuplicateView::of).toList());
  }
}
