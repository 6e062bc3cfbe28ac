package org.wops.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorService;
import org.wops.domain.organisation.OrganisationService;
import org.wops.domain.partnership.AgreementTerms;
import org.wops.domain.partnership.Participant;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.partnership.PartnershipDetails;
import org.wops.domain.partnership.PlannedMilestone;
import org.wops.domain.partnership.Proposals;
import org.wops.domain.partnership.SupporterRole;
import org.wops.domain.partnership.SupportingOrganisation;
import org.wops.domain.reference.ReferenceData;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PageRequest;
import org.wops.domain.type.ExtraField;
import org.wops.domain.type.MilestoneTemplate;
import org.wops.domain.type.PartnershipType;
import org.wops.domain.type.PartnershipTypeRegistry;

/**
 * The wizard that proposes a partnership, in five steps: the type and what the partnership is about
 * (with the type's extra fields), the operators and their roles, the supporting organisations, the
 * agreement and milestones (pre-filled from the type's template), and a review. Nothing is stored
 * until the last step; then the domain's rules decide, and each broken rule is shown next to the
 * field it concerns, on its step.
 */
@Named
@ViewScoped
public class ProposeWizard implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int STEPS = 5;

  /** Not passivation-capable (a produced registry): looked up again after the view moved. */
  @Inject transient PartnershipTypeRegistry types;

  @Inject Proposals proposals;
  @Inject PartnershipAccess access;
  @Inject OperatorService operators;
  @Inject OrganisationService organisations;
  @Inject ReferenceData reference;
  @Inject Session session;
  @Inject Labels labels;

  private int step = 1;
  private String typeId = "wop";
  private String title;
  private String objectives;
  private String currency = "USD";
  private LocalDate plannedStart;
  private LocalDate plannedEnd;
  private List<String> workingAreas = new ArrayList<>();
  private final Map<String, String> extra = new HashMap<>();
  private final Map<String, String> extraErrors = new HashMap<>();
  private final List<Row> participants = new ArrayList<>();
  private final List<Row> supporters = new ArrayList<>();
  private String agreementText;
  private BigDecimal cashValue;
  private BigDecimal inKindValue;
  private final List<Row> milestones = new ArrayList<>();

  /** One editable line of a list (participant, supporter or extra milestone). */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long id;
    private String role;
    private BigDecimal cash;
    private BigDecimal inKind;
    private String responsibilities;
    private String interests;
    private String title;
    private LocalDate date;

    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }

    public BigDecimal getCash() {
      return cash;
    }

    public void setCash(BigDecimal cash) {
      this.cash = cash;
    }

    public BigDecimal getInKind() {
      return inKind;
    }

    public void setInKind(BigDecimal inKind) {
      this.inKind = inKind;
    }

    public String getResponsibilities() {
      return responsibilities;
    }

    public void setResponsibilities(String responsibilities) {
      this.responsibilities = responsibilities;
    }

    public String getInterests() {
      return interests;
    }

    public void setInterests(String interests) {
      this.interests = interests;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public LocalDate getDate() {
      return date;
    }

    public void setDate(LocalDate date) {
      this.date = date;
    }
  }

  @PostConstruct
  void start() {
    Row mentor = new Row();
    mentor.role = ParticipantRole.MENTOR.name();
    Row mentee = new Row();
    mentee.role = ParticipantRole.MENTEE.name();
    // an editor's own operator is the first participant
    session.viewer().operatorIds().stream().findFirst().ifPresent(id -> mentee.id = id);
    participants.add(mentor);
    participants.add(mentee);
    plannedStart = LocalDate.now().plusMonths(1).withDayOfMonth(1);
  }

  private PartnershipTypeRegistry types() {
    if (types == null) {
      types =
          jakarta.enterprise.inject.spi.CDI.current().select(PartnershipTypeRegistry.class).get();
    }
    return types;
  }

  // ---------------------------------------------------------------- navigation

  public int getStep() {
    return step;
  }

  public int getSteps() {
    return STEPS;
  }

  public void next() {
    if (checkStep()) {
      step = Math.min(STEPS, step + 1);
    }
  }

  public void back() {
    step = Math.max(1, step - 1);
  }

  public void goTo(int target) {
    step = Math.max(1, Math.min(STEPS, target));
  }

  /** The checks a step can make on its own (the domain checks everything at the end). */
  private boolean checkStep() {
    boolean ok = true;
    if (step == 1) {
      ok &= require("title", title);
      ok &= require("objectives", objectives);
      if (currency == null || !currency.matches("[A-Za-z]{3}")) {
        error("currency", labels.text("propose.currency.invalid"));
        ok = false;
      }
    }
    if (step == 2) {
      long chosen = participants.stream().filter(r -> r.id != null).count();
      if (chosen < 2) {
        error("participants", labels.text("propose.participants.too-few"));
        ok = false;
      }
    }
    return ok;
  }

  private boolean require(String field, String value) {
    if (value == null || value.isBlank()) {
      error(field, labels.text("propose.required"));
      return false;
    }
    return true;
  }

  private void error(String field, String text) {
    FacesContext.getCurrentInstance()
        .addMessage("wizard:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  // ---------------------------------------------------------------- step 1: the type and the
  // partnership

  public List<PartnershipType> getTypes() {
    return types().all();
  }

  public PartnershipType getType() {
    return types().find(typeId).orElse(types().require("wop"));
  }

  public String typeName(PartnershipType t) {
    return t.name().in(labels.language());
  }

  public String typeDescription(PartnershipType t) {
    return t.description().in(labels.language());
  }

  public String fieldLabel(ExtraField f) {
    return f.label().in(labels.language());
  }

  public List<Option> getAreas() {
    return reference.workingAreas().stream()
        .map(a -> new Option(a.code(), a.name(labels.language())))
        .toList();
  }

  // ---------------------------------------------------------------- steps 2 and 3: who takes part

  private String operatorFilter;

  public String getOperatorFilter() {
    return operatorFilter;
  }

  public void setOperatorFilter(String operatorFilter) {
    this.operatorFilter = operatorFilter;
  }

  /** Keeps the step and re-renders the lists with the operators that match the filter. */
  public void findOperators() {
    // the filter is applied by getOperatorOptions
  }

  /**
   * The operators to choose from: those that match the filter (the first 100 by name), plus those
   * already chosen and the user's own.
   */
  public List<Option> getOperatorOptions() {
    Map<Long, Operator> shown = new LinkedHashMap<>();
    for (Operator o : operators.find(operatorFilter, 100)) {
      shown.put(o.id(), o);
    }
    Set<Long> keep = new LinkedHashSet<>(session.viewer().operatorIds());
    participants.stream().map(r -> r.id).filter(java.util.Objects::nonNull).forEach(keep::add);
    for (Long id : keep) {
      if (!shown.containsKey(id)) {
        shown.put(id, operators.get(id));
      }
    }
    List<Option> options = new ArrayList<>();
    for (Operator o : shown.values()) {
      options.add(new Option(String.valueOf(o.id()), o.name() + " (" + o.country().code() + ")"));
    }
    return options;
  }

  public List<Option> getOrganisationOptions() {
    return organisations.list(new PageRequest(0, 200)).items().stream()
        .map(o -> new Option(String.valueOf(o.id()), o.name()))
        .toList();
  }

  public List<String> getRoles() {
    return List.of("MENTOR", "MENTEE", "PEER");
  }

  public List<String> getSupporterRoles() {
    return List.of("FUNDER", "FACILITATOR", "ACCOUNTABLE", "OTHER");
  }

  public void addParticipant() {
    Row r = new Row();
    r.role = ParticipantRole.PEER.name();
    participants.add(r);
  }

  public void removeParticipant(Row r) {
    participants.remove(r);
  }

  public void addSupporter() {
    Row r = new Row();
    r.role = SupporterRole.FUNDER.name();
    supporters.add(r);
  }

  public void removeSupporter(Row r) {
    supporters.remove(r);
  }

  // ---------------------------------------------------------------- step 4: agreement and
  // milestones

  /** The type's template milestones, as they will be dated from the planned start. */
  public List<String> getTemplateMilestones() {
    List<String> lines = new ArrayList<>();
    for (MilestoneTemplate t : getType().milestoneTemplate()) {
      String when =
          t.anchor() == MilestoneTemplate.Anchor.PLANNED_START && plannedStart != null
              ? labels.date(plannedStart.plusDays(t.offsetDays()))
              : labels.plural("propose.milestone.days-after-signature", t.offsetDays());
      lines.add(t.title().in(labels.language()) + " — " + when);
    }
    return lines;
  }

  public void addMilestone() {
    milestones.add(new Row());
  }

  public void removeMilestone(Row r) {
    milestones.remove(r);
  }

  // ---------------------------------------------------------------- step 5: propose

  public String propose() {
    List<Participant> people = new ArrayList<>();
    for (Row r : participants) {
      if (r.id != null) {
        people.add(
            new Participant(
                r.id,
                ParticipantRole.valueOf(r.role),
                r.cash,
                r.inKind,
                r.responsibilities,
                r.interests));
      }
    }
    List<SupportingOrganisation> orgs = new ArrayList<>();
    for (Row r : supporters) {
      if (r.id != null) {
        orgs.add(new SupportingOrganisation(r.id, SupporterRole.valueOf(r.role), r.cash));
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    extra.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            values.put(k, v.strip());
          }
        });
    try {
      AgreementTerms agreement =
          agreementText == null || agreementText.isBlank()
              ? null
              : new AgreementTerms(
                  agreementText,
                  cashValue == null ? BigDecimal.ZERO : cashValue,
                  inKindValue == null ? BigDecimal.ZERO : inKindValue);
      List<PlannedMilestone> planned = new ArrayList<>();
      for (Row m : milestones) {
        if (m.title != null && !m.title.isBlank() && m.date != null) {
          planned.add(new PlannedMilestone(m.title, m.date));
        }
      }
      // one use case, one transaction: a broken rule leaves nothing behind to be proposed twice
      Partnership p =
          proposals.propose(
              session.viewer(),
              new Proposals.Propose(
                  new Proposals.Identify(
                      typeId,
                      new PartnershipDetails(
                          title,
                          objectives,
                          null,
                          null,
                          currency == null ? null : currency.strip(),
                          new LinkedHashSet<>(workingAreas),
                          Set.of(),
                          plannedStart,
                          plannedEnd,
                          null,
                          null),
                      people,
                      orgs,
                      values),
                  agreement,
                  planned));
      WopView.message(FacesMessage.SEVERITY_INFO, labels.text("propose.done"));
      return "/wop.xhtml?faces-redirect=true&id=" + p.id();
    } catch (AccessDenied e) {
      error("participants", e.getMessage());
      step = 2;
      return null;
    } catch (DomainRuleViolation e) {
      int first = STEPS;
      extraErrors.clear();
      for (DomainRuleViolation v : e.withOthers()) {
        String field = v.field() == null ? "" : v.field();
        int at = stepOf(field);
        first = Math.min(first, at);
        if (field.startsWith("extraFields.")) {
          extraErrors.put(field.substring("extraFields.".length()), v.getMessage());
        } else {
          error(componentOf(field), v.getMessage());
        }
      }
      step = first;
      return null;
    }
  }

  /** The step on which a domain field is entered. */
  static int stepOf(String field) {
    if (field.startsWith("participants") || field.startsWith("operator")) {
      return 2;
    }
    if (field.startsWith("supporters")) {
      return 3;
    }
    if (field.startsWith("agreement") || field.startsWith("milestone")) {
      return 4;
    }
    return 1;
  }

  /** The wizard's input that shows the message of a domain field. */
  static String componentOf(String field) {
    return switch (field) {
      case "title", "objectives", "currency", "plannedStart", "plannedEnd", "workingAreas" -> field;
      case "supporters" -> "supporters";
      case "agreement" -> "agreement";
      case "typeId" -> "type";
      default -> stepOf(field) == 2 ? "participants" : "general";
    };
  }

  // ---------------------------------------------------------------- properties

  public String getTypeId() {
    return typeId;
  }

  public void setTypeId(String typeId) {
    this.typeId = typeId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getObjectives() {
    return objectives;
  }

  public void setObjectives(String objectives) {
    this.objectives = objectives;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public LocalDate getPlannedStart() {
    return plannedStart;
  }

  public void setPlannedStart(LocalDate plannedStart) {
    this.plannedStart = plannedStart;
  }

  public LocalDate getPlannedEnd() {
    return plannedEnd;
  }

  public void setPlannedEnd(LocalDate plannedEnd) {
    this.plannedEnd = plannedEnd;
  }

  public List<String> getWorkingAreas() {
    return workingAreas;
  }

  public void setWorkingAreas(List<String> workingAreas) {
    this.workingAreas = workingAreas == null ? new ArrayList<>() : new ArrayList<>(workingAreas);
  }

  public Map<String, String> getExtra() {
    return extra;
  }

  /** The domain's messages on the type's extra fields, by field name. */
  public Map<String, String> getExtraErrors() {
    return extraErrors;
  }

  public List<Row> getParticipants() {
    return participants;
  }

  public List<Row> getSupporters() {
    return supporters;
  }

  public String getAgreementText() {
    return agreementText;
  }

  public void setAgreementText(String agreementText) {
    this.agreementText = agreementText;
  }

  public BigDecimal getCashValue() {
    return cashValue;
  }

  public void setCashValue(BigDecimal cashValue) {
    this.cashValue = cashValue;
  }

  public BigDecimal getInKindValue() {
    return inKindValue;
  }

  public void setInKindValue(BigDecimal inKindValue) {
    this.inKindValue = inKindValue;
  }

  public List<Row> getMilestones() {
    return milestones;
  }

  public String operatorName(Long id) {
    return id == null ? "" : operators.get(id).name();
  }

  public String organisationName(Long id) {
    return id == null ? "" : organisations.get(id).name();
  }
}
