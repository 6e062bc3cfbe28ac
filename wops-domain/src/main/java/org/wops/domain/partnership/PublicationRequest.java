package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.Texts;

/**
 * Where a partnership's request for publication stands. The secretariat approves profiles for
 * publication: the partnership's editors and coordinators <em>request</em> it, ADMIN approves (the
 * profile is published) or returns the request with a reason. The last request's author and time,
 * and the last decision, are kept here; every step is also in the audit trail.
 */
@Embeddable
public class PublicationRequest {
  public static final int REASON_MAX = 2000;

  /** The request's state: none open, waiting for the secretariat, or returned with a reason. */
  public enum State {
    NONE,
    REQUESTED,
    RETURNED
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "publication_state", nullable = false, length = 10)
  private State state = State.NONE;

  @Column(name = "publication_requested_by", length = 120)
  private String requestedBy;

  @Column(name = "publication_requested_at")
  private OffsetDateTime requestedAt;

  @Column(name = "publication_decided_by", length = 120)
  private String decidedBy;

  @Column(name = "publication_decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "publication_return_reason", length = REASON_MAX)
  private String returnReason;

  protected PublicationRequest() {
    // for JPA
  }

  private PublicationRequest(
      State state,
      String requestedBy,
      OffsetDateTime requestedAt,
      String decidedBy,
      OffsetDateTime decidedAt,
      String returnReason) {
    this.state = state;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
    this.returnReason = returnReason;
  }

  /** No request made yet. */
  public static PublicationRequest none() {
    return new PublicationRequest(State.NONE, null, null, null, null, null);
  }

  /** A new request; refused while the profile is published or a request is already waiting. */
  PublicationRequest request(boolean published, String by, OffsetDateTime at) {
    if (published) {
      throw new DomainRuleViolation(
          "publication.already-published", null, "The profile is already published.");
    }
    if (state == State.REQUESTED) {
      throw new DomainRuleViolation(
          "publication.already-requested",
          null,
          "Publication was already requested by " + requestedBy + " and waits for the secretariat.",
          requestedBy);
    }
    return new PublicationRequest(State.REQUESTED, by, at, decidedBy, decidedAt, null);
  }

  /** The secretariat approves the waiting request. */
  PublicationRequest approve(String by, OffsetDateTime at) {
    requireWaiting();
    return new PublicationRequest(State.NONE, requestedBy, requestedAt, by, at, null);
  }

  /** The secretariat returns the waiting request, saying why. */
  PublicationRequest giveBack(String by, OffsetDateTime at, String reason) {
    String why =
        Texts.required(
            reason, "publication.return.reason", "reason", "The reason for returning", REASON_MAX);
    requireWaiting();
    return new PublicationRequest(State.RETURNED, requestedBy, requestedAt, by, at, why);
  }

  /** The profile was published or taken down directly: no request stays open. */
  PublicationRequest settled(String by, OffsetDateTime at) {
    return state == State.NONE
        ? this
        : new PublicationRequest(State.NONE, requestedBy, requestedAt, by, at, null);
  }

  private void requireWaiting() {
    if (state != State.REQUESTED) {
      throw new DomainRuleViolation(
          "publication.not-requested", null, "No request for publication waits for a decision.");
    }
  }

  public State state() {
    return state == null ? State.NONE : state;
  }

  public Optional<String> requestedBy() {
    return Optional.ofNullable(requestedBy);
  }

  public Optional<OffsetDateTime> requestedAt() {
    return Optional.ofNullable(requestedAt);
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<OffsetDateTime> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  /** Why the secretariat returned the last request (while it stays returned). */
  public Optional<String> returnReason() {
    return Optional.ofNullable(returnReason);
  }
}
