package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wops.domain.partnership.PartnershipFixtures.MENTEE;
import static org.wops.domain.partnership.PartnershipFixtures.MENTOR;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wops.domain.event.PublicationReturned;
import org.wops.domain.shared.AccessDenied;

class PublicationServiceTest {
  private UseCases uc;
  private Partnership p;

  @BeforeEach
  void setUp() {
    uc = new UseCases();
    uc.operator(MENTOR, "Société Béninoise des Eaux", "BJ");
    uc.operator(MENTEE, "Dji’i Water Board", "PG");
    p = uc.keep(PartnershipFixtures.identified());
  }

  @Test
  void anEditorRequestsAndCannotApproveItsOwnProfile() {
    uc.publication().request(p.id(), null, UseCases.editorOf(MENTEE));

    assertThatThrownBy(() -> uc.publication().approve(p.id(), null, UseCases.editorOf(MENTEE)))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(
            () -> uc.publication().publish(p.id(), null, true, UseCases.editorOf(MENTEE)))
        .isInstanceOf(AccessDenied.class);
    assertThat(p.published()).isFalse();
  }

  @Test
  void theSecretariatReturnsWithAReasonThenApproves() {
    uc.publication().request(p.id(), null, UseCases.editorOf(MENTEE));
    uc.publication().giveBack(p.id(), null, "Objectifs à préciser", UseCases.admin());
    assertThat(uc.fired)
        .filteredOn(e -> e instanceof PublicationReturned)
        .singleElement()
        .satisfies(
            e -> assertThat(((PublicationReturned) e).reason()).isEqualTo("Objectifs à préciser"));

    uc.publication().request(p.id(), null, UseCases.editorOf(MENTEE));
    Partnership published = uc.publication().approve(p.id(), null, UseCases.admin());

    assertThat(published.published()).isTrue();
    assertThat(uc.actions())
        .containsExactly(
            "publication.requested",
            "publication.returned",
            "publication.requested",
            "publication.approved");
  }
}
