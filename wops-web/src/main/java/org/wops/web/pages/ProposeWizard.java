package org.wops.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorService;
import org.wops.domain.organisation.OrganisationService;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.Proposals;
import org.wops.domain.partnership.SupporterRole;
import org.wops.domain.reference.ReferenceData;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PageRequest;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.type.DefaultWopType;
import org.wops.domain.type.ExtraField;
import org.wops.domain.type.MilestoneTemplate;
import org.wops.domain.type.PartnershipType;
import org.wops.domain.type.PartnershipTypeRegistry;
import org.wops.web.pages.propose.AgreementStep;
import org.wops.web.pages.propose.OperatorsStep;
import org.wops.web.pages.propose.PartnershipStep;
import org.wops.web.pages.propose.RoleChoice;
import org.wops.web.pages.propose.SupportersStep;
import org.wops.web.pages.propose.WizardStep;

/**
 * The wizard that proposes a partnership, in five steps: the type and what the partnership is about
 * (with the type's extra fields), the operators and their roles (those the type's role mixes
 * offer), the supporting organisations, the agreement and milestones (pre-filled from the type's
 * template), and a review. Each of the first four is a {@link WizardStep} that keeps its inputs;
 * this view holds them, moves between them and offers the lists they choose from. Nothing is stored
 * until the last step; then the domain's rules decide, and each broken rule is shown next to the
 * field it concerns, on the step that enters it.
 */
