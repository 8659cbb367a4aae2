package dev.tollgate.benchmarks;

import com.auth0.jwt.interfaces.DecodedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.tollgate.Session;
import dev.tollgate.benchmarks.contenders.Auth0Contender;
import dev.tollgate.benchmarks.contenders.ClerkSdkContender;
import dev.tollgate.benchmarks.contenders.JjwtContender;
import dev.tollgate.benchmarks.contenders.NimbusContender;
import dev.tollgate.benchmarks.contenders.SpringDecoderContender;
import dev.tollgate.benchmarks.contenders.TollgateContender;
import io.jsonwebtoken.Claims;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Scenario 2, fresh tokens: every operation verifies the next token of a pool of distinct valid tokens
 * ({@link TokenCursor}), so no result cache can help. Tollgate runs with its verified-token cache off; each
 * contender is set up as in its package's documentation and must pass {@code EquivalenceCheck} (accept the
 * valid tokens, reject tampered and expired ones) before anything is measured. Each method returns the
 * verifier's own result so nothing is optimized away.
 */
public class FreshTokensBenchmark {

  /** Tollgate, networkless key, cache off. */
  @State(Scope.Benchmark)
  public static class Tollgate {
    TollgateContender verifier;

    /** Builds and proves the verifier. */
    @Setup
    public void setUp() {
      verifier = TollgateContender.uncached(BenchmarkFixture.shared());
    }

    /** Closes the verifier. */
    @TearDown
    public void tearDown() {
      verifier.close();
    }
  }

  /** auth0 java-jwt. */
  @State(Scope.Benchmark)
  public static class Auth0 {
    Auth0Contender verifier;

    /** Builds and proves the verifier. */
    @Setup
    public void setUp() {
      verifier = Auth0Contender.create(BenchmarkFixture.shared());
    }
  }

  /** jjwt. */
  @State(Scope.Benchmark)
  public static class Jjwt {
    JjwtContender verifier;

    /** Builds and proves the parser. */
    @Setup
    public void setUp() {
      verifier = JjwtContender.create(BenchmarkFixture.shared());
    }
  }

  /** Clerk's Java SDK. */
  @State(Scope.Benchmark)
  public static class ClerkSdk {
    ClerkSdkContender verifier;

    /** Builds and proves the options. */
    @Setup
    public void setUp() {
      verifier = ClerkSdkContender.create(BenchmarkFixture.shared());
    }
  }

  /** Nimbus DefaultJWTProcessor. */
  @State(Scope.Benchmark)
  public static class Nimbus {
    NimbusContender verifier;

    /** Builds and proves the processor. */
    @Setup
    public void setUp() {
      verifier = NimbusContender.create(BenchmarkFixture.shared());
    }
  }

  /** Spring Security NimbusJwtDecoder. */
  @State(Scope.Benchmark)
  public static class Spring {
    SpringDecoderContender verifier;

    /** Builds and proves the decoder. */
    @Setup
    public void setUp() {
      verifier = SpringDecoderContender.create(BenchmarkFixture.shared());
    }
  }

  /** @return the verified session */
  @Benchmark
  public Session tollgate(Tollgate state, TokenCursor tokens) throws Exception {
    return state.verifier.verify(tokens.next());
  }

  /** @return the decoded, verified token */
  @Benchmark
  public DecodedJWT auth0JavaJwt(Auth0 state, TokenCursor tokens) {
    return state.verifier.verify(tokens.next());
  }

  /** @return the verified claims */
  @Benchmark
  public Claims jjwt(Jjwt state, TokenCursor tokens) {
    return state.verifier.verify(tokens.next());
  }

  /** @return the verified claims */
  @Benchmark
  public Object clerkSdk(ClerkSdk state, TokenCursor tokens) throws Exception {
    return state.verifier.verify(tokens.next());
  }

  /** @return the verified claims */
  @Benchmark
  public JWTClaimsSet nimbusProcessor(Nimbus state, TokenCursor tokens) throws Exception {
    return state.verifier.verify(tokens.next());
  }

  /** @return the verified token */
  @Benchmark
  public Jwt springNimbusJwtDecoder(Spring state, TokenCursor tokens) {
    return state.verifier.verify(tokens.next());
  }
}
