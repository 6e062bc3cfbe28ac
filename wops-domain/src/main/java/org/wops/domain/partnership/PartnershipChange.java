package org.wops.domain.partnership;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.wops.domain.event.DomainEvent;
import org.wops.domain.type.PartnershipType;
import org.wops.domain.user.Viewer;

/**
 * One change of a partnership while it is being made: the partnership, who makes the change and
 * when, and what the change will leave in the audit trail and tell the rest of the platform. The
 * {@link PartnershipWork runner} writes the audit entries and fires the events once the changed
 * partnership is stored (a new partnership has an id only then).
 */
public final class PartnershipChange {
  /** An audit entry to write once the partnership is stored. */
  record Audited(String action, String from, String to, String description) {}

  private final Partnership partnership;
  private final Viewer caller;
  private final OffsetDateTime now;
  private final PartnershipType type;
  private final List<Audited> audited = new ArrayList<>();
  private final List<Function<Partnership, ? extends DomainEvent>> events = new ArrayList<>();
  private boolean unchanged;

  PartnershipChange(
      Partnership partnership, Viewer caller, OffsetDateTime now, PartnershipType type) {
    this.partnership = partnership;
    this.caller = caller;
    this.now = now;
    this.type = type;
  }

  public Partnership partnership() {
    return partnership;
  }

  /** The partnership's type, if it is still installed. */
  public PartnershipType type() {
    return type;
  }

  /** The name the audit trail records. */
  public String actor() {
    return caller.actor();
  }

  public OffsetDateTime now() {
    return now;
  }

  public LocalDate today() {
    return now.toLocalDate();
  }

  /** Says in the audit trail what changed. */
  public void record(String action, String from, String to, String description) {
    audited.add(new Audited(action, from, to, description));
  }

  /** Tells the rest of the platform, once the change is stored. */
  public void fire(DomainEvent event) {
    events.add(stored -> event);
  }

  /**
   * Tells the rest of the platform what only the stored partnership can say (a new partnership's
   * id).
   */
  public void fireOnceStored(Function<Partnership, ? extends DomainEvent> event) {
    events.add(event);
  }

  /**
   * Says that the change turned out to change nothing (what was sent is what is stored): the
   * partnership is not stored again — no new version, no audit entry, no event.
   */
  public void unchanged() {
    unchanged = true;
  }

  boolean isUnchanged() {
    return unchanged;
  }

  /**
   * This change with its audit entries as one: the entry itself when there is one; else one entry
   * {@code action} that keeps each ({@code from} and {@code to}: each one's action and value, a
   * line each; description: {@code description} and each one's).
   */
  PartnershipChange asOne(String action, String description) {
    if (audited.size() <= 1) {
      return this;
    }
    PartnershipChange one = new PartnershipChange(partnership, caller, now, type);
    one.events.addAll(events);
    String from =
        audited.stream()
            .filter(a -> a.from() != null)
            .map(a -> a.action() + ": " + a.from())
            .collect(java.util.stream.Collectors.joining("\n"));
    one.record(
        action,
        from.isEmpty() ? null : from,
        audited.stream()
            .map(a -> a.to() == null ? a.action() : a.action() + ": " + a.to())
            .collect(java.util.stream.Collectors.joining("\n")),
        description
            + " "
            + audited.stream()
                .map(Audited::description)
                .collect(java.util.stream.Collectors.joining(" ")));
    return one;
  }

  List<Audited> audited() {
    return List.copyOf(audited);
  }

  List<DomainEvent> events(Partnership stored) {
    return events.stream().<DomainEvent>map(e -> e.apply(stored)).toList();
  }
}
