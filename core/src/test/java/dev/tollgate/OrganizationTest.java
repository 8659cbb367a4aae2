package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationTest {

  @Test
  void constructorWhenPermissionsListChangesLaterThenOrganizationDoesNot() {
    List<String> permissions = new ArrayList<>(List.of("org:a:read"));
    Organization org = new Organization("org_1", "acme", "org:admin", permissions);
    permissions.add("org:a:write");

    assertEquals(List.of("org:a:read"), org.permissions());
    assertThrows(UnsupportedOperationException.class, () -> org.permissions().add("x"));
    assertEquals(new Organization("org_1", "acme", "org:admin", List.of("org:a:read")), org);
    assertNotEquals(new Organization("org_1", null, "org:admin", List.of("org:a:read")), org);
  }
}
