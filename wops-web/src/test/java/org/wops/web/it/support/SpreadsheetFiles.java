package org.wops.web.it.support;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Files as spreadsheets save them, for the import tests: Excel's "CSV UTF-8" (a byte-order mark
 * first), French or Spanish Excel's (cells separated by {@code ;}), sent as bytes.
 */
public final class SpreadsheetFiles {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private SpreadsheetFiles() {}

  /** What Excel's "CSV UTF-8" writes: the byte-order mark EF BB BF, then the text. */
  public static byte[] withByteOrderMark(String csv) {
    byte[] text = csv.getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[text.length + 3];
    file[0] = (byte) 0xEF;
    file[1] = (byte) 0xBB;
    file[2] = (byte) 0xBF;
    System.arraycopy(text, 0, file, 3, text.length);
    return file;
  }

  /** The file as French or Spanish Excel saves it: the same cells, separated by {@code ;}. */
  public static String withSemicolons(String csv) throws Exception {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
            new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(';').get());
        CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
      for (CSVRecord r : parser) {
        printer.printRecord(r.toList());
      }
    }
    return out.toString();
  }

  /** POSTs a file's bytes as {@code text/csv} with no charset, as curl --data-binary does. */
  public static HttpResponse<String> post(URI uri, byte[] file, String authorization)
      throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header("Authorization", authorization)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofByteArray(file))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
