package org.wops.api.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.wops.domain.partnership.Budget;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.SupportingOrganisation;
import org.wops.domain.shared.PartialDate;

/**
 * A partnership's money in IATI 2.03 (issue 16, item 11), only what is true:
 *
 * <ul>
 *   <li>{@code budget} (type 1 original, status 1 indicative, in the budget's own currency): one
 *       per year its lines name (that year's funders added up), else one for its total over the
 *       planned (else actual) period when both ends are known. A total whose period is not known is
 *       said in a description of type 4 instead: a budget element needs a period, and none would be
 *       true.
 *   <li>a declared funding type and totals no budget element carries: a description of type 4 in
 *       English; the funding in the sources' words: a description of type 4 of its own, those words
 *       without a language beside the English that says what they are.
 *   <li>{@code transaction} type 11 (incoming commitment) for each supporter's contribution that
 *       the supporter or the secretariat confirmed, dated on its confirmation, from that supporter
 *       (provider-org). Unconfirmed amounts and the operators' own contributions (mostly staff
 *       time, in kind) are not transactions.
 * </ul>
 */
final class IatiMoney {
  private IatiMoney() {}

  /** The descriptions (type 4) of the budget and funding that no other element can carry. */
  static void describe(XMLStreamWriter x, Partnership p) throws XMLStreamException {
    Budget b = p.budget();
    StringBuilder said = new StringBuilder();
    if (b.fundingType().isPresent()) {
      said.append(
          switch (b.fundingType().get()) {
            case SELF_FUNDED -> "Self-financed by the partners.";
            case EXTERNALLY_SUPPORTED -> "Funded by supporting organisations.";
            case MIXED -> "Funded by the partners and supporting organisations.";
          });
    }
    BigDecimal years = b.byYear().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (!b.byYear().isEmpty() && b.total().isPresent() && years.compareTo(b.total().get()) != 0) {
      said.append(said.isEmpty() ? "" : " ")
          .append("Total budget: ")
          .append(b.currency().orElseThrow())
          .append(' ')
          .append(b.total().get().toPlainString())
          .append("; the yearly budgets give ")
          .append(years.toPlainString())
          .append(" of it.");
    }
    if (b.byYear().isEmpty() && b.total().isPresent() && period(p).isEmpty()) {
      said.append(said.isEmpty() ? "" : " ")
          .append("Total budget: ")
          .append(b.currency().orElseThrow())
          .append(' ')
          .append(b.total().get().toPlainString())
          .append("; the period it covers is not known.");
    }
    if (!said.isEmpty()) {
      x.writeStartElement("description");
      x.writeAttribute("type", "4");
      IatiNarratives.english(x, said.toString());
      x.writeEndElement();
    }
    if (b.fundingDescription().isPresent()) {
      // the sources' words, in a language nobody declared: beside the English, not inside it
      x.writeStartElement("description");
      x.writeAttribute("type", "4");
      IatiNarratives.worded(
          x,
          List.of(b.fundingDescription().get()),
          "How the WOP is funded: " + IatiNarratives.WORDS + ".");
      x.writeEndElement();
    }
  }

  /** The budget elements. */
  static void budgets(XMLStreamWriter x, Partnership p) throws XMLStreamException {
    Budget b = p.budget();
    if (b.currency().isEmpty()) {
      return;
    }
    Map<Integer, BigDecimal> years = b.byYear();
    if (!years.isEmpty()) {
      for (Map.Entry<Integer, BigDecimal> year : years.entrySet()) {
        budget(
            x,
            LocalDate.of(year.getKey(), 1, 1),
            LocalDate.of(year.getKey(), 12, 31),
            b.currency().get(),
            year.getValue());
      }
      return;
    }
    Optional<LocalDate[]> period = period(p);
    if (b.total().isPresent() && period.isPresent()) {
      budget(x, period.get()[0], period.get()[1], b.currency().get(), b.total().get());
    }
  }

  /** The transactions: confirmed supporters' contributions as incoming commitments. */
  static void transactions(
      XMLStreamWriter x, Partnership p, Function<Long, String> organisationName)
      throws XMLStreamException {
    for (SupportingOrganisation s : p.supporters()) {
      if (!s.confirmed() || s.contribution().isEmpty() || s.confirmedAt().isEmpty()) {
        continue;
      }
      LocalDate on = s.confirmedAt().get().toLocalDate();
      x.writeStartElement("transaction");
      x.writeEmptyElement("transaction-type");
      x.writeAttribute("code", "11");
      x.writeEmptyElement("transaction-date");
      x.writeAttribute("iso-date", on.toString());
      x.writeStartElement("value");
      x.writeAttribute("currency", p.currency());
      x.writeAttribute("value-date", on.toString());
      x.writeCharacters(s.contribution().get().toPlainString());
      x.writeEndElement();
      x.writeStartElement("description");
      IatiNarratives.english(x, "Contribution confirmed on the platform.");
      x.writeEndElement();
      x.writeStartElement("provider-org");
      IatiNarratives.undeclared(x, organisationName.apply(s.organisationId()));
      x.writeEndElement();
      x.writeEndElement();
    }
  }

  private static void budget(
      XMLStreamWriter x, LocalDate start, LocalDate end, String currency, BigDecimal amount)
      throws XMLStreamException {
    x.writeStartElement("budget");
    x.writeAttribute("type", "1");
    x.writeAttribute("status", "1");
    x.writeEmptyElement("period-start");
    x.writeAttribute("iso-date", start.toString());
    x.writeEmptyElement("period-end");
    x.writeAttribute("iso-date", end.toString());
    x.writeStartElement("value");
    x.writeAttribute("currency", currency);
    x.writeAttribute("value-date", start.toString());
    x.writeCharacters(amount.toPlainString());
    x.writeEndElement();
    x.writeEndElement();
  }

  /**
   * The period a total budget covers: the planned start's first day to the planned end's last (else
   * the actual ones), when both ends are known.
   */
  private static Optional<LocalDate[]> period(Partnership p) {
    Optional<PartialDate> start = p.plannedStart().or(p::actualStart);
    Optional<PartialDate> end = p.plannedEnd().or(p::actualEnd);
    return start.isPresent() && end.isPresent()
        ? Optional.of(new LocalDate[] {start.get().first(), end.get().last()})
        : Optional.empty();
  }
}
