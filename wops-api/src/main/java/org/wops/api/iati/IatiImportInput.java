package org.wops.api.iati;

import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * An IATI import given as JSON: the file's URL (or the file itself, {@code xml}), and the
 * secretariat's choices for participating organisations, by their name or IATI ref as written in
 * the file: the registered operator one of them is ({@code operators}, its id as a string), a
 * participant's role ({@code roles}: MENTOR, MENTEE, PEER or SUPPORTING), the registered
 * organisation one is ({@code organisations}), those that are no operator ({@code notOperators}),
 * and the activities confirmed as new although they likely repeat a recorded partnership ({@code
 * confirmNew}). (A class with annotated fields: see docs/DEVELOPING.md on Payara's OpenAPI.)
 */
public class IatiImportInput {
  public static final int XML_MAX = 1_000_000;

  /** https URL of an IATI activity file. */
  @Size(max = 2000, message = "can be at most {max} characters")
  public String url;

  /**
   * The IATI file itself (instead of a URL), at most {@value #XML_MAX} characters (a larger file,
   * up to 5 MB, goes as an application/xml body).
   */
  @Size(max = XML_MAX, message = "can be at most {max} characters")
  public String xml;

  @Size(max = 200, message = "can hold at most {max} choices")
  public Map<
          @Size(max = 300, message = "can be at most {max} characters") String,
          @Size(max = 19, message = "can be at most {max} characters") String>
      operators;

  @Size(max = 200, message = "can hold at most {max} choices")
  public Map<
          @Size(max = 300, message = "can be at most {max} characters") String,
          @Size(max = 20, message = "can be at most {max} characters") String>
      roles;

  @Size(max = 200, message = "can hold at most {max} choices")
  public Map<
          @Size(max = 300, message = "can be at most {max} characters") String,
          @Size(max = 19, message = "can be at most {max} characters") String>
      organisations;

  /**
   * Participating organisations (by name or IATI ref as in the file) that are no operator: the
   * secretariat's answer to an organisation the import could not resolve (a likely duplicate of an
   * operator, or an implementing organisation that matches none). Each is recorded as a supporting
   * organisation in its IATI role, registered with the import unless one of that name is.
   */
  @Size(max = 200, message = "can hold at most {max} organisations")
  public java.util.Set<@Size(max = 300, message = "can be at most {max} characters") String>
      notOperators;

  /**
   * Identifiers of activities to import as new WOPs although they likely repeat a recorded
   * partnership (the same operators and title): the secretariat confirms they are other WOPs.
   */
  @Size(max = 500, message = "can hold at most {max} identifiers")
  public java.util.Set<@Size(max = 300, message = "can be at most {max} characters") String>
      confirmNew;
}
