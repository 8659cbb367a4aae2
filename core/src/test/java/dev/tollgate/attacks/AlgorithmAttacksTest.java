package dev.tollgate.attacks;

import static dev.tollgate.attacks.Targets.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.RejectionReason;
import dev.tollgate.SessionVerifier;
import dev.tollgate.test.tokens.Json;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Signature stripping, algorithm confusion and algorithm substitution (CVE-2015-9235, CVE-2016-10555). */
class AlgorithmAttacksTest {

  private final SessionVerifier verifier = Targets.networkless();

  private static Map<String, Object> header(String alg) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", alg);
    header.put("kid", TestTokens.KID);
    header.put("typ", "JWT");
    return header;
  }

  private static String payload() {
    return Json.write(TestTokens.token().claims());
  }

  private static String unsigned(String alg, String signature) {
    return TestTokens.base64Url(Json.write(header(alg))) + "." + TestTokens.base64Url(payload()) + "." + signature;
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "None", "NONE", "nOnE", "NoNe"})
  void verifyWhenAlgNoneInAnyCasingWithEmptySignatureThenRejectedBeforeKeyLookup(String alg) {
    assertRejected(RejectionReason.TOKEN_INVALID_ALGORITHM, verifier, unsigned(alg, ""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "NONE"})
  void verifyWhenAlgNoneCarriesAValidRs256SignatureThenStillRejected(String alg) {
    String valid = TestTokens.token().build();
    String signature = valid.substring(valid.lastIndexOf('.') + 1);

    assertRejected(RejectionReason.TOKEN_INVALID_ALGORITHM, verifier, unsigned(alg, signature));
  }

  @Test
  void verifyWhenHs256KeyedWithPublicKeyPemThenRejected() throws Exception {
    byte[] secret = TestKeys.primaryPem().getBytes(StandardCharsets.US_ASCII);
    assertRejected(RejectionReason.TOKEN_INVALID_ALGORITHM, verifier, hmacToken("HS256", secret));
  }

  @Test
  void verifyWhenHs256KeyedWithPublicKeyDerThenRejected() throws Exception {
    byte[] secret = TestKeys.PRIMARY.getPublic().getEncoded();
    assertRejected(RejectionReason.TOKEN_INVALID_ALGORITHM, verifier, hmacToken("HS256", secret));
  }

  @Test
  void verifyWhenHs256KeyedWithModulusBytesThenRejected() throws Exception {
    byte[] secret = TestKeys.publicKey(TestKeys.PRIMARY).getModulus().toByteArray();
    assertRejected(RejectionReason.TOKEN_INVALID_ALGORITHM, verifier, hmacToken("HS256", secret));
    assertRejected(RejectionReason.TOKEN_INVALID_ALGORITHM, verifier, hmacToken("HS512", secret));
  }

  private static String hmacToken(String alg, byte[] secret) throws Exception {
    String signingInput = TestTokens.base64Url(Json.write(header(alg))) + "." + TestTokens.base64Url(payload());
    String jca = alg.equals("HS256") ? "HmacSHA256" : "HmacSHA512";
    Mac mac = Mac.getInstance(jca);
    mac.init(new SecretKeySpec(secret, jca));
    return signingInput + "." + TestTokens.base64Url(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void verifyWhenRs512WithValidSignatureButRs256ExpectedThenRejected() {
    String token = TestTokens.token().header("alg", "RS512").jcaAlgorithm("SHA512withRSA").build();
    assertRejected(RejectionReason.TOKEN_INVALID_ALGORITHM, verifier, token);
  }

  @Test
  void verifyWhenRs512IsAllowedThenTheSameTokenVerifies() throws Exception {
    SessionVerifier allowing = Targets.base().algorithms("RS256", "RS512")
        .jwtKey(TestKeys.primaryPem()).build();
    String token = TestTokens.token().header("alg", "RS512").jcaAlgorithm("SHA512withRSA").build();

    assertEquals(TestTokens.USER_ID, allowing.verify(token).userId());
  }

  @Test
  void verifyWhenHeaderSaysRs256ButSignedWithSha512ThenSignatureInvalid() {
    String token = TestTokens.token().jcaAlgorithm("SHA512withRSA").build();
    assertRejected(RejectionReason.TOKEN_INVALID_SIGNATURE, verifier, token);
  }

  @Test
  void verifyWhenPs256SignedWithTheRsaKeyThenRejected() throws Exception {
    String signingInput = TestTokens.base64Url(Json.write(header("PS256"))) + "." + TestTokens.base64Url(payload());
    Signature pss = Signature.getInstance("RSASSA-PSS");
    pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
    pss.initSign(TestKeys.PRIMARY.getPrivate());
    pss.update(signingInput.getBytes(StandardCharsets.US_ASCII));

    assertRejected(RejectionReason.TOKEN_INVALID_ALGORITHM, verifier,
        signingInput + "." + TestTokens.base64Url(pss.sign()));
  }

  @Test
  void verifyWhenEs256SignedWithAnEcKeyThenRejected() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair ec = generator.generateKeyPair();
    String signingInput = TestTokens.base64Url(Json.write(header("ES256"))) + "." + TestTokens.base64Url(payload());
    byte[] signature = TestTokens.sign(signingInput, ec.getPrivate(), "SHA256withECDSA");

    assertRejected(RejectionReason.TOKEN_INVALID_ALGORITHM, verifier, signingInput + "."
        + TestTokens.base64Url(signature));
  }

  @ParameterizedTest
  @ValueSource(strings = {"RS256 ", "rs256", "RS", "", "RS2566"})
  void verifyWhenAlgIsNearlyRs256ThenRejected(String alg) {
    String token = TestTokens.token().header("alg", alg).build();
    assertRejected(RejectionReason.TOKEN_INVALID_ALGORITHM, verifier, token);
  }

  @Test
  void verifyWhenAlgIsMissingOrNotAStringThenRejected() {
    assertRejected(RejectionReason.TOKEN_INVALID_ALGORITHM, verifier, TestTokens.token().withoutHeader("alg").build());
    assertRejected(RejectionReason.TOKEN_INVALID_ALGORITHM, verifier,
        TestTokens.token().header("alg", java.util.List.of("RS256")).build());
    assertRejected(RejectionReason.TOKEN_INVALID_ALGORITHM, verifier, TestTokens.token().header("alg", 256).build());
  }
}
