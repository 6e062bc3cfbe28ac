package org.wops.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wops.domain.operator.OperatorRepository;
import org.wops.domain.organisation.OrganisationRepository;
import org.wops.domain.partnership.Compliance;
import org.wops.domain.partnership.Indicator;
import org.wops.domain.partnership.Milestone;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.partnership.PartnershipService;
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
  @Inject PartnershipService partnerships;
  @Inject PartnershipAccess access;
  @Inject ProgressUpdateService updates;
  @Inject OperatorRepository operators;
  @Inject OrganisationRepository organisations;
  @Inject ReferenceData reference;
  @Inject Session session;
  @Inject Labels labels;
  @Inject Clock clock;

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
      notFound();
      return;
    }
    compliance = partnerships.compliance(partnership.id());
  }

  static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, "Not found");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  public Partnership getP() {
    return partnership;
  }

  public boolean isFound() {
    return partnership != null;
  }

  public Compliance getCompliance() {
    return compliance;
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

  public String dimensionName(String code) {
    return reference.capacityDimension(code).map(d -> d.name(labels.language())).orElse(code);
  }

  public List<Milestone> getTimeline() {
    return partnership.milestones().stream()
        .sorted(Comparator.comparing(Milestone::plannedDate))
        .toList();
  }

  public boolean overdue(Milestone m) {
    return m.isOverdue(LocalDate.now(clock));
  }

  public List<ProgressUpdate> getApprovedUpdates() {
    return updates.ofPartnership(partnership.id()).stream()
        .filter(u -> u.status() == UpdateStatus.APPROVED)
        .limit(5)
        .toList();
  }

  /** One line chart per indicator: baseline, then the targets and the measured values. */
  public String kpiChart(Indicator i) {
    JsonArrayBuilder targets = Json.createArrayBuilder();
    targets.add(point(i.baselineDate(), i.baselineValue()));
    i.targets().forEach(t -> targets.add(point(LocalDate.of(t.year(), 12, 31), t.value())));
    JsonArrayBuilder actuals = Json.createArrayBuilder();
    actuals.add(point(i.baselineDate(), i.baselineValue()));
    i.actuals().forEach(v -> actuals.add(point(v.measuredOn(), v.value())));
    return Json.createObjectBuilder()
        .add("unit", i.unit())
        .add("targetLabel", labels.text("wop.kpi.target"))
        .add("actualLabel", labels.text("wop.kpi.actual"))
        .add("targets", targets)
        .add("actuals", actuals)
        .build()
        .toString();
  }

  private static jakarta.json.JsonObjectBuilder point(LocalDate d, java.math.BigDecimal v) {
    return Json.createObjectBuilder().add("x", d.toString()).add("y", v);
  }

  /** Marks a milestone reached today (the form's milestone and partnership ids). */
  public String reach() {
    Map<String, String> form =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    long milestone = Long.parseLong(form.get("milestone"));
    try {
      access.requireEdit(session.viewer(), partnership.id());
      partnerships.reachMilestone(
          partnership.id(), milestone, LocalDate.now(clock), session.getName());
      message(FacesMessage.SEVERITY_INFO, labels.text("wop.milestone.reached.done"));
    } catch (DomainRuleViolation e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
      return null;
    }
    return "wop.xhtml?faces-redirect=true&id=" + partnership.id();
  }

  static void message(FacesMessage.Severity severity, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
