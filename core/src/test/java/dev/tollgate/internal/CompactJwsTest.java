package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tollgate.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CompactJwsTest {

  @Test
  void parseWhenClerkMockJwtThenHeaderAndPayloadEqualClerksDecodedFixtures() throws Exception {
    String token = Fixtures.token("js-backend/mockJwt.jwt");
    CompactJws jws = CompactJws.parse(token, null);

    assertEquals(StrictJson.parseObject(Fixtures.text("js-backend/mockJwtHeader.json")
        .getBytes(StandardCharsets.UTF_8)),
        jws.header().fields());
    assertEquals(StrictJson.parseObject(Fixtures.text("js-backend/mockJwtPayload.json")
        .getBytes(StandardCharsets.UTF_8)),
        jws.payload());
    assertEquals(token.lastIndexOf('.'), jws.signingInputLength());
    assertArrayEquals(Base64.getUrlDecoder().decode(token.substring(token.lastIndexOf('.') + 1)), jws.signature());
    assertEquals(256, jws.signature().length);
  }

  @Test
  void parseWhenRealClerkTokenFromGoSdkThenItsHeaderShapeIsRead() throws Exception {
    CompactJws jws = CompactJws.parse(Fixtures.token("go/realworld_session_token_cat_v1_unverifiable.jwt"), null);

    assertEquals("cl_B7d4PD111AAA", jws.header().fields().get("cat"));
    assertEquals("ins_29dzmGfCrrw7R04ZTQYD3JI0yvF", jws.header().fields().get("kid"));
    assertEquals("https://clerk.prod.lclclerk.com", jws.payload().get("iss"));
  }

  @Test
  void parseWhenHeaderSegmentIsIdenticalThenKnownHeaderIsReusedElseDecoded() throws Exception {
    String token = Fixtures.token("js-backend/mockJwt.jwt");
    CompactJws first = CompactJws.parse(token, null);
    String other = Fixtures.token("derived/typ_missing.jwt");

    assertSame(first.header(), CompactJws.parse(Fixtures.token("js-backend/mockExpiredJwt.jwt"), first.header())
        .header());
    CompactJws different = CompactJws.parse(other, first.header());
    assertNotSame(first.header(), different.header());
    assertEquals(null, different.header().fields().get("typ"));
  }

  @Test
  void parseWhenKnownHeaderIsAPrefixOfALongerSegmentThenNotReused() throws Exception {
    CompactJws known = CompactJws.parse("e30.e30.AA", null);
    MalformedTokenException longer = assertThrows(MalformedTokenException.class,
        () -> CompactJws.parse("e30x.e30.AA", known.header()));

    assertEquals("The JWT header is not a strict UTF-8 JSON object.", longer.getMessage());
  }

  @Test
  void parseWhenMalformedThenMessageNamesThePartNotItsContent() {
    MalformedTokenException segments = assertThrows(MalformedTokenException.class, () -> CompactJws.parse("a.b", null));
    MalformedTokenException base64 = assertThrows(MalformedTokenException.class,
        () -> CompactJws.parse("a=.b.c", null));
    MalformedTokenException header = assertThrows(MalformedTokenException.class,
        () -> CompactJws.parse("c2VjcmV0.e30.AA", null));
    MalformedTokenException payload = assertThrows(MalformedTokenException.class,
        () -> CompactJws.parse("e30.c2VjcmV0.AA", null));

    assertEquals("A JWT consists of three parts separated by dots.", segments.getMessage());
    assertEquals("A JWT segment is not strict base64url.", base64.getMessage());
    assertEquals("The JWT header is not a strict UTF-8 JSON object.", header.getMessage());
    assertEquals("The JWT payload is not a strict UTF-8 JSON object.", payload.getMessage());
    assertEquals(0, segments.getStackTrace().length, "malformed input is cheap to reject");
  }

  @Test
  void parseWhenHeaderSegmentIsEmptyThenTheHeaderIsNamed() {
    MalformedTokenException empty =
        assertThrows(MalformedTokenException.class, () -> CompactJws.parse(".e30.AA", null));

    assertEquals("The JWT header is not a strict UTF-8 JSON object.", empty.getMessage());
  }
}
