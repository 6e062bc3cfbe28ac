package org.wops.api.iati;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.wops.domain.partnership.Indicator;
import org.wops.domain.partnership.IndicatorTarget;
import org.wops.domain.partnership.IndicatorValue;
import org.wops.domain.partnership.Participant;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.Result;
import org.wops.domain.partnership.ResultIndicator;
import org.wops.domain.partnership.ResultKind;
import org.wops.domain.partnership.ResultPoint;
import org.wops.domain.partnership.SupporterRole;
import org.wops.domain.partnership.SupportingOrganisation;
import org.wops.domain.partnership.WorkOutput;
import org.wops.domain.shared.PartialDate;

/**
 * Published partnerships as IATI 2.03 activities (StAX, elements in the order the schema requires):
 * participating organisations with IATI roles (1 funding, 2 accountable, 3 extending, 4
 * implementing — mentors and mentees are implementing, their WOP role kept in a {@value #WOPS_NS}
 * extension; supporters as {@link #iatiRole}, their WOP role and its description in the same
 * extension, and those whose role IATI has no code for in a description of type 4), activity
 * status, dates, recipient countries, DAC sector 14081 (education and training in water supply and
 * sanitation), the title and description in their own languages with their translations (each
 * narrative its {@code xml:lang}; no default language on the activity, see {@link IatiNarratives}),
 * the agreement's evidence and the sources as {@link IatiDocuments document links}, and results:
 * each KPI indicator with its unit as measure (2 percentage, 1 unit), baseline, and a period per
 * target year with the year's latest actual value; each output of the work plan (type 1); each
 * result the partnership reports ({@link #result(XMLStreamWriter, Result) statements}, measured or
 * not).
 */
final class IatiWriter {
  /**
   * xs:dateTime with its seconds always written: {@code OffsetDateTime.toString()} leaves out ":00"
   * at a whole minute ("2026-11-27T04:06Z"), which the IATI schema refuses.
   */
  static final java.time.format.DateTimeFormatter XSD_DATE_TIME =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  static final String WOPS_NS = "urn:wops:iati-extension";
  private static final String SECTOR_WATER_TRAINING = "14081";

  /** Who publishes the data (IATI reporting organisation). */
  record ReportingOrg(String ref, String type, String name) {}

  private IatiWriter() {}

