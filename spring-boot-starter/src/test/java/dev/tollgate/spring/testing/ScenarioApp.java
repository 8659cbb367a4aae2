package dev.tollgate.spring.testing;

import dev.tollgate.Session;
import dev.tollgate.spring.boot.SessionVerifierCustomizer;
import dev.tollgate.testing.TestTokens;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The application of the starter's tests: no Tollgate code of its own, only controllers, a service with method
 * security, and a listener that counts Spring Security's authentication events. The verifier's clock is the time
 * test tokens are issued at.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableMethodSecurity
@Import({ScenarioApp.Endpoints.class, ScenarioApp.ReportService.class, ScenarioApp.AuthenticationEvents.class})
public class ScenarioApp {

  /** Embedded Tomcat, which Spring Boot would otherwise pass over for the Jetty of the Jetty test. */
  @Bean
  TomcatServletWebServerFactory tomcat() {
    return new TomcatServletWebServerFactory();
  }

  @Bean
  SessionVerifierCustomizer testClock() {
    return builder -> builder.clock(Clock.fixed(TestTokens.NOW, ZoneOffset.UTC));
  }

  /** The endpoints. */
  @RestController
  public static class Endpoints {

    private final ReportService reports;

    Endpoints(ReportService reports) {
      this.reports = reports;
    }

    @GetMapping("/me")
    public String me(@AuthenticationPrincipal Session session) {
      return session.userId() + " " + session.sessionId();
    }

    @GetMapping("/admin")
    @PreAuthorize("hasAuthority('org:admin')")
    public String admin() {
      return "admin";
    }

    @GetMapping("/invoices")
    @PreAuthorize("@clerk.has('org:invoices:manage')")
    public String invoices() {
      return "invoices";
    }

    @GetMapping("/sensitive")
    @PreAuthorize("@clerk.reverified('strict')")
    public String sensitive() {
      return "sensitive";
    }

    @GetMapping("/report")
    public String report() {
      return reports.report();
    }

    @GetMapping("/authorities")
    public List<String> authorities(Authentication authentication) {
      return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList();
    }

    @GetMapping("/async")
    public Callable<String> async(@AuthenticationPrincipal Session session) {
      return () -> "async " + session.userId();
    }

    @GetMapping("/missing")
    public String missing() {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such thing");
    }

    @PostMapping("/post")
    public String post() {
      return "posted";
    }

    @GetMapping("/public/whoami")
    public String whoami() {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      return authentication != null && authentication.getPrincipal() instanceof Session session
          ? session.userId() : "anonymous";
    }
  }

  /** A service whose method is secured, called from a controller that is not. */
  @Service
  public static class ReportService {

    @PreAuthorize("hasAuthority('org:invoices:read')")
    public String report() {
      return "report";
    }
  }

  /** Counts Spring Security's authentication events. */
  public static class AuthenticationEvents {

    public final AtomicInteger successes = new AtomicInteger();
    public final AtomicInteger failures = new AtomicInteger();

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
      successes.incrementAndGet();
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
      failures.incrementAndGet();
    }
  }
}
