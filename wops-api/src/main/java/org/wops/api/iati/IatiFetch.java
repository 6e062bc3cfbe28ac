package org.wops.api.iati;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fetches an IATI file from a URL the secretariat gives, without letting the URL reach inside the
 * platform's network (SSRF): https only ({@code http} only when {@code wops.iati.import.allow-http}
 * says so, for tests); the host resolved and refused when any of its addresses is loopback, private
 * (site-local, unique-local), link-local (cloud metadata), carrier-grade NAT, multicast or the
 * wildcard address, unless {@code wops.iati.import.allow-private-addresses} allows them; redirects
 * followed by hand, at most {@link #MAX_REDIRECTS}, each checked the same way; connect and read
 * time-outs; the file read through the same byte limit as an upload. Every refusal names {@code
 * url} and the rule.
 */
@ApplicationScoped
public class IatiFetch {
  static final int MAX_REDIRECTS = 5;

  @Inject
  @ConfigProperty(name = "wops.iati.import.allow-http", defaultValue = "false")
  boolean allowHttp;

  /**
   * Host names (as the URL writes them, comma-separated) the platform may fetch from although they
   * are inside a network: an intranet mirror, or a test's local server. Empty: none.
   */
  @Inject
  @ConfigProperty(name = "wops.iati.import.allow-private-hosts", defaultValue = " ")
  String allowPrivateHosts;

  @Inject
  @ConfigProperty(name = "wops.iati.import.connect-timeout-seconds", defaultValue = "10")
  int connectTimeout;

  @Inject
  @ConfigProperty(name = "wops.iati.import.read-timeout-seconds", defaultValue = "30")
  int readTimeout;

  /** The file the URL names, read with the upload's limits. */
  IatiActivityReader.File fetch(String url) {
    URI uri = checked(parse(url));
    HttpClient client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(connectTimeout))
            .build();
    for (int hop = 0; ; hop++) {
      HttpResponse<InputStream> response;
      try {
        response =
            client.send(
                HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(readTimeout))
                    .header("Accept", "application/xml, text/xml")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
      } catch (java.net.http.HttpTimeoutException e) {
        throw refused("iati.url.timeout", "The server at the URL did not answer in time.");
      } catch (IOException e) {
        throw refused("iati.url.unreachable", "The URL could not be fetched: " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw refused("iati.url.unreachable", "The fetch was interrupted.");
      }
      int status = response.statusCode();
      if (status >= 300 && status < 400) {
        close(response.body());
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
          throw refused("iati.url.redirect", "The URL redirects without saying where.");
        }
        if (hop + 1 > MAX_REDIRECTS) {
          throw refused(
              "iati.url.redirects", "The URL redirects more than " + MAX_REDIRECTS + " times.");
        }
        uri = checked(uri.resolve(parse(location)));
        continue;
      }
      if (status != 200) {
        close(response.body());
        throw refused("iati.url.status", "The URL answered HTTP " + status + ", not 200.");
      }
      long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (length > IatiActivityReader.MAX_BYTES) {
        close(response.body());
        throw refused(
            "iati.url.too-large",
            "The file at the URL has more than " + IatiActivityReader.MAX_BYTES + " bytes.");
      }
      try (InputStream body = response.body()) {
        return IatiActivityReader.read(body, "url");
      } catch (IOException e) {
        throw refused("iati.url.unreachable", "The file could not be read: " + e.getMessage());
      }
    }
  }

  private static URI parse(String url) {
    if (url == null || url.isBlank() || url.length() > 2000) {
      throw refused("iati.url.invalid", "A URL of 1 to 2,000 characters is required.");
    }
    try {
      return new URI(url.strip());
    } catch (URISyntaxException e) {
      throw refused("iati.url.invalid", "This is not a URL: " + e.getReason() + ".");
    }
  }

  /** The URL when the platform may fetch it; refused otherwise. */
  URI checked(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
      throw refused("iati.url.scheme", "Only https URLs are fetched.");
    }
    if (uri.getRawUserInfo() != null) {
      throw refused("iati.url.credentials", "A URL with a user name or password is not fetched.");
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw refused("iati.url.invalid", "The URL names no host.");
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw refused("iati.url.host-unknown", "The host " + host + " is not known.");
    }
    boolean allowed =
        java.util.Arrays.stream(allowPrivateHosts.split(","))
            .map(String::strip)
            .anyMatch(h -> !h.isEmpty() && h.equalsIgnoreCase(host));
    if (!allowed) {
      for (InetAddress address : addresses) {
        if (internal(address)) {
          throw refused(
              "iati.url.address",
              "The host "
                  + host
                  + " is at "
                  + address.getHostAddress()
                  + ", an address inside a network (loopback, private, link-local or"
                  + " multicast): the platform does not fetch from there.");
        }
      }
    }
    return uri;
  }

  /** Loopback, private, link-local, carrier-grade NAT, unique-local, multicast or wildcard. */
  static boolean internal(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isAnyLocalAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      // fc00::/7 unique local; ::ffff:a.b.c.d mapped addresses were already unmapped by Java
      return (b[0] & 0xfe) == 0xfc;
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    // 100.64.0.0/10 (carrier-grade NAT), 0.0.0.0/8, 192.0.0.0/24, 198.18.0.0/15 (benchmarks)
    return (first == 100 && second >= 64 && second <= 127)
        || first == 0
        || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
        || (first == 198 && (second == 18 || second == 19))
        || first >= 240;
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing to read
    }
  }

  private static IatiFileRefused refused(String rule, String message) {
    return new IatiFileRefused("url", rule, message);
  }
}
