package dev.tollgate.spring.security;

import static dev.tollgate.spring.testing.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.SessionVerifier;
import dev.tollgate.spring.testing.ScenarioTest;
import dev.tollgate.testing.TestTokens;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;

/** The standard authorities, seen by the application and by {@code hasAuthority} on a service method. */
class SessionAuthoritiesMapperTest extends ScenarioTest {

  @Autowired
  SessionVerifier verifier;

  @Test
  void standardWhenV2TokenThenRolePermissionsFeaturesAndPlans() throws Exception {
    List<String> names = SessionAuthoritiesMapper.standard()
        .authorities(verifier.verify(ClerkMethodSecurityTest.V2_ADMIN.build())).stream()
        .map(GrantedAuthority::getAuthority).sorted().toList();

    assertEquals(List.of("feature:org:invoices", "feature:org:reservations", "org:admin", "org:invoices:manage",
        "plan:user:pro"), names, "authorities");
  }

  @Test
  void standardWhenNoOrganizationThenNoAuthorities() {
    HttpResponse<String> response = http().get("/authorities", "Authorization", bearer(TestTokens.token().build()));

    assertEquals("[]", response.body(), "authorities of a session without organization or billing claims");
  }

  @Test
  void serviceMethodWhenAuthorityGrantedThen200ElseInsufficientScope() {
    String reader = TestTokens.token().orgRole("org:member").claim("org_permissions", List.of("org:invoices:read"))
        .build();
    String member = TestTokens.token().orgRole("org:member").build();

    HttpResponse<String> granted = http().get("/report", "Authorization", bearer(reader));
    HttpResponse<String> denied = http().get("/report", "Authorization", bearer(member));

    assertEquals(List.of(200, 403), List.of(granted.statusCode(), denied.statusCode()),
        "@PreAuthorize(hasAuthority('org:invoices:read')) on a service, with and without the permission");
    assertEquals("[\"org:invoices:read\",\"org:member\"]",
        http().get("/authorities", "Authorization", bearer(reader)).body(), "authorities over HTTP");
  }
}
