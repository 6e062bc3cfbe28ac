package org.wops.api.operator;

import java.time.OffsetDateTime;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorKind;
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
    boolean allianceMember) {

  static OperatorView of(Operator operator) {
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
        operator.allianceMember());
  }
}
