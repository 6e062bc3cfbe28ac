package org.wops.domain.operator;

import java.math.BigDecimal;

/**
 * What is said about an operator when it is registered or edited. Values are checked when an {@link
 * Operator} is made from them, not here, so that every rule lives in one place. Figures,
 * coordinates and other names (former and alternative) are optional.
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
    boolean allianceMember,
    java.util.List<OtherName> otherNames) {

  public OperatorDetails {
    otherNames = otherNames == null ? java.util.List.of() : java.util.List.copyOf(otherNames);
  }

  /** The details without other names. */
  public OperatorDetails(
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
    this(
        name,
        shortName,
        kind,
        country,
        city,
        services,
        ownership,
        latitude,
        longitude,
        populationServed,
        connections,
        allianceMember,
        java.util.List.of());
  }

  /** The same details with these other names. */
  public OperatorDetails withOtherNames(java.util.List<OtherName> names) {
    return new OperatorDetails(
        name,
        shortName,
        kind,
        country,
        city,
        services,
        ownership,
        latitude,
        longitude,
        populationServed,
        connections,
        allianceMember,
        names);
  }

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
