package org.wops.domain.operator;

import java.math.BigDecimal;

/**
 * What is said about an operator when it is registered or edited. Values are checked when an {@link
 * Operator} is made from them, not here, so that every rule lives in one place. Figures and
 * coordinates are optional.
 */
public record OperatorDetails(
    String name,
    String shortName,
    OperatorKind kind,
    CountryCode country,
    String city,
    ServiceScope services,
    Ownership ownership,
    BigDecimal latitude,
    BigDecimal longitude,
    Long populationServed,
    Long connections,
    boolean allianceMember) {

  /** The details without figures or coordinates. */
  public OperatorDetails(
      String name,
      String shortName,
      OperatorKind kind,
      CountryCode country,
      String city,
      ServiceScope services,
      Ownership ownership) {
    this(name, shortName, kind, country, city, services, ownership, null, null, null, null, false);
  }
}
