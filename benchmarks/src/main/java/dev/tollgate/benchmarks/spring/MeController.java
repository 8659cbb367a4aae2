package dev.tollgate.benchmarks.spring;

import dev.tollgate.Session;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one endpoint of both applications, {@value #PATH}: answers the signed-in user's id, read from the principal
 * each security library gives (Tollgate's {@link Session}, the resource server's {@link Jwt}). Stateless.
 */
@RestController
public class MeController {

  /** The endpoint's path. */
  public static final String PATH = "/api/me";

  /** Created by Spring. */
  public MeController() {}

  /**
   * @param principal the authenticated principal
   * @return the user id ({@code sub})
   * @throws IllegalStateException if the principal is neither a {@link Session} nor a {@link Jwt}
   */
  @GetMapping(PATH)
  public String me(@AuthenticationPrincipal Object principal) {
    if (principal instanceof Session session) {
      return session.userId();
    }
    if (principal instanceof Jwt jwt) {
      return jwt.getSubject();
    }
    throw new IllegalStateException("unexpected principal " + principal.getClass().getName());
  }
}
