package org.wops.domain.partnership;

/**
 * How an organisation supports a partnership: the roles the Charter world names. What the sources
 * say in their own words ("secondary partner", "technical partner") is kept beside the role as its
 * description ({@link SupportingOrganisation#roleDescription()}).
 */
public enum SupporterRole {
  /** Pays for part of it. */
  FUNDER,
  /** The platform or programme that brokered it. */
  FACILITATOR,
  /** Accountable for it (for example to a donor). */
  ACCOUNTABLE,
  /** Brought the partners together (a broker or matchmaker outside the facilitating platform). */
  BROKER,
  /** Carries out the partnership, or part of it, on behalf of the partners or a funder. */
  IMPLEMENTING_AGENCY,
  /** Lends expertise or staff to the partners without being one of them. */
  TECHNICAL_SUPPORT,
  /** Backs it politically (a ministry or regulator, for example). */
  POLITICAL_SUPPORT,
  OTHER
}
