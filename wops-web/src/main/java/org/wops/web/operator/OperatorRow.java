package org.wops.web.operator;

import java.util.Locale;
import org.wops.domain.operator.Operator;

/** One line of the operators table, in the reader's language. */
public record OperatorRow(
    long id, String name, String shortName, String country, String city, String kind, String services) {

  static OperatorRow of(Operator operator, Locale locale) {
    return new OperatorRow(
        operator.id(),
        operator.name(),
        operator.shortName().orElse(""),
        operator.country().displayName(locale),
        operator.city(),
        operator.kind().name(),
        operator.services().name());
  }
}
