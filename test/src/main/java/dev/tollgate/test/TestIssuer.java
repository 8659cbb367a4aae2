package dev.tollgate.test;

import dev.tollgate.SessionVerifier;
import dev.tollgate.SessionVerifierBuilder;
import dev.tollgate.test.tokens.LoopbackJwksServer;
import dev.tollgate.test.tokens.SigningKey;
import dev.tollgate.test.tokens.TokenSpec;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A local stand-in for a Clerk instance, for tests: it holds an RSA-2048 signing key made when it starts (in memory
 * only), serves the public key as a JWK Set on loopback, and mints Clerk-shaped session tokens with
 * {@link #token()}. Its {@link #issuer()} (the {@code iss} of its tokens) is its own base URL, as a Clerk Frontend API
 * URL is, and its JWK Set lives where Clerk's does, at {@code <issuer>/.well-known/jwks.json}.
 *
 * <p>Point the application under test at it with {@link #jwksUrl()} (or {@link #publicKeyPem()} for a networkless
 * verifier, {@code CLERK_JWT_KEY}), or take {@link #verifier()}. Start one with {@link #start()} or
 * {@link #builder()}, or let {@link TestIssuerExtension} manage it. Thread-safe; {@link #close()} stops the JWK Set
 * endpoint and closes the verifier.
 */
public final class TestIssuer implements AutoCloseable {

  private final SigningKey signingKey;
  private final LoopbackJwksServer jwksServer;
  private final String issuer;
  private final String authorizedParty;
  private final Clock clock;
  private final Object verifierLock = new Object();
  private @Nullable SessionVerifier verifier;
  private boolean closed;

  TestIssuer(SigningKey signingKey, String authorizedParty, Clock clock) {
    this.signingKey = signingKey;
    this.jwksServer = LoopbackJwksServer.start(List.of(signingKey));
    this.issuer = jwksServer.baseUrl().toString();
    this.authorizedParty = authorizedParty;
    this.clock = clock;
  }

  /** @return a running issuer with every default of {@link TestIssuerBuilder} */
  public static TestIssuer start() {
    return builder().start();
  }

  /** @return a builder for an issuer with another clock, authorized party or key */
  public static TestIssuerBuilder builder() {
    return new TestIssuerBuilder();
  }

  /**
   * A valid session token of {@link TokenSpec#DEFAULT_USER_ID} in {@link TokenSpec#DEFAULT_SESSION_ID}, issued now
   * by this issuer for its {@link #authorizedParty()}; change what it says with the spec's methods and
   * {@link TokenSpec#sign()} it.
   *
   * @return the spec
   */
  public TokenSpec token() {
    return TokenSpec.session(signingKey, issuer, clock).authorizedParty(authorizedParty);
  }

  /** @return the {@code iss} of this issuer's tokens, {@code http://127.0.0.1:<port>} */
  public String issuer() {
    return issuer;
  }

  /** @return the URL of this issuer's JWK Set, for {@code SessionVerifierBuilder.jwksUrl} or {@code clerk.jwks-url} */
  public URI jwksUrl() {
    return jwksServer.url();
  }

  /** @return the public key as PEM, for {@code SessionVerifierBuilder.jwtKey} or {@code CLERK_JWT_KEY} */
  public String publicKeyPem() {
    return signingKey.publicKeyPem();
  }

  /** @return the {@code azp} of this issuer's tokens */
  public String authorizedParty() {
    return authorizedParty;
  }

  /** @return the clock tokens are issued by */
  public Clock clock() {
    return clock;
  }

  /** @return the signing key */
  public SigningKey signingKey() {
    return signingKey;
  }

  /** @return the JWK Set endpoint, to rotate keys ({@code publish}) or make it fail ({@code failWith(503)}) */
  public LoopbackJwksServer jwksServer() {
    return jwksServer;
  }

  /**
   * A builder for a verifier of this issuer's tokens: its JWK Set URL, its issuer, its authorized party and its
   * clock are set (and, builders being set-once, cannot be set again); add the rest, such as
   * {@code acceptPending(true)}.
   *
   * @return a new builder
   */
  public SessionVerifierBuilder verifierBuilder() {
    return SessionVerifier.builder().jwksUrl(jwksUrl()).issuer(issuer).authorizedParties(authorizedParty)
        .clock(clock);
  }

  /**
   * @return the verifier of {@link #verifierBuilder()} with its defaults, built on first use and the same instance
   *     afterwards; closed with this issuer
   * @throws IllegalStateException if this issuer is closed
   */
  public SessionVerifier verifier() {
    synchronized (verifierLock) {
      if (closed) {
        throw new IllegalStateException("this test issuer is closed");
      }
      SessionVerifier current = verifier;
      if (current == null) {
        current = verifierBuilder().build();
        verifier = current;
      }
      return current;
    }
  }

  /** Stops the JWK Set endpoint and closes the verifier. Idempotent. */
  @Override
  public void close() {
    SessionVerifier toClose;
    synchronized (verifierLock) {
      closed = true;
      toClose = verifier;
      verifier = null;
    }
    if (toClose != null) {
      toClose.close();
    }
    jwksServer.close();
  }

  /** @return the issuer and key id */
  @Override
  public String toString() {
    return "TestIssuer[" + issuer + ", kid=" + signingKey.keyId() + "]";
  }
}
