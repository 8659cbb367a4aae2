package dev.tollgate.benchmarks.contenders;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.tollgate.benchmarks.BenchmarkFixture;
import java.text.ParseException;
import java.util.Set;

/**
 * Nimbus {@code DefaultJWTProcessor} with a {@code SingleKeyJWSKeySelector} for RS256 and a
 * {@code DefaultJWTClaimsVerifier} that requires {@code exp}, {@code sub} and {@code sid} (the claims Tollgate
 * requires) and checks {@code exp} and {@code nbf}. Thread-safe once configured.
 */
public final class NimbusContender implements TokenCheck {

  private final DefaultJWTProcessor<SecurityContext> processor;

  private NimbusContender(DefaultJWTProcessor<SecurityContext> processor) {
    this.processor = processor;
  }

  /** Configures the processor and proves it with {@link EquivalenceCheck}. */
  public static NimbusContender create(BenchmarkFixture fixture) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new SingleKeyJWSKeySelector<>(JWSAlgorithm.RS256, fixture.publicKey()));
    processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(null, null, Set.of("exp", "sub", "sid"), null));
    NimbusContender contender = new NimbusContender(processor);
    EquivalenceCheck.requireVerifies("Nimbus DefaultJWTProcessor", contender, fixture);
    return contender;
  }

  @Override
  public JWTClaimsSet verify(String token) throws ParseException, BadJOSEException, com.nimbusds.jose.JOSEException {
    return processor.process(token, null);
  }
}
