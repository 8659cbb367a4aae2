package dev.tollgate.benchmarks.endpoint;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The load generator's connection: one persistent HTTP/1.1 connection to a loopback port that sends
 * {@code GET <path>} with {@code Authorization: Bearer <token>} and reads the whole response before the next
 * request (closed loop, no pipelining). It parses only what it needs (status and {@code Content-Length}) and
 * reuses its buffers, so the client adds little to the server's cost. Not thread-safe: one per load thread.
 */
public final class KeepAliveClient implements AutoCloseable {

  private static final int MAX_LINE = 8192;

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final byte[] prefix;
  private final byte[] line = new byte[MAX_LINE];
  private byte[] request = new byte[4096];

  private KeepAliveClient(Socket socket, String path) throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
    this.in = new BufferedInputStream(socket.getInputStream(), 16384);
    this.prefix = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + socket.getPort()
        + "\r\nAuthorization: Bearer ").getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Connects to {@code 127.0.0.1:port}.
   *
   * @param path the request path, for example {@code /hello}
   */
  public static KeepAliveClient connect(int port, String path) throws IOException {
    Socket socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
    socket.setSoTimeout(10_000);
    return new KeepAliveClient(socket, path);
  }

  /**
   * Sends one request and reads its response.
   *
   * @param token the bearer token (ASCII)
   * @return the response status
   * @throws IOException if the connection fails or the response has no {@code Content-Length}
   */
  public int get(String token) throws IOException {
    int length = prefix.length + token.length() + 4;
    if (request.length < length) {
      request = new byte[length * 2];
    }
    System.arraycopy(prefix, 0, request, 0, prefix.length);
    int at = prefix.length;
    for (int i = 0; i < token.length(); i++) {
      request[at++] = (byte) token.charAt(i);
    }
    request[at++] = '\r';
    request[at++] = '\n';
    request[at++] = '\r';
    request[at++] = '\n';
    out.write(request, 0, at);
    out.flush();
    return readResponse();
  }

  private int readResponse() throws IOException {
    int read = readLine();
    if (read < 12 || line[0] != 'H' || line[8] != ' ') {
      throw new IOException("not an HTTP/1.1 status line");
    }
    int status = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
    long contentLength = -1;
    while ((read = readLine()) > 0) {
      if (read > 15 && startsWithIgnoreCase("content-length:")) {
        contentLength = Long.parseLong(new String(line, 15, read - 15, StandardCharsets.US_ASCII).trim());
      }
    }
    if (contentLength < 0) {
      throw new IOException("response without Content-Length (status " + status + ")");
    }
    for (long remaining = contentLength; remaining > 0; remaining--) {
      if (in.read() < 0) {
        throw new EOFException("connection closed inside a response body");
      }
    }
    return status;
  }

  /** Reads one CRLF-terminated line into {@link #line}; returns its length without the CRLF. */
  private int readLine() throws IOException {
    int length = 0;
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("connection closed inside a response head");
      }
      if (b == '\n') {
        return length > 0 && line[length - 1] == '\r' ? length - 1 : length;
      }
      if (length == MAX_LINE) {
        throw new IOException("response header line too long");
      }
      line[length++] = (byte) b;
    }
  }

  private boolean startsWithIgnoreCase(String lowerCaseName) {
    for (int i = 0; i < lowerCaseName.length(); i++) {
      if (Character.toLowerCase(line[i]) != lowerCaseName.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
