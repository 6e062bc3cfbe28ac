package org.wops.api.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.Source;
import org.wops.domain.shared.PartialDate;

/**
 * Where a partnership's facts come from, as a client gives it: a title, a web address or document
 * reference, a date at its precision and a note.
 */
public class SourceInput {
  @NotBlank(message = "is required")
  @Size(max = Source.TITLE_MAX, message = "can be at most {max} characters")
  public String title;

  @Size(max = Source.LINK_MAX, message = "can be at most {max} characters")
  public String link;

  public PartialDate dated;

  @Size(max = Source.NOTE_MAX, message = "can be at most {max} characters")
  public String note;

  /** The sources of a partnership (the whole list, in order). */
  public static class Sources {
    @NotNull(message = "is required (an empty list removes every source)")
    @Size(max = Partnership.LIST_MAX, message = "can list at most {max} sources")
    @Valid
    public List<SourceInput> sources;
  }

  static List<Source> toSources(List<SourceInput> inputs) {
    List<Source> sources = new ArrayList<>();
    if (inputs != null) {
      for (int i = 0; i < inputs.size(); i++) {
        SourceInput s = inputs.get(i);
        sources.add(new Source(s.title, s.link, s.dated, s.note, "sources[" + i + "]"));
      }
    }
    return sources;
  }
}
