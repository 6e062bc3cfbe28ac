package org.wops.domain.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wops.domain.audit.AuditEntry;
import org.wops.domain.audit.AuditTrail;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.ContactPerson;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.Language;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;
import org.wops.domain.user.Role;
import org.wops.domain.user.Viewer;

class OperatorMergeTest {
  private static final Viewer ADMIN = new Viewer("secretariat", Set.of(Role.ADMIN), null, null);
  private final Map<Long, Operator> stored = new HashMap<>();
  private final Map<Long, List<Long>> partnerships = new HashMap<>();
  private final List<String> moves = new ArrayList<>();
  private final List<AuditEntry> audit = new ArrayList<>();
  private final Map<Long, OperatorReferences.Merge> merges = new HashMap<>();
  private final Map<Long, List<Integer>> endorsed = new HashMap<>();

  private final OperatorMerge merge =
      new OperatorMerge(
          new Operators(),
          new OperatorReferences() {
            @Override
            public List<Long> partnershipsOf(long operatorId) {
              return partnerships.getOrDefault(operatorId, List.of());
            }

            @Override
            public Standing standingOf(long operatorId) {
              return new Standing(endorsed.getOrDefault(operatorId, List.of()), List.of());
            }

            @Override
            public Moved move(long from, long to) {
              moves.add(from + "->" + to);
              return new Moved(partnershipsOf(from), 1, 0);
            }

            @Override
            public void recordMerge(Merge m) {
              merges.put(m.absorbedId(), m);
            }

            @Override
            public Optional<Merge> mergeOf(long absorbedId) {
              return Optional.ofNullable(merges.get(absorbedId));
            }
          },
          new AuditTrail() {
            @Override
            public void record(AuditEntry entry) {
              audit.add(entry);
            }

            @Override
            public List<AuditEntry> of(long partnershipId) {
              return List.of();
            }

            @Override
            public List<AuditEntry> withAction(String action, String fromValuePrefix) {
              return audit.stream()
                  .filter(a -> a.action().equals(action))
                  .filter(a -> a.fromValue().startsWith(fromValuePrefix))
                  .toList();
            }
          },
          Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC));

  private Operator operator(long id, String name, String shortName, String country) {
    Operator o =
        new Operator(
            new OperatorDetails(
                name,
                shortName,
                OperatorKind.UTILITY,
                CountryCode.of(country),
                "City",
                ServiceScope.WATER,
                Ownership.PUBLIC),
            OffsetDateTime.now(ZoneOffset.UTC));
    try {
      Field f = Operator.class.getDeclaredField("id");
      f.setAccessible(true);
      f.set(o, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    stored.put(id, o);
    return o;
  }

  @Test
  void theDuplicatesNamesAndContactsMoveItsPartnershipsAreRecordedAndItIsRemoved() {
    Operator kept = operator(1, "Stadtentwässerung Dresden", null, "DE");
    Operator duplicate = operator(2, "Stadtentwaesserung Dresden GmbH", "SEDD", "DE");
    duplicate.addContact(new ContactPerson("Jana Müller", "jana@se-dresden.de", Language.EN, null));
    partnerships.put(2L, List.of(40L, 41L));

    OperatorMerge.Result r = merge.merge(ADMIN, 1, 2L, null);

    assertThat(r.partnerships()).containsExactly(40L, 41L);
    assertThat(kept.otherNames())
        .extracting(OtherName::name)
        .containsExactly("Stadtentwaesserung Dresden GmbH", "SEDD");
    assertThat(kept.otherNames()).allMatch(n -> n.kind() == OtherName.Kind.ALTERNATIVE);
    assertThat(kept.contactList().has("jana@se-dresden.de")).isTrue();
    assertThat(stored).doesNotContainKey(2L);
    assertThat(moves).containsExactly("2->1");
    assertThat(audit)
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.action()).isEqualTo("operator.merged"));
  }

  @Test
  void aMergedOperatorsNumberLeadsToTheOneKeptAlsoWhenThatOneWasMergedInTurn() {
    operator(1, "Société Béninoise des Eaux", null, "BJ");
    operator(2, "SOCIETE BENINOISE DES EAUX", null, "BJ");
    operator(3, "Societe Beninoise des Eaux (SONEB)", null, "BJ");
    partnerships.put(2L, List.of(40L));
    partnerships.put(3L, List.of(41L));
    merge.merge(ADMIN, 3, 2L, null);
    partnerships.put(3L, List.of(40L, 41L));

    assertThat(merge.keptInsteadOf(2)).map(Operator::id).contains(3L);
    merge.merge(ADMIN, 1, 3L, null);
    assertThat(merge.keptInsteadOf(2)).map(Operator::id).contains(1L);
    assertThat(merge.keptInsteadOf(3)).map(Operator::id).contains(1L);
    assertThat(merge.keptInsteadOf(1)).as("it exists").isEmpty();
    assertThat(merge.keptInsteadOf(99)).as("never merged").isEmpty();
  }

  @Test
  void aMergeOnAPreviewThatMovedSinceIsRefusedAndChangesNothing() {
    operator(1, "Régie Municipale de l’Eau de Bobo-Dioulasso", "RMEB", "BF");
    operator(2, "Regie Municipale de l'Eau de Bobo Dioulasso", "RMEB", "BF");
    OperatorMerge.Preview shown = merge.preview(ADMIN, 1, 2L);
    assertThat(shown.partnerships()).isEmpty();
    assertThat(shown.otherCountry()).isFalse();
    assertThat(shown.digest()).hasSize(16);
    partnerships.put(2L, List.of(81L));

    assertThatThrownBy(() -> merge.merge(ADMIN, 1, 2L, null, shown.digest()))
        .isInstanceOf(OperatorMerge.PreviewChanged.class)
        .isInstanceOf(org.wops.domain.shared.StaleVersionException.class)
        .hasMessageContaining("changed since the preview");
    assertThat(moves).isEmpty();
    assertThat(stored).containsKeys(1L, 2L);

    OperatorMerge.Preview now = merge.preview(ADMIN, 1, 2L);
    assertThat(now.digest()).isNotEqualTo(shown.digest());
    merge.merge(ADMIN, 1, 2L, null, now.digest());
    assertThat(stored.get(1L).otherNames())
        .as("RMEB is the kept operator's own short name")
        .extracting(OtherName::name)
        .containsExactly("Regie Municipale de l'Eau de Bobo Dioulasso");
    assertThat(merges.get(2L).keptId()).isEqualTo(1L);
    assertThatThrownBy(() -> merge.merge(ADMIN, 1, 2L, null))
        .hasFieldOrPropertyWithValue("code", "operator.merge.already-merged")
        .hasMessageContaining("Régie Municipale de l’Eau de Bobo-Dioulasso");
  }

  @Test
  void anEndorsementMadeSinceThePreviewRefusesTheMerge() {
    operator(1, "Office National de l’Eau et de l’Assainissement", "ONEA", "BF");
    operator(2, "Office National de l'Eau et de l'Assainissement (Ouagadougou)", null, "BF");
    OperatorMerge.Preview shown = merge.preview(ADMIN, 1, 2L);
    assertThat(shown.duplicateStanding().endorsedVersions()).isEmpty();
    endorsed.put(2L, List.of(3));

    assertThatThrownBy(() -> merge.merge(ADMIN, 1, 2L, null, shown.digest()))
        .isInstanceOf(OperatorMerge.PreviewChanged.class);
    assertThat(moves).isEmpty();
    OperatorMerge.Preview now = merge.preview(ADMIN, 1, 2L);
    assertThat(now.duplicateStanding().endorsedVersions()).containsExactly(3);
    merge.merge(ADMIN, 1, 2L, null, now.digest());
    assertThat(moves).containsExactly("2->1");
  }

  @Test
  void aDuplicateThatTookPartInNothingIsStillFoundByItsNumberAndAnotherCountryIsSaid() {
    operator(1, "Société Béninoise des Eaux", null, "BJ");
    operator(2, "Sénégalaise des Eaux", "SDE", "SN");
    operator(3, "SOCIETE BENINOISE DES EAUX", null, "BJ");
    assertThat(merge.preview(ADMIN, 1, 2L).otherCountry()).isTrue();
    merge.merge(ADMIN, 1, 3L, null);
    assertThat(audit).as("no partnership moved").isEmpty();
    assertThat(merge.keptInsteadOf(3)).map(Operator::id).contains(1L);
  }

  @Test
  void refusalsChangeNothing() {
    operator(1, "Công ty Cấp nước Đà Nẵng", null, "VN");
    operator(2, "Cong ty Cap nuoc Da Nang", null, "VN");
    partnerships.put(1L, List.of(7L, 8L));
    partnerships.put(2L, List.of(8L));
    Viewer editor = new Viewer("editor", Set.of(Role.OPERATOR_EDITOR), Set.of(1L, 2L), null);

    assertThatThrownBy(() -> merge.merge(editor, 1, 2L, null)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> merge.merge(ADMIN, 1, 1L, null))
        .hasFieldOrPropertyWithValue("code", "operator.merge.itself");
    assertThatThrownBy(() -> merge.merge(ADMIN, 1, 3L, null))
        .hasFieldOrPropertyWithValue("code", "operator.merge.duplicate.unknown");
    assertThatThrownBy(() -> merge.merge(ADMIN, 3, 1L, null)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> merge.merge(ADMIN, 1, 2L, OtherName.Kind.FORMER))
        .isInstanceOf(DomainRuleViolation.class)
        .hasFieldOrPropertyWithValue("code", "operator.merge.both-take-part")
        .hasMessageContaining("[8]");
    assertThat(moves).isEmpty();
    assertThat(stored).containsKeys(1L, 2L);
    assertThat(audit).isEmpty();
  }

  /** Operators in a map. */
  private final class Operators implements OperatorRepository {
    @Override
    public Operator store(Operator operator) {
      stored.put(operator.id(), operator);
      return operator;
    }

    @Override
    public void storeBatch(List<Operator> operators) {
      operators.forEach(this::store);
    }

    @Override
    public Optional<Operator> findById(long id) {
      return Optional.ofNullable(stored.get(id));
    }

    @Override
    public void remove(Operator operator) {
      stored.remove(operator.id());
    }

    @Override
    public List<Operator> all() {
      return List.copyOf(stored.values());
    }

    @Override
    public Page<Operator> list(PageRequest pageRequest) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Operator> inCountry(CountryCode country) {
      return all();
    }

    @Override
    public Page<Operator> search(String text, PageRequest pageRequest) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Operator> find(String text, int max) {
      return List.of();
    }
  }
}
