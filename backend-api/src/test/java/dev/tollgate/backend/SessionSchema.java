package dev.tollgate.backend;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Clerk's Session JSON Schema ({@code backend/clerk-session-schema.json}) with a real draft 2020-12 validator
 * (networknt). The schema uses OpenAPI 3.0's {@code "nullable": true}, which JSON Schema ignores; as OpenAPI
 * defines it, {@link #OPENAPI_NULLABLE} rewrites each {@code "type": T} next to it to {@code "type": [T, "null"]}
 * and drops the keyword. {@link #RAW} is the schema as published, for showing why the rewrite is needed.
 */
final class SessionSchema {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNode PUBLISHED = read();

  /** The JSON pointers of the members the rewrite changed. */
  static final List<String> REWRITTEN = new ArrayList<>();

  static final Schema OPENAPI_NULLABLE = compile(rewriteNullable(PUBLISHED.deepCopy(), "", REWRITTEN));
  static final Schema RAW = compile(PUBLISHED);

  private SessionSchema() {}

  /** @return the violations of {@code json} against the schema with {@code nullable} as OpenAPI means it */
  static List<String> violations(String json) {
    return messages(OPENAPI_NULLABLE.validate(json, InputFormat.JSON));
  }

  /** @return the violations of {@code json} against the schema as published */
  static List<String> rawViolations(String json) {
    return messages(RAW.validate(json, InputFormat.JSON));
  }

  private static List<String> messages(List<Error> errors) {
    List<String> messages = new ArrayList<>();
    for (Error error : errors) {
      messages.add(error.toString());
    }
    return messages;
  }

  private static Schema compile(JsonNode schema) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
  }

  private static JsonNode rewriteNullable(JsonNode node, String pointer, List<String> rewritten) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode nullable = object.get("nullable");
      JsonNode type = object.get("type");
      if (nullable != null && nullable.isBoolean() && nullable.booleanValue() && type != null && type.isString()) {
        ArrayNode types = MAPPER.createArrayNode();
        types.add(type.stringValue());
        types.add("null");
        object.set("type", types);
        object.remove("nullable");
        rewritten.add(pointer);
      }
      for (Map.Entry<String, JsonNode> member : new ArrayList<>(object.properties())) {
        rewriteNullable(member.getValue(), pointer + "/" + member.getKey(), rewritten);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        rewriteNullable(node.get(i), pointer + "/" + i, rewritten);
      }
    }
    return node;
  }

  private static JsonNode read() {
    try (InputStream in = SessionSchema.class.getResourceAsStream("/backend/clerk-session-schema.json")) {
      if (in == null) {
        throw new IllegalStateException("backend/clerk-session-schema.json is missing");
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
