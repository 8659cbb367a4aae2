package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrgNamesTest {

  @ParameterizedTest
  @CsvSource({"admin, org:admin", "org:admin, org:admin", "org:org:admin, org:admin", "org:org:org:x:y, org:x:y",
      "organization:x, org:organization:x", "org:, org:"})
  void normalizeWhenAnyRunOfOrgPrefixesThenExactlyOne(String name, String normalized) {
    assertEquals(normalized, OrgNames.normalize(name));
  }
}
