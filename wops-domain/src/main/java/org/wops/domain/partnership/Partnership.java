package org.wops.domain.partnership;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.wops.domain.operator.CountryCode;
import org.wops.domain.reference.Kpi;
import org.wops.domain.shared.Amounts;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.RuleChecks;
import org.wops.domain.shared.TextLanguage;
import org.wops.domain.shared.Texts;
import org.wops.domain.shared.WrittenText;
import org.wops.domain.type.MilestoneTemplate;
import org.wops.domain.type.PartnershipType;
import org.wops.domain.type.TypeRules;

/**
 * A Water Operators' Partnership: a not-for-profit peer-support exchange between two or more
 * operators, run under the Charter. The aggregate guards the Charter's rules: at least two distinct
 * operators in a mix its type accepts, money lines that are costs only and never negative, no
 * agreement before every operator endorsed the current Charter and every participant signed a
 * complete agreement, no work before the agreement is signed, consistent dates, and moves only
 * along the lifecycle.
 */
@Entity
@Table(name = "partnerships")
public class Partnership {
  public static final int TITLE_MAX = 300;
  public static final int TEXT_MAX = 8000;

  /** The most characters a type id holds. */
  public static final int TYPE_ID_MAX = 60;

  /** The most characters an extra field's name holds (its value: {@code ExtraField.TEXT_MAX}). */
  public static final int EXTRA_NAME_MAX = 60;

  /** The most operators taking part in one partnership. */
  public static final int PARTICIPANTS_MAX = 50;

  /** The most supporting organisations of one partnership. */
  public static final int SUPPORTERS_MAX = 50;

  /** The most working areas, countries or extra fields one partnership lists. */
  public static final int LIST_MAX = 50;

  /** The most sources' labels of working areas one partnership keeps. */
  public static final int AREA_LABELS_MAX = 50;

  /** The most milestones, activities, outputs, indicators or costs of one partnership. */
  public static final int PARTS_MAX = 500;

  @Id
  @SequenceGenerator(
      name = "partnership_seq",
      sequenceName = "partnership_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partnership_seq")
  private Long id;

  @Version private long version;

  @Column(name = "type_id", nullable = false, length = TYPE_ID_MAX)
  private String typeId;

  @Column(name = "title", nullable = false, length = TITLE_MAX)
  private String title;

  @Column(name = "objectives", nullable = false, length = TEXT_MAX)
  private String objectives;

  /** The title's ISO 639-1 language; {@code null} when nobody declared it. */
  @Column(name = "title_language", length = TextLanguage.CODE_MAX)
  private String titleLanguage;

  @Column(name = "objectives_language", length = TextLanguage.CODE_MAX)
  private String objectivesLanguage;

  /** The title's and objectives' translations ({@link #titleText()}, {@link #objectivesText()}). */
  @ElementCollection
  @CollectionTable(
      name = "partnership_translations",
      joinColumns = @JoinColumn(name = "partnership_id"))
  private List<Translation> translations = new ArrayList<>();

  @Column(name = "approach", length = TEXT_MAX)
  private String approach;

