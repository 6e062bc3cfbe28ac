package org.wops.api.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SSRF check of the IATI import's URLs (finding 4 of the s12 trial): every form of an address
 * inside a network, IPv6 transition addresses that embed one included, is refused; public
 * addresses, also behind NAT64 and 6to4, are not; the connection goes to the checked address.
 */
class IatiFetchAddressesTest {
  private static IatiFetch fetch() {
    IatiFetch f = new IatiFetch();
    f.allowHttp = false;
    f.allowPrivateHosts = " ";
    f.connectTimeout = 5;
    f.readTimeout = 5;
    return f;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "2130706433",
        "0.0.0.0",
        "10.0.0.1",
        "172.16.5.4",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "::1",
        "::",
        "::127.0.0.1",
        "::ffff:127.0.0.1",
        "::ffff:10.1.2.3",
        "64:ff9b::7f00:1",
        "64:ff9b::a9fe:a9fe",
        "64:ff9b:1::808:808",
        "2002:7f00:1::",
        "2002:a00:1::1",
        "2002:a9fe:a9fe::",
        "2001:0:4136:e378:8000:63bf:3fff:fdd2",
        "fc00::1",
        "fd12:3456::1",
        "fe80::1",
        "fec0::1",
        "ff02::1",
        "224.0.0.1"
      })
  void anAddressInsideANetworkIsRefused(String address) throws Exception {
    assertThat(IatiFetch.internal(InetAddress.getByName(address))).as(address).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8.8.8.8",
        "196.200.1.10",
        "2a00:1450:4007:80e::200e",
        "::8.8.8.8",
        "64:ff9b::808:808",
        "2002:808:808::1",
        "2001:db9::1"
      })
  void aPublicAddressIsNot(String address) throws Exception {
    assertThat(IatiFetch.internal(InetAddress.getByName(address))).as(address).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://[::127.0.0.1]:8091/",
        "https://[64:ff9b::7f00:1]:8091/",
        "https://[2002:7f00:1::]:8091/",
        "https://[::ffff:127.0.0.1]/x.xml",
        "https://2130706433/x.xml",
        "https://0.0.0.0/x.xml",
        "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/x.xml"
      })
  void theTrialsUrlsAreRefusedBeforeAnyConnection(String url) {
    assertThatThrownBy(() -> fetch().checked(new URI(url)))
        .isInstanceOfSatisfying(
            IatiFileRefused.class, r -> assertThat(r.rule()).isEqualTo("iati.url.address"));
  }

  @Test
  void theCheckedAddressIsTheOneConnectedTo() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      PinnedSockets sockets =
          new PinnedSockets(
              (SSLSocketFactory) SSLSocketFactory.getDefault(),
              InetAddress.getLoopbackAddress(),
              "iati.example.org");
      // the connection asks for another host (a second resolution): it still goes to the
      // checked address
      try (Socket s = sockets.createSocket()) {
        s.connect(InetSocketAddress.createUnresolved("rebound.example", server.getLocalPort()), 0);
        assertThat(s.getInetAddress()).isEqualTo(InetAddress.getLoopbackAddress());
      }
      // TLS is never layered over a socket connected elsewhere
      try (Socket other = new Socket()) {
        other.connect(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()));
        PinnedSockets elsewhere =
            new PinnedSockets(
                (SSLSocketFactory) SSLSocketFactory.getDefault(),
                InetAddress.getByName("192.0.2.1"),
                "iati.example.org");
        assertThatThrownBy(
                () ->
                    elsewhere.createSocket(other, "iati.example.org", server.getLocalPort(), true))
            .isInstanceOf(IOException.class);
      }
    }
  }
}
