package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.test.SessionRequests;
import dev.tollgate.test.TestIssuer;
import dev.tollgate.test.TestIssuerExtension;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

// The README's "Testing your application" shows this class from here to README:end.
// README:start
@ExtendWith(TestIssuerExtension.class)
class AppTest {

  @Test
  void adminGets200MemberGets403AnonymousGets401(TestIssuer issuer) throws Exception {
    try (App app = App.start(issuer.verifier(), 0)) {
      URI reports = app.uri("/api/admin/reports");
      assertEquals(200, SessionRequests.get(reports, issuer.token().orgRole("admin").sign()).statusCode());
      assertEquals(403, SessionRequests.get(reports, issuer.token().orgRole("member").sign()).statusCode());
      assertEquals(401, SessionRequests.get(reports).statusCode());
    }
  }
}
// README:end
