package org.wops.domain.operator;

import java.util.List;
import java.util.Optional;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;

/** Where operators are kept. */
public interface OperatorRepository {

  /**
   * Keeps a new operator (its id is assigned) or the changes to a known one; returns the kept
   * operator.
   */
  Operator store(Operator operator);

  /**
   * Keeps a batch of new or changed operators of a large import, in the caller's transaction: their
   * ids are assigned, and the repository holds none of them afterwards, so that an import's cost
   * and memory grow with its batches, not with the square of its rows. Operators read before the
   * call are no longer tracked: store each batch before reading the next.
   */
  void storeBatch(List<Operator> operators);

  Optional<Operator> findById(long id);

  /**
   * Removes an operator (its contacts and other names with it); nothing else may refer to it any
   * more ({@link OperatorReferences#move}).
   */
  void remove(Operator operator);

  /** Every operator, sorted by name (for exports). */
  List<Operator> all();

  /** Operators sorted by name, one page at a time, with the total counted in the database. */
  Page<Operator> list(PageRequest pageRequest);

  /** The operators of one country, sorted by name. */
  List<Operator> inCountry(CountryCode country);

  /**
   * Operators one of whose names (name, short name, former or alternative names) or whose city
   * contains the text (any case), sorted by name, one page at a time.
   */
  Page<Operator> search(String text, PageRequest pageRequest);

  /**
   * Operators one of whose names or whose city contains the text (any case), sorted by name, at
   * most max.
   */
  List<Operator> find(String text, int max);
}
