package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.RuleChecks;
import org.wops.domain.shared.Texts;

/**
 * Where a partnership's facts come from (issue 16, item 8): a source's title ("GWOPA WOP profile",
 * "Rapport annuel 2014 de l’ONEA"), its address or document reference, its date at the precision it
 * gives, and a note of what it says. The profile shows them ("according to …"). Immutable.
 */
@Embeddable
public class Source {
  public static final int TITLE_MAX = 300;
  public static final int LINK_MAX = 2000;
  public static final int NOTE_MAX = 2000;

  @Column(name = "title", nullable = false, length = TITLE_MAX)
  private String title;

  @Column(name = "link", length = LINK_MAX)
  private String link;

  @Column(name = "dated")
  private LocalDate dated;

  @Enumerated(EnumType.STRING)
  @Column(name = "dated_precision", length = 5)
  private PartialDate.Precision datedPrecision;

  @Column(name = "note", length = NOTE_MAX)
  private String note;

  protected Source() {
    // for JPA
  }

  /**
   * A source; refused (every broken rule at once) without a title, with a link that is not a web
   * address (http or https), or with a date no column keeps.
   *
   * @param field where the source stands in the caller's input ("sources[1]"), for the messages
   */
  public Source(String title, String link, PartialDate dated, String note, String field) {
    RuleChecks checks = new RuleChecks();
    String t =
        checks.check(
            () ->
                Texts.required(
                    title,
                    "partnership.source.title",
                    field + ".title",
                    "A source's title",
                    TITLE_MAX));
    String l =
        checks.check(
            () -> {
              String given =
                  Texts.optional(
                      link,
                      "partnership.source.link",
                      field + ".link",
                      "A source's link",
                      LINK_MAX);
              if (given != null && !WebLinks.isWebAddress(given)) {
                WebLinks.blanksEncoded(given)
                    .ifPresent(
                        encoded -> {
                          throw new DomainRuleViolation(
                              "partnership.source.link.space",
                              field + ".link",
                              "A link holds no space: write each space as %20 ("
                                  + encoded
                                  + "), or check that the link was copied whole.",
                              given,
                              encoded);
                        });
                throw new DomainRuleViolation(
                    "partnership.source.link",
                    field + ".link",
                    "A source's link is a web address starting with http:// or https://.",
                    given);
              }
              return given;
            });
    checks.check(
        () -> {
          PartialDate.requireKept(dated, field + ".dated");
          return Boolean.TRUE;
        });
    String n =
        checks.check(
            () ->
                Texts.optional(
                    note, "partnership.source.note", field + ".note", "A source's note", NOTE_MAX));
    checks.done();
    this.title = t;
    this.link = l;
    this.dated = dated == null ? null : dated.first();
    this.datedPrecision = dated == null ? null : dated.precision();
    this.note = n;
  }

  public String title() {
    return title;
  }

  public Optional<String> link() {
    return Optional.ofNullable(link);
  }

  public Optional<PartialDate> dated() {
    return Optional.ofNullable(PartialDate.stored(dated, datedPrecision));
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Source s
        && title.equals(s.title)
        && Objects.equals(link, s.link)
        && Objects.equals(dated(), s.dated())
        && Objects.equals(note, s.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, link, dated, note);
  }
}
