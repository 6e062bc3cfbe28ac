package org.wops.domain.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.wops.domain.shared.Language;

/**
 * People who asked for a partnership's mails without being one of its contacts: each address is
 * subscribed once per partnership, and hears of it only once it confirmed (double opt-in).
 */
public interface Subscriptions {

  /** A person subscribed to a partnership's mails. */
  record Subscriber(String email, String name, Language language) {}

  /** Where a subscription stands: absent, waiting for its confirmation, or confirmed. */
  enum Status {
    NONE,
    PENDING,
    CONFIRMED
  }

  Status status(long partnershipId, String email);

  /**
   * Records a subscription waiting for its confirmation; false (and nothing changed) when the
   * address is subscribed already, pending or confirmed — atomically, so that two requests at once
   * record one subscription.
   */
  boolean subscribePending(
      long partnershipId, String email, String name, Language language, OffsetDateTime now);

  /** Confirms a pending subscription; false when there is none to confirm. */
  boolean confirm(long partnershipId, String email);

  /** The partnerships (id, title) this address subscribed to, confirmed, by title. */
  Map<Long, String> of(String email);

  void unsubscribe(long partnershipId, String email);

  /** The confirmed subscribers of a partnership, by address. */
  List<Subscriber> subscribers(long partnershipId);
}
