package org.wops.api.partnership;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.wops.api.support.CsvCells;
import org.wops.domain.partnership.Partnership;

/**
 * Partnerships as CSV (Commons CSV, RFC 4180, UTF-8, a header row): one row a partnership, lists
 * joined with {@code ;} and participants as {@code operatorId:ROLE}. Cells a spreadsheet would run
 * as a formula are written as text ({@link CsvCells}).
 */
final class PartnershipCsv {
  static final String[] COLUMNS = {
    "id",
    "title",
    "type",
    "status",
    "published",
    "charterCompliant",
    "fundingType",
    "currency",
    "plannedStart",
    "plannedEnd",
    "actualStart",
    "actualEnd",
    "countries",
    "workingAreas",
    "participants",
    "supporters",
    "operatorsCash",
    "operatorsInKind",
    "supportersContribution",
    "milestones",
    "milestonesReached"
  };

  private PartnershipCsv() {}

  static String write(List<Partnership> partnerships) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
      for (Partnership p : partnerships) {
        csv.printRecord(
            CsvCells.row(
                p.id(),
                p.title(),
                p.typeId(),
                p.status(),
                p.published(),
                p.charterCompliant(),
                p.fundingType(),
                p.currency(),
                date(p.plannedStart().orElse(null)),
                date(p.plannedEnd().orElse(null)),
                date(p.actualStart().orElse(null)),
                date(p.actualEnd().orElse(null)),
                String.join(";", new TreeSet<>(p.countries())),
                String.join(";", new TreeSet<>(p.workingAreas())),
                p.participants().stream()
                    .map(x -> x.operatorId() + ":" + x.role())
                    .collect(Collectors.joining(";")),
                p.supporters().stream()
                    .map(s -> s.organisationId() + ":" + s.role())
                    .collect(Collectors.joining(";")),
                sum(p.participants().stream().map(x -> x.cashContribution().orElse(null)).toList()),
                sum(
                    p.participants().stream()
                        .map(x -> x.inKindContribution().orElse(null))
                        .toList()),
                sum(p.supporters().stream().map(s -> s.contribution().orElse(null)).toList()),
                p.milestones().size(),
                p.milestones().stream().filter(m -> m.actualDate().isPresent()).count()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String date(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  private static String sum(List<BigDecimal> amounts) {
    return amounts.stream()
        .filter(a -> a != null)
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .toPlainString();
  }
}
