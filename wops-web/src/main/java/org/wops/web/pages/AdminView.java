package org.wops.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
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
  @Inject Labels labels;
  @Inject org.wops.domain.operator.OperatorRepository operators;
  @Inject org.wops.domain.organisation.OrganisationRepository organisations;

  public List<UserAccount> getUsers() {
    return users.all();
  }

  public List<CharterVersion> getCharterVersions() {
    return charter.versions();
  }

  public List<OutboxMessage> getFailed() {
    return notifications.outbox(OutboxStatus.FAILED, null, new PageRequest(0, 100)).items();
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

  private String done(String key) {
    WopView.message(FacesMessage.SEVERITY_INFO, labels.text(key));
    return "/admin/index.xhtml?faces-redirect=true";
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
   * Every form of the page: the action, then back to the page with a message; a broken rule keeps
   * the page with the rule's messages (and nothing changed).
   */
  private String act(String doneKey, Runnable action) {
    try {
      action.run();
    } catch (DomainRuleViolation e) {
      WopView.broken(e, null);
      return null;
    }
    return done(doneKey);
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
                ids(f.get("operatorIds")),
                ids(f.get("organisationIds"))));
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
                ids(f.get("operatorIds")),
                ids(f.get("organisationIds")),
                null,
                "true".equals(f.get("enabled"))));
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

  /** The names of the operators a user acts for, so that the secretariat sees who, not ids. */
  public String operatorNames(Set<Long> ids) {
    return names(ids, id -> operators.findById(id).map(o -> o.name()));
  }

  /** The names of the organisations a user acts for. */
  public String organisationNames(Set<Long> ids) {
    return names(ids, id -> organisations.findById(id).map(o -> o.name()));
  }

  private String names(
      Set<Long> ids, java.util.function.Function<Long, java.util.Optional<String>> name) {
    return ids.stream()
        .sorted()
        .map(id -> name.apply(id).orElse("#" + id))
        .collect(Collectors.joining(", "));
  }

  public String ids(Set<Long> ids) {
    return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
