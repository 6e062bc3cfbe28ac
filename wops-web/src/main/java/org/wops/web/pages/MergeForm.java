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
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorMerge;
import org.wops.domain.operator.OperatorService;
import org.wops.domain.operator.OtherName;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.partnership.PartnershipCriteria;
import org.wops.domain.partnership.PartnershipReads;
import org.wops.domain.shared.ContactPerson;
import org.wops.domain.shared.DomainRuleViolation;
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
  @Inject Session session;
  @Inject PageActions actions;
  @Inject Localizer labels;

  private Operator kept;
  private Operator duplicate;
  private List<Partnership> moving = List.of();
  private List<Partnership> conflicts = List.of();
  private OperatorMerge.Preview preview;
  // the API's default: a duplicate's name is mostly a spelling of the same operator's
  private String as = OtherName.Kind.ALTERNATIVE.name();
  private String refusal;
  private String expected;
  private boolean confirmed;

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
    expected = params.get("expected");
    long id = number(chosen.strip());
    if (id < 0) {
      refuse(
          new MessageFormat(labels.text("merge.duplicate.not-a-number"), labels.locale())
              .format(
                  new Object[] {
                    chosen.strip().length() > 40
                        ? chosen.strip().substring(0, 40) + "…"
                        : chosen.strip()
                  }));
      return;
    }
    try {
      preview = merge.preview(session.viewer(), kept.id(), id);
    } catch (DomainRuleViolation v) {
      refuse(
          new MessageFormat(labels.text("rule." + v.code()), labels.locale())
              .format(v.arguments()));
      return;
    }
    duplicate = preview.duplicate();
    moving =
        partnerships.list(
            PartnershipCriteria.builder()
                .operator(duplicate.id())
                .visibility(access.visibility(session.viewer()))
                .sort(PartnershipCriteria.Sort.NEWEST)
                .build(),
            MAX_PARTNERSHIPS);
    conflicts = moving.stream().filter(p -> preview.conflicts().contains(p.id())).toList();
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

  /** The partnerships both take part in: the merge is refused until each has only one. */
  public List<Partnership> getConflicts() {
    return conflicts;
  }

  /**
   * Whether the confirm is offered: not while both take part in a partnership. A confirm posted
   * from a preview that had none is still decoded, so that the merge says what changed since.
   */
  public boolean isConfirmable() {
    return conflicts.isEmpty()
        || FacesContext.getCurrentInstance().isPostback() && refusal == null && !confirmed;
  }

  /** Whether the two are in different countries (a mistyped number merges unrelated operators). */
  public boolean isOtherCountry() {
    return preview != null && preview.otherCountry();
  }

  /** What the preview showed, carried by the confirm (refused when it moved since). */
  public String getDigest() {
    return preview == null ? "" : preview.digest();
  }

  /** An operator as the page names it: its name, city and country (not its bare number). */
  public String place(Operator o) {
    String country = labels.country(o.country().code());
    return o.city() == null || o.city().isBlank() ? country : o.city() + ", " + country;
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
    return preview != null && !preview.duplicateStanding().endorsedVersions().isEmpty();
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
    confirmed = true;
    long duplicateId = duplicate.id();
    String name = duplicate.name();
    // a form without what its preview showed is one nobody looked at: never merged blindly
    String shown = expected == null || expected.isBlank() ? "-" : expected.strip();
    boolean[] changed = {false};
    boolean merged =
        actions.attempt(
            null,
            () -> {
              try {
                merge.merge(session.viewer(), kept.id(), duplicateId, kind, shown);
              } catch (OperatorMerge.PreviewChanged e) {
                changed[0] = true;
              }
            },
            name);
    if (changed[0]) {
      // the page shows the preview as it is now, with its own digest, to look at again
      refuse(labels.text("merge.stale"));
      return null;
    }
    if (!merged) {
      return null;
    }
    PageActions.message(
        FacesMessage.SEVERITY_INFO,
        new MessageFormat(labels.text("merge.done"), labels.locale())
            .format(new Object[] {name, kept.name()}));
    // the page the secretariat goes on to stays in the language it merged in
    return "/operator.xhtml?faces-redirect=true&id="
        + kept.id()
        + "&lang="
        + labels.locale().getLanguage();
  }
}
