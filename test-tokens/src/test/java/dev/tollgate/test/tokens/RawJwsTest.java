package dev.tollgate.test.tokens;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawJwsTest {

  private static final SigningKey KEY = SigningKey.generate("ins_test_raw");

  @Test
  void signWhenBytesAreNotJsonOrUtf8ThenEachSegmentCarriesThemAsIs() {
    byte[] header = {'{', (byte) 0xc3, (byte) 0x28, '}'};
    byte[] payload = {0, 1, (byte) 0xff};

    String token = RawJws.sign(header, payload, KEY.privateKey(), RawJws.RS256);

    String[] segments = token.split("\\.", -1);
    assertEquals(3, segments.length, "segments");
    assertArrayEquals(header, DecodedToken.bytes(segments[0]), "header bytes");
    assertArrayEquals(payload, DecodedToken.bytes(segments[1]), "payload bytes");
    assertTrue(DecodedToken.signatureVerifies(token, KEY.publicKey(), RawJws.RS256), "RS256 signature");
  }

  @Test
  void signWhenJsonTextThenUtf8SegmentsSignedWithRs256() {
    String token = RawJws.sign("{\"alg\":\"RS256\",\"kid\":\"é\"}", "{\"sub\":\"ü\"}", KEY.privateKey());
    DecodedToken decoded = DecodedToken.decode(token);

    assertEquals("é", decoded.header().get("kid"), "kid");
    assertEquals("ü", decoded.claims().get("sub"), "sub");
    assertTrue(decoded.verifies(KEY.publicKey(), "SHA256withRSA"), "RS256 signature");
  }

  @Test
  void signWhenEcKeyAndEcdsaThenVerifiesWithTheEcPublicKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    KeyPair ec = generator.generateKeyPair();

    String token = RawJws.sign("{\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8),
        "{}".getBytes(StandardCharsets.UTF_8), ec.getPrivate(), "SHA256withECDSA");

    assertTrue(DecodedToken.decode(token).verifies(ec.getPublic(), "SHA256withECDSA"), "ECDSA signature");
  }

  @Test
  void signatureWhenKeyDoesNotFitTheAlgorithmThenIllegalArgumentWithTheCause() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> RawJws.signature("a.b", KEY.privateKey(), "SHA256withECDSA"));

    assertEquals("cannot sign with SHA256withECDSA and a RSA key", refused.getMessage(), "message");
    assertTrue(refused.getCause() instanceof GeneralSecurityException, "cause " + refused.getCause());
  }

  @Test
  void signatureWhenAlgorithmUnknownThenIllegalArgument() {
    assertEquals("cannot sign with NoSuchAlgorithm and a RSA key", assertThrows(IllegalArgumentException.class,
        () -> RawJws.signature("a.b", KEY.privateKey(), "NoSuchAlgorithm")).getMessage(), "message");
  }

  @Test
  void signatureWhenKeyNullThenNullPointerNamingIt() {
    assertEquals("key", assertThrows(NullPointerException.class,
        () -> RawJws.signature("a.b", null, RawJws.RS256)).getMessage(), "message");
  }

  @Test
  void withKeyIdWhenSignedTokenThenOnlyTheHeadersKidDiffers() {
    String token = RawJws.sign("{\"alg\":\"RS256\",\"kid\":\"ins_a\\\"b\",\"typ\":\"JWT\"}", "{\"sub\":\"u\"}",
        KEY.privateKey());

    String rekeyed = RawJws.withKeyId(token, "ins_flood_\"7");

    String[] before = token.split("\\.", -1);
    String[] after = rekeyed.split("\\.", -1);
    assertEquals("{\"alg\":\"RS256\",\"kid\":\"ins_flood_\\\"7\",\"typ\":\"JWT\"}",
        new String(DecodedToken.bytes(after[0]), StandardCharsets.UTF_8), "header");
    assertEquals(List.of(before[1], before[2]), List.of(after[1], after[2]), "payload and signature segments");
  }

  @Test
  void withKeyIdWhenNoStringKidOrNotThreeSegmentsThenIllegalArgument() {
    String noKid = RawJws.sign("{\"alg\":\"RS256\",\"kid\":7}", "{}", KEY.privateKey());

    IllegalArgumentException number = assertThrows(IllegalArgumentException.class,
        () -> RawJws.withKeyId(noKid, "k"));
    IllegalArgumentException segments = assertThrows(IllegalArgumentException.class,
        () -> RawJws.withKeyId("a.b", "k"));

    assertEquals("the header has no string kid", number.getMessage(), "numeric kid");
    assertEquals("not a compact JWS: 2 segments", segments.getMessage(), "two segments");
  }

  @Test
  void base64UrlWhenBytesThenUrlAlphabetWithoutPadding() {
    assertEquals("-_8", RawJws.base64Url(new byte[] {(byte) 0xfb, (byte) 0xff}), "0xfbff");
    assertEquals("AA", RawJws.base64Url(new byte[] {0}), "one zero byte");
    assertEquals("", RawJws.base64Url(new byte[0]), "no bytes");
  }

  @Test
  void base64UrlWhenTextThenItsUtf8Bytes() {
    assertEquals("w6k", RawJws.base64Url("é"), "é");
    assertEquals("eyJhIjoxfQ", RawJws.base64Url("{\"a\":1}"), "{\"a\":1}");
  }

  @Test
  void rs256WhenReadThenTheJcaNameOfRsaPkcs1WithSha256() {
    assertEquals("SHA256withRSA", RawJws.RS256, "RS256");
  }
}
