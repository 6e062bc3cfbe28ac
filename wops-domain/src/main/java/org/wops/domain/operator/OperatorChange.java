package org.wops.domain.operator;

import java.util.Objects;

/**
 * One row of an import: new details for the operator with this id, or a new operator when the id is
 * null.
 */
public record OperatorChange(Long id, OperatorDetails details) {
  public OperatorChange {
    Objects.requireNonNull(details, "details are required");
  }

  public boolean isNew() {
    return id == null;
  }
}
