package org.wops.domain.charter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.wops.domain.event.CharterEndorsed;
import org.wops.domain.event.CharterVersionPublished;
import org.wops.domain.event.DomainEvent;
import org.wops.domain.operator.OperatorRepository;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.NotFoundException;

/**
 * Use cases on the Charter: read the current version, publish a new one, endorse it for an
 * operator.
 */
@ApplicationScoped
@Transactional
public class CharterService {
  @Inject CharterRepository charters;
  @Inject OperatorRepository operators;
  @Inject Event<DomainEvent> events;
  @Inject Clock clock;

  public CharterVersion current() {
    return charters
        .current()
        .orElseThrow(() -> new NotFoundException("Charter version", "current"));
  }

  public List<CharterVersion> versions() {
    return charters.versions();
  }

  /**
   * Publishes the next version, in English only; it becomes current, and older endorsements become
   * stale for unagreed WOPs.
   */
  public CharterVersion publish(
      String title, String principles, String codeOfConduct, String actor) {
    return publish(CharterText.of(title, principles, codeOfConduct, ""), null, null, actor);
  }

  /**
   * Publishes the next version in English and the translations given ({@code null}: none in that
   * language); it becomes current, and older endorsements become stale for unagreed WOPs.
   */
  public CharterVersion publish(
      CharterText english, CharterText french, CharterText spanish, String actor) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    CharterVersion next =
        CharterVersion.next(charters.current().orElse(null), english, french, spanish, actor, now);
    CharterVersion published = charters.publish(next);
    events.fire(new CharterVersionPublished(published.number(), now, actor));
    return published;
  }

  /** The operator's endorsement of the current version, if it has endorsed it. */
  public Optional<Endorsement> endorsementOf(long operatorId) {
    return charters.current().flatMap(c -> charters.endorsement(operatorId, c.number()));
  }

  /** The operator endorses the current Charter version; endorsing it twice is refused. */
  public Endorsement endorseCurrent(long operatorId, String endorsedBy) {
    operators.findById(operatorId).orElseThrow(() -> new NotFoundException("operator", operatorId));
    int version = current().number();
    if (charters.endorsement(operatorId, version).isPresent()) {
      throw new DomainRuleViolation(
          "endorsement.duplicate",
          "operatorId",
          "Operator " + operatorId + " has already endorsed Charter version " + version + ".",
          operatorId,
          version);
    }
    Endorsement endorsement =
        charters.store(new Endorsement(operatorId, version, endorsedBy, OffsetDateTime.now(clock)));
    events.fire(new CharterEndorsed(operatorId, version, endorsement.endorsedAt(), endorsedBy));
    return endorsement;
  }
}
