package org.wops.domain.reference;

import java.util.List;
import java.util.Optional;

/** Where the secretariat's mappings of source labels are kept. */
public interface LabelMappingStore {
  Optional<LabelMapping> find(String normalised);

  /** Keeps a new mapping (or a label seen, not mapped). */
  void add(LabelMapping mapping);

  /** Every label, mapped or not, by label. */
  List<LabelMapping> all();

  /** Writes a change of mapping to the audit trail of the mappings. */
  void audit(String normalised, String fromCode, String toCode, String actor);
}
