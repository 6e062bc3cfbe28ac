package org.wops.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.partnership.PartnershipEditing;
import org.wops.domain.shared.AccessDenied;
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
  @Inject PageActions actions;

  private Partnership partnership;
  private String title;
  private String objectives;
  private long shownVersion;

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
      PageActions.notFound();
      return;
    } catch (AccessDenied e) {
      PageActions.forbidden(e.getMessage());
      return;
    }
    title = partnership.title();
    objectives = partnership.objectives();
    Long posted = PageActions.shownVersion(PageActions.VERSION);
    shownVersion = posted == null ? partnership.version() : posted;
  }

  /**
   * The version of the partnership the form was first shown with: the form carries it, so that a
   * save after someone else's change is refused, not applied over it.
   */
  public long getShownVersion() {
    return shownVersion;
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
    boolean saved =
        actions.attempt(
            "edit",
            () ->
                editing.editDetails(
                    session.viewer(),
                    new PartnershipEditing.EditDetails(
                        partnership.id(),
                        shownVersion,
                        partnership.details().toBuilder()
                            .title(title)
                            .objectives(objectives)
                            .build())));
    if (!saved) {
      return null;
    }
    actions.done("edit.saved");
    return "/wop.xhtml?faces-redirect=true&id=" + partnership.id();
  }
}
