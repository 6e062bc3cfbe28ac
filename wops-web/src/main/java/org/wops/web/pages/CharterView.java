package org.wops.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.wops.domain.charter.CharterReading;
import org.wops.domain.charter.CharterService;
import org.wops.domain.charter.CharterVersion;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorRepository;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.DomainRuleViolation;

/**
 * The WOP Charter (its current version, shown in full) and its endorsement by the operators the
 * signed-in editor acts for.
 */
@Named
@RequestScoped
public class CharterView {
  @Inject CharterService charter;
  @Inject OperatorRepository operators;
  @Inject PartnershipAccess access;
  @Inject Session session;
  @Inject Labels labels;

  private CharterReading reading;

  public CharterVersion getCurrent() {
    return charter.current();
  }

  /** The current version in the reader's language, or in English with a note when missing. */
  public CharterReading getReading() {
    if (reading == null) {
      reading = charter.current().readIn(labels.language());
    }
    return reading;
  }

  /** The operators this user may endorse for. */
  public List<Operator> getMyOperators() {
    return session.viewer().operatorIds().stream()
        .sorted()
        .map(operators::findById)
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  public boolean endorsed(Operator o) {
    return charter.endorsementOf(o.id()).isPresent();
  }

  public String endorse() {
    FacesContext faces = FacesContext.getCurrentInstance();
    java.util.Map<String, String> form = faces.getExternalContext().getRequestParameterMap();
    long operator = Long.parseLong(form.get("operator"));
    String by = form.get("endorsedBy");
    try {
      access.requireActFor(session.viewer(), operator);
      charter.endorseCurrent(operator, by == null || by.isBlank() ? session.getName() : by.strip());
    } catch (DomainRuleViolation | AccessDenied e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      return null;
    }
    WopView.message(FacesMessage.SEVERITY_INFO, labels.text("charter.endorsed.done"));
    return "/my/charter.xhtml?faces-redirect=true";
  }
}
