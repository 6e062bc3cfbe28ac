package org.wops.domain.partnership;

/** How an organisation supports a partnership. */
public enum SupporterRole {
  /** Pays for part of it. */
  FUNDER,
  /** The platform or programme that brokered it. */
  FACILITATOR,
  /** Accountable for it (for example to a donor). */
  ACCOUNTABLE,
  OTHER
}
