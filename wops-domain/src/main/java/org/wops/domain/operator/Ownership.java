package org.wops.domain.operator;

/** Who owns the operator. */
public enum Ownership {
  PUBLIC,
  MUNICIPAL,
  COOPERATIVE,
  COMMUNITY,
  PRIVATE_UNDER_PUBLIC_MANDATE,
  OTHER
}
