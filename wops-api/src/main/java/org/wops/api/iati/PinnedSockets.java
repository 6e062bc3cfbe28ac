package org.wops.api.iati;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * TLS sockets to one checked address whatever host name they are asked for, the TLS layer still
 * speaking to that host: its name as the server name (SNI) and the certificate checked against it
 * (endpoint identification HTTPS). {@code HttpsURLConnection} asks its factory for an unconnected
 * socket, connects it to the URL's host (resolving it again) and then layers TLS over it with the
 * host's name; the unconnected socket this factory gives connects to the checked address instead,
 * so the second resolution of the host (DNS rebinding) is never used. See docs/DEVELOPING.md.
 */
final class PinnedSockets extends SSLSocketFactory {
  private final SSLSocketFactory tls;
  private final InetAddress address;
  private final String host;

  PinnedSockets(SSLSocketFactory tls, InetAddress address, String host) {
    this.tls = tls;
    this.address = address;
    this.host = host;
  }

  /** A plain socket that connects to the checked address, whatever endpoint it is given. */
  @Override
  public Socket createSocket() {
    return new Socket() {
      @Override
      public void connect(SocketAddress endpoint, int timeout) throws IOException {
        int port = ((InetSocketAddress) endpoint).getPort();
        super.connect(new InetSocketAddress(address, port), timeout);
      }
    };
  }

  /** TLS over a connected socket, for the URL's host (not the host name it is asked for). */
  @Override
  public Socket createSocket(Socket s, String asked, int port, boolean autoClose)
      throws IOException {
    if (!s.isConnected() || !address.equals(s.getInetAddress())) {
      throw new IOException("The connection is not to the address that was checked.");
    }
    SSLSocket socket = (SSLSocket) tls.createSocket(s, host, port, autoClose);
    SSLParameters parameters = socket.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    socket.setSSLParameters(parameters);
    return socket;
  }

  @Override
  public Socket createSocket(String asked, int port) throws IOException {
    Socket s = createSocket();
    s.connect(new InetSocketAddress(address, port));
    return createSocket(s, host, port, true);
  }

  @Override
  public Socket createSocket(String asked, int port, InetAddress local, int localPort)
      throws IOException {
    return createSocket(asked, port);
  }

  @Override
  public Socket createSocket(InetAddress asked, int port) throws IOException {
    return createSocket(host, port);
  }

  @Override
  public Socket createSocket(InetAddress asked, int port, InetAddress local, int localPort)
      throws IOException {
    return createSocket(host, port);
  }

  @Override
  public String[] getDefaultCipherSuites() {
    return tls.getDefaultCipherSuites();
  }

  @Override
  public String[] getSupportedCipherSuites() {
    return tls.getSupportedCipherSuites();
  }
}
