package org.wops.api.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.io.Reader;

/**
 * JSON-P's builders, readers and parsers from one provider looked up once. {@code
 * jakarta.json.Json}'s static methods look the provider up again on every call (a service-loader
 * scan of the application's jars: the load benchmark found it on the WOP profile's every chart and
 * on every API body's control-character check, docs/BENCHMARKS.md session 12).
 */
public final class JsonTrees {
  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private JsonTrees() {}

  public static JsonObjectBuilder object() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return PROVIDER.createArrayBuilder();
  }

  public static JsonReader reader(Reader in) {
    return PROVIDER.createReader(in);
  }

  public static JsonParser parser(InputStream in) {
    return PROVIDER.createParser(in);
  }
}
