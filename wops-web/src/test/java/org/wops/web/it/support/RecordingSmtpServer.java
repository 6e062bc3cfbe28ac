package org.wops.web.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A tiny SMTP server on a loopback port that records every message it receives (recipient and
 * Message-ID) the moment the final dot of its data arrives, as a real server commits it, before it
 * answers. It can be slow to answer that dot (the first time a given Message-ID arrives, for the
 * Message-IDs that contain {@code slowMarker}) and to accept each message (to stretch a dispatch
 * over seconds): what GreenMail cannot do.
 */
public final class RecordingSmtpServer implements AutoCloseable {
  /** One message as received. */
  public record Received(String recipient, String messageId) {}

  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final String slowMarker;
  private final long slowMillis;
  private final long perMessageMillis;

  public RecordingSmtpServer(String slowMarker, long slowMillis, long perMessageMillis)
      throws IOException {
    this.slowMarker = slowMarker;
    this.slowMillis = slowMillis;
    this.perMessageMillis = perMessageMillis;
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.submit(this::acceptAll);
  }

  public int port() {
    return server.getLocalPort();
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  /** How many copies of each Message-ID that contains {@code marker} arrived. */
  public Map<String, Long> copies(String marker) {
    Map<String, Long> copies = new java.util.TreeMap<>();
    for (Received r : received) {
      if (r.messageId().contains(marker)) {
        copies.merge(r.messageId(), 1L, Long::sum);
      }
    }
    return copies;
  }

  private void acceptAll() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        threads.submit(() -> converse(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void converse(Socket client) {
    try (client;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1))) {
      OutputStream out = client.getOutputStream();
      answer(out, "220 recorder ESMTP");
      String recipient = null;
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.toUpperCase(java.util.Locale.ROOT);
        if (command.startsWith("RCPT")) {
          recipient = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase();
          answer(out, "250 ok");
        } else if (command.equals("DATA")) {
          answer(out, "354 go ahead");
          String messageId = null;
          String data;
          while ((data = in.readLine()) != null && !data.equals(".")) {
            if (messageId == null && data.regionMatches(true, 0, "Message-ID:", 0, 11)) {
              messageId = data.substring(11).strip();
            }
          }
          if (data == null || messageId == null) {
            // the client went away mid-DATA (a kill -9): like any SMTP server, accept nothing
            return;
          }
          received.add(new Received(recipient, messageId));
          boolean first = seen.add(messageId);
          if (first && messageId != null && messageId.contains(slowMarker)) {
            TimeUnit.MILLISECONDS.sleep(slowMillis);
          } else if (perMessageMillis > 0) {
            TimeUnit.MILLISECONDS.sleep(perMessageMillis);
          }
          answer(out, "250 accepted");
        } else if (command.startsWith("QUIT")) {
          answer(out, "221 bye");
          return;
        } else {
          answer(out, "250 ok");
        }
      }
    } catch (IOException | InterruptedException | RuntimeException gone) {
      // the client went away (a timeout, a crash): what arrived is recorded already
    }
  }

  private static void answer(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    server.close();
    threads.shutdownNow();
    threads.awaitTermination(10, TimeUnit.SECONDS);
  }
}
