package com.example.spring;

import dev.tollgate.Organization;
import dev.tollgate.Session;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

// README:start
/** The endpoints; the starter's security filter chain has authenticated each request before it gets here. */
@RestController
@RequestMapping("/api")
public class ApiController {

  @GetMapping("/me")
  public Map<String, String> me(@AuthenticationPrincipal Session session) {
    return Map.of("userId", session.userId(), "sessionId", session.sessionId(),
        "organization", session.organization().map(Organization::id).orElse("none"));
  }

  @GetMapping("/admin/reports")
  @PreAuthorize("hasAuthority('org:admin')")
  public List<String> reports() {
    return List.of("revenue-2026-q3", "churn-2026-q3");
  }

  @GetMapping("/invoices")
  @PreAuthorize("@clerk.has('org:invoices:read')")
  public List<String> invoices() {
    return List.of("inv_1001", "inv_1002");
  }

  @GetMapping("/account/delete-preview")
  @PreAuthorize("@clerk.reverified('strict')")
  public Map<String, String> deletePreview(@AuthenticationPrincipal Session session) {
    return Map.of("userId", session.userId(), "wouldDelete", "account and data");
  }

  @GetMapping("/public/status")
  public Map<String, String> status() {
    return Map.of("status", "ok");
  }
}
// README:end
