package org.wops.web.operator;

import java.util.Locale;
import org.wops.domain.operator.Operator;

/**
 * One line of the operators table, in the reader's language. A class with getters, not a record:
 * Expression Language 5 (Jakarta EE 10) reads JavaBean properties only.
 */
public final class OperatorRow {
  private final long id;
  private final String name;
  private final String shortName;
  private final String country;
  private final String city;
  private final String kind;
  private final String services;

  private OperatorRow(Operator operator, Locale locale) {
    this.id = operator.id();
    this.name = operator.name();
    this.shortName = operator.shortName().orElse("");
    this.country = operator.country().displayName(locale);
    this.city = operator.city();
    this.kind = operator.kind().name();
    this.services = operator.services().name();
  }

  static OperatorRow of(Operator operator, Locale locale) {
    return new OperatorRow(operator, locale);
  }

  public long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getShortName() {
    return shortName;
  }

  public String getCountry() {
    return country;
  }

  public String getCity() {
    return city;
  }

  public String getKind() {
    return kind;
  }

  public String getServices() {
    return services;
  }
}
