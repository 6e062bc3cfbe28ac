package org.wops.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wops.api.json.JsonTrees;
import org.wops.domain.operator.OperatorRepository;
import org.wops.domain.organisation.OrganisationRepository;
import org.wops.domain.partnership.AgreementAndLifecycle;
import org.wops.domain.partnership.Compliance;
import org.wops.domain.partnership.Indicator;
import org.wops.domain.partnership.Milestone;
import org.wops.domain.partnership.MilestonePlanning;
import org.wops.domain.partnership.MilestoneTitles;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.partnership.PartnershipReads;
import org.wops.domain.partnership.ResultsTracking;
import org.wops.domain.reference.ReferenceData;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.update.ProgressUpdate;
import org.wops.domain.update.ProgressUpdateService;
import org.wops.domain.update.UpdateStatus;

/**
 * A partnership's profile: partners and roles, contributions, the Charter-compliance badge, the
 * agreement, the milestone timeline, KPI charts, capacity change and approved updates; and, for
 * those who may change it, marking a milestone reached. Unpublished partnerships are "not found"
 * for visitors who may not see them (the same rule as the API).
 */
@Named
@RequestScoped
public class WopView {
  @Inject PartnershipReads partnerships;
  @Inject MilestonePlanning milestones;
  @Inject AgreementAndLifecycle lifecycle;
  @Inject ResultsTracking results;
  @Inject org.wops.domain.partnership.PublicationService publication;
  @Inject org.wops.domain.partnership.ContributionService contributions;
  @Inject PartnershipAccess access;
  @Inject ProgressUpdateService updates;
  @Inject OperatorRepository operators;
  @Inject OrganisationRepository organisations;
  @Inject ReferenceData reference;
  @Inject Session session;
  @Inject PageActions actions;
  @Inject Localizer labels;
  @Inject Clock clock;
  @Inject org.wops.domain.type.PartnershipTypeRegistry types;
  @Inject MilestoneTitles titles;

  private Partnership partnership;
  private Compliance compliance;
  private final Map<Long, String> names = new HashMap<>();

  @PostConstruct
  void load() {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    try {
      partnership =
          access.readable(
              session.viewer(), id == null || !id.matches("\\d{1,18}") ? -1 : Long.parseLong(id));
    } catch (NotFoundException e) {
      PageActions.notFound();
      return;
    }
    compliance = partnerships.compliance(partnership);
    alreadyReached();
  }

