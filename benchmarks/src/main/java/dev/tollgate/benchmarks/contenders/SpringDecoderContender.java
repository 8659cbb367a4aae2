package dev.tollgate.benchmarks.contenders;

import dev.tollgate.benchmarks.BenchmarkFixture;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Spring Security's {@code NimbusJwtDecoder.withPublicKey(key).signatureAlgorithm(RS256).build()}, the
 * decoder a Spring resource server builds for a fixed key; its default validator checks {@code exp} and
 * {@code nbf}. Thread-safe.
 */
public final class SpringDecoderContender implements TokenCheck {

  private final NimbusJwtDecoder decoder;

  private SpringDecoderContender(NimbusJwtDecoder decoder) {
    this.decoder = decoder;
  }

  /** Builds the decoder and proves it with {@link EquivalenceCheck}. */
  public static SpringDecoderContender create(BenchmarkFixture fixture) {
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(fixture.publicKey())
        .signatureAlgorithm(SignatureAlgorithm.RS256)
        .build();
    SpringDecoderContender contender = new SpringDecoderContender(decoder);
    EquivalenceCheck.requireVerifies("Spring NimbusJwtDecoder", contender, fixture);
    return contender;
  }

  @Override
  public Jwt verify(String token) {
    return decoder.decode(token);
  }
}
