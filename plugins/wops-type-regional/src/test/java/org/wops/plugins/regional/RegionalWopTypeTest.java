package org.wops.plugins.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.domain.partnership.ParticipantRole.MENTEE;
import static org.wops.domain.partnership.ParticipantRole.MENTOR;
import static org.wops.domain.partnership.ParticipantRole.PEER;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wops.domain.organisation.OrganisationKind;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.SupporterRole;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.type.PartnershipFacts;
import org.wops.domain.type.PartnershipFacts.ParticipantFact;
import org.wops.domain.type.PartnershipFacts.SupporterFact;
import org.wops.domain.type.TypeRules;

class RegionalWopTypeTest {
  private final RegionalWopType type = new RegionalWopType();
  private static final SupporterFact PLATFORM =
      new SupporterFact(9, SupporterRole.FACILITATOR, OrganisationKind.PLATFORM);

  private static ParticipantFact op(long id, ParticipantRole role, String country) {
    return new ParticipantFact(id, role, country);
  }

  private List<String> codes(
      List<ParticipantFact> ops, List<SupporterFact> supporters, String region) {
    return type
        .validate(new PartnershipFacts(ops, supporters, Set.of(), Map.of("region", region)))
        .stream()
        .map(DomainRuleViolation::code)
        .toList();
  }

  @Test
  void needsAtLeastThreeOperators() {
    assertThat(TypeRules.roleMix(type, List.of(MENTOR, MENTEE))).hasSize(1);
    assertThat(TypeRules.roleMix(type, List.of(MENTOR, MENTEE, MENTEE))).isEmpty();
    assertThat(TypeRules.roleMix(type, List.of(PEER, PEER, PEER))).isEmpty();
  }

  @Test
  void operatorsFromTwoCountriesOfTheRegionBrokeredByAPlatformAreValid() {
    assertThat(
            codes(
                List.of(op(1, MENTOR, "KE"), op(2, MENTEE, "UG"), op(3, MENTEE, "TZ")),
                List.of(PLATFORM),
                "AFRICA"))
        .isEmpty();
  }

  @Test
  void aFacilitatingPlatformIsRequired() {
    assertThat(
            codes(
                List.of(op(1, MENTOR, "KE"), op(2, MENTEE, "UG"), op(3, MENTEE, "TZ")),
                List.of(new SupporterFact(9, SupporterRole.FUNDER, OrganisationKind.PLATFORM)),
                "AFRICA"))
        .containsExactly("regional.facilitator.required");
  }

  @Test
  void operatorsComeFromAtLeastTwoCountries() {
    assertThat(
            codes(
                List.of(op(1, PEER, "PE"), op(2, PEER, "PE"), op(3, PEER, "PE")),
                List.of(PLATFORM),
                "LATIN_AMERICA_CARIBBEAN"))
        .containsExactly("regional.countries.too-few");
  }

  @Test
  void everyOperatorIsInTheRegion() {
    assertThat(
            codes(
                List.of(op(1, PEER, "RS"), op(2, PEER, "BA"), op(3, PEER, "KE")),
                List.of(PLATFORM),
                "EUROPE"))
        .containsExactly("regional.countries.outside-region");
  }

  @Test
  void theRegionIsARequiredChoice() {
    assertThat(TypeRules.extraFields(type, Map.of()))
        .extracting(DomainRuleViolation::code)
        .containsExactly("partnership.extra-field.required");
    assertThat(TypeRules.extraFields(type, Map.of("region", "ATLANTIS"))).hasSize(1);
  }

  @Test
  void addsRegionalMilestonesToTheStandardOnes() {
    assertThat(type.milestoneTemplate()).hasSize(10);
    assertThat(type.milestoneTemplate())
        .extracting(m -> m.key())
        .contains("regional-learning-event", "regional-dissemination");
  }
}
