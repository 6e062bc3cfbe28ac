package org.wops.plugins.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.domain.partnership.ParticipantRole.MENTEE;
import static org.wops.domain.partnership.ParticipantRole.MENTOR;
import static org.wops.domain.partnership.ParticipantRole.PEER;
import static org.wops.domain.partnership.ParticipantRole.SUPPORTING;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.type.PartnershipFacts;
import org.wops.domain.type.PartnershipFacts.ParticipantFact;
import org.wops.domain.type.PartnershipTypeRegistry;
import org.wops.domain.type.TypeRules;

class TemplateTwinningTypeTest {
  private final TemplateTwinningType type = new TemplateTwinningType();

  @Test
  void isFoundByTheRegistryWithoutProblems() {
    PartnershipTypeRegistry registry =
        PartnershipTypeRegistry.discover(getClass().getClassLoader(), Optional.empty());

    assertThat(registry.find(TemplateTwinningType.ID))
        .containsInstanceOf(TemplateTwinningType.class);
    assertThat(registry.problems()).isEmpty();
  }

  @Test
  void acceptsAMentorAndAMentee() {
    assertThat(TypeRules.roleMix(type, List.of(MENTOR, MENTEE))).isEmpty();
    assertThat(TypeRules.roleMix(type, List.of(PEER, PEER))).hasSize(1);
  }

  @Test
  void theMunicipalityIsRequired() {
    assertThat(TypeRules.extraFields(type, Map.of()))
        .extracting(DomainRuleViolation::code)
        .containsExactly("partnership.extra-field.required");
    assertThat(TypeRules.extraFields(type, Map.of("municipality", "Saint-Martin"))).isEmpty();
  }

  @Test
  void bothPartnersAreInOneCountry() {
    PartnershipFacts sameCountry =
        new PartnershipFacts(
            List.of(new ParticipantFact(1, MENTOR, "FR"), new ParticipantFact(2, MENTEE, "FR")),
            List.of(),
            Set.of(),
            Map.of());
    PartnershipFacts twoCountries =
        new PartnershipFacts(
            List.of(new ParticipantFact(1, MENTOR, "FR"), new ParticipantFact(2, MENTEE, "BE")),
            List.of(),
            Set.of(),
            Map.of());

    assertThat(type.validate(sameCountry)).isEmpty();
    assertThat(type.validate(twoCountries)).hasSize(1);
  }

  @Test
  void aSupportingUtilityFromAbroadLeavesTheTwinningInOneCountry() {
    PartnershipFacts supported =
        new PartnershipFacts(
            List.of(
                new ParticipantFact(1, MENTOR, "FR"),
                new ParticipantFact(2, MENTEE, "FR"),
                new ParticipantFact(3, SUPPORTING, "NL")),
            List.of(),
            Set.of(),
            Map.of());
    assertThat(TypeRules.roleMix(type, List.of(MENTOR, MENTEE, SUPPORTING))).isEmpty();
    assertThat(type.validate(supported)).isEmpty();
  }

  @Test
  void everyMilestoneHasATitleInEachLanguage() {
    assertThat(type.milestoneTemplate())
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.title().fr()).isNotBlank());
  }
}
