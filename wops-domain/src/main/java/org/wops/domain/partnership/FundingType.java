package org.wops.domain.partnership;

/**
 * Who pays: the operators alone (self-financed: a funding mode of its own, not a missing funder),
 * supporters alone, or both. Declared with the budget ({@link Budget#fundingType}) or, when nobody
 * declared it, derived from contributions all of which were stated ({@link
 * Partnership#fundingType}).
 */
public enum FundingType {
  SELF_FUNDED,
  EXTERNALLY_SUPPORTED,
  MIXED
}
