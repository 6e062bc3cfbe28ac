package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.wops.domain.shared.RetryOnConflict;
import org.wops.domain.user.Viewer;

/**
 * Partnerships loaded from a file: an export edited in a spreadsheet and loaded back, or WOPs
 * recorded in another registry. A row with an id changes that partnership, and only what differs,
 * through the same use cases as every other change (so the rules, the access checks, the audit
 * trail and the mail hold); a row without one records a new partnership, identified (or proposed,
 * when its status says so), as any proposer would. An unchanged row changes nothing: no new
 * version, no audit entry, no mail. The status column moves a partnership one step along its
 * lifecycle under the Charter's rules; the publication is the secretariat's and no import changes
 * it.
 *
 * <p>{@link #check} tries every row on its own, in a transaction that is always rolled back, so
 * that the report names every refused row with the real rule; {@link #importAll} then makes every
 * row in one transaction: nothing is stored when one is refused.
 */
@ApplicationScoped
public class PartnershipImport {

  /**
   * One row of the file, as read: {@code id} and {@code version} as exported (empty for a new
   * partnership); {@code status} and {@code published} null when the file leaves them empty. {@code
   * absent} names what the file does not carry at all (a column it lacks, by the names of {@link
   * #FIELDS}): on an existing partnership that stays as it is, where an empty cell empties it.
   * {@code results} and {@code sources}: the whole lists as the file gives them, or null when the
   * file does not carry them (kept as they are).
   */
  public record Row(
      long line,
      Long id,
      Long version,
      String typeId,
      PartnershipStatus status,
      Boolean published,
      PartnershipDetails details,
      List<Participant> participants,
      List<SupportingOrganisation> supporters,
      Budget budget,
      java.util.Set<String> absent,
      List<org.wops.domain.partnership.Result> results,
      List<Source> sources) {
    public Row {
      participants = participants == null ? List.of() : List.copyOf(participants);
      supporters = supporters == null ? List.of() : List.copyOf(supporters);
      budget = budget == null ? Budget.none() : budget;
      absent = absent == null ? java.util.Set.of() : java.util.Set.copyOf(absent);
      results = results == null ? null : List.copyOf(results);
      sources = sources == null ? null : List.copyOf(sources);
    }

    /** A row that does not carry results or sources (they stay as they are). */
    public Row(
        long line,
        Long id,
        Long version,
        String typeId,
        PartnershipStatus status,
        Boolean published,
        PartnershipDetails details,
        List<Participant> participants,
        List<SupportingOrganisation> supporters,
        Budget budget,
        java.util.Set<String> absent) {
      this(
          line,
          id,
          version,
          typeId,
          status,
          published,
          details,
          participants,
          supporters,
          budget,
          absent,
          null,
          null);
    }

    public Row(
        long line,
        Long id,
        Long version,
        String typeId,
        PartnershipStatus status,
        Boolean published,
        PartnershipDetails details,
        List<Participant> participants,
        List<SupportingOrganisation> supporters,
        java.util.Set<String> absent) {
      this(
          line,
          id,
          version,
          typeId,
          status,
          published,
          details,
          participants,
          supporters,
          Budget.none(),
          absent);
    }

    public Row(
        long line,
        Long id,
        Long version,
        String typeId,
        PartnershipStatus status,
        Boolean published,
        PartnershipDetails details,
        List<Participant> participants,
        List<SupportingOrganisation> supporters) {
      this(
          line,
          id,
          version,
          typeId,
          status,
          published,
          details,
          participants,
          supporters,
          java.util.Set.of());
    }
  }

  /** What a file may leave out ({@link Row#absent}). */
  public static final List<String> FIELDS =
      List.of(
          "title",
          "objectives",
          "titleLanguage",
          "objectivesLanguage",
          "approach",
          "expectedOutcomes",
          "currency",
          "workingAreas",
          "countries",
          "plannedStart",
          "plannedEnd",
          "actualStart",
          "actualEnd",
          "participants",
          "supporters",
          "cashContribution",
          "inKindContribution",
          "contribution",
          "roleDescription",
          "budget");

  /** What a row did. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /** How many rows created, updated or left a partnership as it was. */
  public record Result(int created, int updated, int unchanged) {
    Result plus(Outcome o) {
      return new Result(
          created + (o == Outcome.CREATED ? 1 : 0),
          updated + (o == Outcome.UPDATED ? 1 : 0),
          unchanged + (o == Outcome.UNCHANGED ? 1 : 0));
    }
  }

  /**
   * A row refused: its line, the column at fault, the rule (a domain rule's code, or an access code
   * when {@code forbidden}) and what is wrong.
   */
  public static final class RowRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final String column;
    private final String rule;
    private final boolean forbidden;
    private final transient Object[] arguments;
    private final transient List<RowRefused> others = new ArrayList<>();

    public RowRefused(long line, String column, String rule, String message, boolean forbidden) {
      this(line, column, rule, message, forbidden, new Object[0]);
    }

    /** A refusal with the values the rule names (a domain rule's arguments, for its words). */
    public RowRefused(
        long line,
        String column,
        String rule,
        String message,
        boolean forbidden,
        Object[] arguments) {
      super(message);
      this.line = line;
      this.column = column;
      this.rule = rule;
      this.forbidden = forbidden;
      this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** This refusal with the other rules the same row breaks. */
    RowRefused alongWith(List<RowRefused> more) {
      others.addAll(more);
      return this;
    }

    /** This refusal and the other rules the same row breaks, in the order they were found. */
    public List<RowRefused> withOthers() {
      List<RowRefused> all = new ArrayList<>();
      all.add(this);
      if (others != null) {
        all.addAll(others);
      }
      return all;
    }

    /** The values the broken rule names, as its words in the bundles fill them in. */
    public Object[] arguments() {
      return arguments == null ? new Object[0] : arguments.clone();
    }

    public long line() {
      return line;
    }

    public String column() {
      return column;
    }

    public String rule() {
      return rule;
    }

    /** Whether the caller may not make this change (rather than the change being invalid). */
    public boolean forbidden() {
      return forbidden;
    }
  }

  @Inject PartnershipImportRows rows;

  /** What a check found: the refused rows, and what the others would do. */
  public record Check(List<RowRefused> refused, Result result) {}

  /**
   * Every row tried on its own and rolled back: the refusals, in the file's order (none: every row
   * can be imported as the platform stands now), and what the other rows would do.
   */
  public Check check(Viewer viewer, List<Row> rows, String actor) {
    List<RowRefused> refused = new ArrayList<>();
    Result result = new Result(0, 0, 0);
    for (Row row : rows) {
      try {
        this.rows.trial(viewer, row, actor);
      } catch (PartnershipImportRows.Tried done) {
        // the row can be made; its transaction was rolled back
        result = result.plus(done.outcome());
      } catch (RowRefused r) {
        refused.addAll(r.withOthers());
      }
    }
    return new Check(refused, result);
  }

  /**
   * Makes every row in one transaction (a refused row, {@link RowRefused}, leaves nothing stored).
   */
  @Transactional
  @RetryOnConflict
  public Result importAll(Viewer viewer, List<Row> rows, String actor) {
    Result result = new Result(0, 0, 0);
    for (Row row : rows) {
      result = result.plus(this.rows.apply(viewer, row, actor));
    }
    return result;
  }
}
