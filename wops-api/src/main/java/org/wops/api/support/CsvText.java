package org.wops.api.support;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.wops.api.problem.Problem;

/**
 * The one place an uploaded CSV file becomes records, for both imports (API and page): its bytes
 * are decoded strictly ({@link #decode}: a file that is not UTF-8, as a spreadsheet saves it in
 * Latin-1 or Windows-1252, is refused whole, naming the line); a leading byte-order mark (Excel's
 * "CSV UTF-8" writes one) is dropped; the separator is the header line's, {@code ,} or {@code ;}
 * (what French or Spanish Excel writes); a first line that names none of the columns, or a file
 * Commons CSV cannot split into records, is refused whole. A refusal is {@link Refused}: one
 * problem for the whole file, never a message on every row.
 */
public final class CsvText {
  /** The byte-order mark, as UTF-8 decodes EF BB BF. */
  static final char BOM = '\uFEFF';

  /** Characters of the line before an undecodable byte that the refusal quotes. */
  static final int EXCERPT = 30;

  private CsvText() {}

  /**
   * A request body's text, in the charset its {@code Content-Type} declares (UTF-8 when it declares
   * none), each byte checked.
   */
  public static String body(InputStream body, MediaType type) throws IOException, Refused {
    if (body == null) {
      return "";
    }
    return decode(body, declared(type == null ? null : type.getParameters().get("charset")));
  }

  /** The file's bytes as UTF-8 text; refused at the first byte that is not UTF-8. */
  public static String decode(InputStream in) throws IOException, Refused {
    return decode(in, StandardCharsets.UTF_8);
  }

