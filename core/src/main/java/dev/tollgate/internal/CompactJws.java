package dev.tollgate.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A compact JWS (RFC 7515 §7.1) split and decoded, but not yet verified: nothing in it is trusted.
 *
 * <p>{@link #parse(String, Header)} decodes all three segments strictly (see {@link Base64Url},
 * {@link StrictJson}) before anything is checked, so a malformed token is always {@code token-invalid}, whatever
 * else is wrong. The token text itself is kept (it is ASCII once parsed), not copied. Immutable.
 */
public final class CompactJws {

  /**
   * A decoded protected header with the exact segment it came from. Tokens of one Clerk instance share their
   * header byte for byte, so a verifier can hand the last one back to {@link #parse(String, Header)}, which
   * reuses it only for an identical segment. Immutable.
   */
  public static final class Header {
    private final String segment;
    private final Map<String, @Nullable Object> fields;

    private Header(String segment, Map<String, @Nullable Object> fields) {
      this.segment = segment;
      this.fields = fields;
    }

    /** @return the decoded header members */
    public Map<String, @Nullable Object> fields() {
      return fields;
    }
  }

  /** Per-thread buffer a JSON segment is decoded into; grows to the longest segment seen. */
  private static final ThreadLocal<byte[]> SEGMENT = ThreadLocal.withInitial(() -> new byte[1024]);

  private final String token;
  private final int signingInputLength;
  private final Header header;
  private final Map<String, @Nullable Object> payload;
  private final byte[] signature;

  private CompactJws(String token, int signingInputLength, Header header, Map<String, @Nullable Object> payload,
      byte[] signature) {
    this.token = token;
    this.signingInputLength = signingInputLength;
    this.header = header;
    this.payload = payload;
    this.signature = signature;
  }

  /**
   * Splits and decodes a token. The caller has already bounded its length.
   *
   * @param known a header decoded from an earlier token, reused if this token's header segment is identical
   * @throws MalformedTokenException if it is not exactly three strict base64url segments holding a JSON
   *     object header and a JSON object payload
   */
  public static CompactJws parse(String token, @Nullable Header known) throws MalformedTokenException {
    int firstDot = token.indexOf('.');
    int secondDot = firstDot == -1 ? -1 : token.indexOf('.', firstDot + 1);
    if (secondDot == -1 || token.indexOf('.', secondDot + 1) != -1) {
      throw new MalformedTokenException("A JWT consists of three parts separated by dots.");
    }
    Header header;
    if (known != null && known.segment.length() == firstDot && token.startsWith(known.segment)) {
      header = known;
    } else {
      header = new Header(token.substring(0, firstDot), object(token, 0, firstDot, "header"));
    }
    Map<String, @Nullable Object> payload = object(token, firstDot + 1, secondDot, "payload");
    byte[] signature = Base64Url.decode(token, secondDot + 1, token.length());
    if (signature == null) {
      throw notBase64Url();
    }
    return new CompactJws(token, secondDot, header, payload, signature);
  }

  /** Decodes a JSON segment through the thread's buffer: the parsed object keeps nothing of the bytes. */
  private static Map<String, @Nullable Object> object(String token, int from, int to, String part)
      throws MalformedTokenException {
    int capacity = Base64Url.decodedLength(to - from);
    if (capacity < 0) {
      throw notBase64Url();
    }
    byte[] json = segmentBuffer(capacity);
    int length = Base64Url.decodeInto(token, from, to, json);
    if (length < 0) {
      throw notBase64Url();
    }
    Map<String, @Nullable Object> object = StrictJson.parseObject(json, 0, length);
    if (object == null) {
      throw new MalformedTokenException("The JWT " + part + " is not a strict UTF-8 JSON object.");
    }
    return object;
  }

  private static MalformedTokenException notBase64Url() {
    return new MalformedTokenException("A JWT segment is not strict base64url.");
  }

  /** The thread's segment buffer, grown to hold at least {@code capacity} bytes. */
  private static byte[] segmentBuffer(int capacity) {
    byte[] buffer = SEGMENT.get();
    if (buffer.length < capacity) {
      buffer = new byte[Math.max(capacity, buffer.length * 2)];
      SEGMENT.set(buffer);
    }
    return buffer;
  }

  /** @return the token; its first {@link #signingInputLength()} characters are the signing input */
  public String token() {
    return token;
  }

  /** @return the length of {@code header '.' payload}, the bytes the signature covers */
  public int signingInputLength() {
    return signingInputLength;
  }

  /** @return the decoded protected header */
  public Header header() {
    return header;
  }

  /** @return the decoded payload */
  public Map<String, @Nullable Object> payload() {
    return payload;
  }

  /** @return the decoded signature */
  public byte[] signature() {
    return signature;
  }
}
