package org.wops.api.iati;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fetches an IATI file from a URL the secretariat gives, without letting the URL reach inside the
 * platform's network (SSRF): https only ({@code http} only when {@code wops.iati.import.allow-http}
 * says so, for tests); the host resolved and refused when any of its addresses is loopback, private
 * (site-local, unique-local), link-local (cloud metadata), carrier-grade NAT, multicast or the
 * wildcard address, or an IPv6 address embedding such an IPv4 address ({@link #internal}), unless
 * {@code wops.iati.import.allow-private-hosts} names the host; the connection made to the address
 * that was checked (no second resolution: DNS rebinding); redirects followed by hand, at most
 * {@link #MAX_REDIRECTS}, each checked the same way; connect and read time-outs; the file read
 * through the same byte limit as an upload. Every refusal names {@code url} and the rule.
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
    Checked target = checked(parse(url));
    for (int hop = 0; ; hop++) {
      HttpURLConnection connection = null;
      try {
        connection = open(target);
        int status = connection.getResponseCode();
        if (status >= 300 && status < 400) {
          String location = connection.getHeaderField("Location");
          if (location == null) {
            throw refused("iati.url.redirect", "The URL redirects without saying where.");
          }
          if (hop + 1 > MAX_REDIRECTS) {
            throw refused(
                "iati.url.redirects", "The URL redirects more than " + MAX_REDIRECTS + " times.");
          }
          target = checked(target.uri().resolve(parse(location)));
          continue;
        }
        if (status != 200) {
          throw refused("iati.url.status", "The URL answered HTTP " + status + ", not 200.");
        }
        long length = connection.getContentLengthLong();
        if (length > IatiActivityReader.MAX_BYTES) {
          throw refused(
              "iati.url.too-large",
              "The file at the URL has more than " + IatiActivityReader.MAX_BYTES + " bytes.");
        }
        try (InputStream body = connection.getInputStream()) {
          return IatiActivityReader.read(body, "url");
        }
      } catch (java.net.SocketTimeoutException e) {
        throw refused("iati.url.timeout", "The server at the URL did not answer in time.");
      } catch (IOException e) {
        throw refused("iati.url.unreachable", "The URL could not be fetched: " + e.getMessage());
      } finally {
        if (connection != null) {
          connection.disconnect();
        }
      }
    }
  }

  /**
   * A connection to the address that was checked, never to a second resolution of the host (DNS
   * rebinding): https keeps the URL's host name, so that the request's Host header, the TLS server
   * name (SNI) and the certificate's check are the host's, while the socket connects to the checked
   * address ({@link PinnedSockets}); plain http (tests only) connects to the address itself.
   */
  private HttpURLConnection open(Checked target) throws IOException {
    URI uri = target.uri();
    HttpURLConnection c;
    if (uri.getScheme().equalsIgnoreCase("https")) {
      HttpsURLConnection https =
          (HttpsURLConnection) uri.toURL().openConnection(java.net.Proxy.NO_PROXY);
      https.setSSLSocketFactory(
          new PinnedSockets(
              (SSLSocketFactory) SSLSocketFactory.getDefault(), target.address(), uri.getHost()));
      c = https;
    } else {
      String literal =
          target.address() instanceof Inet6Address
              ? "[" + target.address().getHostAddress() + "]"
              : target.address().getHostAddress();
      URI pinned;
      try {
        pinned =
            new URI(
                uri.getScheme(),
                null,
                literal,
                uri.getPort(),
                uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getPath(),
                uri.getQuery(),
                null);
      } catch (URISyntaxException e) {
        throw refused("iati.url.invalid", "This is not a URL: " + e.getReason() + ".");
      }
      c = (HttpURLConnection) pinned.toURL().openConnection(java.net.Proxy.NO_PROXY);
    }
    c.setInstanceFollowRedirects(false);
    c.setUseCaches(false);
    c.setConnectTimeout((int) Duration.ofSeconds(connectTimeout).toMillis());
    c.setReadTimeout((int) Duration.ofSeconds(readTimeout).toMillis());
    c.setRequestProperty("Accept", "application/xml, text/xml");
    return c;
  }

  /** A URL the platform may fetch, and the address of its host that was checked. */
  record Checked(URI uri, InetAddress address) {}

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

  /**
   * The URL and the address to connect to when the platform may fetch it; refused otherwise. The
   * host is resolved once: every address it resolves to must be outside the networks, and the
   * connection goes to the first of them.
   */
  Checked checked(URI uri) {
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
    if (addresses.length == 0) {
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
                  + " multicast, or an IPv6 address that embeds one): the platform does not"
                  + " fetch from there.");
        }
      }
    }
    return new Checked(uri, addresses[0]);
  }

  /**
   * Loopback, private, link-local, carrier-grade NAT, unique-local, site-local, multicast or the
   * wildcard address; and an IPv6 address that reaches an IPv4 address through a transition
   * mechanism when that IPv4 address is one of those: IPv4-compatible {@code ::a.b.c.d} (::/96),
   * IPv4-mapped {@code ::ffff:a.b.c.d}, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16} (the
   * IPv4 address in bits 16 to 48). Teredo (2001::/32) and local-use NAT64 (64:ff9b:1::/48) are
   * refused outright: where they lead cannot be read from the address.
   */
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
      if ((b[0] & 0xfe) == 0xfc) {
        return true; // fc00::/7 unique local
      }
      if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
        return true; // fec0::/10 site-local (deprecated)
      }
      if (zero(b, 0, 12) || (zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff)) {
        return internal4(b, 12); // ::a.b.c.d and ::ffff:a.b.c.d
      }
      if (b[0] == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
        if (zero(b, 4, 12)) {
          return internal4(b, 12); // 64:ff9b::/96 NAT64
        }
        return b[4] == 0 && b[5] == 1; // 64:ff9b:1::/48 local-use NAT64
      }
      if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
        return internal4(b, 2); // 2002::/16 6to4
      }
      return (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0 && b[3] == 0; // Teredo
    }
    return internal4(b, 0);
  }

  private static boolean zero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** The IPv4 address at {@code at} in {@code b}: inside a network, or not routable. */
  private static boolean internal4(byte[] b, int at) {
    int first = b[at] & 0xff;
    int second = b[at + 1] & 0xff;
    int third = b[at + 2] & 0xff;
    // 0.0.0.0/8, 10/8, 127/8, 169.254/16, 172.16/12, 192.168/16, 100.64.0.0/10 (carrier-grade
    // NAT), 192.0.0.0/24, 198.18.0.0/15 (benchmarks), 224/4 multicast and 240/4 reserved
    return first == 0
        || first == 10
        || first == 127
        || (first == 169 && second == 254)
        || (first == 172 && second >= 16 && second <= 31)
        || (first == 192 && second == 168)
        || (first == 100 && second >= 64 && second <= 127)
        || (first == 192 && second == 0 && third == 0)
        || (first == 198 && (second == 18 || second == 19))
        || first >= 224;
  }

  private static IatiFileRefused refused(String rule, String message) {
    return new IatiFileRefused("url", rule, message);
  }
}
