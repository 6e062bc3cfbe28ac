package org.wops.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.wops.domain.charter.CharterService;
import org.wops.domain.charter.CharterText;
import org.wops.domain.charter.CharterVersion;
import org.wops.domain.notification.Notifications;
import org.wops.domain.notification.OutboxMessage;
import org.wops.domain.notification.OutboxStatus;
import org.wops.domain.reference.Kpi;
import org.wops.domain.reference.ReferenceData;
import org.wops.domain.reference.WorkingArea;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.Language;
import org.wops.domain.shared.PageRequest;
import org.wops.domain.user.Role;
import org.wops.domain.user.UserAccount;
import org.wops.domain.user.UserService;

/**
 * The secretariat's page: users and their roles, operators and organisations; Charter versions; the
 * mail outbox (re-send what failed); the reference lists.
 */
@Named
@RequestScoped
public class AdminView {
  @Inject UserService users;
  @Inject CharterService charter;
  @Inject Notifications notifications;
  @Inject ReferenceData reference;
  @Inject org.wops.domain.reference.ReferenceService referenceLists;
  @Inject Session session;
  @Inject Localizer labels;
  @Inject PageActions actions;
  @Inject org.wops.domain.operator.OperatorRepository operators;
  @Inject org.wops.domain.organisation.OrganisationRepository organisations;

  @Inject org.wops.domain.partnership.PublicationService publication;

  /** Requests for publication waiting for the secretariat, oldest first. */
  public List<org.wops.domain.partnership.Partnership> getPublicationRequests() {
    return publication.waiting(session.viewer());
  }

  private long partnershipOfForm() {
    String id = form().get("partnership");
    return id != null && id.matches("\\d{1,18}") ? Long.parseLong(id) : -1;
  }

  /** The secretariat approves a waiting request: the profile is published. */
  public String approvePublication() {
    long id = partnershipOfForm();
    Long shown = PageActions.shownVersion(PageActions.VERSION);
    return act("wop.publication.approved", () -> publication.approve(id, shown, session.viewer()));
  }

  /** The secretariat returns a waiting request, with its reason. */
  public String returnPublication() {
    long id = partnershipOfForm();
    String reason = form().get("reason");
    Long shown = PageActions.shownVersion(PageActions.VERSION);
    return act(
        "wop.publication.returned",
        () -> publication.giveBack(id, shown, reason, session.viewer()));
  }

  public List<UserAccount> getUsers() {
    return users.all();
  }

  public List<CharterVersion> getCharterVersions() {
    return charter.versions();
  }

  static final int OUTBOX_PAGE_SIZE = 20;
  private org.wops.domain.shared.Page<OutboxMessage> outbox;

  /** The outbox page asked for ({@code ?outbox=N}, zero-based), newest first. */
  public int getOutboxPage() {
    String n =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("outbox");
    return n != null && n.matches("\\d{1,6}") ? Integer.parseInt(n) : 0;
  }

  private org.wops.domain.shared.Page<OutboxMessage> outboxPage() {
    if (outbox == null) {
      outbox = notifications.outbox(null, null, new PageRequest(getOutboxPage(), OUTBOX_PAGE_SIZE));
    }
    return outbox;
  }

  /** Every mail of the outbox, newest first, one page at a time. */
  public List<OutboxMessage> getOutbox() {
    return outboxPage().items();
  }

  public boolean isOutboxHasOlder() {
    return outboxPage().hasNext();
  }

  public long getOutboxPageCount() {
    return Math.max(1, (outboxPage().total() + OUTBOX_PAGE_SIZE - 1) / OUTBOX_PAGE_SIZE);
  }

  public long getPending() {
    return notifications.outbox(OutboxStatus.PENDING, null, new PageRequest(0, 1)).total();
  }

  public List<WorkingArea> getWorkingAreas() {
    return reference.workingAreas();
  }

  public List<Kpi> getKpis() {
    return reference.kpis();
  }

  public String name(WorkingArea a) {
    return a.name(labels.language());
  }

  public String name(Kpi k) {
    return k.name(labels.language());
  }

