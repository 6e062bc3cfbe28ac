package org.wops.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorService;
import org.wops.domain.organisation.OrganisationService;
import org.wops.domain.partnership.Budget;
import org.wops.domain.partnership.Participant;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.PartnershipDetails;
import org.wops.domain.partnership.PartnershipStatus;
import org.wops.domain.partnership.Proposals;
import org.wops.domain.partnership.RecordedHistory;
import org.wops.domain.partnership.Source;
import org.wops.domain.partnership.SupporterRole;
import org.wops.domain.partnership.SupportingOrganisation;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PageRequest;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.RuleChecks;
import org.wops.domain.shared.TextLanguage;
import org.wops.domain.type.DefaultWopType;
import org.wops.domain.type.PartnershipType;
import org.wops.domain.type.PartnershipTypeRegistry;
import org.wops.domain.user.Role;

/**
 * The page that records a partnership that exists or existed outside the platform ({@code
 * my/record.xhtml}), for the secretariat and coordinators, on one page in sections: what it is
 * (type, title and its language, objectives), who took part (operators with their roles, supporters
 * with theirs), what is known of its course (status, UNKNOWN too; planned and actual dates at the
 * sources' precision), its agreement as signed outside the platform (date, evidence link), its
 * Charter compliance (verified by the secretariat — offered to the secretariat only —, declared by
 * the partners, not assessed) and its sources. {@link Proposals#record} checks every rule and who
 * may record in one transaction; each broken rule is said beside its field.
 */
@Named
@RequestScoped
public class RecordForm {
  static final int PARTICIPANT_ROWS = 4;
  static final int SUPPORTER_ROWS = 3;
  static final int SOURCE_ROWS = 3;

  private static final Pattern INDEXED =
      Pattern.compile("(participants|supporters|sources)\\[(\\d+)\\](?:\\.(\\w+))?.*");
  private static final Pattern CHOSEN_ID = Pattern.compile(".*#(\\d{1,18})\\)?\\s*$");
  private static final Set<String> OWN_FIELDS =
      Set.of(
          "typeId",
          "title",
          "titleLanguage",
          "objectives",
          "currency",
          "status",
          "plannedStart",
          "plannedEnd",
          "actualStart",
          "actualEnd",
          "participants",
          "supporters",
          "workingAreas");

  @Inject Proposals proposals;
  @Inject OperatorService operators;
  @Inject OrganisationService organisations;
  @Inject Session session;
  @Inject PageActions actions;
  @Inject Localizer labels;
  @Inject org.wops.domain.shared.OnceSent once;
  @Inject org.wops.domain.partnership.IatiImports duplicates;
  @Inject org.wops.domain.reference.ReferenceData reference;

  private boolean allowed;
  private String formId;
  private String typeId = DefaultWopType.ID;
  private String title;
  private String titleLanguage;
  private String objectives;
  private String currency = "USD";
  private String status = PartnershipStatus.UNKNOWN.name();
  private PartialDate plannedStart;
  private PartialDate plannedEnd;
  private PartialDate actualStart;
  private PartialDate actualEnd;
  private boolean agreementSigned;
  private PartialDate agreementSignedOn;
  private String agreementEvidence;
  private PartialDate lastReported;
  private String compliance = RecordedHistory.ComplianceAssessment.NOT_ASSESSED.name();
  private final List<OperatorRow> participants = new ArrayList<>();
  private final List<SupporterRow> supporters = new ArrayList<>();
  private final List<SourceRow> sources = new ArrayList<>();
  private final AreaRows areas = AreaRows.empty();

  /** The form's row of each participant, supporter and source stated, in order. */
  private final List<Integer> participantRows = new ArrayList<>();

  private final List<Integer> supporterRows = new ArrayList<>();
  private final List<Integer> sourceRows = new ArrayList<>();

  /** An operator taking part: typed or picked from the list ("Name (Country) · #id"). */
  public static class OperatorRow {
    private String operator;
    private String role = "";

    public String getOperator() {
      return operator;
    }

    public void setOperator(String operator) {
      this.operator = operator;
    }

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }

