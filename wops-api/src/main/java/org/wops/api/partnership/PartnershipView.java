package org.wops.api.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wops.domain.partnership.Compliance;
import org.wops.domain.partnership.MilestoneTitles;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.shared.Language;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.WrittenText;

/** A partnership as the API shows it. */
public record PartnershipView(
    long id,
    long version,
    String typeId,
    String title,
    String objectives,
    String titleLanguage,
    Map<String, String> titleTranslations,
    String objectivesLanguage,
    Map<String, String> objectivesTranslations,
    ShownText titleShown,
    ShownText objectivesShown,
    String approach,
    String expectedOutcomes,
    String currency,
    String status,
    boolean published,
    boolean charterCompliant,
    List<String> complianceReasons,
    String complianceBasis,
    String fundingType,
    Set<String> workingAreas,
    List<AreaLabelView> workingAreaLabels,
    Set<String> countries,
    PartialDate plannedStart,
    PartialDate plannedEnd,
    PartialDate actualStart,
    PartialDate actualEnd,
    AgreementView agreement,
    RecordView record,
    List<SourceView> sources,
    BudgetView budget,
    List<ResultView> results,
    List<ParticipantView> participants,
    List<SupporterView> supporters,
    Map<String, String> extraFields,
    List<MilestoneView> milestones,
    List<CostView> costs,
    List<ActivityView> activities,
    List<IndicatorView> indicators,
    List<OutputView> outputs,
    List<AssessmentView> assessments) {

  /**
   * A text as the reader is shown it: their translation when there is one, else the original;
   * {@code language} is the shown text's (absent when nobody declared it), {@code otherLanguage}
   * marks a text in a declared language that is not the reader's.
   */
  public record ShownText(
      String text, String language, boolean translation, boolean otherLanguage) {
    static ShownText of(WrittenText.Shown s) {
      return new ShownText(s.text(), s.language(), s.translation(), s.otherLanguage());
    }
  }

  /**
   * The agreement's terms as written (what the profile shows): its objectives and expected outputs
   * and the cash and in-kind value it states; each partner's responsibilities, interests and
   * signature are on the participant.
   */
  public record AgreementView(
      String objectivesAndOutputs, BigDecimal cashValue, BigDecimal inKindValue) {}

  /**
   * What is known of a partnership recorded from evidence outside the platform (absent for one run
   * in it): when it was recorded, its agreement as signed outside the platform (its date at its
   * precision and its evidence), when its status was last reported, and how its Charter compliance
   * stands (VERIFIED_BY_SECRETARIAT, DECLARED_BY_PARTNERS or NOT_ASSESSED) since when.
   */
  public record RecordView(
      java.time.OffsetDateTime recordedAt,
      boolean agreementSignedOutside,
      PartialDate agreementSignedOn,
      String agreementEvidence,
      PartialDate lastReported,
      String compliance,
      java.time.OffsetDateTime complianceAssessedAt) {
    static RecordView of(org.wops.domain.partnership.RecordedHistory h) {
      return h.isRecorded()
          ? new RecordView(
              h.recordedAt().orElse(null),
              h.agreementSigned(),
              h.agreementSignedOn().orElse(null),
              h.agreementEvidence().orElse(null),
              h.lastReported().orElse(null),
              h.compliance().name(),
              h.complianceAssessedAt().orElse(null))
          : null;
    }
  }

  /** Where facts come from: a title, a link or reference, a date at its precision, a note. */
  public record SourceView(String title, String link, PartialDate dated, String note) {
    static SourceView of(org.wops.domain.partnership.Source s) {
      return new SourceView(
          s.title(), s.link().orElse(null), s.dated().orElse(null), s.note().orElse(null));
    }
  }

  /**
   * The budget as its sources state it (absent when nothing is): its own currency, the stated
   * {@code total}, its {@code amount} (the total, else what the lines add up to), the funding type
   * as declared and the funding in the sources' words, and lines by year and/or funder.
   */
  public record BudgetView(
      String currency,
      BigDecimal total,
      BigDecimal amount,
      String fundingType,
      String fundingDescription,
      List<BudgetLineView> lines) {
    static BudgetView of(org.wops.domain.partnership.Budget b) {
      return b.isEmpty()
          ? null
          : new BudgetView(
              b.currency().orElse(null),
              b.total().orElse(null),
              b.amount().orElse(null),
              b.fundingType().map(Enum::name).orElse(null),
              b.fundingDescription().orElse(null),
              b.lines().stream()
                  .map(
                      l ->
                          new BudgetLineView(
                              l.year().orElse(null), l.organisationId().orElse(null), l.amount()))
                  .toList());
    }
  }

  /** A budget line: for a year, from a funder (an organisation's id), or both. */
  public record BudgetLineView(Integer year, Long organisationId, BigDecimal amount) {}

  /**
   * A result the partnership reports: its statement, kind ({@code OUTPUT}, {@code OUTCOME}, {@code
   * CAPACITY_CHANGE}) and, when measured, its indicator.
   */
  public record ResultView(String statement, String kind, ResultIndicatorView indicator) {
    static ResultView of(org.wops.domain.partnership.Result r) {
      return new ResultView(
          r.statement(), r.kind().name(), r.indicator().map(ResultIndicatorView::of).orElse(null));
    }
  }

  /** How a result is measured; {@code qualitative} when no point states a number. */
  public record ResultIndicatorView(
      String title,
      String unit,
      boolean qualitative,
      ResultPointView baseline,
      ResultPointView target,
      ResultPointView actual) {
    static ResultIndicatorView of(org.wops.domain.partnership.ResultIndicator i) {
      return new ResultIndicatorView(
          i.title(),
          i.unit(),
          !i.quantitative(),
          ResultPointView.of(i.baseline()),
          ResultPointView.of(i.target()),
          ResultPointView.of(i.actual()));
    }
  }

  /** A baseline, target or actual: a number, words or both, and a date at its precision. */
  public record ResultPointView(BigDecimal value, String note, PartialDate dated) {
    static ResultPointView of(org.wops.domain.partnership.ResultPoint p) {
      return p == null ? null : new ResultPointView(p.value(), p.note(), p.dated());
    }
  }

  /** An expected output. */
  public record OutputView(
      long id,
      String title,
      String unit,
      BigDecimal quantity,
      LocalDate completionDate,
      String meansOfVerification) {}

  /** A capacity-change assessment. */
  public record AssessmentView(
      long id,
      String dimension,
      int perceivedChange,
      int wopContribution,
      String decidedBy,
      LocalDate assessedOn) {}

  /** A budgeted cost. */
  public record CostView(String category, String description, BigDecimal amount) {}

  /** An activity of the work plan. */
  public record ActivityView(
      long id,
      String title,
      String workingArea,
      LocalDate startDate,
      LocalDate endDate,
      BigDecimal budget,
      String responsible,
      int progress) {}

  /** An indicator with its baseline, targets and measured values. */
  public record IndicatorView(
      long id,
      String kpiCode,
      String unit,
      BigDecimal baselineValue,
      PartialDate baselineDate,
      Map<Integer, BigDecimal> targets,
      Map<String, BigDecimal> actuals) {}

  /** An operator taking part. */
  public record ParticipantView(
      long operatorId,
      String role,
      BigDecimal cashContribution,
      BigDecimal inKindContribution,
      String responsibilities,
      String interests,
      boolean signed) {}

  /** A supporting organisation. */
  /**
   * A supporting organisation; {@code roleDescription}: its role in the sources' words, if any;
   * {@code confirmed}: the organisation (or the secretariat) confirmed the contribution, which only
   * then counts in public figures.
   */
  public record SupporterView(
      long organisationId,
      String role,
      String roleDescription,
      BigDecimal contribution,
      boolean confirmed) {}

  /**
   * A source's own label of a working area (issue 16, item 6), beside the code it maps to, or alone
   * ({@code code} null: not an area of the reference list, not counted).
   */
  public record AreaLabelView(String code, String sourceLabel) {}

  /**
   * A milestone of the agreement: its dates at their precision ("2027", "2027-06", "2027-06-15"),
   * and the last day of the planned period it is due by.
   */
  public record MilestoneView(
      long id,
      String title,
      String templateKey,
      PartialDate plannedDate,
      LocalDate dueBy,
      PartialDate actualDate,
      String status) {}

  /** The view of a partnership for a reader: template milestones named in the reader's language. */
  static PartnershipView of(
      Partnership p, Compliance compliance, MilestoneTitles titles, Language language) {
    return new PartnershipView(
        p.id(),
        p.version(),
        p.typeId(),
        p.title(),
        p.objectives(),
        p.titleText().language().language(),
        p.titleText().language().translations(),
        p.objectivesText().language().language(),
        p.objectivesText().language().translations(),
        ShownText.of(p.titleText().shownTo(language)),
        ShownText.of(p.objectivesText().shownTo(language)),
        p.approach().orElse(null),
        p.expectedOutcomes().orElse(null),
        p.currency(),
        p.status().name(),
        p.published(),
        compliance.compliant(),
        compliance.reasons().stream().map(Compliance.Reason::message).toList(),
        compliance.basis().name(),
        p.fundingType().map(Enum::name).orElse(null),
        p.workingAreas(),
        p.workingAreaLabels().stream()
            .map(l -> new AreaLabelView(l.code().orElse(null), l.label()))
            .toList(),
        p.countries(),
        p.plannedStart().orElse(null),
        p.plannedEnd().orElse(null),
        p.actualStart().orElse(null),
        p.actualEnd().orElse(null),
        new AgreementView(
            p.agreement().objectivesAndOutputs(),
            p.agreement().cashValue(),
            p.agreement().inKindValue()),
        RecordView.of(p.history()),
        p.sources().stream().map(SourceView::of).toList(),
        BudgetView.of(p.budget()),
        p.results().stream().map(ResultView::of).toList(),
        p.participants().stream()
            .map(
                x ->
                    new ParticipantView(
                        x.operatorId(),
                        x.role().name(),
                        x.cashContribution().orElse(null),
                        x.inKindContribution().orElse(null),
                        x.responsibilities().orElse(null),
                        x.interests().orElse(null),
                        p.isSignedBy(x.operatorId())))
            .toList(),
        p.supporters().stream()
            .map(
                s ->
                    new SupporterView(
                        s.organisationId(),
                        s.role().name(),
                        s.roleDescription().orElse(null),
                        s.contribution().orElse(null),
                        s.confirmed()))
            .toList(),
        p.extraValues(),
        p.milestones().stream()
            .map(
                m ->
                    new MilestoneView(
                        m.id(),
                        titles.of(p, m, language),
                        m.templateKey().orElse(null),
                        m.plannedDate(),
                        m.dueBy(),
                        m.actualDate().orElse(null),
                        m.status().name()))
            .toList(),
        p.costLines().stream()
            .map(c -> new CostView(c.category().name(), c.description(), c.amount()))
            .toList(),
        p.activities().stream()
            .map(
                a ->
                    new ActivityView(
                        a.id(),
                        a.title(),
                        a.workingArea(),
                        a.startDate(),
                        a.endDate(),
                        a.budget(),
                        a.responsible(),
                        a.progress()))
            .toList(),
        p.indicators().stream()
            .map(
                i ->
                    new IndicatorView(
                        i.id(),
                        i.kpiCode(),
                        i.unit(),
                        i.baselineValue(),
                        i.baselineDate(),
                        i.targets().stream()
                            .collect(
                                java.util.stream.Collectors.toMap(
                                    t -> t.year(),
                                    t -> t.value(),
                                    (a, b) -> b,
                                    java.util.TreeMap::new)),
                        i.actuals().stream()
                            .collect(
                                java.util.stream.Collectors.toMap(
                                    v -> v.measuredOn().toString(),
                                    v -> v.value(),
                                    (a, b) -> b,
                                    java.util.LinkedHashMap::new))))
            .toList(),
        p.outputs().stream()
            .map(
                o ->
                    new OutputView(
                        o.id(),
                        o.title(),
                        o.unit(),
                        o.quantity(),
                        o.completionDate(),
                        o.meansOfVerification()))
            .toList(),
        p.assessments().stream()
            .map(
                a ->
                    new AssessmentView(
                        a.id(),
                        a.dimensionCode(),
                        a.perceivedChange(),
                        a.wopContribution(),
                        a.decidedBy().name(),
                        a.assessedOn()))
            .toList());
  }
}
