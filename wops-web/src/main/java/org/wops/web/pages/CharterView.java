package org.wops.web.pages;

import jakarta.enterprise.context.RequestScoped;
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
  @Inject Localizer labels;
  @Inject PageActions actions;

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
    java.util.Map<String, String> form =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    long operator = PageActions.idOfForm("operator");
    String by = form.get("endorsedBy");
    if (!actions.chosen(operator)) {
      return null;
    }
    return actions.run(
        "charter.endorsed.done",
        "/my/charter.xhtml?faces-redirect=true",
        () -> {
          access.requireActFor(session.viewer(), operator);
          charter.endorseCurrent(
              operator, by == null || by.isBlank() ? session.getName() : by.strip());
        });
  }
}
