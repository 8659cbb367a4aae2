package dev.tollgate.benchmarks;

import dev.tollgate.test.tokens.RawJws;
import dev.tollgate.test.tokens.SigningKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The tokens every scenario verifies: a pool of distinct valid tokens (cycled so that no result cache can
 * help), one token for the repeated-token scenario, an expired token, and tampered tokens derived from a valid
 * one, all signed by one 2048-bit RSA key whose public half is offered as PEM, as a decoded key and as a JWKS
 * (written by the test kit's {@link SigningKey} when the key is made, and kept, as the private key is not).
 *
 * <p>Valid tokens are issued a second before minting and live {@link #LIFETIME}, so the contenders, which
 * check {@code exp} and {@code nbf} against the real clock, accept them for the whole run. Minting signs one
 * token per millisecond or so; {@link RunAll} mints once and hands the file to every forked JVM through
 * {@link #FILE_PROPERTY}. Immutable and thread-safe.
 */
public final class BenchmarkFixture {

  /** System property naming a fixture file written by {@link #writeTo(Path)}; absent: mint in-process. */
  public static final String FILE_PROPERTY = "tollgate.bench.fixture";
  /** System property overriding the number of tokens minted in-process (tests use a small pool). */
  public static final String POOL_SIZE_PROPERTY = "tollgate.bench.pool";
  /** Default number of distinct valid tokens: {@value}, a power of two so a cursor can wrap with a mask. */
  public static final int DEFAULT_POOL_SIZE = 4096;
  /** Lifetime of minted tokens: 6 hours, far longer than any run. */
  public static final Duration LIFETIME = Duration.ofHours(6);

  private static final String FORMAT = "tollgate-benchmark-fixture 2";
  private static @Nullable BenchmarkFixture shared;

  private final RSAPublicKey publicKey;
  private final String jwks;
  private final String[] tokens;
  private final String repeatedToken;
  private final String expiredToken;

  private BenchmarkFixture(RSAPublicKey publicKey, String jwks, String[] tokens, String repeatedToken,
      String expiredToken) {
    if (tokens.length == 0 || Integer.bitCount(tokens.length) != 1) {
      throw new IllegalArgumentException("the token pool size must be a power of two, not " + tokens.length);
    }
    this.publicKey = publicKey;
    this.jwks = jwks;
    this.tokens = tokens;
    this.repeatedToken = repeatedToken;
    this.expiredToken = expiredToken;
  }

  /**
   * The fixture of this JVM: read from the file named by {@link #FILE_PROPERTY}, or minted on first use with
   * {@link #POOL_SIZE_PROPERTY} tokens (default {@link #DEFAULT_POOL_SIZE}).
   */
  public static synchronized BenchmarkFixture shared() {
    if (shared == null) {
      String file = System.getProperty(FILE_PROPERTY);
      shared = file != null ? readFrom(Path.of(file))
          : mint(Integer.getInteger(POOL_SIZE_PROPERTY, DEFAULT_POOL_SIZE));
    }
    return shared;
  }

  /**
   * Generates a key and mints {@code poolSize} distinct valid tokens, a repeated token and an expired one.
   *
   * @param poolSize a power of two
   */
  public static BenchmarkFixture mint(int poolSize) {
    SigningKey key = TokenMinter.generateKey();
    TokenMinter minter = new TokenMinter(key, new SecureRandom());
    Instant issuedAt = Instant.now().minusSeconds(1);
    String[] tokens = new String[poolSize];
    for (int i = 0; i < poolSize; i++) {
      tokens[i] = minter.mint(issuedAt, LIFETIME);
    }
    String repeated = minter.mint(issuedAt, LIFETIME);
    String expired = minter.mint(issuedAt.minus(Duration.ofHours(2)), Duration.ofHours(1));
    return new BenchmarkFixture(key.publicKey(), key.jwks(), tokens, repeated, expired);
  }

  /** Writes the public key, its JWKS and the tokens (never a private key) for {@link #readFrom(Path)}. */
  public void writeTo(Path file) throws IOException {
    List<String> lines = new ArrayList<>(tokens.length + 5);
    lines.add(FORMAT);
    lines.add(Base64.getEncoder().encodeToString(publicKey.getEncoded()));
    lines.add(jwks);
    lines.add(repeatedToken);
    lines.add(expiredToken);
    lines.addAll(List.of(tokens));
    Files.write(file, lines, StandardCharsets.US_ASCII);
  }

  /** Reads a fixture written by {@link #writeTo(Path)}. */
  public static BenchmarkFixture readFrom(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
      if (lines.size() < 6 || !lines.get(0).equals(FORMAT)) {
        throw new IllegalArgumentException(file + " is not a benchmark fixture");
      }
      byte[] encoded = Base64.getDecoder().decode(lines.get(1));
      RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(encoded));
      String[] tokens = lines.subList(5, lines.size()).toArray(new String[0]);
      return new BenchmarkFixture(key, lines.get(2), tokens, lines.get(3), lines.get(4));
    } catch (IOException | GeneralSecurityException unreadable) {
      throw new IllegalStateException("cannot read the benchmark fixture " + file, unreadable);
    }
  }

  /** @return the decoded public key */
  public RSAPublicKey publicKey() {
    return publicKey;
  }

  /** @return the public key as a {@code -----BEGIN PUBLIC KEY-----} PEM block, as Clerk's dashboard gives it */
  public String pem() {
    String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(publicKey.getEncoded());
    return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
  }

  /** @return a JWK Set holding the public key under {@link TokenMinter#KID}, shaped like Clerk's */
  public String jwks() {
    return jwks;
  }

  /** @return the number of distinct valid tokens, a power of two */
  public int poolSize() {
    return tokens.length;
  }

  /** @return a copy of the pool of distinct valid tokens */
  public String[] tokens() {
    return tokens.clone();
  }

  /** @return the valid token of the repeated-token scenario (not in the pool) */
  public String repeatedToken() {
    return repeatedToken;
  }

  /** @return a token with a valid signature whose {@code exp} passed an hour ago */
  public String expiredToken() {
    return expiredToken;
  }

  /** @return the first pool token with another {@code sub} in its payload and the original signature */
  public String tamperedPayloadToken() {
    String[] parts = tokens[0].split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forged = payload.replaceFirst("\"sub\":\"user_2[0-9A-Za-z]+\"", "\"sub\":\"user_2attacker\"");
    if (forged.equals(payload)) {
      throw new IllegalStateException("the token has no sub to tamper with");
    }
    return parts[0] + "." + RawJws.base64Url(forged) + "." + parts[2];
  }

  /** @return the first pool token with one bit of its signature flipped */
  public String tamperedSignatureToken() {
    String[] parts = tokens[0].split("\\.");
    byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
    signature[signature.length / 2] ^= 0x01;
    return parts[0] + "." + parts[1] + "." + RawJws.base64Url(signature);
  }

  /** @return the bytes the signature of pool token {@code index} covers: ASCII {@code header '.' payload} */
  public byte[] signingInput(int index) {
    String token = tokens[index];
    return token.substring(0, token.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
  }

  /** @return the decoded signature of pool token {@code index} */
  public byte[] signature(int index) {
    String token = tokens[index];
    return Base64.getUrlDecoder().decode(token.substring(token.lastIndexOf('.') + 1));
  }


  @Override
  public String toString() {
    return "BenchmarkFixture[" + tokens.length + " tokens, kid " + TokenMinter.KID + "]";
  }
}
