package org.wops.domain.organisation;

/** What kind of supporting organisation it is. */
public enum OrganisationKind {
  DONOR,
  DEVELOPMENT_BANK,
  PLATFORM,
  PROGRAMME,
  ASSOCIATION,
  NGO,
  UNIVERSITY,
  OTHER
}
