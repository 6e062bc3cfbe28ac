package org.wops.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTextTest {
  private static final String[] COLUMNS = {"id", "name", "country", "city", "latitude"};
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static byte[] bytes(byte[] first, String text, Charset charset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(first);
    out.writeBytes(text.getBytes(charset));
    return out.toByteArray();
  }

  private static List<CSVRecord> records(byte[] file) throws Exception {
    return CsvText.records(CsvText.decode(new ByteArrayInputStream(file)), COLUMNS).list();
  }

  @Test
  void theByteOrderMarkExcelWritesIsNotPartOfTheFirstColumnsName() throws Exception {
    byte[] file =
        bytes(
            BOM,
            "id,name,country,city\r\n42,Société Béninoise des Eaux,BJ,Cotonou\r\n",
            StandardCharsets.UTF_8);

    List<CSVRecord> records = records(file);

    assertThat(records.get(0).getParser().getHeaderNames())
        .containsExactly("id", "name", "country", "city");
    assertThat(records.get(0).get("id")).isEqualTo("42");
    assertThat(records.get(0).get("name")).isEqualTo("Société Béninoise des Eaux");
  }

  @Test
  void aByteOrderMarkAlreadyDecodedIsDroppedToo() throws Exception {
    CsvText.Records records =
        CsvText.records("\uFEFFid,name\n7,Dji’i\n", new String[] {"id", "name"});
    assertThat(records.list().get(0).get("id")).isEqualTo("7");
  }

  @Test
  void aFileSeparatedBySemicolonsAsFrenchOrSpanishExcelWritesItIsReadWithThem() throws Exception {
    byte[] file =
        bytes(
            BOM,
            "id;name;country;city\r\n"
                + "42;Empresa de Acueducto y Alcantarillado de Bogotá;CO;Bogotá\r\n"
                + ";\"Régie des eaux; Gabès\";TN;Gabès\r\n",
            StandardCharsets.UTF_8);

    CsvText.Records records =
        CsvText.records(CsvText.decode(new ByteArrayInputStream(file)), COLUMNS);

    assertThat(records.semicolons()).isTrue();
    assertThat(records.list()).hasSize(2);
    assertThat(records.list().get(0).get("name"))
        .isEqualTo("Empresa de Acueducto y Alcantarillado de Bogotá");
    assertThat(records.list().get(1).get("name"))
        .as("a ; inside a quoted cell stays in the cell")
        .isEqualTo("Régie des eaux; Gabès");
  }

  @Test
  void aCommaFileWhoseCellsHoldSemicolonsStaysACommaFile() throws Exception {
    CsvText.Records records =
        CsvText.records(
            "id,name,country\n7,\"Eau; assainissement\",BJ\n", new String[] {"id", "name"});
    assertThat(records.semicolons()).isFalse();
    assertThat(records.list().get(0).get("name")).isEqualTo("Eau; assainissement");
  }

  @Test
  void aQuotedHeaderIsRecognisedWithEitherSeparator() throws Exception {
    assertThat(CsvText.records("\"id\";\"name\"\n7;Dji’i\n", COLUMNS).semicolons()).isTrue();
  }

  @Test
  void aFirstLineThatNamesNoColumnIsRefusedWhole() {
    assertThatThrownBy(() -> CsvText.records("nom\tpays\nSONEB\tBJ\n", COLUMNS))
        .isInstanceOfSatisfying(
            CsvText.Refused.class,
            r -> {
              assertThat(r.rule()).isEqualTo("csv.header");
              assertThat(r.field()).isEqualTo("line 1");
              assertThat(r.excerpt()).isEqualTo("nom\tpays");
              assertThat(r.getMessage()).contains("id, name, country, city");
            });
  }

  @Test
  void emptyColumnsAtTheEndOfTheHeaderAreNoColumns() throws Exception {
    CsvText.Records records = CsvText.records("id;name;;\r\n7;Dji’i;;\r\n", COLUMNS);
    assertThat(records.list().get(0).get("name")).isEqualTo("Dji’i");
  }

  @Test
  void anEmptyFileHasNoRecordsAndIsNotRefused() throws Exception {
    assertThat(CsvText.records("", COLUMNS).list()).isEmpty();
  }

  @Test
  void aLatin1FileIsRefusedWholeNamingTheLineAndWhatComesBefore() {
    byte[] file =
        "id,name,country,city\r\n7,Dji’i,CM,Garoua\r\n,Société Béninoise des Eaux,BJ,Cotonou\r\n"
            .replace("’", "'")
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> records(file))
        .isInstanceOfSatisfying(
            CsvText.Refused.class,
            r -> {
              assertThat(r.rule()).isEqualTo("csv.encoding");
              assertThat(r.field()).isEqualTo("line 3");
              assertThat(r.line()).isEqualTo(3);
              assertThat(r.excerpt()).isEqualTo(",Soci");
              assertThat(r.getMessage()).contains("CSV UTF-8").contains("nothing was imported");
            });
  }

  @Test
  void aWindows1252CurlyApostropheIsRefusedToo() {
    byte[] file =
        "name,city\nOffice National de l’Eau,Ouagadougou\n"
            .getBytes(Charset.forName("windows-1252"));
    assertThatThrownBy(() -> records(file))
        .isInstanceOfSatisfying(
            CsvText.Refused.class,
            r -> {
              assertThat(r.line()).isEqualTo(2);
              assertThat(r.excerpt()).isEqualTo("Office National de l");
            });
  }

  @Test
  void aFileCutInTheMiddleOfACharacterIsRefused() {
    byte[] whole = "name\nBogotá".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
    assertThatThrownBy(() -> records(cut))
        .isInstanceOfSatisfying(
            CsvText.Refused.class, r -> assertThat(r.field()).isEqualTo("line 2"));
  }

  @Test
  void aRealReplacementCharacterInAUtf8FileIsText() throws Exception {
    byte[] file = "name,city\nDji\uFFFDi,Yaoundé\n".getBytes(StandardCharsets.UTF_8);
    assertThat(records(file).get(0).get("name")).isEqualTo("Dji\uFFFDi");
  }

  @Test
  void aCharsetTheRequestDeclaresIsTheOneRead() throws Exception {
    byte[] latin1 = "name\nSociété Béninoise des Eaux\n".getBytes(StandardCharsets.ISO_8859_1);
    MediaType declared = new MediaType("text", "csv", Map.of("charset", "ISO-8859-1"));

    assertThat(CsvText.body(new ByteArrayInputStream(latin1), declared))
        .isEqualTo("name\nSociété Béninoise des Eaux\n");
    assertThatThrownBy(
            () ->
                CsvText.body(
                    new ByteArrayInputStream(latin1),
                    new MediaType("text", "csv", Map.of("charset", "latin-42"))))
        .isInstanceOfSatisfying(
            CsvText.Refused.class,
            r -> {
              assertThat(r.field()).isEqualTo("Content-Type");
              assertThat(r.rule()).isEqualTo("csv.encoding");
            });
    assertThatThrownBy(
            () -> CsvText.body(new ByteArrayInputStream(latin1), new MediaType("text", "csv")))
        .as("no charset declared: UTF-8")
        .isInstanceOf(CsvText.Refused.class);
  }

  @Test
  void aQuoteNeverClosedIsRefusedWholeNamingTheLine() {
    assertThatThrownBy(
            () -> CsvText.records("name,city\nSONEB,Cotonou\n\"Dji’i,Yaoundé\n", COLUMNS))
        .isInstanceOfSatisfying(
            CsvText.Refused.class,
            r -> {
              assertThat(r.rule()).isEqualTo("csv.malformed");
              assertThat(r.field()).startsWith("line ");
            });
  }

  @Test
  void aColumnNamedTwiceIsRefusedWhole() {
    assertThatThrownBy(() -> CsvText.records("name,city,name\nSONEB,Cotonou,SBEE\n", COLUMNS))
        .isInstanceOfSatisfying(
            CsvText.Refused.class,
            r -> {
              assertThat(r.rule()).isEqualTo("csv.malformed");
              assertThat(r.field()).isEqualTo("line 1");
            });
  }

  @Test
  void numbersWrittenTheFrenchOrSpanishWayAreToldApart() {
    assertThat(List.of("12,5", "1 234,50", "1\u202F234,50", "1.234,50", "120.000", "1'000"))
        .allMatch(CsvText::separated);
    assertThat(List.of("12.5", "abc", "12:5000", "-6.800000", "", "1,2,x"))
        .noneMatch(CsvText::separated);
    assertThat(CsvText.groupedByPoints("120.000")).isTrue();
    assertThat(CsvText.groupedByPoints("1.250.000")).isTrue();
    assertThat(CsvText.groupedByPoints("25000.00")).isFalse();
    assertThat(CsvText.groupedByPoints("1.5")).isFalse();
  }
}
