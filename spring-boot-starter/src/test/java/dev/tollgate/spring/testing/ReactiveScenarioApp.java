package dev.tollgate.spring.testing;

import dev.tollgate.Reverification;
import dev.tollgate.Session;
import dev.tollgate.spring.boot.SessionVerifierCustomizer;
import dev.tollgate.spring.security.ReverificationRequiredException;
import dev.tollgate.testing.TestTokens;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;

/**
 * The WebFlux application of the starter's reactive tests, on Netty: no Tollgate code of its own, only controllers
 * with reactive method security. The verifier's clock is the time test tokens are issued at.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableReactiveMethodSecurity
@Import(ReactiveScenarioApp.Endpoints.class)
public class ReactiveScenarioApp {

  /** Reactor Netty, which Spring Boot might otherwise pass over for a servlet container on the class path. */
  @Bean
  NettyReactiveWebServerFactory netty() {
    return new NettyReactiveWebServerFactory();
  }

  @Bean
  SessionVerifierCustomizer testClock() {
    return builder -> builder.clock(Clock.fixed(TestTokens.NOW, ZoneOffset.UTC));
  }

  /** The endpoints. */
  @RestController
  public static class Endpoints {

    /** Clerk's {@code strict} preset. */
    private static final Reverification STRICT = Reverification.preset("strict").orElseThrow();

    @GetMapping("/me")
    public Mono<String> me(@AuthenticationPrincipal Session session) {
      return Mono.just(session.userId() + " " + session.sessionId());
    }

    @GetMapping("/admin")
    @PreAuthorize("hasAuthority('org:admin')")
    public Mono<String> admin() {
      return Mono.just("admin");
    }

    /** As an application asks for reverification without method security: by the exception. */
    @GetMapping("/sensitive")
    public Mono<String> sensitive(@AuthenticationPrincipal Session session) {
      return session.isReverified(STRICT) ? Mono.just("sensitive")
          : Mono.error(new ReverificationRequiredException(STRICT));
    }

    /** Written as text, not through the JSON encoder: its lazy first use on an event loop is not under test. */
    @GetMapping("/authorities")
    public Mono<String> authorities(Authentication authentication) {
      return Mono.just(authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted()
          .map(authority -> "\"" + authority + "\"").collect(Collectors.joining(",", "[", "]")));
    }

    @PostMapping("/post")
    public Mono<String> post() {
      return Mono.just("posted");
    }

    @GetMapping("/public/whoami")
    public Mono<String> whoami() {
      return ReactiveSecurityContextHolder.getContext()
          .map(context -> context.getAuthentication() != null
              && context.getAuthentication().getPrincipal() instanceof Session session
              ? session.userId() : "anonymous")
          .defaultIfEmpty("anonymous");
    }

    /** Blocks on the event loop on purpose: BlockHound must catch it. */
    @GetMapping("/public/blocking")
    public Mono<String> blocking() {
      return Mono.fromSupplier(() -> {
        try {
          Thread.sleep(1);
          return "not detected on " + Thread.currentThread().getName();
        } catch (BlockingOperationError detected) {
          return "detected";
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return "interrupted";
        }
      });
    }
  }
}