@Named
@ViewScoped
public class ProposeWizard implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int STEPS = 5;

  /** Not passivation-capable (a produced registry): looked up again after the view moved. */
  @Inject transient PartnershipTypeRegistry types;

  @Inject Proposals proposals;
  @Inject OperatorService operators;
  @Inject OrganisationService organisations;
  @Inject ReferenceData reference;
  @Inject Session session;
  @Inject Localizer labels;
  @Inject PageActions actions;
  @Inject org.wops.domain.shared.OnceSent once;

  private int step = 1;

  /**
   * The wizard's one-time id, issued when it opens, kept by the view and carried by the form: the
   * last step sent twice (a double click, a resend) proposes the partnership once, and a form sent
   * again after the view is gone (the back button after proposing) says what it made.
   */
  private String formId;

  /** The partnership this wizard's form id already proposed (the form sent again), if any. */
  private Long alreadyProposed;

  private PartnershipStep partnership;
  private OperatorsStep participants;
  private final SupportersStep supporters = new SupportersStep();
  private final AgreementStep agreement = new AgreementStep();

  @PostConstruct
  void start() {
    formId = PageActions.formId();
    if (formId.isEmpty()) {
      formId = org.wops.domain.shared.OnceSent.issue();
    } else if (FacesContext.getCurrentInstance().isPostback()) {
      alreadyProposed = once.made(formId, session.viewer().actor()).orElse(null);
    }
    partnership = new PartnershipStep(LocalDate.now());
    // what the author writes is, unless they say otherwise, in the language of their page
    partnership.setLanguage(labels.locale().getLanguage());
    // an editor's own operator takes part
    participants =
        new OperatorsStep(
            RoleChoice.of(getType()), session.viewer().operatorIds().stream().findFirst());
  }

  private PartnershipTypeRegistry types() {
    if (types == null) {
      types =
          jakarta.enterprise.inject.spi.CDI.current().select(PartnershipTypeRegistry.class).get();
    }
    return types;
  }

  /** Steps 1 to 4, in order (5, the review, enters nothing). */
  private List<WizardStep> steps() {
    return List.of(partnership, participants, supporters, agreement);
  }

  // ---------------------------------------------------------------- navigation

  public int getStep() {
    return step;
  }

  public int getSteps() {
    return STEPS;
  }

  /** The wizard's one-time id, for its form to carry ({@link PageActions#FORM_ID}). */
  public String getFormId() {
    return formId;
  }

  /**
   * The partnership this wizard already proposed, when its form is sent again after proposing (the
   * back button, a resend): the page says so and links to it instead of starting afresh.
   */
  public Long getAlreadyProposed() {
    return alreadyProposed;
  }

  public void next() {
    if (alreadyProposed != null) {
      return;
    }
    if (step < STEPS
        && steps().get(step - 1).check((input, key) -> error(input, labels.text(key)))) {
      if (step == 1) {
        participants.fitTo(RoleChoice.of(getType()));
      }
      step++;
    }
  }

  public void back() {
    step = Math.max(1, step - 1);
  }

  // ---------------------------------------------------------------- what the steps choose from

  public PartnershipStep getPartnership() {
    return partnership;
  }

  public OperatorsStep getParticipants() {
    return participants;
  }

  public SupportersStep getSupporters() {
    return supporters;
  }

  public AgreementStep getAgreement() {
    return agreement;
  }

  public List<PartnershipType> getTypes() {
    return types().all();
  }

  public PartnershipType getType() {
    return types().find(partnership.getTypeId()).orElse(types().require(DefaultWopType.ID));
  }

  public String typeName(PartnershipType t) {
    return t.name().in(labels.language());
  }

  public String typeDescription(PartnershipType t) {
    return t.description().in(labels.language());
  }

  public String fieldLabel(ExtraField f) {
    return f.label().in(labels.language());
  }

  public List<Option> getAreas() {
    return reference.workingAreas().stream()
        .map(a -> new Option(a.code(), a.name(labels.language())))
        .toList();
  }

  /** Keeps the step and re-renders the lists with the operators that match the filter. */
  public void findOperators() {
    // the filter is applied by getOperatorOptions
  }

  /**
   * The operators to choose from: those that match the filter (the first 100 by name), plus those
   * already chosen and the user's own.
   */
  public List<Option> getOperatorOptions() {
    Map<Long, Operator> shown = new LinkedHashMap<>();
    for (Operator o : operators.find(participants.getFilter(), 100)) {
      shown.put(o.id(), o);
    }
    Set<Long> keep = new LinkedHashSet<>(session.viewer().operatorIds());
    keep.addAll(participants.chosenOperatorIds());
    for (Long id : keep) {
      shown.computeIfAbsent(id, operators::get);
    }
    List<Option> options = new ArrayList<>();
    for (Operator o : shown.values()) {
      options.add(
          new Option(
              String.valueOf(o.id()), o.name() + " (" + labels.country(o.country().code()) + ")"));
    }
    return options;
  }

  public List<Option> getOrganisationOptions() {
    return organisations.list(new PageRequest(0, 200)).items().stream()
        .map(o -> new Option(String.valueOf(o.id()), o.name()))
        .toList();
  }

  /** The roles the chosen type's role mixes offer. */
  public List<ParticipantRole> getRoles() {
    return RoleChoice.of(getType()).offered();
  }

  public List<SupporterRole> getSupporterRoles() {
    return List.of(SupporterRole.values());
  }

  public void addParticipant() {
    participants.add(RoleChoice.of(getType()));
  }

  /** The type's template milestones, as they will be dated from the planned start. */
  public List<String> getTemplateMilestones() {
    PartialDate start = partnership.getPlannedStart();
    List<String> lines = new ArrayList<>();
    for (MilestoneTemplate t : getType().milestoneTemplate()) {
      // at the start's precision: a start known to the year dates its milestones to the year
      String when =
          t.anchor() == MilestoneTemplate.Anchor.PLANNED_START && start != null
              ? labels.partialDate(start.plusDays(t.offsetDays()))
              : labels.plural("propose.milestone.days-after-signature", t.offsetDays());
      lines.add(t.title().in(labels.language()) + " — " + when);
    }
    return lines;
  }

  public String operatorName(Long id) {
    return id == null ? "" : operators.get(id).name();
  }

  public String organisationName(Long id) {
    return id == null ? "" : organisations.get(id).name();
  }

  // ---------------------------------------------------------------- step 5: propose

  /** The review's planned start, at its precision in the reader's language ("" when none). */
  public String getReviewStart() {
    return labels.partialDate(partnership.getPlannedStart());
  }

  /** The review's planned end, at its precision in the reader's language ("" when none). */
  public String getReviewEnd() {
    return labels.partialDate(partnership.getPlannedEnd());
  }

  /** The review's working areas, by their names in the reader's language. */
  public String getReviewAreas() {
    List<String> codes = partnership.getWorkingAreas();
    return codes == null
        ? ""
        : labels.joined(
            codes.stream()
                .map(c -> reference.workingArea(c).map(a -> a.name(labels.language())).orElse(c))
                .toList());
  }

  public String propose() {
    if (alreadyProposed != null) {
      return null;
    }
    return refusalsShownOnTheirSteps(
        () -> {
          // one use case, one transaction: a broken rule leaves nothing behind to be proposed twice
          long p;
          try {
            p =
                once.once(
                    formId,
                    session.viewer().actor(),
                    () ->
                        proposals
                            .propose(
                                session.viewer(),
                                new Proposals.Propose(
                                    new Proposals.Identify(
                                        partnership.getTypeId(),
                                        partnership.details(),
                                        participants.participants(),
                                        supporters.supporters(),
                                        partnership.extraValues()),
                                    agreement.terms().orElse(null),
                                    agreement.planned()))
                            .id());
          } catch (org.wops.domain.shared.AlreadySent e) {
            alreadyProposed = e.madeId();
            return actions.alreadySent(e, "propose.already", "/wop.xhtml");
          }
          // the view may outlive the redirect: sent again, it says what it proposed
          alreadyProposed = p;
          actions.done("propose.done");
          return "/wop.xhtml?faces-redirect=true&id=" + p;
        });
  }

  /**
   * The wizard's one handling of what the domain refuses: each message goes to the step that enters
   * its field (a message no step claims to the first, above the form), and the wizard opens the
   * first such step; an access denial concerns the operators chosen.
   */
  private String refusalsShownOnTheirSteps(java.util.function.Supplier<String> action) {
    partnership.clearShown();
    try {
      return action.get();
    } catch (org.wops.domain.shared.FormNotIssued e) {
      // a form id that is not this user's: a new one, so that sending again proposes once
      error("general", labels.text("action.form-not-issued"));
      formId = org.wops.domain.shared.OnceSent.issue();
      step = STEPS;
    } catch (AccessDenied e) {
      // in the reader's language, not the domain's English explanation
      String key =
          "access.partnership.propose".equals(e.code()) ? "propose.denied" : "action.denied";
      participants.show("participants", labels.text(key), this::error);
      step = 2;
    } catch (DomainRuleViolation e) {
      int first = STEPS;
      for (DomainRuleViolation v : e.withOthers()) {
        // in the reader's language, as every page says a rule (PageActions)
        first = Math.min(first, show(v.field() == null ? "" : v.field(), actions.said(v)));
      }
      step = first;
    }
    return null;
  }

  /** Shows a domain message on the step that enters its field, and answers that step's number. */
  private int show(String field, String text) {
    List<WizardStep> steps = steps();
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).show(field, text, this::error)) {
        return i + 1;
      }
    }
    error("general", text);
    return 1;
  }

  private void error(String input, String text) {
    FacesContext.getCurrentInstance()
        .addMessage("wizard:" + input, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }
}
