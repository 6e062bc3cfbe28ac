package org.wops.domain.operator;

/** Which services an operator provides. */
public enum ServiceScope {
  WATER,
  SANITATION,
  WATER_AND_SANITATION
}
