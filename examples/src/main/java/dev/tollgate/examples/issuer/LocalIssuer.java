package dev.tollgate.examples.issuer;

import dev.tollgate.examples.support.LoopbackServer;
import dev.tollgate.test.tokens.SigningKey;
import dev.tollgate.test.tokens.TokenSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;

/**
 * A development-only token issuer on a loopback port: it generates an RSA-2048 key when it starts (kept in
 * memory only, gone when it stops), serves the public key at {@value #JWKS_PATH}, and mints Clerk-shaped
 * session tokens at {@value #MINT_PATH} and through {@link #token()}. The tokens come from the test kit
 * ({@code tollgate-test-tokens}); this class adds the demo's defaults and its loopback-only HTTP routes.
 *
 * <p>It signs a token for anyone who asks, so it says so: a banner in the log when it starts, the
 * {@value #DEV_HEADER} header on every response, and a {@code warning} member in JSON answers. It binds to
 * {@code 127.0.0.1} only and mints only for loopback clients. Point a verifier at it with
 * {@code SessionVerifier.builder().jwksUrl(issuer.jwksUrl())}. Thread-safe.
 */
public final class LocalIssuer implements AutoCloseable {

  /** Default port: {@value}. */
  public static final int DEFAULT_PORT = 8787;
  /** Path of the JWK Set: {@value}, where Clerk's Frontend API serves it. */
  public static final String JWKS_PATH = "/.well-known/jwks.json";
  /** Path of the minting endpoint: {@value}. */
  public static final String MINT_PATH = "/mint";
  /** Response header present on every answer of the local issuer: {@value}. */
  public static final String DEV_HEADER = "X-Tollgate-Dev-Issuer";
  /** The warning this issuer repeats everywhere: {@value}. */
  public static final String DEV_WARNING =
      "DEVELOPMENT ONLY: this local issuer signs a session token for anyone who asks. Never use it in production.";
  /** Prefix of the key ids this issuer generates, so a key is recognizably the demo's: {@value}. */
  public static final String KEY_ID_PREFIX = "ins_local_";
  /** Default user id ({@code sub}) of its tokens: {@value}. */
  public static final String DEFAULT_USER_ID = "user_local";
  /** Default authorized party ({@code azp}) of its tokens, a typical local front end: {@value}. */
  public static final String DEFAULT_AUTHORIZED_PARTY = "http://localhost:3000";
  /** Default organization id when a role or permissions come without one: {@value}. */
  public static final String DEFAULT_ORG_ID = "org_local";
  /** Default organization slug: {@value}. */
  public static final String DEFAULT_ORG_SLUG = "local-org";


  private final LoopbackServer server;
  private final SigningKey key;
  private final Clock clock;

  private LocalIssuer(LoopbackServer server, SigningKey key, Clock clock) {
    this.server = server;
    this.key = key;
    this.clock = clock;
  }

  /**
   * Generates a key and starts serving.
   *
   * @param port the port, or 0 for a free one
   * @param clock the clock for {@code iat}
   * @param log where the development-only banner is printed
   * @return the running issuer
   * @throws IOException if the port is taken or the server does not start
   */
  public static LocalIssuer start(int port, Clock clock, PrintStream log) throws IOException {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(log, "log");
    SigningKey key = generateKey();
    LoopbackServer server = LoopbackServer.bind("issuer", port);
    server.start(new IssuerHandler(key, server.baseUrl().toString(), clock));
    log.println(banner());
    log.println("Local issuer on " + server.baseUrl() + " (kid " + key.keyId() + "): JWKS " + server.baseUrl()
        + JWKS_PATH + ", tokens from " + server.baseUrl() + MINT_PATH);
    return new LocalIssuer(server, key, clock);
  }

  /** @return a new RSA-2048 key with a random {@value #KEY_ID_PREFIX}… key id */
  public static SigningKey generateKey() {
    return SigningKey.generate(KEY_ID_PREFIX + SigningKey.randomId(20));
  }

  /**
   * A valid session token of this demo, to change with the spec's methods and sign: user
   * {@value #DEFAULT_USER_ID}, authorized party {@value #DEFAULT_AUTHORIZED_PARTY}, a random {@code sess_…}
   * session id (a new one each call), and the kit's other defaults (claims version 2, 60 seconds, {@code fva}
   * {@code [0,-1]}).
   *
   * @param key the signing key
   * @param issuer the {@code iss}
   * @param clock the clock {@code iat} is read from at signing
   * @return the spec
   */
  public static TokenSpec token(SigningKey key, String issuer, Clock clock) {
    return TokenSpec.session(key, issuer, clock).userId(DEFAULT_USER_ID).authorizedParty(DEFAULT_AUTHORIZED_PARTY)
        .sessionId("sess_" + SigningKey.randomId(27));
  }

  /** @return {@link #token(SigningKey, String, Clock)} of this issuer's key, URL and clock */
  public TokenSpec token() {
    return token(key, server.baseUrl().toString(), clock);
  }

  /** @return the framed development-only warning printed at start and on {@code GET /} */
  public static String banner() {
    String line = "!".repeat(DEV_WARNING.length() + 8);
    return line + "\n!!! " + DEV_WARNING + " !!!\n" + line;
  }

  /** @return {@code http://127.0.0.1:<port>}, also the {@code iss} of minted tokens */
  public URI baseUrl() {
    return server.baseUrl();
  }

  /** @return the JWK Set URL, for {@code SessionVerifierBuilder.jwksUrl(URI)} or {@code CLERK_JWKS_URL} */
  public URI jwksUrl() {
    return URI.create(server.baseUrl() + JWKS_PATH);
  }

  /** @return the minting endpoint */
  public URI mintUrl() {
    return URI.create(server.baseUrl() + MINT_PATH);
  }

  /** @return the signing key (its public half, PEM, for {@code CLERK_JWT_KEY}) */
  public SigningKey key() {
    return key;
  }

  /** Stops serving; the key is forgotten with this object. Idempotent. */
  @Override
  public void close() {
    server.close();
  }
}
