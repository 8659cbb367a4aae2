package com.example.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Cloud Gateway application whose authentication is Tollgate's, from {@code tollgate-spring-cloud-gateway}
 * and {@code application.yml} alone: no security code of its own.
 */
@SpringBootApplication
public class GatewayApplication {

  /**
   * Runs the gateway; the signing keys come from {@code CLERK_SECRET_KEY}, {@code CLERK_JWKS_URL} or
   * {@code CLERK_JWT_KEY} (or their {@code clerk.*} properties), the upstream from {@code UPSTREAM_URL}.
   *
   * @param args Spring Boot's command line, for example {@code --server.port=8080}
   */
  public static void main(String[] args) {
    SpringApplication.run(GatewayApplication.class, args);
  }
}
