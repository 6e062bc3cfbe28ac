package org.wops.domain.operator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.ContactPerson;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;
import org.wops.domain.user.Role;
import org.wops.domain.user.Viewer;

/**
 * Use cases on operators: register one, edit one, read one, list and search them. Each call is one
 * transaction.
 */
@ApplicationScoped
@Transactional
public class OperatorService {

  private OperatorRepository operators;
  private Clock clock;

  protected OperatorService() {
    // for CDI proxies
  }

  @Inject
  public OperatorService(OperatorRepository operators, Clock clock) {
    this.operators = Objects.requireNonNull(operators, "operators is required");
    this.clock = Objects.requireNonNull(clock, "clock is required");
  }

  /** Registers a new operator; refuses details that break a rule, and then stores nothing. */
  public Operator register(OperatorDetails details) {
    return operators.store(new Operator(details, OffsetDateTime.now(clock)));
  }

  /** What an import did: how many operators it created, changed, and left as they were. */
  public record ImportResult(int created, int updated, int unchanged) {}

  /**
   * Creates the new operators and edits the known ones, in one transaction: all of them, or none
   * when one is refused (an unknown id is "not found"; a change of an operator the caller does not
   * maintain, 403).
   */
  public ImportResult importAll(Viewer by, java.util.List<OperatorChange> changes) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    java.util.List<Operator> batch = new java.util.ArrayList<>();
    for (OperatorChange change : changes) {
      if (change.isNew()) {
        batch.add(new Operator(change.details(), now));
        created++;
      } else {
        Operator operator = get(change.id());
        if (operator.details().equals(change.details())) {
          unchanged++;
        } else {
          if (!maintains(by, operator.id())) {
            throw new AccessDenied(
                "access.operator.edit",
                "Only operator "
                    + operator.id()
                    + "'s own editors and the secretariat change its details (an import may"
                    + " create operators and leave the others as exported).");
          }
          operator.edit(change.details());
          batch.add(operator);
          updated++;
        }
      }
      if (batch.size() == IMPORT_BATCH) {
        operators.storeBatch(batch);
        batch.clear();
      }
    }
    operators.storeBatch(batch);
    return new ImportResult(created, updated, unchanged);
  }

  /** How many operators an import keeps at once (see {@link OperatorRepository#storeBatch}). */
  static final int IMPORT_BATCH = 500;

  /**
   * The other operators of its country that are likely the same ({@link LikelySameOperator}: one of
   * their names the same, or found in one of its names as whole words, accents, case and legal
   * forms aside), sorted by name: what registering or editing it shows, and what the secretariat
   * may merge.
   */
  public java.util.List<Operator> likelyDuplicates(Operator operator) {
    LikelySameOperator names = LikelySameOperator.of(operator.details());
    return operators.inCountry(operator.country()).stream()
        .filter(o -> !o.id().equals(operator.id()))
        .filter(o -> names.likelySame(LikelySameOperator.of(o.details())))
        .toList();
  }

  /**
   * Replaces an operator's details (its other names with them); the operator's own editors and the
   * secretariat do so.
   */
  public Operator edit(Viewer by, long id, OperatorDetails details) {
    return edit(by, id, null, details);
  }

  /**
   * Replaces the operator's details if it is still at {@code expectedVersion} (null: whatever its
   * version), checked in this transaction: an edit made to an older read is refused, not applied
   * over someone else's.
   */
  public Operator edit(Viewer by, long id, Long expectedVersion, OperatorDetails details) {
    Operator operator = get(id);
    if (!by.isAdmin() && !(by.has(Role.OPERATOR_EDITOR) && by.operatorIds().contains(id))) {
      throw new AccessDenied(
          "access.operator.edit", "Only the operator's own editors and the secretariat edit it.");
    }
    if (expectedVersion != null && expectedVersion != operator.version()) {
      throw new org.wops.domain.shared.StaleVersionException(
          "operator", id, expectedVersion, operator.version());
    }
    operator.edit(details);
    return operators.store(operator);
  }

  /**
   * Operators one of whose names (name, short name, former or alternative names) or whose city
   * contains the text, any case, sorted by name, one page at a time.
   */
  public Page<Operator> search(String text, PageRequest pageRequest) {
    return text == null || text.isBlank()
        ? operators.list(pageRequest)
        : operators.search(text, pageRequest);
  }

  /** The ids of every operator (an import checks the ids its rows carry). */
  public java.util.Set<Long> ids() {
    return operators.all().stream().map(Operator::id).collect(java.util.stream.Collectors.toSet());
  }

  /** Adds a person to write to (mails go to the operator's contacts, in their language). */
  /**
   * Adds a contact person: contacts receive mail about the operator's partnerships, unpublished
   * ones too, so only those who act for the operator (its own editors) and the secretariat name
   * them.
   */
  public Operator addContact(Viewer by, long id, ContactPerson contact) {
    Operator operator = get(id);
    if (!maintains(by, id)) {
      throw new AccessDenied(
          "access.operator.contacts",
          "Only the operator's own editors and the secretariat maintain its contacts.");
    }
    operator.addContact(contact);
    return operators.store(operator);
  }

  /** Whether the caller maintains the operator: its own editors and the secretariat. */
  private static boolean maintains(Viewer by, long id) {
    return by.isAdmin() || (by.has(Role.OPERATOR_EDITOR) && by.operatorIds().contains(id));
  }

  /** The operator with this id; {@link NotFoundException} when there is none. */
  /** Operators whose name or city contains the text, sorted by name (for pickers). */
  public java.util.List<Operator> find(String text, int max) {
    return operators.find(text, max);
  }

  public Operator get(long id) {
    return operators.findById(id).orElseThrow(() -> new NotFoundException("operator", id));
  }

  /** Every operator, sorted by name (for exports). */
  public java.util.List<Operator> all() {
    return operators.all();
  }

  public Page<Operator> list(PageRequest pageRequest) {
    return operators.list(pageRequest);
  }
}
