package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wops.domain.partnership.PartnershipFixtures.MENTEE;
import static org.wops.domain.partnership.PartnershipFixtures.MENTOR;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wops.domain.event.MilestoneReached;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.StaleVersionException;
import org.wops.domain.user.Role;
import org.wops.domain.user.Viewer;

/** The runner every partnership use case goes through: the order of its checks and its effects. */
class PartnershipWorkTest {
  private UseCases uc;
  private Partnership p;

  @BeforeEach
  void setUp() {
    uc = new UseCases();
    uc.operator(MENTOR, "Société Béninoise des Eaux", "BJ");
    uc.operator(MENTEE, "Công ty Cấp nước Đà Nẵng", "VN");
    p = uc.keep(PartnershipFixtures.identified());
    uc.stores = 0;
  }

  @Test
  void anUnpublishedPartnershipIsNotFoundForACallerWhoMayNotReadIt() {
    Viewer stranger = UseCases.editorOf(999);

    assertThatThrownBy(
            () -> uc.work.change(stranger, p.id(), null, Permission.EDIT, c -> c.partnership()))
        .isInstanceOf(NotFoundException.class);
    assertThat(uc.stores).isZero();
  }

  @Test
  void aReaderWhoMayNotChangeItIsRefusedBeforeTheVersionIsLookedAt() {
    p.publish("secretariat", PartnershipFixtures.NOW);
    Viewer donor = new Viewer("bailleur", Set.of(Role.DONOR), Set.of(), Set.of(7L));

    assertThatThrownBy(() -> uc.work.change(donor, p.id(), -1L, Permission.EDIT, c -> null))
        .isInstanceOf(AccessDenied.class);
    assertThat(uc.stores).isZero();
  }

  @Test
  void aChangeExpectingAnOlderVersionIsRefusedAndNothingIsStoredOrAudited() {
    long read = p.version();
    uc.work.change(UseCases.editorOf(MENTOR), p.id(), read, Permission.EDIT, c -> null);

    assertThatThrownBy(
            () ->
                uc.work.change(UseCases.editorOf(MENTEE), p.id(), read, Permission.EDIT, c -> null))
        .isInstanceOf(StaleVersionException.class);
    assertThat(uc.stores).isEqualTo(1);
  }

  @Test
  void aRefusedChangeStoresAuditsAndFiresNothing() {
    assertThatThrownBy(
            () ->
                uc.work.change(
                    UseCases.editorOf(MENTOR),
                    p.id(),
                    null,
                    Permission.EDIT,
                    c -> {
                      c.record("x", null, null, "never written");
                      c.fire(
                          new MilestoneReached(
                              p.id(), 1, PartialDate.of(LocalDate.now()), c.now(), c.actor()));
                      throw new DomainRuleViolation("test.refused", "title", "Refused.");
                    }))
        .isInstanceOf(DomainRuleViolation.class);
    assertThat(uc.stores).isZero();
    assertThat(uc.audited).isEmpty();
    assertThat(uc.fired).isEmpty();
  }

  @Test
  void theAuditNamesTheCallerAndTheStoredPartnershipAndTheEventsFollowTheStore() {
    Partnership fresh = PartnershipFixtures.identified();

    Partnership made =
        uc.work.create(
            UseCases.editorOf(MENTOR),
            fresh,
            c -> {
              c.record("partnership.identified", null, "IDENTIFIED", "Identified.");
              return c.partnership();
            });

    assertThat(made.id()).isNotNull();
    assertThat(uc.audited)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.partnershipId()).isEqualTo(made.id());
              assertThat(e.actor()).isEqualTo("editeur-" + MENTOR);
            });
    assertThat(uc.compliances)
        .as("kept beside it: no operator endorsed the Charter")
        .last()
        .satisfies(c -> assertThat(c.compliant()).isFalse());
  }

  @Test
  void useCasesRunAsOneChangeAreStoredOnceAndAuditedAsOneEntryThatKeepsEach() {
    Viewer editor = UseCases.editorOf(MENTOR);
    PartnershipEditing editing = uc.editing();
    long version = p.version();
    int entries = uc.audited.size();

    uc.work.asOneChange(
        editor,
        p.id(),
        "partnership.imported",
        "Imported from a file:",
        () -> {
          editing.replaceSources(
              editor,
              new PartnershipEditing.ReplaceSources(
                  p.id(),
                  null,
                  java.util.List.of(
                      new Source(
                          "Rapport annuel 2014 de l’ONEA",
                          null,
                          PartialDate.parse("2015", "dated"),
                          "« Pertes ramenées à 12 % »",
                          "sources[0]"))));
          editing.editDetails(
              editor,
              new PartnershipEditing.EditDetails(
                  p.id(),
                  null,
                  p.details().toBuilder().title("Agua Potable de Cochabamba — Fase II").build()));
          return null;
        });

    assertThat(uc.stores).as("stored once").isEqualTo(1);
    assertThat(p.version()).isEqualTo(version + 1);
    assertThat(uc.audited).hasSize(entries + 1);
    var entry = uc.audited.get(uc.audited.size() - 1);
    assertThat(entry.action()).isEqualTo("partnership.imported");
    assertThat(entry.toValue())
        .contains("sources.changed: Rapport annuel 2014 de l’ONEA")
        .contains("details.edited: Agua Potable de Cochabamba — Fase II");
    assertThat(entry.description())
        .startsWith("Imported from a file:")
        .contains("Changed the sources.")
        .contains("Edited the details.");
  }

  @Test
  void oneChangeInWhichNoUseCaseActedStoresNothing() {
    uc.work.asOneChange(UseCases.editorOf(MENTOR), p.id(), "partnership.imported", "", () -> null);
    assertThat(uc.stores).isZero();
  }
}