  /**
   * "Mark reached today" sent twice (a double click): the first marked it, so the second's button
   * is no longer on the page and Faces would run nothing and say nothing. The profile is shown
   * again, with its address, saying so.
   */
  private void alreadyReached() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!faces.isPostback()) {
      return;
    }
    long milestone = PageActions.idOfForm("milestone");
    boolean reached =
        partnership.milestones().stream()
            .anyMatch(
                m ->
                    m.id() == milestone
                        && m.status() == org.wops.domain.partnership.MilestoneStatus.REACHED);
    if (!reached) {
      return;
    }
    PageActions.message(
        jakarta.faces.application.FacesMessage.SEVERITY_INFO,
        labels.text("wop.milestone.reached.already"));
    try {
      faces
          .getExternalContext()
          .redirect(
              faces.getExternalContext().getRequestContextPath()
                  + "/wop.xhtml?id="
                  + partnership.id());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  public Partnership getP() {
    return partnership;
  }

  /** The title as this reader is shown it (their translation, else the original). */
  public org.wops.domain.shared.WrittenText.Shown getTitle() {
    return labels.shown(partnership.titleText());
  }

  /** The objectives as this reader is shown them. */
  public org.wops.domain.shared.WrittenText.Shown getObjectives() {
    return labels.shown(partnership.objectivesText());
  }

  public boolean isFound() {
    return partnership != null;
  }

  public Compliance getCompliance() {
    return compliance;
  }

  /**
   * The bundle key of the compliance badge: under the platform's rules, compliant or not yet; for a
   * recorded partnership, who vouches for it (verified, declared) or "not assessed" — never "not
   * compliant" for want of the platform's signatures.
   */
  public String getComplianceKey() {
    return switch (compliance.basis()) {
      case PLATFORM_RULES -> compliance.compliant() ? "wop.compliant" : "wop.not-compliant";
      case VERIFIED_BY_SECRETARIAT -> "wop.compliance.verified";
      case DECLARED_BY_PARTNERS -> "wop.compliance.declared";
      case NOT_ASSESSED -> "wop.compliance.not-assessed";
    };
  }

  /** What the compliance badge rests on, in the reader's language (its title). */
  public String getComplianceHint() {
    return labels.text(
        switch (compliance.basis()) {
          case PLATFORM_RULES ->
              compliance.compliant() ? "wop.compliant.hint" : "wop.not-compliant.hint";
          case VERIFIED_BY_SECRETARIAT -> "wop.compliance.verified.hint";
          case DECLARED_BY_PARTNERS -> "wop.compliance.declared.hint";
          case NOT_ASSESSED -> "wop.compliance.not-assessed.hint";
        });
  }

  /** The agreement's evidence as a link, when it is a web address (http or https); else null. */
  public String getEvidenceLink() {
    return partnership
        .history()
        .agreementEvidence()
        .map(String::strip)
        .filter(e -> e.matches("(?i)https?://[^\\s\"<>]+"))
        .orElse(null);
  }

  /**
   * Why the partnership is not compliant, in the reader's language, operators named (the domain's
   * messages are English and name operators by id).
   */
  public List<String> getReasons() {
    return compliance.reasons().stream()
        .map(
            r ->
                switch (r.code()) {
                  case "partnership.cancelled" -> labels.text("compliance.cancelled");
                  case "partnership.agreement-not-signed" -> labels.text("compliance.not-signed");
                  case "partnership.charter-not-endorsed" ->
                      java.text.MessageFormat.format(
                          labels.text("compliance.not-endorsed"),
                          String.join(
                              ", ", r.operatorIds().stream().map(this::operatorName).toList()),
                          r.charterVersion());
                  default -> r.message();
                })
        .toList();
  }

  public boolean isCanEdit() {
    return partnership != null && access.canEdit(session.viewer(), partnership);
  }

  public String operatorName(long id) {
    return names.computeIfAbsent(id, k -> operators.findById(k).map(o -> o.name()).orElse("#" + k));
  }

  public String organisationName(long id) {
    return names.computeIfAbsent(
        -id, k -> organisations.findById(id).map(o -> o.name()).orElse("#" + id));
  }

  public String kpiName(String code) {
    return reference.kpi(code).map(k -> k.name(labels.language())).orElse(code);
  }

  public String areaName(String code) {
    return reference.workingArea(code).map(a -> a.name(labels.language())).orElse(code);
  }

  /**
   * The working areas in the reader's language, each with the label its source gave it ("Eau non
   * facturée (source : « réduction des pertes en eau »)"), then the sources' labels that map to no
   * area of the reference list, shown as such (issue 16, item 6).
   */
  public List<String> getAreas() {
    List<String> shown = new java.util.ArrayList<>();
    List<org.wops.domain.partnership.AreaLabel> given = partnership.workingAreaLabels();
    for (String code : partnership.workingAreas()) {
      List<String> sources =
          given.stream()
              .filter(l -> l.code().filter(code::equals).isPresent())
              .map(org.wops.domain.partnership.AreaLabel::label)
              .toList();
      shown.add(
          sources.isEmpty()
              ? areaName(code)
              : labels.format("wop.area.source", areaName(code), String.join(" ; ", sources)));
    }
    given.stream()
        .filter(l -> !l.isMapped())
        .forEach(l -> shown.add(labels.format("wop.area.unmapped", l.label(), null)));
    return shown;
  }

  /**
   * How a result is measured, in the reader's language, each date at its precision: "Eau non
   * revenue (%) : référence 39 % (2012) → cible 15 % (2016) → atteint 12 % — trois centres (juin
   * 2016)". Empty for a result without an indicator.
   */
  public String resultMeasure(org.wops.domain.partnership.Result r) {
    return r.indicator()
        .map(
            i -> {
              java.util.List<String> points = new java.util.ArrayList<>();
              point(points, "wop.result.baseline", i.baseline(), i.unit());
              point(points, "wop.result.target", i.target(), i.unit());
              point(points, "wop.result.actual", i.actual(), i.unit());
              String title = i.title() == null ? "" : i.title();
              if (i.quantitative() && i.unit() != null) {
                title = (title + " (" + labels.unit(i.unit()) + ")").strip();
              }
              String line = String.join(" → ", points);
              return title.isEmpty() || line.isEmpty()
                  ? title + line
                  : title + labels.text("colon") + " " + line;
            })
        .orElse("");
  }

  private void point(
      java.util.List<String> into,
      String key,
      org.wops.domain.partnership.ResultPoint p,
      String unit) {
    if (p == null) {
      return;
    }
    StringBuilder b = new StringBuilder(labels.text(key));
    if (p.value() != null) {
      b.append(' ').append(AmountConverter.format(p.value(), labels.locale()));
      if (unit != null) {
        b.append(' ').append(labels.unit(unit));
      }
    }
    if (p.note() != null) {
      b.append(p.value() == null ? " " : " — ").append(p.note());
    }
    if (p.dated() != null) {
      b.append(" (").append(labels.partialDate(p.dated())).append(')');
    }
    into.add(b.toString());
  }

  public String dimensionName(String code) {
    return reference.capacityDimension(code).map(d -> d.name(labels.language())).orElse(code);
  }

  /**
   * What the agreement must still state before it can be signed, in the reader's language (the
   * domain names the four elements of the Charter in English).
   */
  public List<String> getMissingAgreementElements() {
    return partnership.missingAgreementElements().stream()
        .map(
            e ->
                switch (e) {
                  case "objectives and expected outputs" ->
                      labels.text("wop.agreement.missing.objectives");
                  case "each partner's roles and responsibilities" ->
                      labels.text("wop.agreement.missing.responsibilities");
                  case "the cash and in-kind value contributed" ->
                      labels.text("wop.agreement.missing.value");
                  case "each party's interests" -> labels.text("wop.agreement.missing.interests");
                  default -> e;
                })
        .toList();
  }

  /** The partnership type's name in the reader's language (its id when no longer installed). */
  public String getTypeName() {
    return types
        .find(partnership.typeId())
        .map(t -> t.name().in(labels.language()))
        .orElse(partnership.typeId());
  }

  /** The countries of the partnership, named in the reader's language. */
  public String getCountryNames() {
    return labels.countries(partnership.countries());
  }

  /** The cost lines' total, in the partnership's currency. */
  /** The budget as its sources state it. */
  public org.wops.domain.partnership.Budget getBudget() {
    return partnership.budget();
  }

  /** The budget's amount in its currency, in the reader's way ("250 000,00 $US"). */
  public String getBudgetAmount() {
    org.wops.domain.partnership.Budget b = partnership.budget();
    return b.amount().isPresent() && b.currency().isPresent()
        ? labels.money(b.amount().get(), b.currency().get())
        : null;
  }

  /** A budget line's amount in the budget's currency. */
  public String budgetMoney(java.math.BigDecimal amount) {
    return labels.money(amount, partnership.budget().currency().orElse(partnership.currency()));
  }

  /** Who pays, as declared or derived from contributions all stated; null when unknown. */
  public String getFundingType() {
    return partnership.fundingType().map(Enum::name).orElse(null);
  }

  public String getTotalCosts() {
    return labels.money(partnership.totalCosts(), partnership.currency());
  }

  /** The work plan's activities, by start date. */
  public List<org.wops.domain.partnership.Activity> getActivities() {
    return partnership.activities().stream()
        .sorted(Comparator.comparing(org.wops.domain.partnership.Activity::startDate))
        .toList();
  }

  /** The expected outputs, by completion date. */
  public List<org.wops.domain.partnership.WorkOutput> getOutputs() {
    return partnership.outputs().stream()
        .sorted(Comparator.comparing(org.wops.domain.partnership.WorkOutput::completionDate))
        .toList();
  }

  public List<Milestone> getTimeline() {
    return partnership.milestones().stream()
        .sorted(Comparator.comparing(Milestone::plannedDate))
        .toList();
  }

  /** A milestone's title in the reader's language (a template milestone's from its type). */
  public String milestoneTitle(Milestone m) {
    return titles.of(partnership, m, labels.language());
  }

  public boolean overdue(Milestone m) {
    return partnership.isOverdue(m, LocalDate.now(clock));
  }

  public List<ProgressUpdate> getApprovedUpdates() {
    return updates.ofPartnership(partnership.id()).stream()
        .filter(u -> u.status() == UpdateStatus.APPROVED)
        .limit(5)
        .toList();
  }

  /**
   * One line chart per indicator: baseline, then the targets and the measured values, on one axis
   * of dates written in the reader's language at their precision (the x of each point is its date's
   * label), the unit in the reader's language.
   */
  public String kpiChart(Indicator i) {
    java.util.TreeMap<LocalDate, java.math.BigDecimal> target = new java.util.TreeMap<>();
    target.put(i.baselineDate().first(), i.baselineValue());
    i.targets().forEach(t -> target.put(LocalDate.of(t.year(), 12, 31), t.value()));
    java.util.TreeMap<LocalDate, java.math.BigDecimal> actual = new java.util.TreeMap<>();
    actual.put(i.baselineDate().first(), i.baselineValue());
    i.actuals().forEach(v -> actual.put(v.measuredOn().first(), v.value()));
    java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>(target.keySet());
    dates.addAll(actual.keySet());
    // the baseline and the values are named at their dates' precision ("2012", "juin 2016")
    Map<LocalDate, String> named = new java.util.HashMap<>();
    named.put(i.baselineDate().first(), labels.partialDate(i.baselineDate()));
    i.actuals().forEach(v -> named.put(v.measuredOn().first(), labels.partialDate(v.measuredOn())));
    JsonArrayBuilder axis = JsonTrees.array();
    dates.forEach(d -> axis.add(named.getOrDefault(d, labels.date(d))));
    return JsonTrees.object()
        .add("unit", labels.unit(i.unit()))
        .add("targetLabel", labels.text("wop.kpi.target"))
        .add("actualLabel", labels.text("wop.kpi.actual"))
        .add("labels", axis)
        .add("targets", series(dates, target))
        .add("actuals", series(dates, actual))
        .build()
        .toString();
  }

  /** The values of a series on the chart's dates, null where the series has none. */
  private static JsonArrayBuilder series(
      java.util.Set<LocalDate> dates, Map<LocalDate, java.math.BigDecimal> values) {
    JsonArrayBuilder b = JsonTrees.array();
    dates.forEach(
        d -> {
          if (values.containsKey(d)) {
            b.add(values.get(d));
          } else {
            b.addNull();
          }
        });
    return b;
  }

  /**
   * Marks a milestone reached today (the form's milestone); a refusal by the template's order names
   * the milestone.
   */
  public String reach() {
    long milestone = PageActions.idOfForm("milestone");
    if (!isMilestoneOfThis(milestone)) {
      return null;
    }
    return act(
        "wop.milestone.reached.done",
        () ->
            milestones.reach(
                session.viewer(),
                new MilestonePlanning.Reach(
                    partnership.id(),
                    shown(),
                    milestone,
                    org.wops.domain.shared.PartialDate.of(LocalDate.now(clock)))),
        partnership.milestones().stream()
            .filter(m -> m.id() == milestone)
            .findFirst()
            .map(this::milestoneTitle)
            .orElse("#" + milestone));
  }

  /**
   * Plans a milestone the partners name, due in a year ("2027"), a month ("06/2027") or on a day,
   * as the reader writes dates (issue 16, item 2).
   */
  public String plan() {
    Map<String, String> f = form();
    return act(
        "wop.milestone.planned",
        () ->
            milestones.add(
                session.viewer(),
                new MilestonePlanning.Add(
                    partnership.id(),
                    shown(),
                    f.get("milestoneTitle"),
                    typedDate(f.get("milestoneDate")))));
  }

  /** Moves a planned milestone to another year, month or day. */
  public String reschedule() {
    long milestone = PageActions.idOfForm("milestone");
    if (!isMilestoneOfThis(milestone)) {
      return null;
    }
    return act(
        "wop.milestone.rescheduled",
        () ->
            milestones.reschedule(
                session.viewer(),
                new MilestonePlanning.Reschedule(
                    partnership.id(), shown(), milestone, typedDate(form().get("plannedDate")))),
        partnership.milestones().stream()
            .filter(m -> m.id() == milestone)
            .findFirst()
            .map(this::milestoneTitle)
            .orElse("#" + milestone));
  }

  /**
   * Whether the milestone a form names is one of this partnership's; if not (a forged or mistyped
   * id, a milestone of another partnership), the page says so beside the milestones' forms ({@code
   * milestones-problem}) and nothing changes.
   */
  private boolean isMilestoneOfThis(long milestone) {
    if (partnership.milestones().stream().anyMatch(m -> m.id() == milestone)) {
      return true;
    }
    FacesContext.getCurrentInstance()
        .addMessage(
            "milestones-problem",
            new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                labels.text("wop.milestone.unknown"),
                null));
    return false;
  }

  /** A milestone's date as the reader types it (what {@link #plan} reads back as the same). */
  public String typed(org.wops.domain.shared.PartialDate date) {
    return date == null ? "" : PartialDateConverter.format(date, labels.locale());
  }

  private org.wops.domain.shared.PartialDate typedDate(String typed) {
    if (typed == null || typed.isBlank()) {
      return null; // the use case says a planned date is required
    }
    return PartialDateConverter.parse(typed, labels.locale())
        .orElseThrow(
            () ->
                new DomainRuleViolation(
                    "date.partial",
                    "plannedDate",
                    "Write a year (2014), a month (2014-06) or a day (2014-06-15)."));
  }

  // ---------------------------------------------------------------- the actions of the profile

  private Map<String, String> form() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
  }

  /** The partnership's version the page showed (its forms carry it). */
  private Long shown() {
    return PageActions.shownVersion(PageActions.VERSION);
  }

  /**
   * Runs one use case; done, back to the profile with its message; refused, the page stays with the
   * reasons (nothing changed).
   */
  private String act(String doneKey, Runnable change, Object... ruleArguments) {
    if (!actions.attempt(null, change, ruleArguments)) {
      return null;
    }
    actions.done(doneKey);
    return "wop.xhtml?faces-redirect=true&id=" + partnership.id();
  }

  /** The participating operators the viewer may sign for, and that have not signed yet. */
  public List<Long> getSignable() {
    if (partnership == null || !partnership.missingAgreementElements().isEmpty()) {
      return List.of();
    }
    return partnership.participants().stream()
        .map(x -> x.operatorId())
        .filter(id -> !partnership.isSignedBy(id))
        .filter(id -> access.canActFor(session.viewer(), id))
        .toList();
  }

  public String sign() {
    long operator = PageActions.idOfForm("operator");
    if (!actions.chosen(operator)) {
      return null;
    }
    return act(
        "wop.sign.done",
        () ->
            lifecycle.sign(
                session.viewer(),
                new AgreementAndLifecycle.Sign(partnership.id(), shown(), operator, signer())));
  }

  private String signer() {
    String name = form().get("signedBy");
    return name == null || name.isBlank() ? session.getName() : name.strip();
  }

  /** Records a KPI value measured on a date (the form's indicator, date and value). */
  public String recordValue() {
    Map<String, String> f = form();
    long indicatorId = PageActions.idOfForm("indicator");
    if (!actions.chosen(indicatorId)) {
      return null;
    }
    return act(
        "wop.kpi.recorded",
        () -> {
          Indicator indicator =
              partnership.indicators().stream()
                  .filter(i -> i.id() == indicatorId)
                  .findFirst()
                  .orElseThrow(() -> new NotFoundException("indicator", indicatorId));
          results.recordValue(
              session.viewer(),
              new ResultsTracking.RecordValue(
                  partnership.id(),
                  shown(),
                  indicatorId,
                  parseDate(f.get("measuredOn"), "measuredOn"),
                  parseNumber(f.get("value"), "value"),
                  indicator.unit()));
        });
  }

  /** Writes an update for a period and submits it to the coordinators. */
  public String submitUpdate() {
    Map<String, String> f = form();
    return act(
        "wop.update.submitted",
        () -> {
          updates.writeAndSubmit(
              session.viewer(),
              partnership.id(),
              parseDate(f.get("periodStart"), "periodStart"),
              parseDate(f.get("periodEnd"), "periodEnd"),
              f.get("summary"));
        });
  }

  // ---------------------------------------------------------------- publication and money

  public org.wops.domain.partnership.PublicationRequest getPublication() {
    return partnership.publication();
  }

  /** Editors and coordinators ask the secretariat; nothing to ask while published or waiting. */
  public boolean isCanRequestPublication() {
    return isCanEdit()
        && !partnership.published()
        && partnership.publication().state()
            != org.wops.domain.partnership.PublicationRequest.State.REQUESTED;
  }

  /** The secretariat decides a waiting request. */
  public boolean isCanDecidePublication() {
    return partnership != null
        && session.viewer().isAdmin()
        && partnership.publication().state()
            == org.wops.domain.partnership.PublicationRequest.State.REQUESTED;
  }

  public boolean canConfirm(org.wops.domain.partnership.SupportingOrganisation s) {
    return !s.confirmed() && access.canConfirmContribution(session.viewer(), s.organisationId());
  }

  public String requestPublication() {
    return act(
        "wop.publication.requested",
        () -> publication.request(partnership.id(), shown(), session.viewer()));
  }

  public String approvePublication() {
    return act(
        "wop.publication.approved",
        () -> publication.approve(partnership.id(), shown(), session.viewer()));
  }

  public String returnPublication() {
    return act(
        "wop.publication.returned",
        () ->
            publication.giveBack(
                partnership.id(), shown(), form().get("reason"), session.viewer()));
  }

  public String unpublish() {
    return act(
        "wop.publication.unpublished",
        () -> publication.publish(partnership.id(), shown(), false, session.viewer()));
  }

  public String confirmContribution() {
    String given = form().get("organisation");
    long organisation = given != null && given.matches("\\d{1,18}") ? Long.parseLong(given) : -1;
    if (!actions.chosen(organisation)) {
      return null;
    }
    return act(
        "wop.contribution.confirmed",
        () -> contributions.confirm(partnership.id(), shown(), organisation, session.viewer()));
  }

  public boolean isCanDecide() {
    return partnership != null && access.canDecideUpdates(session.viewer(), partnership);
  }

  public List<ProgressUpdate> getSubmittedUpdates() {
    return updates.ofPartnership(partnership.id()).stream()
        .filter(u -> u.status() == UpdateStatus.SUBMITTED)
        .toList();
  }

  public String approve() {
    long update = PageActions.idOfForm("update");
    if (!actions.chosen(update)) {
      return null;
    }
    return act(
        "wop.update.approved",
        () -> {
          updates.approve(session.viewer(), update, PageActions.shownVersion("updateVersion"));
        });
  }

  public String returnUpdate() {
    long update = PageActions.idOfForm("update");
    if (!actions.chosen(update)) {
      return null;
    }
    return act(
        "wop.update.returned",
        () -> {
          updates.returnForRevision(
              session.viewer(),
              update,
              PageActions.shownVersion("updateVersion"),
              form().get("reason"));
        });
  }

  private static LocalDate parseDate(String s, String field) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      // the API's dates: YYYY-MM-DD, years 1000 to 2999 (LocalDate.parse alone takes
      // +999999999-12-31, which no database column keeps)
      if (!s.strip().matches("[12]\\d{3}-\\d{2}-\\d{2}")) {
        throw new java.time.format.DateTimeParseException("not YYYY-MM-DD", s, 0);
      }
      return LocalDate.parse(s.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new DomainRuleViolation("date.invalid", field, "Give a date as YYYY-MM-DD.");
    }
  }

  private static java.math.BigDecimal parseNumber(String s, String field) {
    try {
      return new java.math.BigDecimal(s.strip().replace(',', '.'));
    } catch (RuntimeException e) {
      throw new DomainRuleViolation("number.invalid", field, "Give a number, such as 38.5.");
    }
  }
}
