package org.wops.domain.operator;

/**
 * What is said about an operator when it is registered or edited. Values are checked when an {@link
 * Operator} is made from them, not here, so that every rule lives in one place.
 */
public record OperatorDetails(
    String name,
    String shortName,
    OperatorKind kind,
    CountryCode country,
    String city,
    ServiceScope services,
    Ownership ownership) {}
