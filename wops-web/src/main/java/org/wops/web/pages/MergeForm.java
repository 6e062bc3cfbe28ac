package org.wops.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import org.wops.domain.charter.CharterService;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorMerge;
import org.wops.domain.operator.OperatorService;
import org.wops.domain.operator.OtherName;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.partnership.PartnershipCriteria;
import org.wops.domain.partnership.PartnershipReads;
import org.wops.domain.shared.ContactPerson;
import org.wops.domain.shared.NotFoundException;

/**
 * The merge page ({@code admin/merge.xhtml}, the secretariat's): the operator kept, the likely
 * duplicates the platform finds for it (or another operator named by its number), and for the
 * duplicate chosen what the merge will move — its partnerships, the contacts the kept one does not
 * have yet, its Charter endorsement — before the secretariat confirms. {@link OperatorMerge} does
 * the merge in one transaction, or refuses it changing nothing.
 */
@Named
@RequestScoped
public class MergeForm {
  static final int MAX_PARTNERSHIPS = 200;

  @Inject OperatorService operators;
  @Inject OperatorMerge merge;
  @Inject PartnershipReads partnerships;
  @Inject PartnershipAccess access;
  @Inject CharterService charter;
  @Inject Session session;
  @Inject PageActions actions;
  @Inject Localizer labels;

  private Operator kept;
  private Operator duplicate;
  private List<Partnership> moving = List.of();
  private String as = OtherName.Kind.FORMER.name();
  private String refusal;

  @PostConstruct
  void load() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    if (!session.viewer().isAdmin()) { // the container already keeps /admin/ for the secretariat
      PageActions.forbidden("Only the secretariat merges operators.");
      return;
    }
    try {
      kept = operators.get(number(params.get("id")));
    } catch (NotFoundException e) {
      PageActions.notFound();
      return;
    }
    String chosen = params.get("duplicate");
    if (chosen == null || chosen.isBlank()) {
      return;
    }
    long id = number(chosen.strip());
    if (id == kept.id()) {
      refuse(labels.text("rule.operator.merge.itself"));
      return;
    }
    try {
      duplicate = operators.get(id);
    } catch (NotFoundException e) {
      refuse(
          new MessageFormat(labels.text("rule.operator.merge.duplicate.unknown"), labels.locale())
              .format(new Object[] {id < 0 ? 0 : id}));
      return;
    }
    moving =
        partnerships.list(
            PartnershipCriteria.builder()
                .operator(duplicate.id())
                .visibility(access.visibility(session.viewer()))
                .sort(PartnershipCriteria.Sort.NEWEST)
                .build(),
            MAX_PARTNERSHIPS);
  }

  private static long number(String s) {
    return s != null && s.matches("\\d{1,18}") ? Long.parseLong(s) : -1;
  }

  /**
   * Why the duplicate named cannot be merged, said on the page itself: the bean is made while the
   * page renders, after the layout's messages were written.
   */
  private void refuse(String text) {
    refusal = text;
  }

  public String getRefusal() {
    return refusal;
  }

  public Operator getKept() {
    return kept;
  }

  public Operator getDuplicate() {
    return duplicate;
  }

  /** The operators the platform finds to be likely the same as the one kept. */
  public List<Operator> getCandidates() {
    return operators.likelyDuplicates(kept);
  }

  /** The duplicate's partnerships, which will name the kept operator instead. */
  public List<Partnership> getMoving() {
    return moving;
  }

  /** The duplicate's contacts the kept operator does not have yet (by e-mail address). */
  public List<ContactPerson> getMovingContacts() {
    return duplicate.contacts().stream().filter(c -> !kept.contactList().has(c.email())).toList();
  }

  public boolean isDuplicateEndorsed() {
    return charter.endorsementOf(duplicate.id()).isPresent();
  }

  public OtherName.Kind[] getKinds() {
    return OtherName.Kind.values();
  }

  public String getAs() {
    return as;
  }

  public void setAs(String as) {
    this.as = as;
  }

  public String confirm() {
    if (duplicate == null) {
      return null;
    }
    OtherName.Kind kind =
        OtherName.Kind.FORMER.name().equals(as)
            ? OtherName.Kind.FORMER
            : OtherName.Kind.ALTERNATIVE;
    long duplicateId = duplicate.id();
    String name = duplicate.name();
    boolean merged =
        actions.attempt(
            null, () -> merge.merge(session.viewer(), kept.id(), duplicateId, kind), name);
    if (!merged) {
      return null;
    }
    PageActions.message(
        FacesMessage.SEVERITY_INFO,
        new MessageFormat(labels.text("merge.done"), labels.locale())
            .format(new Object[] {name, kept.name()}));
    return "/operator.xhtml?faces-redirect=true&id=" + kept.id();
  }
}
