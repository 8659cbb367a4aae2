package dev.tollgate.test.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.tollgate.spring.testing.ScenarioTest;
import dev.tollgate.test.tokens.TokenSpec;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import jakarta.servlet.Filter;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The kit's MockMvc helpers against the starter's real chain (the shared scenario app): the token is verified, so
 * a bad one is refused, which a post-processor setting an {@code Authentication} could never show.
 */
class TollgateMockMvcTest extends ScenarioTest {

  /** The scenario app verifies at {@link TestTokens#NOW}. */
  private static final TokenSpec USER = TokenSpec.session(TestKeys.PRIMARY_KEY, TestTokens.ISSUER,
      Clock.fixed(TestTokens.NOW, ZoneOffset.UTC)).userId("user_mockmvc");

  @Autowired
  WebApplicationContext context;

  private MockMvc mockMvc;

  @BeforeEach
  void mockMvcWithTheSecurityChain() {
    mockMvc = MockMvcBuilders.webAppContextSetup(context)
        .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
  }

  private MockHttpServletResponse me(org.springframework.test.web.servlet.request.RequestPostProcessor with)
      throws Exception {
    return mockMvc.perform(get("/me").with(with)).andReturn().getResponse();
  }

  @Test
  void bearerWhenValidSpecThenSignedInAsItsUser() throws Exception {
    MockHttpServletResponse response = me(TollgateMockMvc.bearer(USER));

    assertEquals(200, response.getStatus(), response.getContentAsString());
    assertEquals("user_mockmvc " + TokenSpec.DEFAULT_SESSION_ID, response.getContentAsString(), "principal");
  }

  @Test
  void bearerWhenTokenForgedOrExpiredThenTheRealChainRefusesIt() throws Exception {
    MockHttpServletResponse forged = me(TollgateMockMvc.bearer(USER.tamperedSignature()));
    MockHttpServletResponse expired = me(TollgateMockMvc.bearer(USER.expired().sign()));

    assertEquals(401, forged.getStatus(), "tampered signature");
    assertTrue(forged.getContentAsString().contains("\"reason\":\"token-invalid-signature\""),
        forged.getContentAsString());
    assertEquals(401, expired.getStatus(), "expired");
    assertTrue(expired.getContentAsString().contains("\"reason\":\"token-expired\""), expired.getContentAsString());
  }

  @Test
  void sessionCookieWhenValidThenSignedInAndOtherCookiesKept() throws Exception {
    MockHttpServletResponse response = mockMvc.perform(get("/me")
        .cookie(new jakarta.servlet.http.Cookie("theme", "dark")).with(TollgateMockMvc.sessionCookie(USER)))
        .andReturn().getResponse();

    assertEquals(200, response.getStatus(), response.getContentAsString());
    assertEquals("user_mockmvc " + TokenSpec.DEFAULT_SESSION_ID, response.getContentAsString(), "principal");
  }

  @Test
  void sessionCookieWhenSignedTokenGivenThenSignedIn() throws Exception {
    assertEquals(200, me(TollgateMockMvc.sessionCookie(USER.sign())).getStatus());
  }
}
