package org.wops.domain.operator;

/** What kind of body an operator is: a WOP partner need not be a utility company. */
public enum OperatorKind {
  /** A water and/or sanitation utility company. */
  UTILITY,
  /** A municipality's own water or sanitation department. */
  MUNICIPAL_SERVICE,
  /**
   * A public body responsible for the service, such as a regional water board or a ministry's
   * directorate.
   */
  PUBLIC_AUTHORITY
}
