package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wops.domain.partnership.PartnershipFixtures.MENTEE;
import static org.wops.domain.partnership.PartnershipFixtures.MENTOR;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wops.domain.shared.DomainRuleViolation;

class ResultsTrackingTest {
  private UseCases uc;
  private Partnership p;

  @BeforeEach
  void setUp() {
    uc = new UseCases();
    uc.operator(MENTOR, "Stadtentwässerung Dresden", "DE");
    uc.operator(MENTEE, "Công ty Cấp nước Đà Nẵng", "VN");
    p = uc.keep(PartnershipFixtures.identified());
  }

  @Test
  void aKpiOutsideTheReferenceListIsRefusedNamingTheField() {
    assertThatThrownBy(
            () ->
                uc.results()
                    .defineIndicator(
                        UseCases.editorOf(MENTEE),
                        new ResultsTracking.DefineIndicator(
                            p.id(), null, "NRW_GUESS", BigDecimal.TEN, PartnershipFixtures.TODAY)))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, e -> assertThat(e.field()).isEqualTo("kpiCode"));
    assertThat(uc.stores).isEqualTo(1);
  }

  @Test
  void aDefinedIndicatorIsAnsweredAndAValueIsRecordedByTheCaller() {
    Indicator i =
        uc.results()
            .defineIndicator(
                UseCases.editorOf(MENTEE),
                new ResultsTracking.DefineIndicator(
                    p.id(),
                    null,
                    "NRW_PCT",
                    new BigDecimal("45.5"),
                    PartnershipFixtures.TODAY.minusMonths(2)));
    UseCases.setField(i, "id", 5L);

    uc.results()
        .recordValue(
            UseCases.editorOf(MENTOR),
            new ResultsTracking.RecordValue(
                p.id(), null, 5L, PartnershipFixtures.TODAY, new BigDecimal("41.2"), "%"));

    assertThat(i.actuals())
        .singleElement()
        .satisfies(v -> assertThat(v.reportedBy()).isEqualTo("editeur-" + MENTOR));
    assertThat(uc.actions()).containsExactly("indicator.defined", "indicator.value");
  }

  @Test
  void aKpisBaselineAndValuesKeepTheirDatesPrecisionAndAreComparedAsPeriods() {
    Indicator i =
        uc.results()
            .defineIndicator(
                UseCases.editorOf(MENTEE),
                new ResultsTracking.DefineIndicator(
                    p.id(),
                    null,
                    "NRW_PCT",
                    new BigDecimal("39"),
                    org.wops.domain.shared.PartialDate.ofMonth(2014, 6)));
    UseCases.setField(i, "id", 6L);
    assertThat(i.baselineDate()).hasToString("2014-06");

    uc.results()
        .recordValue(
            UseCases.editorOf(MENTOR),
            new ResultsTracking.RecordValue(
                p.id(),
                null,
                6L,
                org.wops.domain.shared.PartialDate.ofYear(2014),
                new BigDecimal("35"),
                "%"));
    assertThat(i.actuals())
        .as("a value of 2014 is not before a baseline of June 2014")
        .singleElement()
        .satisfies(v -> assertThat(v.measuredOn()).hasToString("2014"));
    assertThatThrownBy(
            () ->
                uc.results()
                    .recordValue(
                        UseCases.editorOf(MENTOR),
                        new ResultsTracking.RecordValue(
                            p.id(),
                            null,
                            6L,
                            org.wops.domain.shared.PartialDate.ofYear(2013),
                            new BigDecimal("36"),
                            "%")))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> assertThat(e.code()).isEqualTo("indicator.value.before-baseline"));
    assertThatThrownBy(
            () ->
                uc.results()
                    .recordValue(
                        UseCases.editorOf(MENTOR),
                        new ResultsTracking.RecordValue(
                            p.id(),
                            null,
                            6L,
                            org.wops.domain.shared.PartialDate.ofYear(
                                PartnershipFixtures.TODAY.getYear() + 1),
                            new BigDecimal("30"),
                            "%")))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            e -> assertThat(e.code()).isEqualTo("dates.actual-in-future"));
  }
}
