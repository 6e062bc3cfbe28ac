package org.wops.domain.type;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wops.domain.organisation.OrganisationKind;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.SupporterRole;

/**
 * What a partnership type's extra validation sees of a partnership: its participants with their
 * countries, its supporting organisations with their kinds, its countries and its extra-field
 * values. A plain snapshot, so that a type needs nothing but this SPI.
 */
public record PartnershipFacts(
    List<ParticipantFact> participants,
    List<SupporterFact> supporters,
    Set<String> countries,
    Map<String, String> extraValues) {

  public PartnershipFacts {
    participants = List.copyOf(participants);
    supporters = List.copyOf(supporters);
    countries = Set.copyOf(countries);
    extraValues = Map.copyOf(extraValues);
  }

  /** A participating operator: its id, role and country (ISO 3166-1 alpha-2). */
  public record ParticipantFact(long operatorId, ParticipantRole role, String country) {}

  /** A supporting organisation: its id, role in the partnership, and kind. */
  public record SupporterFact(long organisationId, SupporterRole role, OrganisationKind kind) {}
}
