package org.wops.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.partnership.PartnershipEditing;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.NotFoundException;

/**
 * Editing a partnership's title and objectives. Only those who may change it open the page: the
 * others get the 403 page (the same rule as the API).
 */
@Named
@RequestScoped
public class EditView {
  @Inject PartnershipEditing editing;
  @Inject PartnershipAccess access;
  @Inject Session session;
  @Inject Labels labels;

  private Partnership partnership;
  private String title;
  private String objectives;

  @PostConstruct
  void load() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String id = params.get("id");
    try {
      partnership =
          access.requireEdit(
              session.viewer(), id == null || !id.matches("\\d{1,18}") ? -1 : Long.parseLong(id));
    } catch (NotFoundException e) {
      WopView.notFound();
      return;
    } catch (AccessDenied e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      try {
        faces.getExternalContext().responseSendError(403, e.getMessage());
      } catch (IOException io) {
        throw new java.io.UncheckedIOException(io);
      }
      faces.responseComplete();
      return;
    }
    title = partnership.title();
    objectives = partnership.objectives();
  }

  public Partnership getP() {
    return partnership;
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

  public String save() {
    try {
      editing.editDetails(
          session.viewer(),
          new PartnershipEditing.EditDetails(
              partnership.id(),
              partnership.version(),
              partnership.details().toBuilder().title(title).objectives(objectives).build()));
    } catch (DomainRuleViolation e) {
      WopView.broken(e, "edit");
      return null;
    }
    WopView.message(FacesMessage.SEVERITY_INFO, labels.text("edit.saved"));
    return "/wop.xhtml?faces-redirect=true&id=" + partnership.id();
  }
}