  /**
   * The file's bytes as text in {@code charset} (UTF-8 unless the request declares another), each
   * byte checked: a malformed or unmappable one refuses the file, naming its line.
   */
  public static String decode(InputStream in, Charset charset) throws IOException, Refused {
    byte[] bytes = in.readAllBytes();
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer text = CharBuffer.allocate((int) (bytes.length * decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(input, text, true);
    if (result.isError()) {
      throw notDecodable(text.flip().toString(), charset);
    }
    if (decoder.flush(text).isError()) {
      throw notDecodable(text.flip().toString(), charset);
    }
    return text.flip().toString();
  }

  /**
   * The charset a request's {@code Content-Type} declares, UTF-8 when it declares none; a name Java
   * does not know refuses the file.
   */
  public static Charset declared(String name) throws Refused {
    if (name == null || name.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name.strip());
    } catch (IllegalArgumentException e) {
      throw new Refused(
          "Content-Type",
          ENCODING,
          "The request declares charset="
              + name
              + ", which the platform does not know: send the file as UTF-8 (charset=UTF-8).",
          0,
          name);
    }
  }

  /** The file refused at the first byte not decoded, after the text {@code before} it. */
  private static Refused notDecodable(String before, Charset charset) {
    // the line of the file, as a text editor counts (a cell over two lines counts two)
    long line = before.chars().filter(c -> c == '\n').count() + 1;
    String onLine = before.substring(Math.max(before.lastIndexOf('\n') + 1, 0)).strip();
    if (!onLine.isEmpty() && onLine.charAt(0) == BOM) {
      onLine = onLine.substring(1);
    }
    String excerpt =
        onLine.length() > EXCERPT ? onLine.substring(onLine.length() - EXCERPT) : onLine;
    return new Refused(
        "line " + line,
        ENCODING,
        "Line "
            + line
            + (excerpt.isEmpty() ? "" : ", after '" + excerpt + "',")
            + " is not "
            + charset.name()
            + " text: the file was saved in another encoding (Latin-1 or Windows-1252, say). Save"
            + " it from the spreadsheet as \"CSV UTF-8\" and import it again; nothing was imported.",
        line,
        excerpt);
  }

  /** The rule of a file that is not text in the encoding it is read in. */
  public static final String ENCODING = "csv.encoding";

  /** The rule of a first line that names none of the columns. */
  public static final String HEADER = "csv.header";

  /** The rule of a file that cannot be split into records (a quote never closed, say). */
  public static final String MALFORMED = "csv.malformed";

  /**
   * The records of a file's text (header first, named by it): {@code ,} or {@code ;} as the header
   * line separates the {@code columns} the import knows.
   */
  public static Records records(String text, String[] columns) throws Refused {
    String body = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    Set<String> known = Set.of(columns);
    String header = body.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    char delimiter = ',';
    if (!header.isBlank() && known(header, ',', known) == 0) {
      if (known(header, ';', known) == 0) {
        throw new Refused(
            "line 1",
            HEADER,
            "The first line names none of the columns of the export ("
                + String.join(", ", Arrays.asList(columns).subList(0, Math.min(4, columns.length)))
                + "…), separated by , or ;: it must be the header line of the export; nothing was"
                + " imported.",
            1,
            header.length() > EXCERPT ? header.substring(0, EXCERPT) + "…" : header);
      }
      delimiter = ';';
    }
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            // a column named twice would be read from one of them: refused; Excel's empty
            // columns at the end of a header are no columns
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
            .setAllowMissingColumnNames(true)
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    List<CSVRecord> records = new ArrayList<>();
    CSVParser parser = null;
    try {
      parser = format.parse(new StringReader(body));
      for (CSVRecord r : parser) {
        records.add(r);
      }
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      // Commons CSV names the line in its message only; where it stopped is the parser's line
      long line = parser == null ? 1 : parser.getCurrentLineNumber();
      throw new Refused(
          "line " + line,
          MALFORMED,
          "The file cannot be read as CSV from line "
              + line
              + " ("
              + reason(e)
              + "); nothing was imported.",
          line,
          "");
    }
    return new Records(records, delimiter);
  }

  /** What Commons CSV found wrong, without its own position and stack. */
  private static String reason(Exception e) {
    Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.length() > 200 ? message.substring(0, 200) + "…" : message;
  }

  private static final Pattern QUOTED = Pattern.compile("^\"(.*)\"$");

  /** How many of the header line's names, split at {@code delimiter}, are columns known. */
  private static long known(String header, char delimiter, Set<String> columns) {
    return Arrays.stream(header.split(Pattern.quote(String.valueOf(delimiter)), -1))
        .map(String::strip)
        .map(name -> QUOTED.matcher(name).replaceFirst("$1").strip())
        .filter(columns::contains)
        .count();
  }

  /** The rule of a number written with a decimal comma or a thousands separator. */
  public static final String NUMBER_FORMAT = "number-format";

  private static final Pattern DIGITS_AND_SEPARATORS =
      Pattern.compile("[+-]?\\d[\\d.,' \\u00A0\\u202F]*");
  private static final Pattern GROUPED_BY_POINTS = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+");

  /**
   * Whether a cell refused as a number is one written the way a spreadsheet in another language
   * writes it: a decimal comma ({@code 12,5}), thousands separated by a space, a no-break space, an
   * apostrophe, a comma or points ({@code 1 234,50}, {@code 1.234.567}).
   */
  public static boolean separated(String cell) {
    return cell != null
        && DIGITS_AND_SEPARATORS.matcher(cell).matches()
        && (cell.chars().anyMatch(c -> ",' \u00A0\u202F".indexOf(c) >= 0)
            || GROUPED_BY_POINTS.matcher(cell).matches());
  }

  /**
   * Whether an amount read from a file separated by {@code ;} is written like thousands grouped by
   * points ({@code 120.000}, {@code 1.250.000}): the spreadsheets that write {@code ;} (French,
   * Spanish, German...) take a point for a thousands separator, so it is refused rather than read
   * as 120.
   */
  public static boolean groupedByPoints(String cell) {
    return cell != null && GROUPED_BY_POINTS.matcher(cell).matches();
  }

  /** Why {@code cell} is refused under {@link #NUMBER_FORMAT}. */
  public static String numberFormat(String cell) {
    return "'"
        + cell
        + "' is written with a decimal comma or a thousands separator (or a point that may be"
        + " one): write the number with a point before the decimals and nothing between the"
        + " digits (1234.50, 120000)";
  }

  /** A file's records and the separator they were read with. */
  public record Records(List<CSVRecord> list, char delimiter) {
    public Records {
      list = List.copyOf(list);
    }

    /** Whether the file was separated by {@code ;} (a spreadsheet whose decimals take a comma). */
    public boolean semicolons() {
      return delimiter == ';';
    }
  }

  /** A file refused whole: one problem naming where and why, nothing imported. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String rule;
    private final long line;
    private final String excerpt;

    Refused(String field, String rule, String message, long line, String excerpt) {
      super(message);
      this.field = field;
      this.rule = rule;
      this.line = line;
      this.excerpt = excerpt;
    }

    public String field() {
      return field;
    }

    public String rule() {
      return rule;
    }

    /** The line of the file at fault (1 for the header), 0 when it is the request's. */
    public long line() {
      return line;
    }

    /** The text the message quotes: before the byte not decoded, or the header line. */
    public String excerpt() {
      return excerpt;
    }

    /** The 400 problem an API answers with. */
    public Problem problem() {
      return Problem.of("invalid-input", Response.Status.BAD_REQUEST, getMessage())
          .withErrors(List.of(new Problem.FieldError(field, rule, getMessage())));
    }
  }
}
