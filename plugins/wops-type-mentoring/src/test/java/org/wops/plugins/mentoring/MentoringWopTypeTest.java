package org.wops.plugins.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.domain.partnership.ParticipantRole.MENTEE;
import static org.wops.domain.partnership.ParticipantRole.MENTOR;
import static org.wops.domain.partnership.ParticipantRole.PEER;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wops.domain.type.PartnershipTypeRegistry;
import org.wops.domain.type.TypeRules;

class MentoringWopTypeTest {
  private final MentoringWopType type = new MentoringWopType();

  @Test
  void needsAtLeastOneMentorAndOneMentee() {
    assertThat(TypeRules.roleMix(type, List.of(MENTOR, MENTEE))).isEmpty();
    assertThat(TypeRules.roleMix(type, List.of(MENTOR, MENTOR, MENTEE, MENTEE))).isEmpty();
    assertThat(TypeRules.roleMix(type, List.of(MENTOR, MENTOR))).hasSize(1);
    assertThat(TypeRules.roleMix(type, List.of(MENTOR, MENTEE, PEER))).hasSize(1);
  }

  @Test
  void isFoundByTheRegistryThroughItsServiceFile() {
    PartnershipTypeRegistry registry =
        PartnershipTypeRegistry.discover(getClass().getClassLoader(), Optional.empty());

    assertThat(registry.find(MentoringWopType.ID)).containsInstanceOf(MentoringWopType.class);
    assertThat(registry.problems()).isEmpty();
  }

  @Test
  void startsWithTheStandardMilestonesInThreeLanguages() {
    assertThat(type.milestoneTemplate()).hasSize(8);
    assertThat(type.milestoneTemplate().get(0).title().fr()).isEqualTo("Note conceptuelle");
  }
}
