package org.wops.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.partnership.PartnershipEditing;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.Language;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.shared.TextLanguage;

/**
 * Editing a partnership's title and objectives, the languages they are written in and their
 * translations into the platform's languages. Only those who may change it open the page: the
 * others get the 403 page (the same rule as the API).
 */
@Named
@RequestScoped
public class EditView {
  @Inject PartnershipEditing editing;
  @Inject PartnershipAccess access;
  @Inject Session session;
  @Inject PageActions actions;
  @Inject Localizer labels;
  @Inject org.wops.domain.reference.ReferenceData reference;

  private Partnership partnership;
  private AreaRows areas;
  private String title;
  private String objectives;
  private String titleLanguage;
  private String objectivesLanguage;
  private final Map<String, String> titleTranslations = new HashMap<>();
  private final Map<String, String> objectivesTranslations = new HashMap<>();
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
    areas = AreaRows.of(partnership);
    // an undeclared language stays undeclared until the editor says which it is
    titleLanguage = partnership.titleText().language().language();
    objectivesLanguage = partnership.objectivesText().language().language();
    titleTranslations.putAll(partnership.titleText().language().translations());
    objectivesTranslations.putAll(partnership.objectivesText().language().translations());
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

  /** The working areas: each an area of the reference list, its source's label, or both. */
  public AreaRows getAreas() {
    return areas;
  }

  public List<Option> getAreaChoices() {
    return AreaRows.choices(reference, labels);
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

  public String getTitleLanguage() {
    return titleLanguage;
  }

  public void setTitleLanguage(String titleLanguage) {
    this.titleLanguage = titleLanguage;
  }

  public String getObjectivesLanguage() {
    return objectivesLanguage;
  }

  public void setObjectivesLanguage(String objectivesLanguage) {
    this.objectivesLanguage = objectivesLanguage;
  }

  /** The title's translations by language, as typed (a blank one: none). */
  public Map<String, String> getTitleTranslations() {
    return titleTranslations;
  }

  public Map<String, String> getObjectivesTranslations() {
    return objectivesTranslations;
  }

  /** The languages translations are written in: the platform's. */
  public List<String> getTranslationLanguages() {
    return Arrays.stream(Language.values()).map(l -> l.locale().getLanguage()).toList();
  }

  private static Map<String, String> filled(Map<String, String> typed) {
    Map<String, String> filled = new TreeMap<>();
    typed.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            filled.put(k, v);
          }
        });
    return filled;
  }

  /**
   * A text changed while its translations stayed as they were: they translate the old words now,
   * and readers of those languages would read them. The page says which, for the editor to check
   * them (trial finding 10).
   */
  private void staleTranslations(Partnership saved) {
    if (saved == null || saved.version() == shownVersion) {
      return;
    }
    java.util.List<String> stale = new java.util.ArrayList<>();
    if (!saved.title().equals(partnership.title())
        && !saved.titleText().language().translations().isEmpty()
        && saved
            .titleText()
            .language()
            .translations()
            .equals(partnership.titleText().language().translations())) {
      stale.add(labels.text("edit.name"));
    }
    if (!saved.objectives().equals(partnership.objectives())
        && !saved.objectivesText().language().translations().isEmpty()
        && saved
            .objectivesText()
            .language()
            .translations()
            .equals(partnership.objectivesText().language().translations())) {
      stale.add(labels.text("edit.objectives"));
    }
    if (!stale.isEmpty()) {
      PageActions.message(
          jakarta.faces.application.FacesMessage.SEVERITY_WARN,
          labels.format("edit.translations-unchanged", String.join(", ", stale), ""));
    }
  }

  public String save() {
    Partnership[] after = new Partnership[1];
    boolean saved =
        actions.attempt(
            "edit",
            () ->
                after[0] =
                    editing.editDetails(
                        session.viewer(),
                        new PartnershipEditing.EditDetails(
                            partnership.id(),
                            shownVersion,
                            partnership.details().toBuilder()
                                .workingAreas(areas.codes())
                                .workingAreaLabels(areas.labels())
                                .title(title)
                                .objectives(objectives)
                                .titleLanguage(
                                    new TextLanguage(titleLanguage, filled(titleTranslations)))
                                .objectivesLanguage(
                                    new TextLanguage(
                                        objectivesLanguage, filled(objectivesTranslations)))
                                .build())));
    if (!saved) {
      return null;
    }
    actions.saved("edit.saved", shownVersion, after[0]);
    staleTranslations(after[0]);
    return "/wop.xhtml?faces-redirect=true&id=" + partnership.id();
  }
}
