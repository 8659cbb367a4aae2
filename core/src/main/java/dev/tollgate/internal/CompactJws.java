package dev.tollgate.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A compact JWS (RFC 7515 §7.1) split and decoded, but not yet verified: nothing in it is trusted.
 *
 * <p>{@link #parse(String)} decodes all three segments strictly (see {@link Base64Url}, {@link StrictJson})
 * before anything is checked, so a malformed token is always {@code token-invalid}, whatever else is wrong.
 * Immutable.
 */
public final class CompactJws {

  private final byte[] ascii;
  private final int signingInputLength;
  private final Map<String, @Nullable Object> header;
  private final Map<String, @Nullable Object> payload;
  private final byte[] signature;

  private CompactJws(byte[] ascii, int signingInputLength, Map<String, @Nullable Object> header,
      Map<String, @Nullable Object> payload, byte[] signature) {
    this.ascii = ascii;
    this.signingInputLength = signingInputLength;
    this.header = header;
    this.payload = payload;
    this.signature = signature;
  }

  /**
   * Splits and decodes a token. The caller has already bounded its length.
   *
   * @throws MalformedTokenException if it is not exactly three strict base64url segments holding a JSON
   *     object header and a JSON object payload
   */
  public static CompactJws parse(String token) throws MalformedTokenException {
    // Non-ASCII characters become '?', which the base64url alphabet rejects.
    byte[] ascii = token.getBytes(StandardCharsets.US_ASCII);
    int firstDot = indexOfDot(ascii, 0);
    int secondDot = firstDot < 0 ? -1 : indexOfDot(ascii, firstDot + 1);
    if (secondDot < 0 || indexOfDot(ascii, secondDot + 1) >= 0) {
      throw new MalformedTokenException("A JWT consists of three parts separated by dots.");
    }
    byte[] headerBytes = Base64Url.decode(ascii, 0, firstDot);
    byte[] payloadBytes = Base64Url.decode(ascii, firstDot + 1, secondDot);
    byte[] signature = Base64Url.decode(ascii, secondDot + 1, ascii.length);
    if (headerBytes == null || payloadBytes == null || signature == null) {
      throw new MalformedTokenException("A JWT segment is not strict base64url.");
    }
    Map<String, @Nullable Object> header = StrictJson.parseObject(headerBytes);
    if (header == null) {
      throw new MalformedTokenException("The JWT header is not a strict UTF-8 JSON object.");
    }
    Map<String, @Nullable Object> payload = StrictJson.parseObject(payloadBytes);
    if (payload == null) {
      throw new MalformedTokenException("The JWT payload is not a strict UTF-8 JSON object.");
    }
    return new CompactJws(ascii, secondDot, header, payload, signature);
  }

  private static int indexOfDot(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '.') {
        return i;
      }
    }
    return -1;
  }

  /** @return the token as ASCII bytes; the signing input is its first {@link #signingInputLength()} bytes */
  public byte[] ascii() {
    return ascii;
  }

  /** @return the length of {@code header '.' payload}, the bytes the signature covers */
  public int signingInputLength() {
    return signingInputLength;
  }

  /** @return the decoded protected header */
  public Map<String, @Nullable Object> header() {
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
