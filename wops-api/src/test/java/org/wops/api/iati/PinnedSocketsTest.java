package org.wops.api.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The https fetch goes to the checked address while speaking to the URL's host: against a local TLS
 * server whose certificate names {@code iati.example.test}, a host name that resolves nowhere, the
 * request arrives (so no second resolution was used), with {@code Host: iati.example.test}, and the
 * certificate is checked against that name (a certificate for another name is refused).
 */
class PinnedSocketsTest {
  @TempDir Path dir;

  private KeyStore keyStore(String name) throws Exception {
    Path file = dir.resolve(name + ".p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=" + name,
                "-ext",
                "SAN=dns:" + name,
                "-storetype",
                "PKCS12",
                "-keystore",
                file.toString(),
                "-storepass",
                "changeit",
                "-keypass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    String out = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(keytool.waitFor()).as(out).isZero();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      ks.load(in, "changeit".toCharArray());
    }
    return ks;
  }

  private static SSLContext server(KeyStore ks) throws Exception {
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "changeit".toCharArray());
    SSLContext c = SSLContext.getInstance("TLS");
    c.init(kmf.getKeyManagers(), null, null);
    return c;
  }

  private static SSLContext trusting(KeyStore ks) throws Exception {
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ks);
    SSLContext c = SSLContext.getInstance("TLS");
    c.init(null, tmf.getTrustManagers(), null);
    return c;
  }

  private HttpsServer serve(KeyStore ks, AtomicReference<String> host) throws Exception {
    HttpsServer server =
        HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(server(ks)));
    server.createContext(
        "/",
        exchange -> {
          host.set(exchange.getRequestHeaders().getFirst("Host"));
          byte[] body = "<iati-activities version=\"2.03\"/>".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    return server;
  }

  @Test
  void theRequestGoesToTheCheckedAddressWithTheHostsNameAndCertificate() throws Exception {
    KeyStore ks = keyStore("iati.example.test");
    AtomicReference<String> host = new AtomicReference<>();
    HttpsServer server = serve(ks, host);
    try {
      int port = server.getAddress().getPort();
      HttpsURLConnection c =
          (HttpsURLConnection)
              new URL("https://iati.example.test:" + port + "/activities.xml")
                  .openConnection(Proxy.NO_PROXY);
      c.setSSLSocketFactory(
          new PinnedSockets(
              trusting(ks).getSocketFactory(),
              InetAddress.getLoopbackAddress(),
              "iati.example.test"));
      assertThat(c.getResponseCode()).isEqualTo(200);
      try (InputStream in = c.getInputStream()) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .startsWith("<iati-activities");
      }
      assertThat(host.get()).isEqualTo("iati.example.test:" + port);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aCertificateForAnotherNameIsRefused() throws Exception {
    KeyStore other = keyStore("other.example.test");
    HttpsServer server = serve(other, new AtomicReference<>());
    try {
      int port = server.getAddress().getPort();
      HttpsURLConnection c =
          (HttpsURLConnection)
              new URL("https://iati.example.test:" + port + "/activities.xml")
                  .openConnection(Proxy.NO_PROXY);
      c.setSSLSocketFactory(
          new PinnedSockets(
              trusting(other).getSocketFactory(),
              InetAddress.getLoopbackAddress(),
              "iati.example.test"));
      assertThatThrownBy(c::getResponseCode)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("iati.example.test");
    } finally {
      server.stop(0);
    }
  }
}
