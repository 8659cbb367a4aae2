package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tollgate.internal.StrictJson;
import java.nio.charset.StandardCharsets;
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

  @Test
  void constructorWhenPermissionsAreAParsedClaimArrayWithoutBlanksThenThatArrayIsKept() {
    @SuppressWarnings("unchecked")
    List<String> parsed = (List<String>) StrictJson.parseObject(
        "{\"p\":[\"org:a:read\",\"org:a:write\"]}".getBytes(StandardCharsets.UTF_8)).get("p");

    Organization org = new Organization("org_1", "acme", "org:admin", parsed);

    assertSame(parsed, org.permissions(), "immutable already, so not copied");
    assertEquals(List.of("org:a:read"),
        new Organization("org_1", null, null, List.of("org:a:read", " ")).permissions());
  }
}
