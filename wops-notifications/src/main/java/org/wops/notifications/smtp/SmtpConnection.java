package org.wops.notifications.smtp;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import javax.net.SocketFactory;

/**
 * One SMTP connection that applies the timeout of each phase of the conversation ({@link
 * SmtpTimeouts}) and knows whether the last message's data was sent completely: a failure after
 * that (no answer to the final dot in time, the connection lost) leaves its outcome unknown, as the
 * server may have accepted it.
 *
 * <p>Jakarta Mail has one read timeout for every answer. This connection's sockets come from a
 * factory of its own ({@code mail.smtp.socketFactory}); each watches the command lines the client
 * writes and sets the socket's read timeout for the answer that command waits for (DATA: the data
 * initiation timeout; anything else: the command timeout). The message reports when its data starts
 * and ends (see {@link #progress()}): then the socket waits for the data termination timeout. After
 * STARTTLS the lines are encrypted and no longer watched: the answer to DATA then waits for the
 * command timeout (longer than RFC 5321's minimum, never shorter).
 */
public final class SmtpConnection implements AutoCloseable {
  private final Transport transport;
  private final SmtpTimeouts timeouts;
  private volatile PhasedSocket socket;
  private volatile boolean dataSent;

  private SmtpConnection(Session platform, SmtpTimeouts timeouts) throws MessagingException {
    this.timeouts = timeouts;
    Properties properties = new Properties();
    properties.putAll(platform.getProperties());
    properties.put("mail.smtp.connectiontimeout", String.valueOf(timeouts.connectMillis()));
    properties.put("mail.smtp.timeout", String.valueOf(timeouts.greetingMillis()));
    properties.put("mail.smtp.writetimeout", String.valueOf(timeouts.dataBlockMillis()));
    // an instance, not a class name: put, not setProperty (Jakarta Mail's SMTP provider documents
    // it)
    properties.put("mail.smtp.socketFactory", new Factory());
    properties.put("mail.smtp.socketFactory.fallback", "false");
    Session session =
        Session.getInstance(
            properties,
            new Authenticator() {
              @Override
              protected PasswordAuthentication getPasswordAuthentication() {
                return platform.requestPasswordAuthentication(
                    getRequestingSite(),
                    getRequestingPort(),
                    getRequestingProtocol(),
                    getRequestingPrompt(),
                    getDefaultUserName());
              }
            });
    this.transport = session.getTransport("smtp");
  }

  /** Connects to the platform's SMTP server; throws when it cannot. */
  public static SmtpConnection open(Session platform, SmtpTimeouts timeouts)
      throws MessagingException {
    SmtpConnection connection = new SmtpConnection(platform, timeouts);
    connection.transport.connect();
    return connection;
  }

  public boolean isConnected() {
    return transport.isConnected();
  }

  /**
   * Sends one message composed with {@link #progress()}; returns normally once the server accepted
   * it.
   */
  public void send(MimeMessage message) throws MessagingException {
    dataSent = false;
    transport.sendMessage(message, message.getAllRecipients());
  }

  /**
   * Whether the last message's data went out completely: a failure of {@link #send} after that,
   * other than a refusal by the server, leaves its outcome unknown.
   */
  public boolean dataSent() {
    return dataSent;
  }

  /** What the message being sent reports to this connection. */
  public MailProgress progress() {
    return new MailProgress() {
      @Override
      public void dataStarts() {
        PhasedSocket s = socket;
        if (s != null) {
          s.inData = true;
        }
      }

      @Override
      public void dataEnds() {
        dataSent = true;
        PhasedSocket s = socket;
        if (s != null) {
          s.inData = false;
          s.waitFor(timeouts.dataTerminationMillis());
        }
      }
    };
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (MessagingException ignored) {
      // the connection is gone either way
    }
  }

  /** Hands out this connection's socket. */
  private final class Factory extends SocketFactory {
    @Override
    public Socket createSocket() {
      PhasedSocket s = new PhasedSocket(timeouts);
      socket = s;
      return s;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      Socket s = createSocket();
      s.connect(new java.net.InetSocketAddress(host, port), timeouts.connectMillis());
      return s;
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
        throws IOException {
      Socket s = createSocket();
      s.bind(new java.net.InetSocketAddress(localHost, localPort));
      s.connect(new java.net.InetSocketAddress(host, port), timeouts.connectMillis());
      return s;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      Socket s = createSocket();
      s.connect(new java.net.InetSocketAddress(host, port), timeouts.connectMillis());
      return s;
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress localHost, int localPort)
        throws IOException {
      Socket s = createSocket();
      s.bind(new java.net.InetSocketAddress(localHost, localPort));
      s.connect(new java.net.InetSocketAddress(host, port), timeouts.connectMillis());
      return s;
    }
  }

  /** A plain socket that sets its read timeout from the command lines written to it. */
  static final class PhasedSocket extends Socket {
    private final SmtpTimeouts timeouts;
    volatile boolean inData;
    private volatile boolean encrypted;
    private OutputStream watched;

    PhasedSocket(SmtpTimeouts timeouts) {
      this.timeouts = timeouts;
    }

    void waitFor(int millis) {
      try {
        setSoTimeout(millis);
      } catch (SocketException closed) {
        // the next read fails anyway
      }
    }

    @Override
    public synchronized OutputStream getOutputStream() throws IOException {
      if (watched == null) {
        watched = new CommandWatcher(super.getOutputStream());
      }
      return watched;
    }

    /** Reads the command lines as they go out (at most their first few characters). */
    private final class CommandWatcher extends FilterOutputStream {
      private final StringBuilder line = new StringBuilder();

      CommandWatcher(OutputStream out) {
        super(out);
      }

      @Override
      public void write(int b) throws IOException {
        watch(b);
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
          watch(b[i]);
        }
        out.write(b, off, len);
      }

      private void watch(int b) {
        if (inData || encrypted) {
          return;
        }
        if (b == '\n') {
          String command = line.toString().strip().toUpperCase(Locale.ROOT);
          line.setLength(0);
          if (command.equals("DATA")) {
            waitFor(timeouts.dataInitiationMillis());
          } else if (command.equals(".")) {
            waitFor(timeouts.dataTerminationMillis());
          } else {
            if (command.equals("STARTTLS")) {
              encrypted = true;
            }
            waitFor(timeouts.commandMillis());
          }
        } else if (line.length() < 16) {
          line.append(new String(new byte[] {(byte) b}, StandardCharsets.ISO_8859_1));
        }
      }
    }
  }
}
