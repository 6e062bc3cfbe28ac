package org.wops.domain.partnership;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wops.domain.shared.DomainRuleViolation;

/**
 * The partnership's written agreement as it stands: its terms and the participants' signatures. It
 * knows what the code of conduct requires it to state, who may sign it and when, and that changing
 * what was signed withdraws the signatures. Immutable: each change gives a new agreement, which the
 * partnership keeps.
 *
 * @param terms the objectives and outputs and the values contributed
 * @param signatures who signed, in the order they signed
 */
public record Agreement(AgreementTerms terms, List<Signature> signatures) {

  public Agreement {
    terms = terms == null ? new AgreementTerms(null, null, null) : terms;
    signatures = List.copyOf(signatures);
  }

  /**
   * The elements the code of conduct requires that the agreement does not state yet, for these
   * participants (empty when complete).
   */
  public List<String> missingElements(List<Participant> participants) {
    List<String> missing = new ArrayList<>();
    if (terms.objectivesAndOutputs() == null) {
      missing.add("objectives and expected outputs");
    }
    if (participants.stream().anyMatch(p -> p.responsibilities().isEmpty())) {
      missing.add("each partner's roles and responsibilities");
    }
    if (terms.cashValue() == null || terms.inKindValue() == null) {
      missing.add("the cash and in-kind value contributed");
    }
    if (participants.stream().anyMatch(p -> p.interests().isEmpty())) {
      missing.add("each party's interests");
    }
    return missing;
  }

  /** The agreement with these terms: the signatures stay only if the terms say the same. */
  public Agreement rewritten(AgreementTerms newTerms) {
    Objects.requireNonNull(newTerms, "terms are required");
    return new Agreement(newTerms, newTerms.sameAs(terms) ? signatures : List.of());
  }

  /**
   * The agreement signed by one more participant: only a complete agreement, only by a participant,
   * once per operator.
   */
  public Agreement signedBy(
      long operatorId, String signedBy, OffsetDateTime at, List<Participant> participants) {
    if (participants.stream().noneMatch(p -> p.operatorId() == operatorId)) {
      throw new DomainRuleViolation(
          "agreement.sign.not-participant",
          "operatorId",
          "Operator "
              + operatorId
              + " does not take part in this partnership and cannot sign its agreement.",
          operatorId);
    }
    List<String> missing = missingElements(participants);
    if (!missing.isEmpty()) {
      throw new DomainRuleViolation(
          "agreement.sign.incomplete",
          "agreement",
          "The agreement cannot be signed yet: it does not state "
              + String.join(", ", missing)
              + ".",
          missing);
    }
    if (isSignedBy(operatorId)) {
      throw new DomainRuleViolation(
          "agreement.sign.already-signed",
          "operatorId",
          "Operator " + operatorId + " has already signed.",
          operatorId);
    }
    String signer =
        org.wops.domain.shared.Texts.required(
            signedBy, "agreement.signedBy", "signedBy", "Who signs", Signature.SIGNED_BY_MAX);
    List<Signature> more = new ArrayList<>(signatures);
    more.add(new Signature(operatorId, signer, Objects.requireNonNull(at, "at is required")));
    return new Agreement(terms, more);
  }

  /**
   * The agreement after the participants changed: the signatures of operators that no longer take
   * part, or whose terms changed, are withdrawn.
   */
  public Agreement forParticipants(Collection<Participant> before, List<Participant> after) {
    List<Signature> kept =
        signatures.stream()
            .filter(
                s ->
                    after.stream()
                        .filter(p -> p.operatorId() == s.operatorId())
                        .anyMatch(
                            p ->
                                before.stream()
                                    .anyMatch(
                                        b -> b.operatorId() == s.operatorId() && b.sameTermsAs(p))))
            .toList();
    return new Agreement(terms, kept);
  }

  public boolean isSignedBy(long operatorId) {
    return signatures.stream().anyMatch(s -> s.operatorId() == operatorId);
  }

  /** Complete, and signed by every one of these participants. */
  public boolean isSignedByAll(List<Participant> participants) {
    return missingElements(participants).isEmpty() && unsigned(participants).isEmpty();
  }

  /** The participating operators that have not signed yet. */
  public List<Long> unsigned(List<Participant> participants) {
    return participants.stream()
        .map(Participant::operatorId)
        .filter(id -> !isSignedBy(id))
        .toList();
  }

  /** The day of the last signature, if any. */
  public Optional<LocalDate> lastSignatureDate() {
    return signatures.stream().map(s -> s.signedAt().toLocalDate()).max(Comparator.naturalOrder());
  }

  /**
   * Refuses to let the partnership be agreed unless this agreement is complete and signed by every
   * participant (rule 3).
   */
  public void requireReadyToAgree(List<Participant> participants) {
    List<String> missing = missingElements(participants);
    if (!missing.isEmpty()) {
      throw new DomainRuleViolation(
          "partnership.agreed.agreement-incomplete",
          "agreement",
          "The agreement must state "
              + String.join(", ", missing)
              + " before the partnership is agreed.",
          missing);
    }
    List<Long> unsigned = unsigned(participants);
    if (!unsigned.isEmpty()) {
      throw new DomainRuleViolation(
          "partnership.agreed.not-signed",
          "agreement",
          "Every participant must sign the agreement before the partnership is agreed; not yet: operator(s) "
              + unsigned
              + ".",
          unsigned);
    }
  }
}