  public List<String> getRoles() {
    return Arrays.stream(Role.values()).map(Enum::name).toList();
  }

  private Map<String, String> form() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
  }

  private static Set<Long> ids(String s) {
    if (s == null || s.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(s.split("[,; ]+"))
        .filter(x -> x.matches("\\d{1,18}"))
        .map(Long::valueOf)
        .collect(Collectors.toSet());
  }

  // ------------------------------------------------- operators and organisations picked by name

  private List<Option> operatorChoices;
  private List<Option> organisationChoices;

  /**
   * Every operator as the page's list offers it ("name (country)"), sorted by name: one list on the
   * page, which the browser filters as the secretariat types (hundreds of operators stay usable).
   */
  public List<Option> getOperatorChoices() {
    if (operatorChoices == null) {
      operatorChoices =
          operators.all().stream()
              .map(
                  o ->
                      new Option(
                          String.valueOf(o.id()),
                          o.name() + " (" + labels.country(o.country().code()) + ")"))
              .toList();
    }
    return operatorChoices;
  }

  /** Every organisation as the page's list offers it ("name (short name)"), sorted by name. */
  public List<Option> getOrganisationChoices() {
    if (organisationChoices == null) {
      List<Option> all = new java.util.ArrayList<>();
      for (int page = 0; ; page++) {
        org.wops.domain.shared.Page<org.wops.domain.organisation.Organisation> p =
            organisations.list(new PageRequest(page, PageRequest.MAX_SIZE).uncounted());
        p.items()
            .forEach(
                o ->
                    all.add(
                        new Option(
                            String.valueOf(o.id()),
                            o.name() + o.shortName().map(n -> " (" + n + ")").orElse(""))));
        if (!p.hasNext()) {
          break;
        }
      }
      organisationChoices = List.copyOf(all);
    }
    return organisationChoices;
  }

  /** The operators a user acts for, named, sorted by name. */
  public List<Option> operatorsOf(UserAccount u) {
    return getOperatorChoices().stream()
        .filter(o -> u.operatorIds().contains(Long.valueOf(o.value())))
        .toList();
  }

  /** The organisations a user acts for, named, sorted by name. */
  public List<Option> organisationsOf(UserAccount u) {
    return getOrganisationChoices().stream()
        .filter(o -> u.organisationIds().contains(Long.valueOf(o.value())))
        .toList();
  }

  /**
   * The ids ticked on the form, plus the one picked by name ({@code add...}): its label as the list
   * offers it, or a name that only one of them bears (any case). A name that matches none, or
   * several, is refused naming the field.
   */
  private Set<Long> picked(String ticked, String added, List<Option> choices, String field) {
    Set<Long> ids = new java.util.HashSet<>();
    for (String id :
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .getOrDefault(ticked, new String[0])) {
      ids.addAll(ids(id));
    }
    String name = form().get(added);
    if (name != null && !name.isBlank()) {
      String wanted = name.strip();
      List<Option> matches = choices.stream().filter(o -> o.label().equals(wanted)).toList();
      if (matches.isEmpty()) {
        matches =
            choices.stream()
                .filter(
                    o ->
                        o.label().equalsIgnoreCase(wanted)
                            || o.label()
                                .toLowerCase(labels.locale())
                                .startsWith(wanted.toLowerCase(labels.locale()) + " ("))
                .toList();
      }
      if (matches.size() != 1) {
        throw new DomainRuleViolation(
            matches.isEmpty() ? "user." + field + ".unknown" : "user." + field + ".ambiguous",
            field,
            java.text.MessageFormat.format(
                labels.text(matches.isEmpty() ? "admin.pick.unknown" : "admin.pick.ambiguous"),
                wanted));
      }
      ids.add(Long.valueOf(matches.get(0).value()));
    }
    return ids;
  }

  private Set<Role> roles() {
    String[] values =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .getOrDefault("roles", new String[0]);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role r : Role.values()) {
      if (Arrays.asList(values).contains(r.name())) {
        roles.add(r);
      }
    }
    return roles;
  }

  /**
   * Every form of the page: the action, then back to the page with a message; a refusal keeps the
   * page with its reasons (and nothing changed).
   */
  private String act(String doneKey, Runnable action) {
    return actions.run(doneKey, "/admin/index.xhtml?faces-redirect=true", action);
  }

  public String createUser() {
    Map<String, String> f = form();
    return act(
        "admin.user.created",
        () ->
            users.create(
                f.get("username"),
                f.get("password"),
                f.get("displayName"),
                Language.EN,
                roles(),
                picked("operatorIds", "addOperator", getOperatorChoices(), "operatorIds"),
                picked(
                    "organisationIds",
                    "addOrganisation",
                    getOrganisationChoices(),
                    "organisationIds"),
                f.get("email")));
  }

  public String changeUser() {
    Map<String, String> f = form();
    Set<Role> roles = roles();
    return act(
        "admin.user.changed",
        () ->
            users.change(
                f.get("username"),
                roles.isEmpty() ? null : roles,
                picked("operatorIds", "addOperator", getOperatorChoices(), "operatorIds"),
                picked(
                    "organisationIds",
                    "addOrganisation",
                    getOrganisationChoices(),
                    "organisationIds"),
                null,
                "true".equals(f.get("enabled")),
                // the row's field: emptied, it removes the address
                f.get("email")));
  }

  public String publishCharter() {
    Map<String, String> f = form();
    return act(
        "admin.charter.published",
        () ->
            charter.publish(
                CharterText.of(f.get("title"), f.get("principles"), f.get("codeOfConduct"), ""),
                translation(f, "Fr", "fr."),
                translation(f, "Es", "es."),
                session.getName()));
  }

  /** A translation of the new version, or none when its three fields are left empty. */
  private static CharterText translation(Map<String, String> f, String suffix, String prefix) {
    String title = f.get("title" + suffix);
    String principles = f.get("principles" + suffix);
    String conduct = f.get("codeOfConduct" + suffix);
    if (blank(title) && blank(principles) && blank(conduct)) {
      return null;
    }
    return CharterText.of(title, principles, conduct, prefix);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The languages a Charter version is published in (EN, FR, ES). */
  public String charterLanguages(org.wops.domain.charter.CharterVersion v) {
    return String.join(", ", v.languages().stream().map(Enum::name).toList());
  }

  public String addWorkingArea() {
    Map<String, String> f = form();
    return act(
        "admin.reference.added",
        () ->
            referenceLists.addWorkingArea(
                f.get("code"), f.get("nameEn"), f.get("nameFr"), f.get("nameEs")));
  }

  @Inject org.wops.domain.reference.WorkingAreaLabels areaLabels;

  /**
   * The sources' labels of working areas: those seen in imports and not mapped first, then the
   * mapped ones, each with the area it maps to (issue 16, item 6).
   */
  public List<org.wops.domain.reference.LabelMapping> getAreaLabels() {
    return areaLabels.all().stream()
        .sorted(
            java.util.Comparator.comparing(
                    (org.wops.domain.reference.LabelMapping m) -> m.code().isPresent())
                .thenComparing(org.wops.domain.reference.LabelMapping::normalised))
        .toList();
  }

  /** The working area's name in the reader's language, or "" for a label not mapped. */
  public String areaName(org.wops.domain.reference.LabelMapping m) {
    return m.code().flatMap(reference::workingArea).map(a -> a.name(labels.language())).orElse("");
  }

  /**
   * Maps the form's label to the chosen working area (none: unmaps it), for every later import:
   * only a label the list showed (the form's label is a hidden field a browser can change).
   */
  public String mapAreaLabel() {
    Map<String, String> f = form();
    String actor = session.getName();
    return act(
        "admin.labels.mapped", () -> areaLabels.putListed(f.get("label"), f.get("code"), actor));
  }

  public String addKpi() {
    Map<String, String> f = form();
    return act(
        "admin.reference.added",
        () ->
            referenceLists.addKpi(
                f.get("code"), f.get("nameEn"), f.get("nameFr"), f.get("nameEs"), f.get("unit")));
  }

  public String resend() {
    Set<Long> message = ids(form().get("message"));
    return act("admin.outbox.resent", () -> message.forEach(notifications::resend));
  }
}
