package com.example.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.test.SessionRequests;
import dev.tollgate.test.TestIssuer;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

// The README's "Testing your application" shows this class from here to README:end.
// README:start
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiControllerTest {
  static final TestIssuer ISSUER = TestIssuer.start();
  @DynamicPropertySource static void keys(DynamicPropertyRegistry p) { p.add("clerk.jwks-url", ISSUER::jwksUrl); }

  @Test
  void adminGets200MemberGets403AnonymousGets401(@LocalServerPort int port) throws Exception {
    URI reports = URI.create("http://127.0.0.1:" + port + "/api/admin/reports");
    assertEquals(200, SessionRequests.get(reports, ISSUER.token().orgRole("admin").sign()).statusCode());
    assertEquals(403, SessionRequests.get(reports, ISSUER.token().orgRole("member").sign()).statusCode());
    assertEquals(401, SessionRequests.get(reports).statusCode());
  }
}
// README:end
