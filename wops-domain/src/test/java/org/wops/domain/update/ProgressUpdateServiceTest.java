package org.wops.domain.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.event.Event;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wops.domain.audit.AuditEntry;
import org.wops.domain.audit.AuditTrail;
import org.wops.domain.event.DomainEvent;
import org.wops.domain.event.UpdateSubmitted;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.StaleVersionException;
import org.wops.domain.user.Role;
import org.wops.domain.user.Viewer;

/**
 * The progress-update use cases on in-memory stores: what they store, audit and fire, and what a
 * refusal leaves behind (nothing).
 */
class ProgressUpdateServiceTest {
  static final long PARTNERSHIP = 7L;
  static final Viewer EDITOR =
      new Viewer("aminata.diallo", Set.of(Role.OPERATOR_EDITOR), Set.of(1L), Set.of());
  static final Viewer COORDINATOR =
      new Viewer("jose.nunez", Set.of(Role.COORDINATOR), Set.of(2L), Set.of());
  static final Viewer STRANGER =
      new Viewer("henrik.schulz", Set.of(Role.OPERATOR_EDITOR), Set.of(9L), Set.of());
  static final String SUMMARY =
      "Société Béninoise des Eaux : 12 km de réseau sectorisés à Cotonou, pertes réduites de 4 %.";

  final Map<Long, ProgressUpdate> stored = new LinkedHashMap<>();
  final List<AuditEntry> audited = new ArrayList<>();
  final List<DomainEvent> fired = new ArrayList<>();
  int stores;
  final ProgressUpdateService service = service();

  @Test
  void writingAndSubmittingStoresOneSubmittedUpdateAuditedAsWrittenThenSubmitted() {
    ProgressUpdate u =
        service.writeAndSubmit(
            EDITOR, PARTNERSHIP, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), SUMMARY);

    assertThat(stores).isEqualTo(1);
    assertThat(stored.values()).containsExactly(u);
    assertThat(u.status()).isEqualTo(UpdateStatus.SUBMITTED);
    assertThat(u.summary()).isEqualTo(SUMMARY);
    assertThat(audited)
        .extracting(AuditEntry::action)
        .containsExactly("update.written", "update.submitted");
    assertThat(fired).singleElement().isInstanceOf(UpdateSubmitted.class);
  }

  @Test
  void aSubmissionTheRulesRefuseLeavesNoDraftNoAuditAndNoMail() {
    assertThatThrownBy(
            () ->
                service.writeAndSubmit(
                    EDITOR,
                    PARTNERSHIP,
                    LocalDate.of(2026, 9, 30),
                    LocalDate.of(2026, 7, 1),
                    "Stadtentwässerung Dresden: Schulung der Netzmeister abgeschlossen."))
        .isInstanceOf(DomainRuleViolation.class)
        .extracting(e -> ((DomainRuleViolation) e).code())
        .isEqualTo("dates.start-after-end");

    assertThat(stores).isZero();
    assertThat(audited).isEmpty();
    assertThat(fired).isEmpty();
  }

  @Test
  void aSubmissionByWhoeverMayNotChangeThePartnershipLeavesNoDraft() {
    assertThatThrownBy(
            () ->
                service.writeAndSubmit(
                    STRANGER,
                    PARTNERSHIP,
                    LocalDate.of(2026, 7, 1),
                    LocalDate.of(2026, 9, 30),
                    SUMMARY))
        .isInstanceOf(AccessDenied.class);

    assertThat(stores).isZero();
    assertThat(audited).isEmpty();
  }

  @Test
  void aDecisionOnAnUpdateChangedSinceTheCoordinatorSawItIsRefusedAndChangesNothing() {
    ProgressUpdate u =
        service.writeAndSubmit(
            EDITOR, PARTNERSHIP, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), SUMMARY);
    long seen = u.version() - 1;

    assertThatThrownBy(() -> service.approve(COORDINATOR, u.id(), seen))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(
            () -> service.returnForRevision(COORDINATOR, u.id(), seen, "Chiffres à préciser."))
        .isInstanceOf(StaleVersionException.class);

    assertThat(u.status()).isEqualTo(UpdateStatus.SUBMITTED);
    assertThat(service.approve(COORDINATOR, u.id(), u.version()).status())
        .isEqualTo(UpdateStatus.APPROVED);
  }

  private ProgressUpdateService service() {
    ProgressUpdateService s = new ProgressUpdateService();
    s.updates =
        fake(
            ProgressUpdateRepository.class,
            Map.of(
                "store", a -> store((ProgressUpdate) a[0]),
                "findById", a -> Optional.ofNullable(stored.get((Long) a[0]))));
    s.access = new OneEditorOneCoordinator();
    s.audit =
        fake(
            AuditTrail.class,
            Map.of(
                "record",
                a -> audited.add((AuditEntry) a[0]),
                "of",
                a -> audited.stream().filter(e -> a[0].equals(e.partnershipId())).toList()));
    s.events =
        fake(
            Event.class,
            Map.of(
                "fire",
                a -> {
                  fired.add((DomainEvent) a[0]);
                  return null;
                }));
    s.clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    return s;
  }

  /** Stores as a persistence context does: an id once, the version up on every store. */
  private ProgressUpdate store(ProgressUpdate u) {
    stores++;
    if (u.id() == null) {
      set(u, "id", 100L + stored.size());
    } else {
      set(u, "version", u.version() + 1);
    }
    stored.put(u.id(), u);
    return u;
  }

  private static void set(Object o, String name, Object value) {
    try {
      Field f = ProgressUpdate.class.getDeclaredField(name);
      f.setAccessible(true);
      f.set(o, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The partnership's access rules in small: the editor writes, the coordinator decides. */
  static final class OneEditorOneCoordinator extends PartnershipAccess {
    @Override
    public Partnership readable(Viewer v, long id) {
      return null;
    }

    @Override
    public boolean canEdit(Viewer v, Partnership p) {
      return v.equals(EDITOR);
    }

    @Override
    public boolean canDecideUpdates(Viewer v, Partnership p) {
      return v.equals(COORDINATOR);
    }

    @Override
    public void requireEdit(Viewer v, Partnership p) {
      if (!canEdit(v, p)) {
        throw new AccessDenied("partnership.edit", "Only its partners change a partnership.");
      }
    }

    @Override
    public void requireDecideUpdates(Viewer v, Partnership p) {
      if (!canDecideUpdates(v, p)) {
        throw new AccessDenied("update.decide", "Only its coordinators decide an update.");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T fake(
      Class<?> type, Map<String, java.util.function.Function<Object[], Object>> methods) {
    return (T)
        Proxy.newProxyInstance(
            ProgressUpdateServiceTest.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              java.util.function.Function<Object[], Object> f = methods.get(method.getName());
              if (f == null) {
                throw new UnsupportedOperationException(
                    type.getSimpleName() + "." + method.getName());
              }
              return f.apply(args);
            });
  }
}
