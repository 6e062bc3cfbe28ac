package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.wops.domain.audit.AuditEntry;
import org.wops.domain.audit.AuditTrail;
import org.wops.domain.charter.CharterRepository;
import org.wops.domain.charter.CharterVersion;
import org.wops.domain.event.DomainEvent;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.shared.StaleVersionException;
import org.wops.domain.user.Viewer;

/**
 * How every use case changes a partnership, in the use case's transaction and in this order: load
 * it (a partnership the caller may not read is "not found"), check the caller's {@link Permission},
 * check the version the caller expects (HTTP If-Match), let the use case act on the aggregate,
 * refresh its Charter compliance, store it, write the audit entries and fire the events the change
 * gathered, and tell whatever keeps answers for readers that partnerships changed. A refused change
 * throws before anything is stored, and the transaction leaves nothing behind; a change that
 * changes nothing ({@link PartnershipChange#unchanged()}) stores nothing either (the version
 * stays).
 */
@ApplicationScoped
public class PartnershipWork {
  private PartnershipRepository partnerships;
  private PartnershipAccess access;
  private CharterRepository charters;
  private org.wops.domain.type.PartnershipTypeRegistry types;
  private AuditTrail audit;
  private Event<DomainEvent> events;
  private Event<PartnershipsChanged> changed;
  private Clock clock;

  protected PartnershipWork() {
    // for CDI proxies
  }

  @Inject
  public PartnershipWork(
      PartnershipRepository partnerships,
      PartnershipAccess access,
      CharterRepository charters,
      org.wops.domain.type.PartnershipTypeRegistry types,
      AuditTrail audit,
      Event<DomainEvent> events,
      Event<PartnershipsChanged> changed,
      Clock clock) {
    this.partnerships = Objects.requireNonNull(partnerships);
    this.access = Objects.requireNonNull(access);
    this.charters = Objects.requireNonNull(charters);
    this.types = Objects.requireNonNull(types);
    this.audit = Objects.requireNonNull(audit);
    this.events = Objects.requireNonNull(events);
    this.changed = Objects.requireNonNull(changed);
    this.clock = Objects.requireNonNull(clock);
  }

  /** Changes the partnership a command names, at the version it saw; answers what it made. */
  public <T> T change(
      Viewer caller,
      PartnershipCommand command,
      Permission permission,
      Function<PartnershipChange, T> act) {
    return change(caller, command.id(), command.expectedVersion(), permission, act);
  }

  /**
   * Changes a stored partnership and answers what the change made.
   *
   * @param expectedVersion the version the caller read ({@code null}: whichever is current)
   */
  public <T> T change(
      Viewer caller,
      long id,
      Long expectedVersion,
      Permission permission,
      Function<PartnershipChange, T> act) {
    Objects.requireNonNull(caller, "caller is required");
    Partnership p =
        partnerships
            .findById(id)
            .filter(x -> access.canRead(caller, x))
            .orElseThrow(() -> new NotFoundException("partnership", id));
    permission.require(access, caller, p);
    if (expectedVersion != null && expectedVersion != p.version()) {
      throw new StaleVersionException("partnership", id, expectedVersion, p.version());
    }
    Gathering g = gathering.get();
    if (g != null && g.change.partnership() == p) {
      // part of one change (asOneChange): stored, audited and told once, at its end
      T made = act.apply(g.change);
      g.acted = true;
      return made;
    }
    return apply(caller, p, act);
  }

  /** The change the use cases called within {@link #asOneChange} add to. */
  private static final class Gathering {
    private final PartnershipChange change;
    private boolean acted;

    Gathering(PartnershipChange change) {
      this.change = change;
    }
  }

  private final ThreadLocal<Gathering> gathering = new ThreadLocal<>();

  /**
   * Runs {@code make}, whose use cases change the partnership {@code id}, as one change: the
   * partnership is stored once (one version), their audit entries are written as one ({@code
   * action}: what was done, each use case's description after {@code description}), and their
   * events fired once it is stored. An import's row is one change however many of its parts differ.
   * Nothing is stored when no use case acted.
   */
  public <T> T asOneChange(
      Viewer caller, long id, String action, String description, Supplier<T> make) {
    Objects.requireNonNull(caller, "caller is required");
    if (gathering.get() != null) {
      throw new IllegalStateException("already within one change");
    }
    Partnership p =
        partnerships
            .findById(id)
            .filter(x -> access.canRead(caller, x))
            .orElseThrow(() -> new NotFoundException("partnership", id));
    Gathering g =
        new Gathering(
            new PartnershipChange(
                p, caller, OffsetDateTime.now(clock), types.find(p.typeId()).orElse(null)));
    T made;
    gathering.set(g);
    try {
      made = make.get();
    } finally {
      gathering.remove();
    }
    if (g.acted) {
      store(p, g.change.asOne(action, description));
    }
    return made;
  }

  /**
   * Stores a new partnership that the caller may change once made (the use case checked that it may
   * propose it), with what {@code act} adds to it, and answers what {@code act} made.
   */
  public <T> T create(Viewer caller, Partnership p, Function<PartnershipChange, T> act) {
    Objects.requireNonNull(caller, "caller is required");
    if (p.id() != null) {
      throw new IllegalArgumentException("not a new partnership: " + p.id());
    }
    return apply(caller, p, act);
  }

  /** The Charter as it applies to the partnership now. */
  public CharterStanding standing(Partnership p) {
    int current = charters.current().map(CharterVersion::number).orElse(0);
    int applicable = p.applicableCharterVersion(current);
    return new CharterStanding(applicable, charters.endorsers(p.operatorIds(), applicable));
  }

  private <T> T apply(Viewer caller, Partnership p, Function<PartnershipChange, T> act) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    PartnershipChange change =
        new PartnershipChange(p, caller, now, types.find(p.typeId()).orElse(null));
    T made = act.apply(change);
    if (change.isUnchanged() && p.id() != null) {
      return made; // nothing changed: no new version, no audit entry, no event
    }
    Partnership stored = store(p, change);
    return made == p ? uncheckedCast(stored) : made;
  }

  /** Stores the changed partnership, writes the change's audit entries and fires its events. */
  private Partnership store(Partnership p, PartnershipChange change) {
    OffsetDateTime now = change.now();
    // the Charter's standing is read before the change touches the row: a query after it would
    // flush the change and lock the row before the store (and its race) is due
    Compliance compliance = p.compliance(standing(p));
    p.changedAt(now);
    Partnership stored = partnerships.store(p, compliance);
    for (PartnershipChange.Audited a : change.audited()) {
      audit.record(
          new AuditEntry(
              stored.id(), now, change.actor(), a.action(), a.from(), a.to(), a.description()));
    }
    for (DomainEvent e : change.events(stored)) {
      events.fire(e);
    }
    changed.fire(new PartnershipsChanged());
    return stored;
  }

  @SuppressWarnings("unchecked")
  private static <T> T uncheckedCast(Partnership p) {
    return (T) p;
  }
}