    boolean isBlank() {
      return blank(operator) && blank(role);
    }
  }

  /** An organisation supporting it. */
  public static class SupporterRow {
    private Long organisationId;
    private String role = SupporterRole.FUNDER.name();
    private String roleDescription;

    public Long getOrganisationId() {
      return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
      this.organisationId = organisationId;
    }

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }

    public String getRoleDescription() {
      return roleDescription;
    }

    public void setRoleDescription(String roleDescription) {
      this.roleDescription = roleDescription;
    }

    boolean isBlank() {
      return organisationId == null && blank(roleDescription);
    }
  }

  /** Where its facts come from. */
  public static class SourceRow {
    private String title;
    private String link;
    private PartialDate dated;
    private String note;

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getLink() {
      return link;
    }

    public void setLink(String link) {
      this.link = link;
    }

    public PartialDate getDated() {
      return dated;
    }

    public void setDated(PartialDate dated) {
      this.dated = dated;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }

    boolean isBlank() {
      return blank(title) && blank(link) && dated == null && blank(note);
    }
  }

  @PostConstruct
  void load() {
    var viewer = session.viewer();
    if (!viewer.isAdmin() && !viewer.has(Role.COORDINATOR)) {
      PageActions.forbidden("The secretariat and coordinators record partnerships.");
      return;
    }
    allowed = true;
    formId = PageActions.formId();
    titleLanguage = labels.locale().getLanguage();
    for (int i = 0; i < PARTICIPANT_ROWS; i++) {
      participants.add(new OperatorRow());
    }
    for (int i = 0; i < SUPPORTER_ROWS; i++) {
      supporters.add(new SupporterRow());
    }
    for (int i = 0; i < SOURCE_ROWS; i++) {
      sources.add(new SourceRow());
    }
  }

  /** The form's one-time id: the same form sent twice records the WOP once. */
  public String getFormId() {
    return formId;
  }

  public boolean isAllowed() {
    return allowed;
  }

  public boolean isSecretariat() {
    return session.viewer().isAdmin();
  }

  private static PartnershipTypeRegistry types() {
    return jakarta.enterprise.inject.spi.CDI.current().select(PartnershipTypeRegistry.class).get();
  }

  public List<Option> getTypes() {
    return types().all().stream()
        .map(t -> new Option(t.id(), t.name().in(labels.language())))
        .toList();
  }

  /**
   * The most operators the field offers (the browser filters them as one types): the registries of
   * today's WOP platforms hold about a thousand utilities. Beyond, the first by name.
   */
  static final int OPERATOR_CHOICES = 2_000;

  /** The operators to pick from (the first by name), as the field reads them back. */
  public List<Option> getOperatorChoices() {
    return operators.find(null, OPERATOR_CHOICES).stream()
        .map(o -> new Option(choice(o), o.name()))
        .toList();
  }

  private String choice(Operator o) {
    return o.name() + " (" + labels.country(o.country().code()) + " · #" + o.id() + ")";
  }

  public List<Option> getOrganisationChoices() {
    return organisations.list(new PageRequest(0, 200)).items().stream()
        .map(o -> new Option(String.valueOf(o.id()), o.name()))
        .toList();
  }

  public ParticipantRole[] getRoles() {
    return ParticipantRole.values();
  }

  public SupporterRole[] getSupporterRoles() {
    return SupporterRole.values();
  }

  public PartnershipStatus[] getStatuses() {
    return PartnershipStatus.values();
  }

  /** The assessments the viewer may give: verified by the secretariat is the secretariat's. */
  public List<RecordedHistory.ComplianceAssessment> getCompliances() {
    return java.util.Arrays.stream(RecordedHistory.ComplianceAssessment.values())
        .filter(
            c ->
                c != RecordedHistory.ComplianceAssessment.VERIFIED_BY_SECRETARIAT
                    || isSecretariat())
        .toList();
  }

  public String save() {
    List<Participant> taking = new ArrayList<>();
    List<SupportingOrganisation> supporting = new ArrayList<>();
    List<Source> given;
    try {
      given = stated(taking, supporting);
    } catch (DomainRuleViolation v) {
      actions.broken(v, this::clientIdOf);
      return null;
    }
    PartnershipType type = types().find(typeId).orElse(null);
    long[] recorded = new long[1];
    boolean saved;
    try {
      saved =
          actions.attemptBeside(
              this::clientIdOf,
              () ->
                  recorded[0] =
                      once.once(
                          formId,
                          session.viewer().actor(),
                          () -> record(type, taking, supporting, given)));
    } catch (org.wops.domain.shared.AlreadySent e) {
      return actions.alreadySent(e, "record.already", "/wop.xhtml");
    }
    if (!saved) {
      return null;
    }
    actions.done("record.done");
    warnOfLikelySame(recorded[0], taking);
    return "/wop.xhtml?faces-redirect=true&id=" + recorded[0];
  }

  /**
   * Recorded, but the same operators take part in another recorded WOP of the same title (folded as
   * likely duplicates are): the page says which, for the secretariat to check it is not the same
   * WOP recorded twice (trial finding 9). The IATI import refuses such an activity until confirmed.
   */
  private void warnOfLikelySame(long made, List<Participant> taking) {
    java.util.Set<Long> operatorIds = new java.util.HashSet<>();
    taking.forEach(x -> operatorIds.add(x.operatorId()));
    duplicates.likelyDuplicates(operatorIds, List.of(title == null ? "" : title)).stream()
        .filter(e -> e.id() != made)
        .findFirst()
        .ifPresent(
            e ->
                PageActions.message(
                    jakarta.faces.application.FacesMessage.SEVERITY_WARN,
                    labels.format("record.likely-duplicate", String.valueOf(e.id()), e.title())));
  }

  private long record(
      PartnershipType type,
      List<Participant> taking,
      List<SupportingOrganisation> supporting,
      List<Source> given) {
    return proposals
        .record(
            session.viewer(),
            new Proposals.Record(
                new Proposals.Identify(
                    type == null ? typeId : type.id(), details(), taking, supporting, Map.of()),
                status == null || status.isBlank() ? null : PartnershipStatus.valueOf(status),
                new RecordedHistory.Facts(
                    agreementSigned,
                    agreementSignedOn,
                    blank(agreementEvidence) ? null : agreementEvidence.strip(),
                    lastReported,
                    RecordedHistory.ComplianceAssessment.valueOf(compliance)),
                given,
                List.of(),
                Budget.none()))
        .id();
  }

  private PartnershipDetails details() {
    return PartnershipDetails.builder()
        .workingAreas(areas.codes())
        .workingAreaLabels(areas.labels())
        .title(title)
        .objectives(objectives)
        .currency(blank(currency) ? null : currency.strip().toUpperCase(java.util.Locale.ROOT))
        .plannedStart(plannedStart)
        .plannedEnd(plannedEnd)
        .actualStart(actualStart)
        .actualEnd(actualEnd)
        .titleLanguage(
            blank(titleLanguage) ? TextLanguage.undeclared() : TextLanguage.of(titleLanguage))
        .objectivesLanguage(
            blank(titleLanguage) ? TextLanguage.undeclared() : TextLanguage.of(titleLanguage))
        .build();
  }

  /**
   * The participants, supporters and sources the form states (rows left empty aside), numbered as
   * the domain names them, every broken rule of every one at once.
   */
  private List<Source> stated(List<Participant> taking, List<SupportingOrganisation> supporting) {
    RuleChecks checks = new RuleChecks();
    participantRows.clear();
    supporterRows.clear();
    sourceRows.clear();
    Set<Long> named = new java.util.HashSet<>();
    for (int i = 0; i < participants.size(); i++) {
      OperatorRow r = participants.get(i);
      if (r.isBlank()) {
        continue;
      }
      String field = "participants[" + participantRows.size() + "]";
      participantRows.add(i);
      Participant p =
          checks.check(
              () -> {
                long operator = operatorOf(r.operator, field);
                if (!named.add(operator)) { // said by its name, beside the second row
                  throw new DomainRuleViolation(
                      "recording.operator.twice",
                      field + ".operatorId",
                      "The operator is on another row already: an operator takes part once.",
                      operators.get(operator).name());
                }
                if (blank(r.role)) {
                  throw new DomainRuleViolation(
                      "recording.role.required", field + ".role", "Choose the role.");
                }
                return new Participant(operator, ParticipantRole.valueOf(r.role));
              });
      if (p != null) {
        taking.add(p);
      }
    }
    for (int i = 0; i < supporters.size(); i++) {
      SupporterRow r = supporters.get(i);
      if (r.isBlank()) {
        continue;
      }
      String field = "supporters[" + supporterRows.size() + "]";
      supporterRows.add(i);
      SupportingOrganisation s =
          checks.check(
              () -> {
                if (r.organisationId == null) {
                  throw new DomainRuleViolation(
                      "recording.organisation.required",
                      field + ".organisationId",
                      "Choose the organisation.");
                }
                return new SupportingOrganisation(
                    r.organisationId,
                    SupporterRole.valueOf(r.role),
                    blank(r.roleDescription) ? null : r.roleDescription,
                    null);
              });
      if (s != null) {
        supporting.add(s);
      }
    }
    List<Source> given = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      SourceRow r = sources.get(i);
      if (r.isBlank()) {
        continue;
      }
      String field = "sources[" + sourceRows.size() + "]";
      sourceRows.add(i);
      Source s =
          checks.check(
              () ->
                  new Source(
                      r.title,
                      blank(r.link) ? null : r.link.strip(),
                      r.dated,
                      blank(r.note) ? null : r.note,
                      field));
      if (s != null) {
        given.add(s);
      }
    }
    checks.done();
    return given;
  }

  /**
   * The operator a row names: picked from the list (its number at the end), or typed as its exact
   * name (any case) when one operator has it.
   */
  private long operatorOf(String typed, String field) {
    String text = typed == null ? "" : typed.strip();
    Matcher m = CHOSEN_ID.matcher(text);
    if (m.matches()) {
      long id = Long.parseLong(m.group(1));
      try {
        Operator chosen = operators.get(id);
        // the list's own value: the name before " (" is the operator's (an id alone chooses
        // nothing)
        if (text.startsWith(chosen.name() + " (")) {
          return chosen.id();
        }
      } catch (org.wops.domain.shared.NotFoundException gone) {
        // refused below
      }
    }
    List<Operator> named =
        text.isEmpty()
            ? List.of()
            : operators.find(text, 20).stream()
                .filter(o -> typed(o.name()).equals(typed(text)))
                .toList();
    if (named.size() == 1) {
      return named.get(0).id();
    }
    throw new DomainRuleViolation(
        "recording.operator.unknown", field + ".operatorId", "Pick the operator from the list.");
  }

  /**
   * A name as {@link org.wops.domain.operator.OperatorNames} folds it (case, accents, curly or
   * straight apostrophes, dashes and spacing aside): "l’Eau" is "l'Eau".
   */
  private static String typed(String name) {
    return org.wops.domain.operator.OperatorNames.key(name, null);
  }

  /** The field of the form a rule names. */
  String clientIdOf(String field) {
    if (field == null) {
      return null;
    }
    if (OWN_FIELDS.contains(field)) {
      return "record:" + field;
    }
    if (field.startsWith("record.")) {
      String part = field.substring("record.".length());
      return Set.of("agreementSignedOn", "agreementEvidence", "lastReported", "compliance")
              .contains(part)
          ? "record:" + part
          : null;
    }
    if (field.startsWith("titleTranslations") || field.startsWith("objectivesLanguage")) {
      return "record:titleLanguage";
    }
    Matcher m = INDEXED.matcher(field);
    if (!m.matches()) {
      return null;
    }
    int index = Integer.parseInt(m.group(2));
    String part = m.group(3) == null ? "" : m.group(3);
    return switch (m.group(1)) {
      case "participants" ->
          index < participantRows.size()
              ? "record:op:"
                  + participantRows.get(index)
                  + (part.equals("role") ? ":role" : ":operator")
              : "record:participants";
      case "supporters" ->
          index < supporterRows.size()
              ? "record:sup:"
                  + supporterRows.get(index)
                  + (part.equals("role")
                      ? ":role"
                      : part.equals("roleDescription") ? ":roleDescription" : ":organisation")
              : "record:supporters";
      default ->
          index < sourceRows.size()
              ? "record:src:"
                  + sourceRows.get(index)
                  + ":"
                  + (Set.of("title", "link", "dated", "note").contains(part) ? part : "title")
              : null;
    };
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  // ---------------------------------------------------------------- the form's fields

  public List<OperatorRow> getParticipants() {
    return participants;
  }

  public List<SupporterRow> getSupporters() {
    return supporters;
  }

  public List<SourceRow> getSources() {
    return sources;
  }

  /** The working areas: each an area of the reference list, its source's label, or both. */
  public AreaRows getAreas() {
    return areas;
  }

  public List<Option> getAreaChoices() {
    return AreaRows.choices(reference, labels);
  }

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

  public String getTitleLanguage() {
    return titleLanguage;
  }

  public void setTitleLanguage(String titleLanguage) {
    this.titleLanguage = titleLanguage;
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

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public PartialDate getPlannedStart() {
    return plannedStart;
  }

  public void setPlannedStart(PartialDate plannedStart) {
    this.plannedStart = plannedStart;
  }

  public PartialDate getPlannedEnd() {
    return plannedEnd;
  }

  public void setPlannedEnd(PartialDate plannedEnd) {
    this.plannedEnd = plannedEnd;
  }

  public PartialDate getActualStart() {
    return actualStart;
  }

  public void setActualStart(PartialDate actualStart) {
    this.actualStart = actualStart;
  }

  public PartialDate getActualEnd() {
    return actualEnd;
  }

  public void setActualEnd(PartialDate actualEnd) {
    this.actualEnd = actualEnd;
  }

  public boolean isAgreementSigned() {
    return agreementSigned;
  }

  public void setAgreementSigned(boolean agreementSigned) {
    this.agreementSigned = agreementSigned;
  }

  public PartialDate getAgreementSignedOn() {
    return agreementSignedOn;
  }

  public void setAgreementSignedOn(PartialDate agreementSignedOn) {
    this.agreementSignedOn = agreementSignedOn;
  }

  public String getAgreementEvidence() {
    return agreementEvidence;
  }

  public void setAgreementEvidence(String agreementEvidence) {
    this.agreementEvidence = agreementEvidence;
  }

  public PartialDate getLastReported() {
    return lastReported;
  }

  public void setLastReported(PartialDate lastReported) {
    this.lastReported = lastReported;
  }

  public String getCompliance() {
    return compliance;
  }

  public void setCompliance(String compliance) {
    this.compliance = compliance;
  }
}