  @Column(name = "expected_outcomes", length = TEXT_MAX)
  private String expectedOutcomes;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private PartnershipStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "suspended_from", length = 12)
  private PartnershipStatus suspendedFrom;

  @Column(name = "agreed_charter_version")
  private Integer agreedCharterVersion;

  @Column(name = "published", nullable = false)
  private boolean published;

  @Column(name = "planned_start")
  private LocalDate plannedStart;

  @Enumerated(EnumType.STRING)
  @Column(name = "planned_start_precision", length = 5)
  private PartialDate.Precision plannedStartPrecision;

  @Column(name = "planned_end")
  private LocalDate plannedEnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "planned_end_precision", length = 5)
  private PartialDate.Precision plannedEndPrecision;

  @Column(name = "actual_start")
  private LocalDate actualStart;

  @Enumerated(EnumType.STRING)
  @Column(name = "actual_start_precision", length = 5)
  private PartialDate.Precision actualStartPrecision;

  @Column(name = "actual_end")
  private LocalDate actualEnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "actual_end_precision", length = 5)
  private PartialDate.Precision actualEndPrecision;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  /**
   * When the partnership last changed, any part of it (milestones, indicators... included): every
   * change writes this row, so the version goes up and names one state of the whole partnership
   * (ETags, kept documents).
   */
  @Column(name = "changed_at")
  private OffsetDateTime changedAt;

  /** The IATI activity it was imported from (unique), absent when not imported from IATI. */
  @Column(name = "iati_identifier", length = IatiOrigin.IDENTIFIER_MAX)
  private String iatiIdentifier;

  /** What the IATI activity said when it was imported (a digest), to tell a changed file. */
  @Column(name = "iati_digest", length = 64)
  private String iatiDigest;

  @ElementCollection
  @CollectionTable(
      name = "partnership_participants",
      joinColumns = @JoinColumn(name = "partnership_id"))
  @OrderColumn(name = "position")
  private List<Participant> participants = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "partnership_supporters",
      joinColumns = @JoinColumn(name = "partnership_id"))
  @OrderColumn(name = "position")
  private List<SupportingOrganisation> supporters = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "partnership_working_areas",
      joinColumns = @JoinColumn(name = "partnership_id"))
  @Column(
      name = "working_area",
      nullable = false,
      length = org.wops.domain.reference.WorkingArea.CODE_MAX)
  private Set<String> workingAreas = new HashSet<>();

  /** The labels the sources gave its working areas, beside the codes they map to, or alone. */
  @ElementCollection
  @CollectionTable(
      name = "partnership_working_area_labels",
      joinColumns = @JoinColumn(name = "partnership_id"))
  @OrderColumn(name = "position")
  private List<AreaLabel> workingAreaLabels = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "partnership_countries",
      joinColumns = @JoinColumn(name = "partnership_id"))
  @Column(name = "country_code", nullable = false, length = 2)
  private Set<String> countries = new HashSet<>();

  @ElementCollection
  @CollectionTable(
      name = "partnership_extra_values",
      joinColumns = @JoinColumn(name = "partnership_id"))
  @MapKeyColumn(name = "field_name", length = EXTRA_NAME_MAX)
  @Column(name = "field_value", nullable = false, length = org.wops.domain.type.ExtraField.TEXT_MAX)
  private Map<String, String> extraValues = new HashMap<>();

  @Embedded private AgreementTerms agreement = new AgreementTerms(null, null, null);

  @Embedded private PublicationRequest publication = PublicationRequest.none();

  @Embedded private RecordedHistory history = RecordedHistory.none();

  @Embedded private Budget budget = Budget.none();

  @ElementCollection
  @CollectionTable(
      name = "partnership_budget_lines",
      joinColumns = @JoinColumn(name = "partnership_id"))
  @OrderColumn(name = "position")
  private List<BudgetLine> budgetLines = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "agreement_signatures",
      joinColumns = @JoinColumn(name = "partnership_id"))
  @OrderColumn(name = "position")
  private List<Signature> signatures = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "partnership_cost_lines",
      joinColumns = @JoinColumn(name = "partnership_id"))
  @OrderColumn(name = "position")
  private List<CostLine> costLines = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "partnership_sources", joinColumns = @JoinColumn(name = "partnership_id"))
  @OrderColumn(name = "position")
  private List<Source> sources = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "partnership_results", joinColumns = @JoinColumn(name = "partnership_id"))
  @OrderColumn(name = "position")
  private List<Result> results = new ArrayList<>();

  @OneToMany(mappedBy = "partnership", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("plannedDate, plannedPrecision, id")
  private List<Milestone> milestones = new ArrayList<>();

  @OneToMany(mappedBy = "partnership", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("startDate, id")
  private List<Activity> activities = new ArrayList<>();

  @OneToMany(mappedBy = "partnership", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("completionDate, id")
  private List<WorkOutput> outputs = new ArrayList<>();

  @OneToMany(mappedBy = "partnership", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Indicator> indicators = new ArrayList<>();

  @OneToMany(mappedBy = "partnership", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("assessedOn, id")
  private List<CapacityAssessment> assessments = new ArrayList<>();

  protected Partnership() {
    // for JPA
  }

  /**
   * A partnership as first identified: its details, its participants (at least two distinct
   * operators in a mix the type accepts), and the type's default milestones when a planned start is
   * known.
   */
  public Partnership(
      PartnershipType type,
      PartnershipDetails details,
      List<Participant> participants,
      LocalDate today,
      OffsetDateTime now) {
    Objects.requireNonNull(type, "type is required");
    this.typeId = type.id();
    this.createdAt = Objects.requireNonNull(now, "now is required");
    this.status = PartnershipStatus.IDENTIFIED;
    applyDetails(details, today);
    this.participants = new ArrayList<>(checkedParticipants(participants, type));
    if (plannedStart != null) {
      for (MilestoneTemplate t : type.milestoneTemplate()) {
        milestones.add(
            Milestone.fromTemplate(
                this, t, PartialDate.stored(plannedStart, plannedStartPrecision)));
      }
    }
  }

  /**
   * A partnership that exists, or existed, outside the platform, recorded as the evidence says: its
   * status (UNKNOWN too) and dates at their precision, its agreement as signed outside the
   * platform, and how its Charter compliance stands. No template milestone is added: nothing is
   * invented.
   */
  public static Partnership recorded(
      PartnershipType type,
      PartnershipDetails details,
      List<Participant> participants,
      List<SupportingOrganisation> supporters,
      Map<String, String> extraValues,
      PartnershipStatus status,
      RecordedHistory.Facts facts,
      String by,
      OffsetDateTime now) {
    Objects.requireNonNull(type, "type is required");
    Partnership p = new Partnership();
    p.typeId = type.id();
    p.createdAt = Objects.requireNonNull(now, "now is required");
    p.takeRecord(status, facts, RecordedHistory.recorded(facts, by, now), now.toLocalDate());
    p.applyDetails(details, now.toLocalDate());
    p.participants = new ArrayList<>(checkedParticipants(participants, type));
    p.applySupporters(supporters);
    p.applyExtraValues(extraValues, type);
    p.requireReportedBeforeEnd();
    return p;
  }

  /** Refuses a record reported ongoing after its actual end (both dates as the evidence gives). */
  private void requireReportedBeforeEnd() {
    PartialDate reported = history().lastReported().orElse(null);
    PartialDate end = actualEnd().orElse(null);
    if (reported != null && end != null && end.endsBefore(reported)) {
      throw new DomainRuleViolation(
          "partnership.recorded.last-reported-after-end",
          "lastReported",
          "It cannot have been reported ongoing (" + reported + ") after it ended (" + end + ").",
          reported,
          end);
    }
  }

  /** Marks the partnership as imported from this IATI activity. */
  void importedFromIati(IatiOrigin origin) {
    this.iatiIdentifier = origin.identifier();
    this.iatiDigest = origin.digest();
  }

  /** The IATI activity this partnership was imported from, if any. */
  public Optional<IatiOrigin> iatiOrigin() {
    return iatiIdentifier == null
        ? Optional.empty()
        : Optional.of(new IatiOrigin(iatiIdentifier, iatiDigest == null ? "" : iatiDigest));
  }

  /**
   * Corrects what the record of a partnership recorded from outside says: its status, its dates and
   * the facts of its record; nothing changes when a rule refuses the correction.
   */
  public void correctRecord(
      PartnershipStatus newStatus,
      PartnershipDetails dates,
      RecordedHistory.Facts facts,
      String by,
      OffsetDateTime at) {
    if (!history().isRecorded()) {
      throw new DomainRuleViolation(
          "partnership.recorded.not-recorded",
          "status",
          "This partnership is run in the platform: its status moves along its lifecycle, and its"
              + " record cannot be corrected.");
    }
    PartnershipStatus before = status;
    RecordedHistory beforeHistory = history;
    try {
      takeRecord(newStatus, facts, history().corrected(facts, by, at), at.toLocalDate());
      applyDetails(details().toBuilder().fieldsOf(dates, DATE_FIELDS).build(), at.toLocalDate());
      requireReportedBeforeEnd();
    } catch (RuntimeException refused) {
      status = before;
      history = beforeHistory;
      throw refused;
    }
  }

  private static final Set<String> DATE_FIELDS =
      Set.of("plannedStart", "plannedEnd", "actualStart", "actualEnd");

  private void takeRecord(
      PartnershipStatus recordedStatus,
      RecordedHistory.Facts facts,
      RecordedHistory record,
      LocalDate today) {
    Objects.requireNonNull(recordedStatus, "status is required");
    if (recordedStatus == PartnershipStatus.SUSPENDED) {
      throw new DomainRuleViolation(
          "partnership.recorded.suspended",
          "status",
          "A recorded partnership cannot be SUSPENDED (the platform would not know where it"
              + " resumes): record it as it was (ACTIVE, say) or as UNKNOWN.");
    }
    if (record.agreementSigned()
        && (recordedStatus == PartnershipStatus.IDENTIFIED
            || recordedStatus == PartnershipStatus.PROPOSED)) {
      throw new DomainRuleViolation(
          "partnership.recorded.agreement-before-agreed",
          "agreement.signedOn",
          "A partnership whose agreement is signed is at least AGREED, not " + recordedStatus + ".",
          recordedStatus);
    }
    requireNotFuture(facts.agreementSignedOn(), today, "agreement.signedOn");
    requireNotFuture(facts.lastReported(), today, "lastReported");
    this.status = recordedStatus;
    this.suspendedFrom = null;
    this.history = record;
  }

  /**
   * Replaces where the partnership's facts come from (at most {@link #LIST_MAX}); accepted in every
   * status, since a closed partnership's record is still sourced.
   *
   * @return whether anything changed (false: the same sources, in the same order, untouched)
   */
  public boolean replaceSources(List<Source> newSources, LocalDate today) {
    requireAccepts(ChangeKind.SOURCES);
    List<Source> given = newSources == null ? List.of() : List.copyOf(newSources);
    for (int i = 0; i < given.size(); i++) {
      // a source is dated when it was published or read: not after today
      requireNotFuture(given.get(i).dated().orElse(null), today, "sources[" + i + "].dated");
    }
    if (given.size() > LIST_MAX) {
      throw new DomainRuleViolation(
          "partnership.too-many-sources",
          "sources",
          "A partnership lists at most " + LIST_MAX + " sources.",
          LIST_MAX);
    }
    if (given.equals(List.copyOf(sources))) {
      return false;
    }
    sources.clear();
    sources.addAll(given);
    return true;
  }

  /**
   * Replaces the budget as its sources state it; accepted in every status, since a closed
   * partnership's budget is still a fact of its record.
   */
  public void replaceBudget(Budget newBudget) {
    requireAccepts(ChangeKind.BUDGET);
    Budget given = newBudget == null ? Budget.none() : newBudget;
    budget = given;
    budgetLines.clear();
    budgetLines.addAll(given.lines());
  }

  /** The budget as stated (its lines in the order given); {@link Budget#none()} when none is. */
  public Budget budget() {
    return (budget == null ? Budget.none() : budget).withLines(budgetLines);
  }

  /** Where the partnership's facts come from, in the order given. */
  public List<Source> sources() {
    return List.copyOf(sources);
  }

  /**
   * Replaces the results the partnership reports (at most {@link #PARTS_MAX}); accepted in every
   * status, since results are mostly reported once the work is done. A baseline or an actual dated
   * after {@code today} is refused (rule 6).
   *
   * @return whether anything changed (false: the same results, in the same order, untouched)
   */
  public boolean replaceResults(List<Result> newResults, LocalDate today) {
    requireAccepts(ChangeKind.RESULTS);
    List<Result> given = newResults == null ? List.of() : List.copyOf(newResults);
    if (given.size() > PARTS_MAX) {
      throw new DomainRuleViolation(
          "partnership.too-many-results",
          "results",
          "A partnership reports at most " + PARTS_MAX + " results.",
          PARTS_MAX);
    }
    RuleChecks checks = new RuleChecks();
    for (int i = 0; i < given.size(); i++) {
      Result r = given.get(i);
      String field = "results[" + i + "]";
      checks.check(
          () -> {
            r.requireHappenedBy(today, field);
            return r;
          });
    }
    checks.done();
    if (given.equals(List.copyOf(results))) {
      return false;
    }
    results.clear();
    results.addAll(given);
    return true;
  }

  /** The results it reports, in the order given. */
  public List<Result> results() {
    return List.copyOf(results);
  }

  /**
   * What is known of a partnership recorded from outside the platform ({@link RecordedHistory}).
   */
  public RecordedHistory history() {
    return history == null ? RecordedHistory.none() : history;
  }

  // ---------------------------------------------------------------- details

  /**
   * Replaces the descriptive details; nothing changes when one is refused. A closed partnership
   * accepts a correction of its description ({@link ChangeKind#DESCRIPTION}: title, objectives,
   * approach, expected outcomes, their languages and translations, working areas and their labels)
   * and refuses, naming the field, a change of what settles its plan (currency, countries, dates:
   * {@link ChangeKind#DETAILS}).
   *
   * @return whether anything changed (false: the details are those stored, nothing was touched)
   */
  public boolean editDetails(PartnershipDetails details, LocalDate today) {
    return applyDetails(details, today, true);
  }

  private void applyDetails(PartnershipDetails d, LocalDate today) {
    applyDetails(d, today, false);
  }

  /**
   * Checks every detail, refusing them all at once (each broken rule named), then takes them; as an
   * edit ({@code edit}), refused when the status no longer accepts what changes, and untouched when
   * nothing does.
   */
  private boolean applyDetails(PartnershipDetails d, LocalDate today, boolean edit) {
    Objects.requireNonNull(d, "details are required");
    RuleChecks checks = new RuleChecks();
    String t =
        checks.check(
            () -> Texts.required(d.title(), "partnership.title", "title", "The title", TITLE_MAX));
    String o =
        checks.check(
            () ->
                Texts.required(
                    d.objectives(),
                    "partnership.objectives",
                    "objectives",
                    "The objectives",
                    TEXT_MAX));
    String a =
        checks.check(
            () ->
                Texts.optional(
                    d.approach(), "partnership.approach", "approach", "The approach", TEXT_MAX));
    String e =
        checks.check(
            () ->
                Texts.optional(
                    d.expectedOutcomes(),
                    "partnership.expectedOutcomes",
                    "expectedOutcomes",
                    "The expected outcomes",
                    TEXT_MAX));
    String c = checks.check(() -> Amounts.currency(d.currency(), "currency"));
    Set<String> areas = d.workingAreas() == null ? Set.of() : Set.copyOf(d.workingAreas());
    // labels not given: those of the areas still there, and the labels alone, stay
    List<AreaLabel> labels =
        d.workingAreaLabels() != null
            ? d.workingAreaLabels()
            : workingAreaLabels.stream()
                .filter(l -> l.code().map(areas::contains).orElse(true))
                .toList();
    if (labels.size() > AREA_LABELS_MAX) {
      checks.check(
          () -> {
            throw new DomainRuleViolation(
                "partnership.workingArea.labels-max",
                "workingAreas",
                "A partnership keeps at most " + AREA_LABELS_MAX + " sources' labels of areas.",
                AREA_LABELS_MAX);
          });
    }
    Set<String> countryCodes =
        checks.check(
            () ->
                d.countries() == null
                    ? Set.<String>of()
                    : d.countries().stream()
                        .map(x -> CountryCode.of(x).code())
                        .collect(Collectors.toSet()));
    checks.check(() -> checked(() -> PartialDate.requireKept(d.plannedStart(), "plannedStart")));
    checks.check(() -> checked(() -> PartialDate.requireKept(d.plannedEnd(), "plannedEnd")));
    checks.check(() -> checked(() -> PartialDate.requireKept(d.actualStart(), "actualStart")));
    checks.check(() -> checked(() -> PartialDate.requireKept(d.actualEnd(), "actualEnd")));
    checks.check(
        () -> checked(() -> requireOrdered(d.plannedStart(), d.plannedEnd(), "plannedEnd")));
    checks.check(() -> checked(() -> requireOrdered(d.actualStart(), d.actualEnd(), "actualEnd")));
    checks.check(() -> checked(() -> requireNotFuture(d.actualStart(), today, "actualStart")));
    checks.check(() -> checked(() -> requireNotFuture(d.actualEnd(), today, "actualEnd")));
    if (d.actualStart() != null && !workMayHaveStarted()) {
      checks.check(
          () -> {
            throw new DomainRuleViolation(
                "partnership.active.agreement-not-signed",
                "actualStart",
                "Work cannot have started before the agreement is signed: set the actual start once"
                    + " the partnership is active.");
          });
    } else if (d.actualStart() != null) {
      checks.check(() -> checked(() -> requireNotBeforeSignature(d.actualStart())));
    }
    TextLanguage tl =
        checks.check(() -> d.titleLanguage().checked("title", "The title", TITLE_MAX));
    TextLanguage ol =
        checks.check(
            () -> d.objectivesLanguage().checked("objectives", "The objectives", TEXT_MAX));
    checks.done();
    if (edit) {
      String settled = settledFieldChanged(c, countryCodes, d);
      if (settled != null) {
        lifecycle().requireAccepts(ChangeKind.DETAILS, settled);
      }
      requireAccepts(ChangeKind.DESCRIPTION);
      if (settled == null
          && t.equals(title)
          && o.equals(objectives)
          && Objects.equals(a, approach)
          && Objects.equals(e, expectedOutcomes)
          && tl.equals(titleText().language())
          && ol.equals(objectivesText().language())
          && areas.equals(workingAreas())
          && labels.equals(workingAreaLabels())) {
        return false;
      }
    }
    this.title = t;
    this.objectives = o;
    this.titleLanguage = tl.language();
    this.objectivesLanguage = ol.language();
    this.translations.clear();
    tl.translations().forEach((l, x) -> translations.add(new Translation("title", l, x)));
    ol.translations().forEach((l, x) -> translations.add(new Translation("objectives", l, x)));
    this.approach = a;
    this.expectedOutcomes = e;
    if (this.currency != null && !this.currency.equals(c)) {
      // a confirmation is of an amount in the partnership's currency: in another one it is
      // another amount, for the organisation to confirm again
      supporters.replaceAll(SupportingOrganisation::unconfirmed);
    }
    this.currency = c;
    this.workingAreas.clear();
    this.workingAreas.addAll(areas);
    this.workingAreaLabels.clear();
    this.workingAreaLabels.addAll(labels);
    this.countries.clear();
    this.countries.addAll(countryCodes);
    setDates(d.plannedStart(), d.plannedEnd(), d.actualStart(), d.actualEnd());
    return true;
  }

  /**
   * The first of the fields that settle the plan (currency, countries, dates) that these checked
   * values change, or null when they change none.
   */
  private String settledFieldChanged(String c, Set<String> countryCodes, PartnershipDetails d) {
    if (!c.equals(currency)) {
      return "currency";
    }
    if (!countryCodes.equals(countries())) {
      return "countries";
    }
    PartnershipDetails stored = details();
    if (!Objects.equals(d.plannedStart(), stored.plannedStart())) {
      return "plannedStart";
    }
    if (!Objects.equals(d.plannedEnd(), stored.plannedEnd())) {
      return "plannedEnd";
    }
    if (!Objects.equals(d.actualStart(), stored.actualStart())) {
      return "actualStart";
    }
    return Objects.equals(d.actualEnd(), stored.actualEnd()) ? null : "actualEnd";
  }

  /** A check that returns nothing, for {@link RuleChecks#check}. */
  private static Boolean checked(Runnable check) {
    check.run();
    return Boolean.TRUE;
  }

  private void setDates(
      PartialDate plannedStart,
      PartialDate plannedEnd,
      PartialDate actualStart,
      PartialDate actualEnd) {
    this.plannedStart = plannedStart == null ? null : plannedStart.first();
    this.plannedStartPrecision = plannedStart == null ? null : plannedStart.precision();
    this.plannedEnd = plannedEnd == null ? null : plannedEnd.first();
    this.plannedEndPrecision = plannedEnd == null ? null : plannedEnd.precision();
    this.actualStart = actualStart == null ? null : actualStart.first();
    this.actualStartPrecision = actualStart == null ? null : actualStart.precision();
    this.actualEnd = actualEnd == null ? null : actualEnd.first();
    this.actualEndPrecision = actualEnd == null ? null : actualEnd.precision();
  }

  static void requireOrdered(LocalDate start, LocalDate end, String endField) {
    requireOrdered(PartialDate.ofNullable(start), PartialDate.ofNullable(end), endField);
  }

  static void requireOrdered(PartialDate start, PartialDate end, String endField) {
    if (start != null && end != null && end.endsBefore(start)) {
      throw new DomainRuleViolation(
          "dates.start-after-end",
          endField,
          "The end (" + end + ") cannot be before the start (" + start + ").",
          end,
          start);
    }
  }

  static void requireNotFuture(PartialDate date, LocalDate today, String field) {
    if (date != null && date.beginsAfter(today)) {
      throw new DomainRuleViolation(
          "dates.actual-in-future",
          field,
          "An actual date cannot be in the future (" + date + " is after " + today + ").",
          date,
          today);
    }
  }

  static void requireNotFuture(LocalDate date, LocalDate today, String field) {
    requireNotFuture(PartialDate.ofNullable(date), today, field);
  }

  /**
   * Whether work may have started: the agreement is signed (in the platform, or outside it for a
   * recorded partnership), or a recorded partnership's status is unknown.
   */
  private boolean workMayHaveStarted() {
    return status == PartnershipStatus.ACTIVE
        || status.isAgreedOrLater()
        || history().isRecorded()
            && (history().agreementSigned() || status == PartnershipStatus.UNKNOWN);
  }

  /** Work cannot start before the agreement was signed, in the platform or outside it. */
  private void requireNotBeforeSignature(PartialDate start) {
    history()
        .agreementSignedOn()
        .or(() -> agreementNow().lastSignatureDate().map(PartialDate::of))
        .filter(start::endsBefore)
        .ifPresent(
            signed -> {
              throw new DomainRuleViolation(
                  "partnership.active.before-signature",
                  "actualStart",
                  "Work cannot start ("
                      + start
                      + ") before the agreement was signed ("
                      + signed
                      + ").",
                  start,
                  signed);
            });
  }

  // ---------------------------------------------------------------- participants and supporters

  /**
   * Replaces the participants. Rule 1: at least two distinct operators, each once, in a mix the
   * type accepts. Signatures of operators that no longer take part, or whose terms changed, are
   * withdrawn.
   */
  /**
   * Replaces the participants; false, and nothing touched, when they are the ones recorded (same
   * operators, roles, contributions and words, in the same order).
   */
  public boolean replaceParticipants(List<Participant> newParticipants, PartnershipType type) {
    List<Participant> given = newParticipants == null ? List.of() : List.copyOf(newParticipants);
    if (sameInOrder(List.copyOf(participants), given, Participant::sameTermsAs)) {
      return false; // nothing to refuse either, in any status
    }
    requireAccepts(ChangeKind.PARTICIPANTS);
    requireType(type);
    List<Participant> checked = checkedParticipants(given, type);
    keep(agreementNow().forParticipants(participants, checked));
    participants.clear();
    participants.addAll(checked);
    return true;
  }

  private static <T> boolean sameInOrder(
      List<T> before, List<T> after, java.util.function.BiPredicate<T, T> same) {
    if (before.size() != after.size()) {
      return false;
    }
    for (int i = 0; i < before.size(); i++) {
      if (!same.test(before.get(i), after.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<Participant> checkedParticipants(
      List<Participant> list, PartnershipType type) {
    List<Participant> given = list == null ? List.of() : List.copyOf(list);
    Set<Long> seen = new HashSet<>();
    for (Participant p : given) {
      if (!seen.add(p.operatorId())) {
        throw new DomainRuleViolation(
            "partnership.participants.duplicate",
            "participants",
            "An operator takes part once: operator " + p.operatorId() + " is listed twice.",
            p.operatorId());
      }
    }
    if (given.size() < 2) {
      throw new DomainRuleViolation(
          "partnership.participants.too-few",
          "participants",
          "A WOP is a partnership between at least two operators (" + given.size() + " given).",
          given.size());
    }
    List<DomainRuleViolation> mix =
        TypeRules.roleMix(type, given.stream().map(Participant::role).toList());
    if (!mix.isEmpty()) {
      throw mix.get(0);
    }
    return given;
  }

  private void requireType(PartnershipType type) {
    if (type == null || !type.id().equals(typeId)) {
      throw new IllegalArgumentException("The partnership's own type (" + typeId + ") is required");
    }
  }

  /**
   * Replaces the supporting organisations; false, and nothing touched, when they are the ones
   * recorded (same organisations, roles, descriptions and contributions, in the same order).
   */
  public boolean replaceSupporters(List<SupportingOrganisation> newSupporters) {
    List<SupportingOrganisation> given =
        newSupporters == null ? List.of() : List.copyOf(newSupporters);
    if (sameInOrder(List.copyOf(supporters), given, SupportingOrganisation::sameTermsAs)) {
      return false;
    }
    requireAccepts(ChangeKind.SUPPORTERS);
    if (!status.isOpen()) {
      // closed: a supporter the record forgot is added; who supported it, as recorded, stays
      for (SupportingOrganisation kept : supporters) {
        if (given.stream().noneMatch(kept::sameTermsAs)) {
          throw new DomainRuleViolation(
              "partnership.closed.supporters-kept",
              "supporters",
              "The partnership is "
                  + status
                  + ": a supporter may be added, but those recorded stay as they are (organisation "
                  + kept.organisationId()
                  + ", "
                  + kept.role()
                  + ").",
              status,
              kept.organisationId());
        }
      }
    }
    applySupporters(given);
    return true;
  }

  private void applySupporters(List<SupportingOrganisation> newSupporters) {
    List<SupportingOrganisation> given =
        newSupporters == null ? List.of() : List.copyOf(newSupporters);
    Set<String> seen = new HashSet<>();
    for (SupportingOrganisation s : given) {
      if (!seen.add(s.organisationId() + "/" + s.role())) {
        throw new DomainRuleViolation(
            "partnership.supporters.duplicate",
            "supporters",
            "Organisation " + s.organisationId() + " is listed twice as " + s.role() + ".",
            s.organisationId(),
            s.role());
      }
    }
    List<SupportingOrganisation> before = List.copyOf(supporters);
    supporters.clear();
    given.forEach(s -> supporters.add(s.keepingConfirmationOf(before)));
  }

  /**
   * The organisation confirms what the partnership says it contributes (every role it is listed
   * in); refused when it is not a supporter.
   */
  public void confirmContribution(long organisationId, String by, OffsetDateTime at) {
    requireAccepts(ChangeKind.CONTRIBUTION_CONFIRMATION);
    boolean listed = false;
    for (int i = 0; i < supporters.size(); i++) {
      SupportingOrganisation s = supporters.get(i);
      if (s.organisationId() == organisationId) {
        listed = true;
        if (!s.confirmed()) {
          supporters.set(i, s.confirmedBy(by, at));
        }
      }
    }
    if (!listed) {
      throw new org.wops.domain.shared.NotFoundException("supporter", organisationId);
    }
  }

  /**
   * Replaces the values of the type's extra fields; every value is checked against the type's field
   * definitions, and nothing changes when one is refused.
   */
  /** Replaces the type's extra values; false, and nothing touched, when they are those recorded. */
  public boolean replaceExtraValues(Map<String, String> values, PartnershipType type) {
    Map<String, String> given = checkedExtraValues(values, type);
    if (given.equals(Map.copyOf(extraValues))) {
      return false;
    }
    requireAccepts(ChangeKind.EXTRA_FIELDS);
    extraValues.clear();
    extraValues.putAll(given);
    return true;
  }

  private void applyExtraValues(Map<String, String> values, PartnershipType type) {
    Map<String, String> given = checkedExtraValues(values, type);
    extraValues.clear();
    extraValues.putAll(given);
  }

  private Map<String, String> checkedExtraValues(Map<String, String> values, PartnershipType type) {
    requireType(type);
    Map<String, String> given = new HashMap<>();
    if (values != null) {
      values.forEach(
          (k, v) -> {
            if (v != null && !v.isBlank()) {
              given.put(k, v.strip());
            }
          });
    }
    List<DomainRuleViolation> violations = TypeRules.extraFields(type, given);
    if (!violations.isEmpty()) {
      throw DomainRuleViolation.all(violations);
    }
    return given;
  }

  public Map<String, String> extraValues() {
    return new TreeMap<>(extraValues);
  }

  // ---------------------------------------------------------------- agreement

  /**
   * Writes (or rewrites) the agreement's objectives, outputs and values. Changing what was signed
   * withdraws every signature: the partners sign what the agreement says now.
   */
  public void writeAgreement(AgreementTerms terms) {
    requireAccepts(ChangeKind.AGREEMENT);
    if (lifecycle().agreementLocked(agreedCharterVersion)) {
      throw new DomainRuleViolation(
          "agreement.locked",
          "agreement",
          "The agreement is signed and in force; it cannot be rewritten.");
    }
    keep(agreementNow().rewritten(terms));
  }

  /**
   * The elements the code of conduct requires that the agreement does not state yet (empty when
   * complete).
   */
  public List<String> missingAgreementElements() {
    return agreementNow().missingElements(participants);
  }

  /**
   * A participating operator signs the agreement; only a complete agreement can be signed, once per
   * operator. The last signature re-dates the milestones counting from it and reaches the type's
   * milestone that is the signature itself; returns the milestones it reached.
   */
  public List<Milestone> sign(
      long operatorId, String signedBy, OffsetDateTime at, PartnershipType type) {
    requireAccepts(ChangeKind.SIGNATURE);
    keep(agreementNow().signedBy(operatorId, signedBy, at, participants));
    if (!isAgreementSignedByAll()) {
      return List.of();
    }
    LocalDate signedOn = at.toLocalDate();
    milestones.forEach(m -> m.anchorToSignature(signedOn));
    List<Milestone> reached = MilestoneSequence.of(type).reachedBySignature(milestones);
    reached.forEach(m -> m.reach(PartialDate.of(signedOn), signedOn));
    return reached;
  }

  public boolean isSignedBy(long operatorId) {
    return agreementNow().isSignedBy(operatorId);
  }

  /** Signed by every participant (and complete). */
  public boolean isAgreementSignedByAll() {
    return history().agreementSigned() || agreementNow().isSignedByAll(participants);
  }

  /** The agreement as it stands: its terms and signatures. */
  public Agreement agreementNow() {
    return new Agreement(agreement, signatures);
  }

  private void keep(Agreement a) {
    this.agreement = a.terms();
    if (!a.signatures().equals(signatures)) {
      signatures.clear();
      signatures.addAll(a.signatures());
    }
  }

  // ---------------------------------------------------------------- lifecycle

  /**
   * Moves the partnership along its lifecycle. Rule 3: AGREED only when every participating
   * operator endorsed the current Charter and the agreement is complete and signed by all. Rule 4:
   * ACTIVE only with a signed agreement. Rule 7: only along the lifecycle.
   */
  public StatusChange changeStatus(
      PartnershipStatus target, CharterStanding charter, LocalDate today) {
    PartnershipStatus from = status;
    Lifecycle next = lifecycle().movedTo(target);
    if (target == PartnershipStatus.AGREED) {
      requireReadyToAgree(charter);
      agreedCharterVersion = charter.applicableVersion();
    }
    if (target == PartnershipStatus.ACTIVE) {
      if (!isAgreementSignedByAll()) {
        throw new DomainRuleViolation(
            "partnership.active.agreement-not-signed",
            "status",
            "Work cannot start before the agreement is signed by every participant.");
      }
      if (actualStart == null && !history().isRecorded()) {
        actualStart = today;
        actualStartPrecision = PartialDate.Precision.DAY;
      }
    }
    if (target == PartnershipStatus.COMPLETED && actualEnd == null && !history().isRecorded()) {
      actualEnd = today;
      actualEndPrecision = PartialDate.Precision.DAY;
    }
    status = next.status();
    suspendedFrom = next.suspendedFrom();
    if (target == PartnershipStatus.CANCELLED) {
      milestones.stream()
          .filter(m -> m.status() == MilestoneStatus.PLANNED)
          .forEach(Milestone::cancel);
    }
    return new StatusChange(from, target);
  }

  private void requireReadyToAgree(CharterStanding charter) {
    Objects.requireNonNull(charter, "the Charter standing is required to agree");
    List<Long> notEndorsed =
        participants.stream()
            .map(Participant::operatorId)
            .filter(id -> !charter.endorsingOperators().contains(id))
            .toList();
    if (!notEndorsed.isEmpty()) {
      throw new DomainRuleViolation(
          "partnership.agreed.charter-not-endorsed",
          "participants",
          "Every participating operator must endorse the current Charter (version "
              + charter.applicableVersion()
              + ") before the partnership is agreed; not yet: operator(s) "
              + notEndorsed
              + ".",
          charter.applicableVersion(),
          notEndorsed);
    }
    agreementNow().requireReadyToAgree(participants);
  }

  /**
   * The Charter version that applies: the current one until agreed, the one it was agreed under
   * afterwards.
   */
  public int applicableCharterVersion(int currentVersion) {
    return agreedCharterVersion != null ? agreedCharterVersion : currentVersion;
  }

  /**
   * Whether the partnership may carry the WOP label (rule 5), derived now from rules 2–4: money
   * lines are costs only and never negative (guaranteed on every change), every operator endorsed
   * the applicable Charter version, and once agreed, a complete agreement signed by every
   * participant.
   */
  public Compliance compliance(CharterStanding charter) {
    List<Compliance.Reason> reasons = new ArrayList<>();
    if (status == PartnershipStatus.CANCELLED) {
      reasons.add(new Compliance.Reason("partnership.cancelled", "The partnership was cancelled."));
    }
    if (history().isRecorded()) {
      // the platform's signatures and endorsements are not the evidence of a recorded partnership:
      // its label says who vouches for it, never "not compliant" for want of them
      return Compliance.recorded(history().compliance(), reasons);
    }
    List<Long> notEndorsed =
        operatorIds().stream().filter(id -> !charter.endorsingOperators().contains(id)).toList();
    if (!notEndorsed.isEmpty()) {
      reasons.add(
          new Compliance.Reason(
              "partnership.charter-not-endorsed",
              "Operator(s) "
                  + notEndorsed
                  + " have not endorsed Charter version "
                  + charter.applicableVersion()
                  + ".",
              notEndorsed,
              charter.applicableVersion()));
    }
    if (lifecycle().agreed(agreedCharterVersion) && !isAgreementSignedByAll()) {
      reasons.add(
          new Compliance.Reason(
              "partnership.agreement-not-signed",
              "The agreement is not complete and signed by every participant."));
    }
    return new Compliance(reasons.isEmpty(), reasons);
  }

  /** The secretariat publishes the profile (directly, or approving a request). */
  public void publish(String by, OffsetDateTime at) {
    requireAccepts(ChangeKind.PUBLICATION);
    this.published = true;
    this.publication = publication().settled(by, at);
  }

  /** The profile is taken down (by the secretariat or the partnership's own editors). */
  public void unpublish(String by, OffsetDateTime at) {
    requireAccepts(ChangeKind.PUBLICATION);
    this.published = false;
    this.publication = publication().settled(by, at);
  }

  /** An editor or coordinator asks the secretariat to publish the profile. */
  public void requestPublication(String by, OffsetDateTime at) {
    requireAccepts(ChangeKind.PUBLICATION);
    this.publication = publication().request(published, by, at);
  }

  /** The secretariat approves the waiting request: the profile is published. */
  public void approvePublication(String by, OffsetDateTime at) {
    requireAccepts(ChangeKind.PUBLICATION);
    this.publication = publication().approve(by, at);
    this.published = true;
  }

  /** The secretariat returns the waiting request, with its reason. */
  public void returnPublication(String by, OffsetDateTime at, String reason) {
    requireAccepts(ChangeKind.PUBLICATION);
    this.publication = publication().giveBack(by, at, reason);
  }

  public PublicationRequest publication() {
    return publication == null ? PublicationRequest.none() : publication;
  }

  /**
   * Refuses a change that a partnership in its status no longer accepts ({@link ChangeKind} says
   * which: every change while open; outcomes, values, assessments, publication and confirmations
   * once closed).
   */
  private void requireAccepts(ChangeKind kind) {
    lifecycle().requireAccepts(kind);
  }

  /** Where the partnership is in its life, and where it may go. */
  public Lifecycle lifecycle() {
    return new Lifecycle(status, suspendedFrom);
  }

  /** A partnership holds at most {@link #PARTS_MAX} milestones, activities, outputs... each. */
  private static void roomFor(java.util.Collection<?> parts, String field) {
    if (parts.size() >= PARTS_MAX) {
      throw new DomainRuleViolation(
          "partnership.too-many-" + field,
          field,
          "A partnership can have at most " + PARTS_MAX + " " + field + ".",
          PARTS_MAX);
    }
  }

  // ---------------------------------------------------------------- milestones

  public Milestone addMilestone(String milestoneTitle, PartialDate plannedDate) {
    requireAccepts(ChangeKind.MILESTONE_PLAN);
    roomFor(milestones, "milestones");
    Milestone m = new Milestone(this, milestoneTitle, plannedDate);
    milestones.add(m);
    return m;
  }

  /**
   * Marks a milestone reached on {@code actualDate}, in the order and under the conditions of the
   * type's template ({@link MilestoneSequence}).
   */
  public Milestone reachMilestone(
      long milestoneId, PartialDate actualDate, LocalDate today, PartnershipType type) {
    return reach(milestone(milestoneId), actualDate, today, type);
  }

  /**
   * Why a milestone cannot be reached on {@code actualDate} under the type's template, if it
   * cannot.
   */
  public Optional<DomainRuleViolation> reachRefusal(
      Milestone m, PartialDate actualDate, PartnershipType type) {
    return MilestoneSequence.of(type).refusal(this, m, actualDate);
  }

  Milestone reach(Milestone m, PartialDate actualDate, LocalDate today, PartnershipType type) {
    requireAccepts(ChangeKind.MILESTONE_OUTCOME);
    MilestoneSequence.of(type).requireReachable(this, m, actualDate);
    m.reach(actualDate, today);
    return m;
  }

  public Milestone missMilestone(long milestoneId) {
    requireAccepts(ChangeKind.MILESTONE_OUTCOME);
    Milestone m = milestone(milestoneId);
    m.miss();
    return m;
  }

  public Milestone cancelMilestone(long milestoneId) {
    requireAccepts(ChangeKind.MILESTONE_OUTCOME);
    Milestone m = milestone(milestoneId);
    m.cancel();
    return m;
  }

  public Milestone rescheduleMilestone(long milestoneId, PartialDate plannedDate) {
    requireAccepts(ChangeKind.MILESTONE_PLAN);
    Milestone m = milestone(milestoneId);
    m.reschedule(plannedDate);
    return m;
  }

  public Milestone milestone(long milestoneId) {
    return milestones.stream()
        .filter(m -> m.hasId(milestoneId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("milestone", milestoneId));
  }

  // ---------------------------------------------------------------- work plan

  public Activity addActivity(
      String activityTitle,
      String workingArea,
      LocalDate start,
      LocalDate end,
      BigDecimal budget,
      String responsible) {
    requireAccepts(ChangeKind.WORK_PLAN);
    roomFor(activities, "activities");
    Activity a = new Activity(this, activityTitle, workingArea, start, end, budget, responsible);
    activities.add(a);
    return a;
  }

  public Activity reportActivityProgress(long activityId, int percent) {
    requireAccepts(ChangeKind.WORK_PLAN);
    Activity a =
        activities.stream()
            .filter(x -> x.hasId(activityId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("activity", activityId));
    a.reportProgress(percent);
    return a;
  }

  public WorkOutput addOutput(
      String outputTitle,
      String unit,
      BigDecimal quantity,
      LocalDate completionDate,
      String meansOfVerification) {
    requireAccepts(ChangeKind.WORK_PLAN);
    roomFor(outputs, "outputs");
    WorkOutput o =
        new WorkOutput(this, outputTitle, unit, quantity, completionDate, meansOfVerification);
    outputs.add(o);
    return o;
  }

  /** Adds a budgeted cost (rule 2: costs only, never negative). */
  public void addCostLine(CostLine line) {
    requireAccepts(ChangeKind.WORK_PLAN);
    roomFor(costLines, "costs");
    costLines.add(Objects.requireNonNull(line, "line is required"));
  }

  public BigDecimal totalCosts() {
    return costLines.stream().map(CostLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  // ---------------------------------------------------------------- results

  /** Follows a KPI of the reference list, from its baseline; a KPI is followed once. */
  public Indicator defineIndicator(
      Kpi kpi, BigDecimal baselineValue, PartialDate baselineDate, LocalDate today) {
    requireAccepts(ChangeKind.INDICATOR);
    if (indicators.stream().anyMatch(i -> i.kpiCode().equals(kpi.code()))) {
      throw new DomainRuleViolation(
          "indicator.duplicate",
          "kpiCode",
          "This partnership already follows " + kpi.code() + ".",
          kpi.code());
    }
    roomFor(indicators, "indicators");
    Indicator i = new Indicator(this, kpi, baselineValue, baselineDate, today);
    indicators.add(i);
    return i;
  }

  public Indicator setIndicatorTarget(long indicatorId, int year, BigDecimal value) {
    requireAccepts(ChangeKind.INDICATOR);
    Indicator i = indicator(indicatorId);
    i.setTarget(year, value);
    return i;
  }

  /** Rule 7: an actual value is recorded against a defined indicator, in its unit. */
  public Indicator recordIndicatorValue(
      long indicatorId,
      PartialDate measuredOn,
      BigDecimal value,
      String unit,
      String reportedBy,
      OffsetDateTime reportedAt,
      LocalDate today) {
    requireAccepts(ChangeKind.INDICATOR_VALUE);
    Indicator i = indicator(indicatorId);
    i.recordActual(measuredOn, value, unit, reportedBy, reportedAt, today);
    return i;
  }

  public Indicator indicator(long indicatorId) {
    return indicators.stream()
        .filter(i -> i.hasId(indicatorId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("indicator", indicatorId));
  }

  public CapacityAssessment assessCapacity(
      String dimensionCode,
      int perceivedChange,
      int wopContribution,
      CapacityAssessment.DecidedBy decidedBy,
      LocalDate assessedOn,
      String notes,
      LocalDate today) {
    requireAccepts(ChangeKind.ASSESSMENT);
    roomFor(assessments, "assessments");
    CapacityAssessment a =
        new CapacityAssessment(
            this,
            dimensionCode,
            perceivedChange,
            wopContribution,
            decidedBy,
            assessedOn,
            notes,
            today);
    assessments.add(a);
    return a;
  }

  // ---------------------------------------------------------------- derived

  /**
   * Self-funded, externally supported or mixed: as the budget declares it, else derived from the
   * contributions when every one of them was stated (one nobody stated is unknown, not zero: then
   * so is the funding type).
   */
  public Optional<FundingType> fundingType() {
    Optional<FundingType> declared = budget().fundingType();
    if (declared.isPresent()) {
      return declared;
    }
    boolean allStated =
        participants.stream()
                .allMatch(
                    p -> p.cashContribution().isPresent() && p.inKindContribution().isPresent())
            && supporters.stream().allMatch(s -> s.contribution().isPresent());
    if (!allStated || participants.isEmpty() && supporters.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal own =
        participants.stream()
            .map(p -> p.cashContribution().orElseThrow().add(p.inKindContribution().orElseThrow()))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal external =
        supporters.stream()
            .map(s -> s.contribution().orElseThrow())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (external.signum() == 0) {
      return own.signum() == 0 ? Optional.empty() : Optional.of(FundingType.SELF_FUNDED);
    }
    return Optional.of(own.signum() == 0 ? FundingType.EXTERNALLY_SUPPORTED : FundingType.MIXED);
  }

  public Optional<Participant> participant(long operatorId) {
    return participants.stream().filter(p -> p.operatorId() == operatorId).findFirst();
  }

  public Set<Long> operatorIds() {
    return participants.stream()
        .map(Participant::operatorId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  // ---------------------------------------------------------------- accessors

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String typeId() {
    return typeId;
  }

  public String title() {
    return title;
  }

  public String objectives() {
    return objectives;
  }

  /** The title as written, with its language and translations. */
  public WrittenText titleText() {
    return new WrittenText(title, language("title", titleLanguage));
  }

  /** The objectives as written, with their language and translations. */
  public WrittenText objectivesText() {
    return new WrittenText(objectives, language("objectives", objectivesLanguage));
  }

  private TextLanguage language(String field, String code) {
    Map<String, String> of = new TreeMap<>();
    translations.stream()
        .filter(x -> x.field().equals(field))
        .forEach(x -> of.put(x.language(), x.text()));
    return new TextLanguage(code, of);
  }

  public Optional<String> approach() {
    return Optional.ofNullable(approach);
  }

  public Optional<String> expectedOutcomes() {
    return Optional.ofNullable(expectedOutcomes);
  }

  public String currency() {
    return currency;
  }

  public PartnershipStatus status() {
    return status;
  }

  public Optional<PartnershipStatus> suspendedFrom() {
    return Optional.ofNullable(suspendedFrom);
  }

  public Optional<Integer> agreedCharterVersion() {
    return Optional.ofNullable(agreedCharterVersion);
  }

  public boolean published() {
    return published;
  }

  public Optional<PartialDate> plannedStart() {
    return Optional.ofNullable(PartialDate.stored(plannedStart, plannedStartPrecision));
  }

  public Optional<PartialDate> plannedEnd() {
    return Optional.ofNullable(PartialDate.stored(plannedEnd, plannedEndPrecision));
  }

  public Optional<PartialDate> actualStart() {
    return Optional.ofNullable(PartialDate.stored(actualStart, actualStartPrecision));
  }

  public Optional<PartialDate> actualEnd() {
    return Optional.ofNullable(PartialDate.stored(actualEnd, actualEndPrecision));
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  /**
   * Whether a milestone is overdue: still planned and its date passed, unless it is a template
   * milestone whose date had passed already when the partnership was recorded (a proposal written
   * after the fact, or a concept note dated before the proposal): nobody was late for it. The
   * profile, the dashboard and the overdue mail all ask this.
   */
  public boolean isOverdue(Milestone m, LocalDate today) {
    return m.isOverdue(today) && !pastWhenRecorded(m);
  }

  private boolean pastWhenRecorded(Milestone m) {
    return m.templateKey().isPresent()
        && createdAt != null
        && m.plannedDate().endsBefore(createdAt.toLocalDate());
  }

  public List<Participant> participants() {
    return List.copyOf(participants);
  }

  public List<SupportingOrganisation> supporters() {
    return List.copyOf(supporters);
  }

  public Set<String> workingAreas() {
    return new TreeSet<>(workingAreas);
  }

  /**
   * The labels the sources gave its working areas: each beside the code it maps to, or alone (not
   * an area of the reference list: shown, not counted).
   */
  public List<AreaLabel> workingAreaLabels() {
    return List.copyOf(workingAreaLabels);
  }

  /** Marks a change of the partnership or of one of its parts, made at this time. */
  public void changedAt(OffsetDateTime at) {
    Objects.requireNonNull(at, "the time of the change is required");
    // a new value even when two changes share a clock tick, so that the row is written
    changedAt = at.equals(changedAt) ? at.plusNanos(1_000) : at;
  }

  /** When the partnership last changed (empty: not since it was identified). */
  public java.util.Optional<OffsetDateTime> changedAt() {
    return java.util.Optional.ofNullable(changedAt);
  }

  public Set<String> countries() {
    return new TreeSet<>(countries);
  }

  public AgreementTerms agreement() {
    return agreement == null ? new AgreementTerms(null, null, null) : agreement;
  }

  public List<Signature> signatures() {
    return List.copyOf(signatures);
  }

  public List<CostLine> costLines() {
    return List.copyOf(costLines);
  }

  public List<Milestone> milestones() {
    return List.copyOf(milestones);
  }

  public List<Activity> activities() {
    return List.copyOf(activities);
  }

  public List<WorkOutput> outputs() {
    return List.copyOf(outputs);
  }

  public List<Indicator> indicators() {
    return List.copyOf(indicators);
  }

  public List<CapacityAssessment> assessments() {
    return List.copyOf(assessments);
  }

  public PartnershipDetails details() {
    return PartnershipDetails.builder()
        .title(title)
        .objectives(objectives)
        .approach(approach)
        .expectedOutcomes(expectedOutcomes)
        .currency(currency)
        .workingAreas(workingAreas())
        .countries(countries())
        .plannedStart(PartialDate.stored(plannedStart, plannedStartPrecision))
        .plannedEnd(PartialDate.stored(plannedEnd, plannedEndPrecision))
        .actualStart(PartialDate.stored(actualStart, actualStartPrecision))
        .actualEnd(PartialDate.stored(actualEnd, actualEndPrecision))
        .titleLanguage(titleText().language())
        .objectivesLanguage(objectivesText().language())
        .build();
  }

  @Override
  public String toString() {
    return "Partnership[" + id + ", " + title + ", " + status + "]";
  }
}
