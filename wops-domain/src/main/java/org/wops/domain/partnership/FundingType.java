package org.wops.domain.partnership;

/** Who pays, derived from the contributions: the operators alone, supporters alone, or both. */
public enum FundingType {
  SELF_FUNDED,
  EXTERNALLY_SUPPORTED,
  MIXED
}
