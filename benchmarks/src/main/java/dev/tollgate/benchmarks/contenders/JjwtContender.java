package dev.tollgate.benchmarks.contenders;

import dev.tollgate.benchmarks.BenchmarkFixture;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;

/**
 * jjwt: {@code Jwts.parser().verifyWith(key).build()}, then {@code parseSignedClaims(token)}; it checks
 * {@code exp} and {@code nbf} by default. jjwt takes the algorithm from the header and only checks that the key
 * suits it (its algorithm registry cannot be narrowed to RS256 alone); that costs nothing per token. Thread-safe.
 */
public final class JjwtContender implements TokenCheck {

  private final JwtParser parser;

  private JjwtContender(JwtParser parser) {
    this.parser = parser;
  }

  /** Builds the parser and proves it with {@link EquivalenceCheck}. */
  public static JjwtContender create(BenchmarkFixture fixture) {
    JwtParser parser = Jwts.parser().verifyWith(fixture.publicKey()).build();
    JjwtContender contender = new JjwtContender(parser);
    EquivalenceCheck.requireVerifies("jjwt", contender, fixture);
    return contender;
  }

  @Override
  public Claims verify(String token) {
    return parser.parseSignedClaims(token).getPayload();
  }
}
