package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wops.domain.partnership.PartnershipFixtures.MENTEE;
import static org.wops.domain.partnership.PartnershipFixtures.MENTOR;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wops.domain.event.AgreementSignedByAll;
import org.wops.domain.event.PartnershipStatusChanged;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.StaleVersionException;

class AgreementAndLifecycleTest {
  private UseCases uc;
  private Partnership p;

  @BeforeEach
  void setUp() {
    uc = new UseCases();
    uc.operator(MENTOR, "Stadtentwässerung Dresden", "DE");
    uc.operator(MENTEE, "Dji’i Water Board", "PG");
    uc.endorsing.add(MENTOR);
    uc.endorsing.add(MENTEE);
    p = uc.keep(PartnershipFixtures.identified());
    uc.lifecycle()
        .changeStatus(
            UseCases.editorOf(MENTEE),
            new AgreementAndLifecycle.ChangeStatus(p.id(), null, PartnershipStatus.PROPOSED));
    uc.lifecycle()
        .writeAgreement(
            UseCases.editorOf(MENTEE),
            new AgreementAndLifecycle.WriteAgreement(
                p.id(),
                null,
                new AgreementTerms(
                    "Zwei Pilotzonen, ein Team zur Leckortung.",
                    new BigDecimal("2000"),
                    new BigDecimal("5000"))));
  }

  @Test
  void eachOperatorSignsForItselfOnlyAndTheLastSignatureIsHeardOf() {
    assertThatThrownBy(
            () ->
                uc.lifecycle()
                    .sign(
                        UseCases.editorOf(MENTEE),
                        new AgreementAndLifecycle.Sign(p.id(), null, MENTOR, "Jürgen Müller")))
        .isInstanceOf(AccessDenied.class);
    assertThat(p.signatures()).isEmpty();

    uc.lifecycle()
        .sign(
            UseCases.editorOf(MENTOR),
            new AgreementAndLifecycle.Sign(p.id(), null, MENTOR, "Jürgen Müller"));
    Partnership signed =
        uc.lifecycle()
            .sign(
                UseCases.editorOf(MENTEE),
                new AgreementAndLifecycle.Sign(p.id(), null, MENTEE, "Kila Tau’a"));

    assertThat(signed.isAgreementSignedByAll()).isTrue();
    assertThat(uc.fired).anyMatch(e -> e instanceof AgreementSignedByAll);
    assertThat(uc.fired).anyMatch(e -> e instanceof PartnershipStatusChanged);
  }

  @Test
  void aSignatureOnAVersionThatMovedOnIsRefusedInsteadOfSigningUnseenChanges() {
    long read = p.version();
    uc.lifecycle()
        .writeAgreement(
            UseCases.editorOf(MENTEE),
            new AgreementAndLifecycle.WriteAgreement(
                p.id(),
                read,
                new AgreementTerms(
                    "Drei Pilotzonen statt zwei.",
                    new BigDecimal("9000"),
                    new BigDecimal("5000"))));

    assertThatThrownBy(
            () ->
                uc.lifecycle()
                    .sign(
                        UseCases.editorOf(MENTOR),
                        new AgreementAndLifecycle.Sign(p.id(), read, MENTOR, "Jürgen Müller")))
        .isInstanceOf(StaleVersionException.class);
    assertThat(p.signatures()).isEmpty();
  }
}
