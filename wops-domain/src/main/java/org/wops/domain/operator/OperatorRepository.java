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

  Optional<Operator> findById(long id);

  /** Every operator, sorted by name (for exports). */
  List<Operator> all();

  /** Operators sorted by name, one page at a time, with the total counted in the database. */
  Page<Operator> list(PageRequest pageRequest);

  /** Operators whose name or city contains the text (any case), sorted by name, at most max. */
  List<Operator> find(String text, int max);
}