  static String write(
      List<Partnership> partnerships,
      ReportingOrg reporter,
      Function<Long, String> operatorName,
      Function<Long, String> operatorCountry,
      Function<Long, String> organisationName,
      Function<String, String> kpiName) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("iati-activities");
      x.writeAttribute("version", "2.03");
      x.writeAttribute(
          "generated-datetime", XSD_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC)));
      x.writeNamespace("wops", WOPS_NS);
      for (Partnership p : partnerships) {
        activity(x, p, reporter, operatorName, operatorCountry, organisationName, kpiName);
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write the IATI export", e);
    }
    return out.toString();
  }

  private static void activity(
      XMLStreamWriter x,
      Partnership p,
      ReportingOrg reporter,
      Function<Long, String> operatorName,
      Function<Long, String> operatorCountry,
      Function<Long, String> organisationName,
      Function<String, String> kpiName)
      throws XMLStreamException {
    x.writeStartElement("iati-activity");
    // no default language: the names, statements and notes of the activity are in languages nobody
    // declared, and would inherit it. Each narrative whose language is known says it itself.
    x.writeAttribute("default-currency", p.currency());
    x.writeAttribute("hierarchy", "1");
    text(x, "iati-identifier", reporter.ref() + "-WOP-" + p.id());
    x.writeStartElement("reporting-org");
    x.writeAttribute("ref", reporter.ref());
    x.writeAttribute("type", reporter.type());
    // the platform's own name, in English whatever the activity's language
    english(x, reporter.name());
    x.writeEndElement();
    x.writeStartElement("title");
    IatiNarratives.written(x, p.titleText());
    x.writeEndElement();
    x.writeStartElement("description");
    x.writeAttribute("type", "1");
    IatiNarratives.written(x, p.objectivesText());
    x.writeEndElement();
    uncodedSupporters(x, p, organisationName);
    IatiMoney.describe(x, p);
    for (SupportingOrganisation s : p.supporters()) {
      Optional<String> role = iatiRole(s.role());
      if (role.isEmpty()) {
        continue;
      }
      x.writeStartElement("participating-org");
      x.writeAttribute("role", role.get());
      IatiNarratives.undeclared(x, organisationName.apply(s.organisationId()));
      x.writeStartElement("wops", "role", WOPS_NS);
      x.writeCharacters(s.role().name());
      x.writeEndElement();
      if (s.roleDescription().isPresent()) {
        x.writeStartElement("wops", "role-description", WOPS_NS);
        x.writeCharacters(s.roleDescription().get());
        x.writeEndElement();
      }
      x.writeEndElement();
    }
    for (Participant participant : p.participants()) {
      x.writeStartElement("participating-org");
      x.writeAttribute("role", "4");
      IatiNarratives.undeclared(x, operatorName.apply(participant.operatorId()));
      x.writeStartElement("wops", "role", WOPS_NS);
      x.writeCharacters(participant.role().name());
      x.writeEndElement();
      x.writeEndElement();
    }
    x.writeEmptyElement("activity-status");
    x.writeAttribute(
        "code",
        switch (p.status()) {
          case IDENTIFIED, PROPOSED, AGREED -> "1";
          // UNKNOWN: IATI has no code for it; its record was last reported ongoing
          case ACTIVE, UNKNOWN -> "2";
          case COMPLETED -> "3";
          case EVALUATED -> "4";
          case CANCELLED -> "5";
          case SUSPENDED -> "6";
        });
    boolean anyDate = false;
    anyDate |= date(x, "1", p.plannedStart());
    anyDate |= date(x, "2", p.actualStart());
    anyDate |= date(x, "3", p.plannedEnd());
    anyDate |= date(x, "4", p.actualEnd());
    if (!anyDate) {
      // IATI needs a start date; none is known, so the day it was recorded is written, and said
      x.writeStartElement("activity-date");
      x.writeAttribute("type", "1");
      x.writeAttribute("iso-date", p.createdAt().toLocalDate().toString());
      x.writeStartElement("narrative");
      x.writeAttribute("xml:lang", "en");
      x.writeCharacters(
          "No date is known: this is the day the partnership was recorded on the platform.");
      x.writeEndElement();
      x.writeEndElement();
    }
    List<String> recipients = recipientCountries(p, operatorCountry);
    for (int i = 0; i < recipients.size(); i++) {
      x.writeEmptyElement("recipient-country");
      x.writeAttribute("code", recipients.get(i));
      if (recipients.size() > 1) {
        x.writeAttribute("percentage", share(recipients.size(), i).toPlainString());
      }
    }
    x.writeEmptyElement("sector");
    x.writeAttribute("vocabulary", "1");
    x.writeAttribute("code", SECTOR_WATER_TRAINING);
    IatiMoney.budgets(x, p);
    IatiMoney.transactions(x, p, organisationName);
    IatiDocuments.write(x, p);
    for (Indicator i : p.indicators()) {
      result(x, i, kpiName.apply(i.kpiCode()));
    }
    for (WorkOutput o : p.outputs()) {
      output(x, o, p.actualStart().or(p::plannedStart));
    }
    for (Result r : p.results()) {
      result(x, r);
    }
    x.writeEndElement();
  }

  /**
   * An expected output of the work plan: a result of type 1 (output) whose indicator counts it in
   * its unit (measure 1), with the quantity as the target of the period that ends on its completion
   * date (and begins when the partnership began, or on that date when the start is unknown or
   * later); its means of verification as the description.
   */
  private static void output(XMLStreamWriter x, WorkOutput o, Optional<PartialDate> start)
      throws XMLStreamException {
    x.writeStartElement("result");
    x.writeAttribute("type", "1");
    x.writeStartElement("title");
    IatiNarratives.undeclared(x, o.title());
    x.writeEndElement();
    x.writeStartElement("description");
    IatiNarratives.worded(
        x,
        List.of(o.meansOfVerification()),
        "The output's means of verification: " + IatiNarratives.WORDS + ".");
    x.writeEndElement();
    x.writeStartElement("indicator");
    x.writeAttribute("measure", "1");
    x.writeStartElement("title");
    IatiNarratives.undeclared(x, o.title() + " (" + o.unit() + ")");
    x.writeEndElement();
    LocalDate end = o.completionDate();
    LocalDate begin = start.map(PartialDate::first).filter(d -> !d.isAfter(end)).orElse(end);
    x.writeStartElement("period");
    x.writeEmptyElement("period-start");
    x.writeAttribute("iso-date", begin.toString());
    x.writeEmptyElement("period-end");
    x.writeAttribute("iso-date", end.toString());
    x.writeEmptyElement("target");
    x.writeAttribute("value", plain(o.quantity()));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
  }

  /**
   * A result the partnership reports: type 1 for an output, 2 for an outcome, and 2 for a capacity
   * change too (IATI's ResultType has output, outcome, impact and other; a capacity change is an
   * outcome for the utility, said in the description and kept in a {@value #WOPS_NS} {@code kind}
   * extension). Its indicator (every IATI result needs one; a statement alone gets a qualitative
   * one titled by the statement) is measured 2 (percentage) or 1 (unit) when it states numbers and
   * 5 (qualitative, no {@code value}) when it does not; words go to a {@code comment}. The baseline
   * writes its year (and its day when known to the day or the month, the month's first day,
   * marked); a target or an actual is the {@code period} its date names (first to last day, marked
   * when not a day); a point without a date is said in the indicator's description.
   */
  private static void result(XMLStreamWriter x, Result r) throws XMLStreamException {
    x.writeStartElement("result");
    x.writeAttribute("type", r.kind() == ResultKind.OUTPUT ? "1" : "2");
    x.writeStartElement("title");
    IatiNarratives.undeclared(x, r.statement());
    x.writeEndElement();
    if (r.kind() == ResultKind.CAPACITY_CHANGE) {
      x.writeStartElement("description");
      english(
          x,
          "A capacity change (what the partners' people and organisations can now do), reported"
              + " as an outcome.");
      x.writeEndElement();
    }
    ResultIndicator i = r.indicator().orElse(new ResultIndicator(null, null, null, null, null));
    boolean numbers = i.quantitative();
    x.writeStartElement("indicator");
    x.writeAttribute(
        "measure", !numbers ? "5" : i.unit() != null && i.unit().startsWith("%") ? "2" : "1");
    x.writeStartElement("title");
    String title = i.title() == null ? r.statement() : i.title();
    IatiNarratives.undeclared(
        x, numbers && i.unit() != null ? title + " (" + i.unit() + ")" : title);
    x.writeEndElement();
    undated(x, i);
    ResultPoint b = i.baseline();
    if (b != null && b.dated() != null) {
      PartialDate d = b.dated();
      x.writeStartElement("baseline");
      if (d.precision() != PartialDate.Precision.YEAR) {
        x.writeAttribute("iso-date", d.first().toString());
      }
      x.writeAttribute("year", String.valueOf(d.first().getYear()));
      if (b.value() != null) {
        x.writeAttribute("value", plain(b.value()));
      }
      // IATI keeps a baseline's year and day, not its month: a month is said beside the words
      comment(x, b.note(), d.precision() == PartialDate.Precision.MONTH ? d : null);
      x.writeEndElement();
    }
    ResultPoint t = i.target() != null && i.target().dated() != null ? i.target() : null;
    ResultPoint a = i.actual() != null && i.actual().dated() != null ? i.actual() : null;
    if (t != null && a != null && t.dated().equals(a.dated())) {
      period(x, t.dated(), t, a);
    } else {
      if (t != null) {
        period(x, t.dated(), t, null);
      }
      if (a != null) {
        period(x, a.dated(), null, a);
      }
    }
    x.writeEndElement();
    x.writeStartElement("wops", "kind", WOPS_NS);
    x.writeCharacters(r.kind().name());
    x.writeEndElement();
    x.writeEndElement();
  }

  /**
   * The points IATI cannot date (a target or an actual is a period; a baseline has a year): said in
   * the indicator's description, their values in English ("Without a date: Target 85 (in words)"),
   * their words as the sources' beside it, in the same order.
   */
  private static void undated(XMLStreamWriter x, ResultIndicator i) throws XMLStreamException {
    List<String> said = new java.util.ArrayList<>();
    List<String> words = new java.util.ArrayList<>();
    String[] names = {"Baseline", "Target", "Actual"};
    ResultPoint[] points = {i.baseline(), i.target(), i.actual()};
    for (int n = 0; n < points.length; n++) {
      ResultPoint p = points[n];
      if (p == null || p.dated() != null) {
        continue;
      }
      said.add(
          names[n]
              + (p.value() == null ? "" : " " + plain(p.value()))
              + (p.note() == null ? "" : " (in words)"));
      if (p.note() != null) {
        words.add(p.note());
      }
    }
    if (said.isEmpty()) {
      return;
    }
    x.writeStartElement("description");
    IatiNarratives.worded(
        x,
        words,
        "Without a date: "
            + String.join("; ", said)
            + "."
            + (words.isEmpty()
                ? ""
                : words.size() == 1
                    ? " The sources' words are the narrative without a language."
                    : " The sources' words are the narratives without a language, in this order."));
    x.writeEndElement();
  }

  /** The period a date names, its first to its last day, with the target and actual of it. */
  private static void period(
      XMLStreamWriter x, PartialDate d, ResultPoint target, ResultPoint actual)
      throws XMLStreamException {
    x.writeStartElement("period");
    x.writeEmptyElement("period-start");
    x.writeAttribute("iso-date", d.first().toString());
    x.writeEmptyElement("period-end");
    x.writeAttribute("iso-date", d.last().toString());
    for (String element : new String[] {"target", "actual"}) {
      ResultPoint p = element.equals("target") ? target : actual;
      if (p == null) {
        continue;
      }
      x.writeStartElement(element);
      if (p.value() != null) {
        x.writeAttribute("value", plain(p.value()));
      }
      // the period's first and last days say the date's precision (a year, a month): no words
      comment(x, p.note(), null);
      x.writeEndElement();
    }
    x.writeEndElement();
  }

  /**
   * A comment with the source's words (no language claimed) and, for a date IATI cannot say at its
   * precision, that precision in English, a narrative of its own ("Known to the month: 2014-06").
   */
  private static void comment(XMLStreamWriter x, String note, PartialDate partial)
      throws XMLStreamException {
    String marked = partial == null ? null : known(partial);
    if (note == null && marked == null) {
      return;
    }
    x.writeStartElement("comment");
    if (note != null) {
      IatiNarratives.undeclared(x, note);
    }
    if (marked != null) {
      IatiNarratives.english(x, marked);
    }
    x.writeEndElement();
  }

  /** "Known to the year: 2012", "Known to the month: 2014-06". */
  private static String known(PartialDate d) {
    return (d.precision() == PartialDate.Precision.YEAR
            ? "Known to the year: "
            : "Known to the month: ")
        + d;
  }

  /**
   * The IATI 2.03 organisation role a supporter's role is: 1 funding (funders), 2 accountable, 3
   * extending (the facilitating platform or programme and a broker, who steer the partnership for
   * its funders), 4 implementing (an implementing agency, technical support: they carry out part of
   * the work); none for political support and other roles, which neither fund, answer for, steer
   * nor carry out the activity: no code would be true.
   */
  static Optional<String> iatiRole(SupporterRole role) {
    return Optional.ofNullable(
        switch (role) {
          case FUNDER -> "1";
          case ACCOUNTABLE -> "2";
          case FACILITATOR, BROKER -> "3";
          case IMPLEMENTING_AGENCY, TECHNICAL_SUPPORT -> "4";
          case POLITICAL_SUPPORT, OTHER -> null;
        });
  }

  /**
   * The supporters whose role IATI has no code for, in descriptions of type 4: who they are, in
   * English with their names ("Also supported by Ministère de l’Eau (political support)."); each
   * role in the sources' words beside what it is.
   */
  private static void uncodedSupporters(
      XMLStreamWriter x, Partnership p, Function<Long, String> organisationName)
      throws XMLStreamException {
    List<SupportingOrganisation> uncoded =
        p.supporters().stream().filter(s -> iatiRole(s.role()).isEmpty()).toList();
    if (uncoded.isEmpty()) {
      return;
    }
    List<String> named = uncoded.stream().map(s -> supporterNote(s, organisationName)).toList();
    x.writeStartElement("description");
    x.writeAttribute("type", "4");
    english(x, "Also supported by " + String.join("; ", named) + ".");
    x.writeEndElement();
    for (SupportingOrganisation s : uncoded) {
      if (s.roleDescription().isPresent()) {
        x.writeStartElement("description");
        x.writeAttribute("type", "4");
        IatiNarratives.worded(
            x,
            List.of(s.roleDescription().get()),
            "The role of "
                + supporterNote(s, organisationName)
                + ": "
                + IatiNarratives.WORDS
                + ".");
        x.writeEndElement();
      }
    }
  }

  /** "Ministère de l’Eau (political support)". */
  private static String supporterNote(
      SupportingOrganisation s, Function<Long, String> organisationName) {
    String role =
        s.role() == SupporterRole.POLITICAL_SUPPORT ? "political support" : "other support";
    return organisationName.apply(s.organisationId()) + " (" + role + ")";
  }

  /**
   * Where the activity's benefit goes: the countries of the operators that learn (mentees; peers,
   * who learn from each other), not the mentors'; the partnership's own countries when no such
   * operator is known.
   */
  static List<String> recipientCountries(Partnership p, Function<Long, String> operatorCountry) {
    List<String> learners =
        p.participants().stream()
            .filter(
                x ->
                    x.role() == org.wops.domain.partnership.ParticipantRole.MENTEE
                        || x.role() == org.wops.domain.partnership.ParticipantRole.PEER)
            .map(x -> operatorCountry.apply(x.operatorId()))
            .filter(java.util.Objects::nonNull)
            .distinct()
            .sorted()
            .toList();
    return learners.isEmpty() ? p.countries().stream().sorted().toList() : learners;
  }

  /** Equal shares of 100 % with two decimals, the rounding remainder on the first. */
  static BigDecimal share(int of, int index) {
    BigDecimal each =
        BigDecimal.valueOf(100).divide(BigDecimal.valueOf(of), 2, java.math.RoundingMode.DOWN);
    BigDecimal rest = BigDecimal.valueOf(100).subtract(each.multiply(BigDecimal.valueOf(of)));
    return index == 0 ? each.add(rest) : each;
  }

  private static void result(XMLStreamWriter x, Indicator i, String name)
      throws XMLStreamException {
    x.writeStartElement("result");
    x.writeAttribute("type", "2");
    x.writeStartElement("title");
    english(x, name);
    x.writeEndElement();
    x.writeStartElement("indicator");
    x.writeAttribute("measure", i.unit().startsWith("%") ? "2" : "1");
    x.writeStartElement("title");
    english(x, name + " (" + i.unit() + ")");
    x.writeEndElement();
    // the baseline's year, and its day when known to the day or the month (the month's first day,
    // marked in a comment), like the reported results' baselines
    PartialDate baseline = i.baselineDate();
    x.writeStartElement("baseline");
    if (baseline.precision() != PartialDate.Precision.YEAR) {
      x.writeAttribute("iso-date", baseline.first().toString());
    }
    x.writeAttribute("year", String.valueOf(baseline.first().getYear()));
    x.writeAttribute("value", plain(i.baselineValue()));
    comment(x, null, baseline.precision() == PartialDate.Precision.MONTH ? baseline : null);
    x.writeEndElement();
    Map<Integer, BigDecimal> latestByYear = new java.util.TreeMap<>();
    for (IndicatorValue v : i.actuals()) {
      // a value known to the year or the month is the actual of that year's period
      latestByYear.put(v.measuredOn().first().getYear(), v.value());
    }
    Map<Integer, BigDecimal> targetByYear = new java.util.TreeMap<>();
    for (IndicatorTarget t : i.targets()) {
      targetByYear.put(t.year(), t.value());
    }
    // a year with a target, a measured value or both: a value measured in a year without a target
    // is still an actual
    java.util.SortedSet<Integer> years = new java.util.TreeSet<>(targetByYear.keySet());
    years.addAll(latestByYear.keySet());
    for (int year : years) {
      x.writeStartElement("period");
      x.writeEmptyElement("period-start");
      x.writeAttribute("iso-date", LocalDate.of(year, 1, 1).toString());
      x.writeEmptyElement("period-end");
      x.writeAttribute("iso-date", LocalDate.of(year, 12, 31).toString());
      if (targetByYear.containsKey(year)) {
        x.writeEmptyElement("target");
        x.writeAttribute("value", plain(targetByYear.get(year)));
      }
      BigDecimal actual = latestByYear.get(year);
      if (actual != null) {
        x.writeEmptyElement("actual");
        x.writeAttribute("value", plain(actual));
      }
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
  }

  /**
   * An activity date. IATI takes full dates only: a date known to the year or the month is written
   * as its period's first day for a start (types 1, 2) and its last day for an end (3, 4), with a
   * narrative that says what the sources gave ("Known to the year: 2012").
   */
  private static boolean date(XMLStreamWriter x, String type, Optional<PartialDate> date)
      throws XMLStreamException {
    if (date.isEmpty()) {
      return false;
    }
    PartialDate d = date.get();
    boolean end = type.equals("3") || type.equals("4");
    x.writeStartElement("activity-date");
    x.writeAttribute("type", type);
    x.writeAttribute("iso-date", (end ? d.last() : d.first()).toString());
    if (!d.isDay()) {
      x.writeStartElement("narrative");
      x.writeAttribute("xml:lang", "en");
      x.writeCharacters(known(d));
      x.writeEndElement();
    }
    x.writeEndElement();
    return true;
  }

  private static void text(XMLStreamWriter x, String element, String value)
      throws XMLStreamException {
    x.writeStartElement(element);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  /** A narrative the platform writes itself, in English. */
  private static void english(XMLStreamWriter x, String value) throws XMLStreamException {
    IatiNarratives.english(x, value);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
